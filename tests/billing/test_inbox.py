"""The notification inbox: recorded and committed before the answer, settled afterwards from the
inbox exactly once; a notification whose settlement never ran is swept, and an old one alerts."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone
from django_tenants.utils import tenant_context

from billing.models import InboxEntry, OrderState, PaymentOrder
from billing.services.inbox import inbox_settle, inbox_sweep
from billing.tasks import inbox_settle_entry, inbox_sweep_all
from saas.finance.models import BillStatus, Payment
from tests.billing.conftest import Home, configure_alipay, deliver_alipay, pay
from tests.billing.emulators.alipay import AlipayEmulator
from tests.billing.emulators.stripe import StripeEmulator
from tests.graphql import GraphQLClient, QueryLog


@pytest.fixture
def qr(home: Home, owner: GraphQLClient, alipay: AlipayEmulator) -> dict[str, Any]:
    configure_alipay(home.company, alipay)
    result = pay(owner, [home.jan, home.feb], "ALIPAY", "QR_CODE")
    assert result["errors"] == [], result
    return result


@pytest.fixture
def broker_away(monkeypatch: pytest.MonkeyPatch) -> None:
    """The settlement task cannot be queued (broker down, or the process died right after the
    record): what is left is the committed inbox entry."""

    def unreachable(*args: Any, **kwargs: Any) -> None:
        raise ConnectionError("broker unreachable")

    monkeypatch.setattr(inbox_settle_entry, "delay", unreachable)


def _state(home: Home, out_trade_no: str) -> tuple[str, int, list[tuple[bool, str]]]:
    with tenant_context(home.company):
        order = PaymentOrder.objects.get(out_trade_no=out_trade_no)
        entries = [(e.settled_at is not None, e.outcome) for e in InboxEntry.objects.filter(order=order)]
        return order.state, Payment.objects.filter(house=home.house).count(), entries


def test_a_notification_is_answered_once_recorded_and_the_sweep_settles_it_when_its_task_is_lost(
    home: Home, alipay: AlipayEmulator, qr: dict[str, Any], broker_away: None
) -> None:
    number = qr["order"]["outTradeNo"]
    notice = alipay.pay(number)
    response = deliver_alipay(home.company, notice)
    assert response.status_code == 200 and response.content == b"success"  # recorded: answered
    assert _state(home, number) == (OrderState.PENDING, 0, [(False, "")])  # not settled yet
    with tenant_context(home.company):
        assert inbox_sweep(older_than=timedelta(0)).settled == 1
    assert _state(home, number) == (OrderState.PAID, 1, [(True, "settled")])
    home.refresh()
    assert home.jan.status == BillStatus.PAID and home.feb.status == BillStatus.PAID
    # Alipay retries the same notification: a no-op; a second sweep finds nothing.
    assert deliver_alipay(home.company, notice).content == b"success"
    with tenant_context(home.company):
        assert inbox_sweep(older_than=timedelta(0)).settled == 0
    assert _state(home, number) == (OrderState.PAID, 1, [(True, "settled")])


def test_the_sweep_leaves_entries_younger_than_its_grace_to_their_task(
    home: Home, alipay: AlipayEmulator, qr: dict[str, Any], broker_away: None
) -> None:
    deliver_alipay(home.company, alipay.pay(qr["order"]["outTradeNo"]))
    with tenant_context(home.company):
        assert inbox_sweep().settled == 0  # PAYMENT_INBOX_SWEEP_AFTER_SECONDS not yet passed
        InboxEntry.objects.update(received_at=timezone.now() - timedelta(minutes=1))
        assert inbox_sweep().settled == 1


def test_an_entry_settles_exactly_once_however_often_it_is_run(
    home: Home, alipay: AlipayEmulator, qr: dict[str, Any], broker_away: None
) -> None:
    number = qr["order"]["outTradeNo"]
    deliver_alipay(home.company, alipay.pay(number))
    deliver_alipay(home.company, alipay.notification(number, status="TRADE_FINISHED"))  # same money
    with tenant_context(home.company):
        first, second = InboxEntry.objects.order_by("pk").values_list("pk", flat=True)
        assert inbox_settle(entry_id=first) == "settled"
        assert inbox_settle(entry_id=first) is None  # the task ran twice
        assert inbox_settle(entry_id=second) == "already_paid"
        assert Payment.objects.filter(house=home.house).count() == 1
        assert sum(p.amount_fen for p in Payment.objects.filter(house=home.house)) == 56000


def test_with_the_broker_up_the_task_settles_right_after_the_answer(
    home: Home, alipay: AlipayEmulator, qr: dict[str, Any]
) -> None:
    number = qr["order"]["outTradeNo"]
    assert deliver_alipay(home.company, alipay.pay(number)).content == b"success"
    assert _state(home, number) == (OrderState.PAID, 1, [(True, "settled")])


def test_the_beat_sweep_reaches_every_company(
    home: Home, alipay: AlipayEmulator, qr: dict[str, Any], broker_away: None
) -> None:
    number = qr["order"]["outTradeNo"]
    deliver_alipay(home.company, alipay.pay(number))
    with tenant_context(home.company):
        InboxEntry.objects.update(received_at=timezone.now() - timedelta(minutes=5))
    inbox_sweep_all()
    assert _state(home, number)[:2] == (OrderState.PAID, 1)


def test_an_entry_that_keeps_failing_stays_counted_and_raises_the_age_alert(
    home: Home, alipay: AlipayEmulator, qr: dict[str, Any], broker_away: None, caplog: pytest.LogCaptureFixture
) -> None:
    deliver_alipay(home.company, alipay.pay(qr["order"]["outTradeNo"]))
    too_old = timedelta(seconds=settings.PAYMENT_INBOX_ALERT_SECONDS + 60)
    with tenant_context(home.company):
        InboxEntry.objects.update(state="unreadable", received_at=timezone.now() - too_old)  # a poison entry
        with caplog.at_level(logging.ERROR, logger="billing.inbox"):
            sweep = inbox_sweep()
        assert (sweep.settled, sweep.failed) == (0, 1) and sweep.oldest_waiting_seconds > too_old.total_seconds()
        entry = InboxEntry.objects.get()
        assert entry.settled_at is None and entry.attempts == 1
    assert any("has waited" in r.getMessage() and home.company.schema_name in r.getMessage() for r in caplog.records)


def test_a_gateway_is_built_once_per_process_and_rebuilt_when_its_keys_change(
    home: Home, stripe_api: StripeEmulator
) -> None:
    from billing.services.credentials import credentials_configure, gateway_for

    values = {"secret_key": stripe_api.secret_key, "webhook_secret": stripe_api.webhook_secret}
    with tenant_context(home.company):
        credentials_configure(provider="stripe", values=values)
        before = gateway_for("stripe")
        assert gateway_for("stripe") is before  # keys decrypted and the client built once
        credentials_configure(provider="stripe", values=None, enabled=False)  # same keys, switched off
        assert gateway_for("stripe", require_enabled=False) is before
        credentials_configure(provider="stripe", values={**values, "webhook_secret": values["webhook_secret"] + "2"})
        after = gateway_for("stripe")
        assert after is not before and after._webhook_secret == values["webhook_secret"] + "2"  # type: ignore[attr-defined]


# Recording a notification: the gateway's credentials, the order's few columns, the entry.
RECORD_STATEMENTS = 3
# Settling it: the entry and the order locked (the payer's name joined), the provider event, the
# house and the bills locked, their lines, the bills' and lines' writes, the receipt number, the
# payment, its allocations, the owners told (who, their in-app notification, the enabled
# channels), the order's changed columns, the entry marked settled.
SETTLE_STATEMENTS = 16


def test_recording_and_settling_a_notification_cost_pinned_statements(
    home: Home, alipay: AlipayEmulator, qr: dict[str, Any], broker_away: None
) -> None:
    number = qr["order"]["outTradeNo"]
    assert deliver_alipay(home.company, {**alipay.pay(number), "sign": "x"}).status_code == 400  # company cached
    with QueryLog() as log:
        assert deliver_alipay(home.company, alipay.pay(number)).content == b"success"
    assert log.count() == RECORD_STATEMENTS, "\n".join(log.statements)
    with tenant_context(home.company):
        entry = InboxEntry.objects.get()
        with QueryLog() as log:
            assert inbox_settle(entry_id=entry.pk) == "settled"
    # (the test's own transaction makes the task's transaction a savepoint: not counted)
    statements = [s for s in log.statements if not s.startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))]
    assert len(statements) == SETTLE_STATEMENTS, "\n".join(statements)
    assert _state(home, number) == (OrderState.PAID, 1, [(True, "settled")])
