"""Reconciliation (对账): orders whose notification never came, and the daily comparison of our
orders, the ledger and the gateway's view."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from billing.gateways.base import GatewayError, OrderStatus, PaymentState
from billing.models import (
    EventKind,
    EventOutcome,
    OrderPurpose,
    OrderState,
    PaymentOrder,
    Provider,
    ReconciliationReport,
)
from billing.services.credentials import GatewayNotConfigured, gateway_for
from billing.services.settlement import Statement, order_apply

log = logging.getLogger(__name__)
BATCH = 500


@dataclass
class PendingSweep:
    checked: int = 0
    settled: int = 0
    closed: int = 0
    still_pending: int = 0
    errors: int = 0


class _Gateways:
    """Gateways of the current schema built once per sweep; None where not configured."""

    def __init__(self) -> None:
        self._built: dict[str, Any] = {}

    def get(self, provider: str) -> Any:
        if provider not in self._built:
            try:
                self._built[provider] = gateway_for(provider, require_enabled=False)
            except GatewayNotConfigured:
                self._built[provider] = None
        return self._built[provider]


def _apply_status(order: PaymentOrder, status: OrderStatus, kind: EventKind) -> EventOutcome | None:
    if (
        status.state is PaymentState.PAID
        and status.amount is not None
        and status.amount.minor_units != order.amount_fen
    ):
        log.error("order %s: gateway says paid %s, order is %s", order.out_trade_no, status.amount, order.amount_fen)
        return None
    return order_apply(
        order_id=order.pk,
        statement=Statement(
            provider=order.provider,
            event_key=f"{kind.value}:{order.out_trade_no}:{status.state.value}",
            kind=kind,
            state=status.state,
            amount_fen=status.amount.minor_units if status.amount else None,
            provider_trade_no=status.provider_trade_no or "",
        ),
    )


def reconcile_pending(*, now: datetime | None = None, after_minutes: int | None = None) -> PendingSweep:
    """Ask the gateway about orders still pending ``after_minutes`` after they were made: paid ones
    settle (as if their notification had come), closed ones close, and ones past their payment
    window are closed at the gateway first (so no money can arrive for them any more)."""
    now = now or timezone.now()
    minutes = settings.PAYMENT_RECONCILE_AFTER_MINUTES if after_minutes is None else after_minutes
    sweep = PendingSweep()
    gateways = _Gateways()
    pending = PaymentOrder.objects.filter(state=OrderState.PENDING, created_at__lte=now - timedelta(minutes=minutes))
    for order in pending.order_by("created_at")[:BATCH]:
        gateway = gateways.get(order.provider)
        if gateway is None:
            continue
        sweep.checked += 1
        try:
            status = gateway.order_query(order.out_trade_no, order.provider_trade_no)
            kind = EventKind.QUERY
            if status.state is PaymentState.PENDING and order.expires_at <= now:
                status, kind = gateway.order_close(order.out_trade_no, order.provider_trade_no), EventKind.CLOSE
        except GatewayError as exc:
            log.warning("order %s: reconciliation query failed: %s", order.out_trade_no, exc)
            sweep.errors += 1
            continue
        if status.state is PaymentState.PENDING:
            sweep.still_pending += 1
            continue
        outcome = _apply_status(order, status, kind)
        if outcome in (EventOutcome.SETTLED, EventOutcome.SETTLED_LATE):
            sweep.settled += 1
        elif outcome is EventOutcome.CLOSED:
            sweep.closed += 1
    return sweep


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = timezone.make_aware(datetime.combine(day, time.min))
    return start, start + timedelta(days=1)


def _ledger_by_payment(orders: list[PaymentOrder]) -> dict[int, int]:
    from saas.finance.models import Payment

    ids = [o.payment_id for o in orders if o.payment_id]
    return dict(Payment.objects.filter(pk__in=ids).values_list("pk", "amount_fen"))


def reconciliation_report_build(*, day: date) -> ReconciliationReport:
    """Compare, for every bills or parking order made or paid on ``day``: our state, the ledger
    payment it booked (bills; parking money is on its orders), and what its gateway says now.
    Differences are listed one per order."""
    from saas.finance.models import ONLINE_PAYMENT_METHODS, Payment

    start, end = _day_bounds(day)
    orders = list(
        PaymentOrder.objects.filter(purpose__in=[OrderPurpose.BILLS, OrderPurpose.PARKING])
        .filter(Q(created_at__gte=start, created_at__lt=end) | Q(paid_at__gte=start, paid_at__lt=end))
        .order_by("created_at", "id")
    )
    ledger = _ledger_by_payment(orders)
    gateways = _Gateways()
    discrepancies: list[dict[str, Any]] = []
    gateway_paid = 0
    for order in orders:
        row = _compare(order, ledger, gateways)
        gateway_paid += row.pop("gateway_paid_fen")
        if row["problem"]:
            discrepancies.append(row)
    online = Payment.objects.filter(
        method__in=[m.value for m in ONLINE_PAYMENT_METHODS], received_at__gte=start, received_at__lt=end
    )
    paid = [o for o in orders if o.paid_at and start <= o.paid_at < end]
    summary = {
        "orders": len(orders),
        "paid_orders": len(paid),
        "paid_fen": sum(o.amount_fen for o in paid),
        "parking_paid_fen": sum(o.amount_fen for o in paid if o.purpose == OrderPurpose.PARKING),
        "ledger_fen": sum(p for p in online.filter(amount_fen__gt=0).values_list("amount_fen", flat=True)),
        "reversed_fen": -sum(p for p in online.filter(amount_fen__lt=0).values_list("amount_fen", flat=True)),
        "gateway_paid_fen": gateway_paid,
        "refund_due": sum(1 for o in orders if o.refund_due),
        "by_provider": {
            provider: sum(o.amount_fen for o in paid if o.provider == provider) for provider in Provider.values
        },
    }
    report, _ = ReconciliationReport.objects.update_or_create(
        day=day,
        defaults={"summary": summary, "discrepancies": discrepancies, "generated_at": timezone.now()},
    )
    return report


def _compare(order: PaymentOrder, ledger: dict[int, int], gateways: _Gateways) -> dict[str, Any]:
    ours = order.state
    booked = ledger.get(order.payment_id or 0)
    theirs, their_amount = "unknown", None
    gateway = gateways.get(order.provider)
    if gateway is not None:
        try:
            status = gateway.order_query(order.out_trade_no, order.provider_trade_no)
            theirs = status.state.value
            their_amount = status.amount.minor_units if status.amount else None
        except GatewayError:
            theirs = "unreachable"
    problems = []
    paid_here = ours in (OrderState.PAID, OrderState.REFUNDED)
    if order.purpose == OrderPurpose.BILLS and paid_here and booked != order.amount_fen:
        problems.append("ledger")
    if not paid_here and booked is not None:
        problems.append("ledger")
    # The sandbox keeps no state; a refunded order reads as paid at most gateways.
    if order.provider != Provider.SANDBOX and theirs not in ("unknown",):
        if paid_here != (theirs == PaymentState.PAID.value):
            problems.append("gateway_state")
        elif paid_here and their_amount is not None and their_amount != order.amount_fen:
            problems.append("gateway_amount")
    if order.refund_due:
        problems.append("refund_due")
    return {
        "out_trade_no": order.out_trade_no,
        "provider": order.provider,
        "amount_fen": order.amount_fen,
        "state": ours,
        "ledger_fen": booked,
        "gateway_state": theirs,
        "gateway_amount_fen": their_amount,
        "problem": ",".join(problems),
        "gateway_paid_fen": their_amount or 0 if theirs == PaymentState.PAID.value else 0,
    }
