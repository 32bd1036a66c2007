"""What every money operation shares: the lock order, receipt numbers, the prepaid balance, and
applying an amount to bills (allocations plus the caches they summarise).

Lock order, everywhere: the house row, then its bills ``FOR UPDATE`` oldest first, then the
receipt counter. Two cashiers on one house therefore serialise on the house row, and the second
sees what the first did (the bill paid) before choosing where its money goes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from django.db import connection
from django.db.models import Sum

from saas.core.errors import DomainError, ErrorCode
from saas.core.rows import rows_update
from saas.estates.models import House
from saas.finance.amounts import bill_status
from saas.finance.models import OPEN_STATUSES, Allocation, Bill, BillLine, Payment, PrepaidEntry, ReceiptCounter, Waiver

MAX_AMOUNT_FEN = 10**13  # 1,000 亿元: far beyond any real payment, well inside bigint


def house_lock(house_id: int, not_found: ErrorCode) -> House:
    house = House.objects.select_for_update(of=("self",)).filter(pk=house_id).first()
    if house is None:
        raise DomainError(not_found, field="house")
    return house


def open_bills_locked(house_id: int) -> list[Bill]:
    """The house's unpaid and partially paid bills, oldest first, locked."""
    return list(
        Bill.objects.select_for_update().filter(house_id=house_id, status__in=OPEN_STATUSES).order_by("period", "id")
    )


def bills_locked(bill_ids: Iterable[int]) -> dict[int, Bill]:
    """Bills by id, locked oldest first (the lock order), whatever order the caller wants them in."""
    bills = Bill.objects.select_for_update().filter(pk__in=list(bill_ids)).order_by("period", "id")
    return {bill.pk: bill for bill in bills}


def receipt_number_next() -> int:
    """The company's next receipt number. The counter row stays locked until the transaction ends:
    numbers are gap-free (a rollback gives its number back) and follow commit order."""
    with connection.cursor() as cursor:
        cursor.execute("UPDATE finance_receiptcounter SET last_no = last_no + 1 WHERE id = 1 RETURNING last_no")
        row = cursor.fetchone()
        if row is None:  # a schema older than the counter's row: create it, then count
            ReceiptCounter.objects.get_or_create(pk=1)
            return receipt_number_next()
        return int(row[0])


def prepaid_balance(house_id: int) -> int:
    total = PrepaidEntry.objects.filter(house_id=house_id).aggregate(total=Sum("amount_fen"))["total"]
    return int(total or 0)


@dataclass(frozen=True)
class Source:
    """Where applied money comes from: exactly one of them."""

    payment: Payment | None = None
    prepaid_entry: PrepaidEntry | None = None
    waiver: Waiver | None = None

    @property
    def is_waiver(self) -> bool:
        return self.waiver is not None


def _lines_by_bill(bills: Sequence[Bill]) -> dict[int, list[BillLine]]:
    by_bill: dict[int, list[BillLine]] = {bill.pk: [] for bill in bills}
    for line in BillLine.objects.filter(bill_id__in=list(by_bill)).order_by("bill_id", "sort_order", "fee_item_id"):
        by_bill[line.bill_id].append(line)
    return by_bill


def bill_open_fen(bill: Bill) -> int:
    return bill.balance_fen if bill.status in OPEN_STATUSES else 0


def allocate(*, bills: Sequence[Bill], amount_fen: int, source: Source, at: datetime) -> int:
    """Apply up to ``amount_fen`` to ``bills`` in the given order — within a bill line by line in
    fee-item order, its late fee last — and return what is left. Bills must be locked."""
    allocations, left = allocate_prepare(bills=bills, amount_fen=amount_fen, source=source, at=at)
    allocations_insert(allocations)
    return left


def allocations_insert(allocations: Sequence[Allocation]) -> None:
    Allocation.objects.bulk_create(allocations)


def allocate_prepare(
    *, bills: Sequence[Bill], amount_fen: int, source: Source, at: datetime
) -> tuple[list[Allocation], int]:
    """``allocate`` up to its allocation rows: the bills and lines are written, the rows are
    returned unsaved (with what is left), so a payment can be inserted after them and as late as
    its receipt number allows."""
    lines = _lines_by_bill(bills)
    left = amount_fen
    allocations: list[Allocation] = []
    touched_bills: list[Bill] = []
    touched_lines: list[BillLine] = []
    for bill in bills:
        if left == 0:
            break
        if bill_open_fen(bill) == 0:
            continue
        for line in lines[bill.pk]:
            take = min(left, line.balance_fen)
            if take > 0:
                allocations.append(_allocation(bill, line, take, source, at))
                _apply_to_line(bill, line, take, source)
                touched_lines.append(line)
                left -= take
        late_open = bill.late_fee_fen - bill.late_fee_paid_fen - bill.late_fee_waived_fen
        take = min(left, late_open)
        if take > 0:
            allocations.append(_allocation(bill, None, take, source, at))
            _apply_to_late_fee(bill, take, source)
            left -= take
        touched_bills.append(bill)
    bills_save(touched_bills)
    rows_update(touched_lines, ["paid_fen", "waived_fen"])
    return allocations, left


def _allocation(bill: Bill, line: BillLine | None, amount: int, source: Source, at: datetime) -> Allocation:
    return Allocation(
        bill=bill,
        bill_line=line,
        amount_fen=amount,
        payment=source.payment,
        prepaid_entry=source.prepaid_entry,
        waiver=source.waiver,
        created_at=at,
    )


def _apply_to_line(bill: Bill, line: BillLine, amount: int, source: Source) -> None:
    if source.is_waiver:
        line.waived_fen += amount
        bill.waived_fen += amount
    else:
        line.paid_fen += amount
        bill.paid_fen += amount


def _apply_to_late_fee(bill: Bill, amount: int, source: Source) -> None:
    if source.is_waiver:
        bill.late_fee_waived_fen += amount
    else:
        bill.late_fee_paid_fen += amount


BILL_SETTLED_FIELDS = ["paid_fen", "waived_fen", "late_fee_paid_fen", "late_fee_waived_fen", "status"]


def bills_save(bills: Sequence[Bill]) -> None:
    """Write bills' settled amounts and the status they imply (one statement, none for no bills)."""
    for bill in bills:
        bill.status = bill_status(
            status=bill.status,
            amount=bill.amount_fen,
            late_fee=bill.late_fee_fen,
            paid=bill.paid_fen,
            waived=bill.waived_fen,
            late_paid=bill.late_fee_paid_fen,
            late_waived=bill.late_fee_waived_fen,
        )
    rows_update(bills, BILL_SETTLED_FIELDS)


def unapply(*, allocations: Sequence[Allocation], bills: dict[int, Bill], source: Source, at: datetime) -> None:
    """Take back ``allocations`` (of a payment being reversed): mirror rows with negative amounts."""
    line_ids = [a.bill_line_id for a in allocations if a.bill_line_id is not None]
    lines = {line.pk: line for line in BillLine.objects.filter(pk__in=line_ids)}
    mirrors = []
    for original in allocations:
        bill = bills[original.bill_id]
        if original.bill_line_id is None:
            bill.late_fee_paid_fen -= original.amount_fen
        else:
            lines[original.bill_line_id].paid_fen -= original.amount_fen
            bill.paid_fen -= original.amount_fen
        mirrors.append(
            Allocation(
                bill=bill,
                bill_line_id=original.bill_line_id,
                amount_fen=-original.amount_fen,
                payment=source.payment,
                created_at=at,
            )
        )
    bills_save(list(bills.values()))
    rows_update(list(lines.values()), ["paid_fen"])
    Allocation.objects.bulk_create(mirrors)
