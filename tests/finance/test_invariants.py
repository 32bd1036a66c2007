"""Property-based tests: random sequences of billing runs, payments (oldest first, chosen bills,
prepayments), reversals, waivers and late-fee days keep the ledger's invariants, and every report
filter reconciles (billed = paid + waived + outstanding, equal to the bills' own figures).

Each example runs in a savepoint rolled back at its end, on the finance test estate.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.db import transaction
from django.db.models import F, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test

from saas.core.errors import DomainError
from saas.finance.amounts import amount_fen_sql, line_amount_fen
from saas.finance.models import (
    OPEN_STATUSES,
    Allocation,
    Bill,
    BillLine,
    BillStatus,
    LateFeeAccrual,
    Payment,
    PrepaidEntry,
    PrepaidKind,
)
from saas.finance.reports import ReportFilter, arrears_aging_report, collection_report, income_report
from saas.finance.services import (
    billing_run_create,
    finance_policy_update,
    late_fees_accrue,
    payment_record,
    payment_reverse,
    waiver_approve,
    waiver_request,
)
from tests.finance.conftest import Alpha, Estate

PERIODS = [date(2026, month, 1) for month in range(1, 7)]
SETTINGS = settings(
    max_examples=12,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _sum(queryset: Any, column: str = "amount_fen") -> int:
    return int(queryset.aggregate(total=Sum(column))["total"] or 0)


def _allocated(waived: bool, group: str, **match: Any) -> Coalesce:
    rows = Allocation.objects.filter(waiver__isnull=not waived, **match).order_by().values(group)
    return Coalesce(Subquery(rows.annotate(total=Sum("amount_fen")).values("total")), 0)


def check_ledger(estate: Estate) -> None:
    """Caches equal the ledger, nothing negative, money conserved, receipts 1..n (a few aggregate queries)."""
    lines = BillLine.objects.annotate(
        ledger_paid=_allocated(False, "bill_line_id", bill_line_id=OuterRef("pk")),
        ledger_waived=_allocated(True, "bill_line_id", bill_line_id=OuterRef("pk")),
    )
    assert not lines.exclude(paid_fen=F("ledger_paid"), waived_fen=F("ledger_waived")).exists()
    assert not lines.filter(Q(paid_fen__lt=0) | Q(waived_fen__lt=0)).exists()
    line_sums = BillLine.objects.filter(bill_id=OuterRef("pk")).order_by().values("bill_id")
    late = {"bill_id": OuterRef("pk"), "bill_line__isnull": True}
    bills = Bill.objects.annotate(
        lines_amount=Coalesce(Subquery(line_sums.annotate(t=Sum("amount_fen")).values("t")), 0),
        lines_paid=Coalesce(Subquery(line_sums.annotate(t=Sum("paid_fen")).values("t")), 0),
        lines_waived=Coalesce(Subquery(line_sums.annotate(t=Sum("waived_fen")).values("t")), 0),
        accrued=Coalesce(
            Subquery(
                LateFeeAccrual.objects.filter(bill_id=OuterRef("pk"))
                .order_by()
                .values("bill_id")
                .annotate(t=Sum("amount_fen"))
                .values("t")
            ),
            0,
        ),
        late_paid=_allocated(False, "bill_id", **late),
        late_waived=_allocated(True, "bill_id", **late),
    )
    mismatched = bills.exclude(
        amount_fen=F("lines_amount"),
        paid_fen=F("lines_paid"),
        waived_fen=F("lines_waived"),
        late_fee_fen=F("accrued"),
        late_fee_paid_fen=F("late_paid"),
        late_fee_waived_fen=F("late_waived"),
    )
    assert not mismatched.exists(), list(mismatched.values())
    for bill in Bill.objects.all():
        assert bill.balance_fen >= 0
        assert (bill.status in OPEN_STATUSES) == (bill.balance_fen > 0), bill
        if bill.status == BillStatus.WAIVED:
            assert bill.paid_fen + bill.late_fee_paid_fen == 0
    balances = PrepaidEntry.objects.order_by().values("house_id").annotate(balance=Sum("amount_fen"))
    assert not balances.filter(balance__lt=0).exists()  # no refund is ever owed: never negative
    payments = Payment.objects.all()
    from_payments = Allocation.objects.filter(payment__isnull=False)
    to_prepaid = PrepaidEntry.objects.filter(kind__in=[PrepaidKind.DEPOSIT, PrepaidKind.REVERSAL])
    assert _sum(payments) == _sum(from_payments) + _sum(to_prepaid)
    settled = PrepaidEntry.objects.filter(kind=PrepaidKind.SETTLE)
    assert -_sum(settled) == _sum(Allocation.objects.filter(prepaid_entry__isnull=False))
    receipts = sorted(payments.values_list("receipt_no", flat=True))
    assert receipts == list(range(1, len(receipts) + 1))


def check_reports(estate: Estate, communities: list[int], building_id: int | None = None) -> None:
    where = ReportFilter(community_ids=communities, building_id=building_id)
    today = timezone.localdate()
    bills = Bill.objects.filter(community_id__in=communities).exclude(status=BillStatus.CANCELLED)
    if building_id is not None:
        bills = bills.filter(building_id=building_id)
    for by_building in (False, True):
        report = collection_report(where=where, as_of=today, by_building=by_building)
        total = report.total
        assert total.billed_fen == total.paid_fen + total.waived_fen + total.outstanding_fen
        assert total.billed_fen == _sum(bills) + _sum(bills, "late_fee_fen")
        assert total.paid_fen == _sum(bills, "paid_fen") + _sum(bills, "late_fee_paid_fen")
        assert total.waived_fen == _sum(bills, "waived_fen") + _sum(bills, "late_fee_waived_fen")
        assert total.outstanding_fen == sum(b.balance_fen for b in bills)
        assert sum(r.billed_fen for r in report.rows) == total.billed_fen
    aging = arrears_aging_report(where=where, as_of=today)
    assert aging.total.outstanding_fen == sum(b.balance_fen for b in bills)
    income = income_report(where=where, date_from=today - timedelta(days=400), date_to=today)
    assert sum(i.amount_fen for i in income.by_item) == income.total_fen


class Ledger(RuleBasedStateMachine):
    estate: Estate

    def __init__(self) -> None:
        super().__init__()
        self.savepoint = transaction.atomic()
        self.savepoint.__enter__()
        self.houses = [self.estate.house, self.estate.small, self.estate.shop, self.estate.other]
        self.day = date(2026, 1, 1)

    def teardown(self) -> None:
        transaction.set_rollback(True)
        self.savepoint.__exit__(None, None, None)

    @rule(period=st.sampled_from(PERIODS))
    def billing_run(self, period: date) -> None:
        billing_run_create(
            period=period, community_ids=[self.estate.jinghua.pk], created_by=self.estate.cashier, today=period
        )

    @rule(house=st.integers(0, 3), amount=st.integers(1, 120_000), how=st.sampled_from(["oldest", "chosen", "prepay"]))
    def pay(self, house: int, amount: int, how: str) -> None:
        house_id = self.houses[house].pk
        bill_ids: list[int] | None = None
        if how == "chosen":
            bill_ids = list(Bill.objects.filter(house_id=house_id).order_by("-period").values_list("pk", flat=True)[:2])
        elif how == "prepay":
            bill_ids = []
        payment_record(
            house_id=house_id, amount_fen=amount, method="cash", cashier=self.estate.cashier, bill_ids=bill_ids
        )

    @precondition(lambda self: Payment.objects.filter(reversal_of__isnull=True, reversal__isnull=True).exists())
    @rule(pick=st.integers(0, 1000))
    def reverse(self, pick: int) -> None:
        candidates = list(Payment.objects.filter(reversal_of__isnull=True, reversal__isnull=True).order_by("pk"))
        payment = candidates[pick % len(candidates)]
        try:
            payment_reverse(payment_id=payment.pk, reason="冲正测试", cashier=self.estate.cashier2)
        except DomainError as exc:
            assert exc.code.value == "PREPAID_ALREADY_SPENT"

    @precondition(lambda self: Bill.objects.filter(status__in=OPEN_STATUSES).exists())
    @rule(pick=st.integers(0, 1000), percent=st.integers(1, 100))
    def waive(self, pick: int, percent: int) -> None:
        bills = list(Bill.objects.filter(status__in=OPEN_STATUSES).order_by("pk"))
        bill = bills[pick % len(bills)]
        amount = max(1, bill.balance_fen * percent // 100)
        try:
            waiver = waiver_request(
                bill_id=bill.pk, amount_fen=amount, reason="测试减免", requested_by=self.estate.cashier
            )
        except DomainError as exc:  # other pending requests already cover the balance
            assert exc.code.value == "EXCEEDS_BALANCE"
            return
        waiver_approve(waiver_id=waiver.pk, decided_by=self.estate.manager)

    @rule(days=st.integers(1, 40))
    def late_fee_day(self, days: int) -> None:
        finance_policy_update(late_fee_enabled=True, late_fee_daily_rate=Decimal("0.0005"))
        self.day += timedelta(days=days)
        late_fees_accrue(day=self.day)

    @invariant()
    def ledger_holds(self) -> None:
        check_ledger(self.estate)


@pytest.mark.django_db
def test_random_ledger_histories_keep_the_invariants(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        Ledger.estate = estate
        run_state_machine_as_test(Ledger, settings=SETTINGS)


@SETTINGS
@given(
    payments=st.lists(st.tuples(st.integers(0, 3), st.integers(1, 80_000), st.booleans()), max_size=8),
    periods=st.lists(st.sampled_from(PERIODS), min_size=1, max_size=4),
    scope=st.sampled_from(["both", "jinghua", "qinghe", "building2"]),
)
def test_every_report_filter_reconciles(
    alpha: Alpha, estate: Estate, payments: list[tuple[int, int, bool]], periods: list[date], scope: str
) -> None:
    with alpha(), transaction.atomic():
        houses = [estate.house, estate.small, estate.shop, estate.other]
        for period in periods:
            billing_run_create(period=period, community_ids=[estate.jinghua.pk], created_by=None, today=period)
        for house, amount, waive in payments:
            payment_record(house_id=houses[house].pk, amount_fen=amount, method="bank_transfer", cashier=estate.cashier)
            open_bill = Bill.objects.filter(house=houses[house], status__in=OPEN_STATUSES).first()
            if waive and open_bill is not None:
                w = waiver_request(bill_id=open_bill.pk, amount_fen=1, reason="抹零", requested_by=estate.cashier)
                waiver_approve(waiver_id=w.pk, decided_by=estate.manager)
        communities = {
            "both": [estate.jinghua.pk, estate.qinghe.pk],
            "jinghua": [estate.jinghua.pk],
            "qinghe": [estate.qinghe.pk],
            "building2": [estate.jinghua.pk],
        }[scope]
        check_reports(estate, communities, estate.building2.pk if scope == "building2" else None)
        check_ledger(estate)
        transaction.set_rollback(True)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    quantity=st.decimals(min_value=0, max_value=99999, places=2),
    price=st.decimals(min_value=0, max_value=9999, places=4),
    months=st.sampled_from([1, 3, 12]),
    kind=st.sampled_from(["area", "fixed", "metered", "parking"]),
    mode=st.sampled_from(["half_up", "down", "up"]),
    unit=st.sampled_from([1, 10, 100]),
)
def test_sql_and_python_rounding_agree(
    db: None, quantity: Decimal, price: Decimal, months: int, kind: str, mode: str, unit: int
) -> None:
    assume(quantity.is_finite() and price.is_finite())
    from django.db import connection

    sql = amount_fen_sql("%(q)s::numeric", "i")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {sql} FROM (SELECT %(price)s::numeric AS unit_price, %(kind)s AS kind, %(months)s AS cycle_months,"
            " %(mode)s AS rounding_mode, %(unit)s AS rounding_unit) i",
            {"q": quantity, "price": price, "kind": kind, "months": months, "mode": mode, "unit": unit},
        )
        in_sql = cursor.fetchone()[0]
    expected = line_amount_fen(quantity=quantity, unit_price=price, months=months, kind=kind, mode=mode, unit=unit)
    assert in_sql == expected
    assert expected % unit == 0
