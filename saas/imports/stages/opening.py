"""Stage 3: opening balances (期初) — each house's arrears and prepaid balance in the old system.

Arrears become one bill per house for the opening period (a line of the 期初欠费 item, a fee item
no billing run ever charges), so cashiers collect them like any other bill and reports age them;
prepaid becomes a ``PrepaidEntry`` of kind ``opening``. Neither is a payment. Importing the same
file again changes nothing; a changed amount updates the opening bill (while nothing is paid on it)
or adds the difference to the opening prepaid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.db.models import Sum
from django.utils import timezone

from saas.estates.models import House
from saas.finance.models import (
    Bill,
    BillingCycle,
    BillingRun,
    BillLine,
    BillStatus,
    FeeItem,
    FeeKind,
    PrepaidEntry,
    PrepaidKind,
)
from saas.imports.errors import ImportErrorCode
from saas.imports.mapping import FieldSpec, MappedRow, Problem, problem
from saas.imports.models import ImportJob, LegacyKey, OpeningSource
from saas.imports.stages.common import (
    HOUSE_REF_SPECS,
    Counts,
    HouseIndex,
    Links,
    Progress,
    StagePlan,
    duplicate,
    model_label,
)

SPECS = [
    *HOUSE_REF_SPECS,
    FieldSpec("arrears", "欠费金额", kind="fen"),
    FieldSpec("prepaid", "预存余额", kind="fen"),
]
OPENING_ITEM = "期初欠费"
OPENING_LINE = "期初欠费（原系统结转）"


def opening_period(job: ImportJob) -> date:
    """The month the arrears are booked in: the job's option, else last month."""
    given = job.options.get("opening_period")
    if given:
        return date.fromisoformat(given)
    today = timezone.localdate()
    return (today.replace(day=1) - timedelta(days=1)).replace(day=1)


@dataclass
class Balance:
    row: MappedRow
    house_id: int
    arrears: int
    prepaid: int
    bill: Bill | None = None
    line: BillLine | None = None  # the bill's 期初 line; a billing run of the period adds its own
    prepaid_now: int = 0  # the opening prepaid already booked (net)

    @property
    def arrears_now(self) -> int:
        """The opening arrears booked now: the 期初 line, never the whole bill."""
        return self.line.amount_fen if self.line is not None else 0


def _opening_bills() -> dict[int, tuple[Bill, BillLine | None]]:
    """The opening bill of each house that has one (found by its legacy key), with its 期初 line."""
    keys = LegacyKey.objects.filter(model=model_label(Bill), source_id__startswith="opening:")
    ids = list(keys.values_list("object_id", flat=True))
    lines = {line.bill_id: line for line in BillLine.objects.filter(bill_id__in=ids, fee_item__name=OPENING_ITEM)}
    return {bill.house_id: (bill, lines.get(bill.pk)) for bill in Bill.objects.filter(pk__in=ids)}


def plan(job: ImportJob, rows: list[MappedRow]) -> StagePlan:
    problems: list[Problem] = []
    index = HouseIndex(job.source_system, default_unit=job.options.get("default_unit") or "1单元")
    period = opening_period(job)
    seen: dict[Any, int] = {}
    balances: list[Balance] = []
    sources: list[OpeningSource] = []  # what the old system says of every house a row names
    for row in rows:
        before = len(problems)
        house_id = index.find(row, problems)
        v = row.values
        if house_id is None or len(problems) > before:
            continue
        sources.append(
            OpeningSource(
                row_number=row.number, house_id=house_id, arrears_fen=v["arrears"] or 0, prepaid_fen=v["prepaid"] or 0
            )
        )
        first = duplicate(seen, house_id, row)
        if first is not None:
            problems.append(
                problem(
                    row.number,
                    row.column("room_number"),
                    ImportErrorCode.DUPLICATE_HOUSE,
                    first=first,
                    house=index.labels[house_id],
                )
            )
            continue
        balances.append(Balance(row, house_id, v["arrears"] or 0, v["prepaid"] or 0))

    opening = _opening_bills()
    taken = set(
        Bill.objects.filter(period=period, house_id__in=[b.house_id for b in balances]).values_list(
            "house_id", flat=True
        )
    )
    prepaid_now = dict(
        PrepaidEntry.objects.filter(kind=PrepaidKind.OPENING, house_id__in=[b.house_id for b in balances])
        .values("house_id")
        .annotate(total=Sum("amount_fen"))
        .values_list("house_id", "total")
    )
    used = set(
        PrepaidEntry.objects.filter(house_id__in=[h for h, t in prepaid_now.items() if t])
        .exclude(kind=PrepaidKind.OPENING)
        .values_list("house_id", flat=True)
    )
    counts = {"balances": Counts()}
    kept: list[Balance] = []
    for balance in balances:
        balance.bill, balance.line = opening.get(balance.house_id, (None, None))
        balance.prepaid_now = int(prepaid_now.get(balance.house_id) or 0)
        bill_amount = balance.arrears_now
        if bill_amount == balance.arrears and balance.prepaid_now == balance.prepaid:
            counts["balances"].skip += 1
            kept.append(balance)
            continue
        column = None
        if balance.bill is None and balance.arrears and balance.house_id in taken:
            problems.append(
                problem(
                    balance.row.number,
                    balance.row.column("arrears"),
                    ImportErrorCode.PERIOD_TAKEN,
                    period=f"{period:%Y-%m}",
                )
            )
            continue
        if (
            balance.bill is not None
            and bill_amount != balance.arrears
            and balance.bill.settled_fen + balance.bill.late_fee_fen
        ):
            column = "arrears"
        if balance.prepaid_now != balance.prepaid and balance.house_id in used:
            column = "prepaid"
        if column:
            problems.append(
                problem(balance.row.number, balance.row.column(column), ImportErrorCode.OPENING_ALREADY_SETTLED)
            )
            continue
        if balance.bill is None and balance.prepaid_now == 0:
            counts["balances"].create += 1
        else:
            counts["balances"].update += 1
        kept.append(balance)

    def commit(job: ImportJob, progress: Progress) -> tuple[int, int]:
        for source in sources:
            source.job = job
        OpeningSource.objects.bulk_create(sources, batch_size=5000)
        done = _write(job, kept, period)
        progress(len(kept))
        return done

    return StagePlan("balances", counts, problems, commit)


