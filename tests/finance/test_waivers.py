"""Waivers (减免): asked by one person, decided by another, never more than the bill still owes."""

from __future__ import annotations

import pytest

from saas.core.errors import DomainError
from saas.finance.models import (
    Allocation,
    Bill,
    BillStatus,
    Waiver,
    WaiverStatus,
)
from saas.finance.services import (
    waiver_approve,
    waiver_reject,
    waiver_request,
)
from tests.finance import documents as doc
from tests.finance.conftest import JAN_TOTAL, Alpha, Estate, bill_of, gid, pay_cash, payload, run
from tests.graphql import GraphQLClient, error_codes


def test_a_waiver_goes_from_finance_to_the_manager(
    finance_client: GraphQLClient, manager_client: GraphQLClient, billed: Estate, alpha: Alpha
) -> None:
    with alpha():
        bill = Bill.objects.get(house=billed.house)
    asked = payload(
        finance_client.execute(
            doc.WAIVER_REQUEST, {"input": {"bill": gid("Bill", bill.pk), "amount": "15.00", "reason": "垃圾清运暂停"}}
        ),
        "waiverRequest",
    )
    waiver_id = asked["waiver"]["id"]
    assert asked["waiver"]["status"] == "PENDING"
    body = finance_client.execute(doc.WAIVER_APPROVE, {"input": {"id": waiver_id}})
    assert error_codes(body) == ["FORBIDDEN"]  # finance may ask, not approve
    approved = payload(manager_client.execute(doc.WAIVER_APPROVE, {"input": {"id": waiver_id}}), "waiverApprove")
    assert approved["waiver"]["status"] == "APPROVED"
    assert approved["waiver"]["bill"] == {"status": "PARTIALLY_PAID", "balance": "332.14"}
    with alpha():
        assert Waiver.objects.get().decided_by == billed.manager


def test_a_waiver_needs_a_second_person_and_fits_the_balance(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        run(estate)
        bill = bill_of(estate)
        with pytest.raises(DomainError) as caught:
            waiver_request(bill_id=bill.pk, amount_fen=JAN_TOTAL + 1, reason="空置", requested_by=estate.cashier)
        assert caught.value.code.value == "EXCEEDS_BALANCE"
        waiver = waiver_request(bill_id=bill.pk, amount_fen=1500, reason="垃圾清运未开展", requested_by=estate.cashier)
        with pytest.raises(DomainError) as caught:
            waiver_request(bill_id=bill.pk, amount_fen=JAN_TOTAL - 1000, reason="再减", requested_by=estate.cashier)
        assert caught.value.code.value == "EXCEEDS_BALANCE"  # pending waivers count
        with pytest.raises(DomainError) as caught:
            waiver_approve(waiver_id=waiver.pk, decided_by=estate.cashier)
        assert caught.value.code.value == "SAME_PERSON"
        waiver_approve(waiver_id=waiver.pk, decided_by=estate.manager, note="同意")
        bill.refresh_from_db()
        assert (bill.waived_fen, bill.status) == (1500, BillStatus.PARTIALLY_PAID)
        with pytest.raises(DomainError) as caught:
            waiver_reject(waiver_id=waiver.pk, decided_by=estate.manager, note="晚了")
        assert caught.value.code.value == "NOT_PENDING"


def test_a_fully_waived_bill_is_waived_and_a_rejected_waiver_changes_nothing(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        run(estate)
        bill = bill_of(estate)
        rejected = waiver_request(bill_id=bill.pk, amount_fen=100, reason="试试", requested_by=estate.cashier)
        waiver_reject(waiver_id=rejected.pk, decided_by=estate.manager, note="理由不足")
        rejected.refresh_from_db()
        assert rejected.status == WaiverStatus.REJECTED and not Allocation.objects.filter(waiver=rejected).exists()
        full = waiver_request(bill_id=bill.pk, amount_fen=JAN_TOTAL, reason="困难户全免", requested_by=estate.cashier)
        waiver_approve(waiver_id=full.pk, decided_by=estate.manager)
        bill.refresh_from_db()
        assert (bill.status, bill.waived_fen, bill.balance_fen) == (BillStatus.WAIVED, JAN_TOTAL, 0)


def test_a_waiver_decided_after_a_payment_cannot_exceed_what_is_left(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        run(estate)
        bill = bill_of(estate)
        waiver = waiver_request(bill_id=bill.pk, amount_fen=1000, reason="装修期", requested_by=estate.cashier)
        pay_cash(estate, JAN_TOTAL - 500)
        with pytest.raises(DomainError) as caught:
            waiver_approve(waiver_id=waiver.pk, decided_by=estate.manager)
        assert caught.value.code.value == "EXCEEDS_BALANCE"
