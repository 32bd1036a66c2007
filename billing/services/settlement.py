"""Applying what a provider says about an order, exactly once.

Every statement about an order (a notification, a reconciliation query's answer, a close) goes
through ``order_apply``: in one transaction it locks the order row, records the event under its
unique ``(provider, event_key)`` with ``INSERT … ON CONFLICT DO NOTHING`` (a repeat is a no-op),
decides from the order's state under the lock, and settles through the finance services (bills)
or the tenants' lifecycle (a plan). An order settles at most once; a "closed" after "paid" changes
nothing; a "paid" after "closed" still settles (the money arrived) and is flagged.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from billing.gateways.base import PaymentState
from billing.models import EventKind, EventOutcome, OrderPurpose, OrderState, PaymentOrder
from saas.core.errors import DomainError, DomainErrors

INSERT_EVENT = """
INSERT INTO billing_providerevent
    (order_id, provider, event_key, kind, state, amount_fen, outcome, detail, payload, created_at)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (provider, event_key) DO NOTHING
RETURNING id
"""


@dataclass(frozen=True)
class Statement:
    """What a provider (or our own query) says about one order."""

    provider: str
    event_key: str
    kind: EventKind
    state: PaymentState
    amount_fen: int | None = None
    provider_trade_no: str = ""
    payload: dict[str, Any] | None = None
    at: datetime | None = None


def event_record(
    order: PaymentOrder,
    *,
    provider: str,
    event_key: str,
    kind: str,
    outcome: str,
    state: str = "",
    amount_fen: int | None = None,
    detail: str = "",
    payload: dict[str, Any] | None = None,
) -> bool:
    """Insert one event unless its key was seen before; True if it is new."""
    with connection.cursor() as cursor:
        cursor.execute(
            INSERT_EVENT,
            [
                order.pk,
                provider,
                event_key[:128],
                kind,
                state,
                amount_fen,
                outcome,
                detail[:200],
                json.dumps(payload or {}, ensure_ascii=False),
                timezone.now(),
            ],
        )
        return cursor.fetchone() is not None


def _decide(order: PaymentOrder, state: PaymentState) -> EventOutcome:
    if state is PaymentState.PAID:
        if order.state == OrderState.PENDING:
            return EventOutcome.SETTLED
        if order.state == OrderState.CLOSED:
            return EventOutcome.SETTLED_LATE
        return EventOutcome.ALREADY_PAID
    if state is PaymentState.CLOSED and order.state == OrderState.PENDING:
        return EventOutcome.CLOSED
    return EventOutcome.IGNORED


Settler = Callable[[PaymentOrder], None]
SETTLERS: dict[str, Settler] = {}


def settler_register(purpose: str, settle: Settler) -> None:
    """What a paid order of ``purpose`` does, for purposes a domain app owns (parking): called once
    per order, under the order's lock, in the settling transaction. It may set ``refund_due`` when
    the money can no longer buy what it was for; it must never refuse (the money has arrived)."""
    SETTLERS[purpose] = settle


SETTLED_FIELDS = ["state", "paid_at", "paid_late", "provider_trade_no", "payment_id", "to_prepaid_fen", "refund_due"]


@transaction.atomic
def order_apply(*, order_id: int, statement: Statement) -> EventOutcome | None:
    """Apply ``statement`` to the order; None when the same event was applied before."""
    return order_apply_locked(order_id=order_id, statement=statement)


def order_apply_locked(*, order_id: int, statement: Statement) -> EventOutcome | None:
    """``order_apply`` inside a transaction the caller holds (the inbox's): the order is read once,
    under its lock (with the payer's name a receipt needs), and only the columns that change are
    written."""
    order = (
        PaymentOrder.objects.select_for_update(of=("self",))
        .annotate(payer_display_name=F("payer__display_name"))
        .get(pk=order_id)
    )
    outcome = _decide(order, statement.state)
    is_new = event_record(
        order,
        provider=statement.provider,
        event_key=statement.event_key,
        kind=statement.kind,
        outcome=outcome,
        state=statement.state.value,
        amount_fen=statement.amount_fen,
        payload=statement.payload,
    )
    if not is_new:
        return None
    when = statement.at or timezone.now()
    if outcome in (EventOutcome.SETTLED, EventOutcome.SETTLED_LATE):
        before = {name: getattr(order, name) for name in SETTLED_FIELDS}
        order.state = OrderState.PAID
        order.paid_at = when
        order.paid_late = outcome is EventOutcome.SETTLED_LATE
        if statement.provider_trade_no:
            order.provider_trade_no = statement.provider_trade_no[:64]
        if order.purpose == OrderPurpose.BILLS:
            _settle_bills(order)
        elif order.purpose == OrderPurpose.SUBSCRIPTION:
            _activate_plan(order)
        else:
            SETTLERS[order.purpose](order)
        order.save(update_fields=[name for name in SETTLED_FIELDS if getattr(order, name) != before[name]])
    elif outcome is EventOutcome.CLOSED:
        order.state = OrderState.CLOSED
        order.closed_at = when
        order.save(update_fields=["state", "closed_at"])
    return outcome


def _settle_bills(order: PaymentOrder) -> None:
    """Book the money in the ledger against the order's bills (still open ones, in the order's
    order); what they no longer need goes to the house's prepaid balance and flags the order for
    a refund. Never refused: the money has arrived."""
    from saas.finance.services.payments import payment_book

    assert order.house_id is not None
    payer = getattr(order, "payer_display_name", None) or ""
    booked = payment_book(
        house_id=order.house_id,
        amount_fen=order.amount_fen,
        method=order.provider,
        cashier=None,
        payer_name=payer[:64],
        reference=(order.provider_trade_no or order.out_trade_no)[:64],
        bill_ids=list(dict.fromkeys(order.bill_ids)),
        skip_unusable=True,
    )
    order.payment_id = booked.payment.pk
    order.to_prepaid_fen = booked.to_prepaid_fen
    order.refund_due = order.to_prepaid_fen > 0


def add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _activate_plan(order: PaymentOrder) -> None:
    """The vendor's side: the company is on the paid plan until its current end (or today) plus
    the months bought. A refusal (the plan was withdrawn meanwhile) keeps the money flagged."""
    from tenants.models import Company
    from tenants.services.lifecycle import trial_convert_to_paid

    company = Company.objects.filter(pk=order.company_id or 0).first()
    today = timezone.localdate()
    start = max(today, company.paid_until) if company is not None and company.paid_until else today
    try:
        trial_convert_to_paid(
            company_id=order.company_id or 0,
            plan_code=order.plan_code,
            paid_until=add_months(start, order.months or 1),
        )
    except (DomainError, DomainErrors):
        order.refund_due = True