def _opening_item(period: date, links: Links) -> FeeItem:
    """The 期初欠费 item: no communities, so no billing run ever charges it."""
    item = FeeItem.objects.filter(name=OPENING_ITEM).first()
    if item is None:
        item = FeeItem.objects.create(
            name=OPENING_ITEM,
            kind=FeeKind.FIXED,
            unit_price=Decimal(0),
            cycle_months=BillingCycle.MONTHLY,
            effective_from=period,
            effective_to=period,
        )
        links.created(0, FeeItem, item.pk)
    return item


def _write(job: ImportJob, balances: list[Balance], period: date) -> tuple[int, int]:
    links = Links(job)
    houses = {b.house_id for b in balances if b.arrears and b.bill is None}
    if not houses:
        return _write_without_new_bills(job, links, balances)
    item = _opening_item(period, links)
    where = dict(House.objects.filter(pk__in=houses).values_list("id", "community_id"))
    building = dict(House.objects.filter(pk__in=houses).values_list("id", "building_id"))
    run = BillingRun.objects.create(
        period=period, community_ids=sorted(set(where.values())), created_by=job.committed_by
    )
    links.created(0, BillingRun, run.pk)
    new_bills: list[tuple[Balance, Bill]] = []
    for b in balances:
        if b.arrears and b.bill is None:
            bill = Bill(
                house_id=b.house_id,
                community_id=where[b.house_id],
                building_id=building[b.house_id],
                period=period,
                due_date=period,
                billing_run=run,
                amount_fen=b.arrears,
            )
            new_bills.append((b, bill))
    Bill.objects.bulk_create([bill for _, bill in new_bills], batch_size=2000)
    BillLine.objects.bulk_create(
        [
            BillLine(
                bill=bill,
                fee_item=item,
                description=OPENING_LINE,
                quantity=Decimal(1),
                unit_price=Decimal(b.arrears) / 100,
                months=1,
                amount_fen=b.arrears,
            )
            for b, bill in new_bills
        ],
        batch_size=2000,
    )
    run.bills_created = run.lines_created = len(new_bills)
    run.amount_fen = sum(b.arrears for b, _ in new_bills)
    run.save(update_fields=["bills_created", "lines_created", "amount_fen"])
    for b, bill in new_bills:
        links.created(b.row.number, Bill, bill.pk)
        links.key(Bill, f"opening:{b.house_id}", bill.pk)
    created, updated = _write_without_new_bills(job, links, balances)
    return created + len(new_bills), updated


def _write_without_new_bills(job: ImportJob, links: Links, balances: list[Balance]) -> tuple[int, int]:
    """Changed opening bills and the opening prepaid entries; saves the links."""
    updated = 0
    for b in balances:
        if b.bill is not None and b.line is not None and b.arrears_now != b.arrears:
            # only the 期初 line changes; the bill by the difference (a billing run's lines stay)
            bill, line = b.bill, b.line
            links.updated(b.row.number, Bill, bill.pk, {"amount_fen": bill.amount_fen, "status": bill.status})
            links.updated(
                b.row.number, BillLine, line.pk, {"amount_fen": line.amount_fen, "unit_price": str(line.unit_price)}
            )
            amount = bill.amount_fen + b.arrears - line.amount_fen
            status = BillStatus.PAID if amount == 0 else BillStatus.UNPAID
            Bill.objects.filter(pk=bill.pk).update(amount_fen=amount, status=status)
            BillLine.objects.filter(pk=line.pk).update(amount_fen=b.arrears, unit_price=Decimal(b.arrears) / 100)
            updated += 1
    now = timezone.now()
    entries = [
        (
            b,
            PrepaidEntry(
                house_id=b.house_id, amount_fen=b.prepaid - b.prepaid_now, kind=PrepaidKind.OPENING, created_at=now
            ),
        )
        for b in balances
        if b.prepaid != b.prepaid_now
    ]
    PrepaidEntry.objects.bulk_create([e for _, e in entries], batch_size=2000)
    for b, entry in entries:
        if b.prepaid_now:
            updated += 1
        links.created(b.row.number, PrepaidEntry, entry.pk)
    links.save()
    return sum(1 for b, _ in entries if not b.prepaid_now), updated
