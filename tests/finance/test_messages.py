"""Bills issued and payments received tell the house's owners: in-app and through the outbox, in
the run's or the payment's transaction, with the receipt number."""

from __future__ import annotations

from saas.notifications.models import Channel
from tests.finance.conftest import JAN_TOTAL, Alpha, Estate, bill_of, pay_cash, run
from tests.notifications.events import console_sms, inbox, outbox_rows


def test_a_billing_run_tells_each_bills_owners(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        console_sms()
        run(estate)
        bill = bill_of(estate)
        [row] = outbox_rows("bill_issued")  # only 0101 has an owner
        assert (row.channel, row.dedupe_key) == (Channel.SMS, f"b{bill.pk}.r{estate.resident.pk}:s")
        assert row.params == {"house": "1号楼1单元0101", "period": "2026年1月", "amount": "347.14"}
        assert (row.target_type, row.target_id, row.community_id) == ("Bill", bill.pk, estate.jinghua.pk)
        assert inbox("bill_issued") == [(estate.owner.pk, "2026年1月账单")]
        run(estate)  # a second run creates no bill and tells nobody again
        assert len(outbox_rows("bill_issued")) == 1


def test_a_payment_tells_the_receipt_number(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        run(estate)
        console_sms()
        payment = pay_cash(estate, JAN_TOTAL)
        [row] = outbox_rows("payment_received")
        assert row.params == {"house": "1号楼1单元0101", "amount": "347.14", "receipt": str(payment.receipt_no)}
        assert str(payment.receipt_no) in row.text
        assert row.community_id == estate.jinghua.pk
        assert inbox("payment_received") == [(estate.owner.pk, "缴费成功")]


def test_a_backdated_booking_tells_nobody(alpha: Alpha, estate: Estate) -> None:
    from django.utils import timezone

    with alpha():
        run(estate)
        console_sms()
        pay_cash(estate, JAN_TOTAL, at=timezone.now())
        assert outbox_rows("payment_received") == []
