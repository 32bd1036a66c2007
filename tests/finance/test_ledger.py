"""Payments, allocation order, prepaid balances, reversals, waivers and late fees at the service level."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.db import DatabaseError, transaction

from saas.core.errors import DomainError, DomainErrors
from saas.finance.models import (
    Allocation,
    Bill,
    BillLine,
    BillStatus,
    FinancePolicy,
    LateFeeAccrual,
    Payment,
    PrepaidEntry,
)
from saas.finance.services import (
    finance_policy_update,
    late_fees_accrue,
    payment_reverse,
    prepaid_balance,
)
from tests.finance.conftest import FEB, JAN, JAN_TOTAL, MAR, Alpha, Estate, bill_of, pay_cash, run


def test_a_payment_settles_the_oldest_bill_first_line_by_line(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        run(estate, JAN, today=FEB)
        run(estate, FEB, today=FEB)
        payment = pay_cash(estate, JAN_TOTAL + 20000)
        assert payment.receipt_no == 1
        jan, feb = bill_of(estate, JAN), bill_of(estate, FEB)
        assert (jan.status, jan.paid_fen) == (BillStatus.PAID, JAN_TOTAL)
        assert (feb.status, feb.paid_fen) == (BillStatus.PARTIALLY_PAID, 20000)
        feb_lines = dict(feb.lines.values_list("fee_item__name", "paid_fen"))
        assert feb_lines == {"物业费": 20000, "垃圾清运费": 0}  # fee-item order: 物业费 first
        assert (
            sum(Allocation.objects.filter(payment=payment).values_list("amount_fen", flat=True)) == payment.amount_fen
        )


def test_chosen_bills_are_paid_in_the_given_order_and_the_rest_goes_to_prepaid(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        run(estate, JAN, today=FEB)
        run(estate, FEB, today=FEB)
        jan, feb = bill_of(estate, JAN), bill_of(estate, FEB)
        pay_cash(estate, JAN_TOTAL + 100, bill_ids=[feb.pk])
        feb.refresh_from_db()
        jan.refresh_from_db()
        assert (feb.status, jan.status) == (BillStatus.PAID, BillStatus.UNPAID)
        assert prepaid_balance(estate.house.pk) == 100
        with pytest.raises(DomainError) as caught:
            pay_cash(estate, 100, bill_ids=[Bill.objects.get(house=estate.small, period=JAN).pk])
        assert caught.value.code.value == "BILL_OF_ANOTHER_HOUSE"
        with pytest.raises(DomainError) as caught:
            pay_cash(estate, 100, bill_ids=[jan.pk, jan.pk])
        assert caught.value.code.value == "BILL_REPEATED"


def test_prepaid_money_settles_the_next_run_oldest_first(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        pay_cash(estate, 50000)  # nothing billed yet: all of it is prepaid
        assert prepaid_balance(estate.house.pk) == 50000
        billing = run(estate, JAN)
        assert billing.houses_settled == 1
        assert bill_of(estate).status == BillStatus.PAID
        assert prepaid_balance(estate.house.pk) == 50000 - JAN_TOTAL
        run(estate, FEB, today=FEB)
        feb = bill_of(estate, FEB)
        assert (feb.status, feb.paid_fen) == (BillStatus.PARTIALLY_PAID, 50000 - JAN_TOTAL)
        assert prepaid_balance(estate.house.pk) == 0


def test_receipt_numbers_are_sequential_and_reversals_take_one_too(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        run(estate)
        first = pay_cash(estate, 1000)
        second = pay_cash(estate, 2000)
        reversal = payment_reverse(payment_id=first.pk, reason="金额录错", cashier=estate.cashier2)
        with pytest.raises(RuntimeError), transaction.atomic():
            pay_cash(estate, 500)  # took number 4 …
            raise RuntimeError("… and rolled back: the number comes back")
        third = pay_cash(estate, 3000)
        assert [p.receipt_no for p in (first, second, reversal, third)] == [1, 2, 3, 4]


def test_a_reversal_mirrors_the_payment_and_changes_nothing_else(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        run(estate)
        payment = pay_cash(estate, JAN_TOTAL + 500)
        assert prepaid_balance(estate.house.pk) == 500
        reversal = payment_reverse(payment_id=payment.pk, reason="支票退票", cashier=estate.cashier)
        assert (reversal.amount_fen, reversal.reversal_of_id, reversal.reason) == (
            -JAN_TOTAL - 500,
            payment.pk,
            "支票退票",
        )
        bill = bill_of(estate)
        assert (bill.status, bill.paid_fen) == (BillStatus.UNPAID, 0)
        assert set(BillLine.objects.filter(bill=bill).values_list("paid_fen", flat=True)) == {0}
        assert prepaid_balance(estate.house.pk) == 0
        mirrored = Allocation.objects.filter(payment=reversal)
        assert sum(a.amount_fen for a in mirrored) == -JAN_TOTAL
        for code, payment_id, reason in (
            ("ALREADY_REVERSED", payment.pk, "再来"),
            ("REVERSAL_NOT_REVERSIBLE", reversal.pk, "再来"),
            ("REASON_REQUIRED", payment.pk, " "),
        ):
            with pytest.raises((DomainError, DomainErrors)) as caught:
                payment_reverse(payment_id=payment_id, reason=reason, cashier=estate.cashier)
            errors = caught.value.errors if isinstance(caught.value, DomainErrors) else [caught.value]
            assert [e.code.value for e in errors] == [code]


def test_a_reversal_is_refused_once_its_prepaid_part_has_paid_bills(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        payment = pay_cash(estate, 50000)
        run(estate)  # the prepaid money settles January
        with pytest.raises(DomainError) as caught:
            payment_reverse(payment_id=payment.pk, reason="错收", cashier=estate.cashier)
        assert caught.value.code.value == "PREPAID_ALREADY_SPENT"
        assert Payment.objects.count() == 1


def test_the_ledger_refuses_updates_and_deletes(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        run(estate)
        payment = pay_cash(estate, JAN_TOTAL + 1)
        for queryset in (
            Payment.objects.filter(pk=payment.pk),
            Allocation.objects.filter(payment=payment),
            PrepaidEntry.objects.filter(payment=payment),
        ):
            with pytest.raises(DatabaseError), transaction.atomic():
                queryset.update(created_at=payment.created_at)
            with pytest.raises(DatabaseError), transaction.atomic():
                queryset.delete()
        with pytest.raises(DatabaseError), transaction.atomic():
            BillLine.objects.filter(bill__house=estate.house).delete()
        with pytest.raises(DatabaseError), transaction.atomic():
            Bill.objects.filter(house=estate.house)._raw_delete(Bill.objects.db)


def test_late_fees_are_off_by_default_daily_on_principal_and_never_compound(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        run(estate)  # due 2026-01-31
        assert late_fees_accrue(day=date(2026, 2, 10)) == 0
        finance_policy_update(late_fee_enabled=True, late_fee_daily_rate=Decimal("0.0005"), late_fee_grace_days=5)
        assert late_fees_accrue(day=date(2026, 2, 5)) == 0  # within the grace days
        charged = late_fees_accrue(day=date(2026, 2, 6))
        assert charged == 4  # every January bill is overdue
        assert late_fees_accrue(day=date(2026, 2, 6)) == 0  # the same day twice adds nothing
        late_fees_accrue(day=date(2026, 2, 7))
        bill = bill_of(estate)
        assert bill.late_fee_fen == 2 * 17  # round(34714 × 0.0005) = 17 each day, on principal only
        assert list(LateFeeAccrual.objects.filter(bill=bill).values_list("base_fen", flat=True)) == [JAN_TOTAL] * 2
        pay_cash(estate, JAN_TOTAL)  # principal first, the late fee last
        bill.refresh_from_db()
        assert (bill.status, bill.balance_fen) == (BillStatus.PARTIALLY_PAID, 34)
        assert late_fees_accrue(day=date(2026, 2, 8)) == 3  # no principal left: no more late fees here
        pay_cash(estate, 34)
        bill.refresh_from_db()
        assert (bill.status, bill.late_fee_paid_fen) == (BillStatus.PAID, 34)


def test_policy_bounds(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        with pytest.raises(DomainErrors) as caught:
            finance_policy_update(late_fee_daily_rate=Decimal("0.02"), bill_due_days=400, late_fee_grace_days=-1)
        assert {e.field for e in caught.value} == {"lateFeeDailyRate", "billDueDays", "lateFeeGraceDays"}
        assert FinancePolicy.current().late_fee_enabled is False


def test_readings_below_the_previous_need_a_replacement(alpha: Alpha, estate: Estate) -> None:
    from saas.finance.services import meter_reading_record

    def record(period: date, reading: str, **kwargs: object) -> object:
        return meter_reading_record(
            house_id=estate.house.pk,
            meter_type="water",
            period=period,
            reading=Decimal(reading),
            recorded_by=estate.cashier,
            **kwargs,
        )

    with alpha():
        assert record(JAN, "500.00").consumption == 0  # the first reading is the starting point
        with pytest.raises(DomainError) as caught:
            record(FEB, "420.00")
        assert caught.value.code.value == "READING_BELOW_PREVIOUS"
        assert record(FEB, "12.00", is_replacement=True).consumption == Decimal("12.00")
        assert record(MAR, "30.50").consumption == Decimal("18.50")
        with pytest.raises(DomainError) as caught:
            record(MAR, "31.00")
        assert caught.value.code.value == "READING_EXISTS"
        with pytest.raises(DomainError) as caught:
            record(FEB, "31.00")
        assert caught.value.code.value == "PERIOD_BEFORE_LATEST"


def test_a_bill_issued_by_mistake_is_cancelled_not_deleted(alpha: Alpha, estate: Estate) -> None:
    from saas.finance.reports import ReportFilter, collection_report
    from saas.finance.services import bill_cancel

    with alpha():
        run(estate)
        bill = bill_of(estate)
        with pytest.raises(DomainErrors):
            bill_cancel(bill_id=bill.pk, reason=" ", cancelled_by=estate.cashier)
        payment = pay_cash(estate, 100)
        with pytest.raises(DomainError) as caught:
            bill_cancel(bill_id=bill.pk, reason="面积录错", cancelled_by=estate.cashier)
        assert caught.value.code.value == "HAS_SETTLEMENTS"
        payment_reverse(payment_id=payment.pk, reason="先冲正", cashier=estate.cashier)
        cancelled = bill_cancel(bill_id=bill.pk, reason="面积录错，重新出账", cancelled_by=estate.cashier)
        assert (cancelled.status, cancelled.cancelled_by, cancelled.cancel_reason) == (
            BillStatus.CANCELLED,
            estate.cashier,
            "面积录错，重新出账",
        )
        with pytest.raises(DomainError) as caught:
            bill_cancel(bill_id=bill.pk, reason="再作废", cancelled_by=estate.cashier)
        assert caught.value.code.value == "ALREADY_CANCELLED"
        again = run(estate)
        assert (again.bills_created, again.lines_created) == (0, 0)  # not re-issued
        second = pay_cash(estate, 100)  # nothing open: all of it to prepaid
        assert not Allocation.objects.filter(payment=second).exists()
        report = collection_report(where=ReportFilter(community_ids=[estate.jinghua.pk]), as_of=date.today())
        assert report.total.bills == 3  # the cancelled bill is left out
