"""Refunds (退款): the whole order back to the payer through its gateway, and in the ledger a
reversal (冲正) of the payment the order booked.

One transaction: the order and the house are locked (so the prepaid part cannot be spent while
the provider is asked), the provider refunds (idempotent per ``out_refund_no``, which is derived
from the order: a retry after any failure asks for the same refund), then the reversal takes its
receipt number. A provider refusal rolls everything back. The receipt counter is taken only after
the provider answered, so a slow provider holds up that one house, not the company's payments.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from billing.errors import RefundErrorCode
from billing.gateways.base import Amount, GatewayError, RefundRequest
from billing.models import EventKind, EventOutcome, OrderPurpose, OrderState, PaymentOrder, Refund, RefundState
from billing.services.credentials import GatewayNotConfigured, gateway_for
from billing.services.settlement import event_record
from saas.core.errors import DomainError
from saas.core.money import fen_to_yuan

REASON_LIMIT = 150


def _check_ledger(order: PaymentOrder) -> None:
    """What ``payment_reverse`` would refuse, asked before the provider moves any money."""
    from saas.finance.errors import PaymentErrorCode
    from saas.finance.models import Payment, PrepaidEntry, PrepaidKind
    from saas.finance.services.ledger import house_lock, prepaid_balance

    assert order.house_id is not None and order.payment_id is not None
    house_lock(order.house_id, PaymentErrorCode.HOUSE_NOT_FOUND)
    if Payment.objects.filter(reversal_of_id=order.payment_id).exists():
        raise DomainError(RefundErrorCode.ALREADY_REFUNDED, field="id")
    deposited = PrepaidEntry.objects.filter(payment_id=order.payment_id, kind=PrepaidKind.DEPOSIT).aggregate(
        s=Sum("amount_fen")
    )["s"]
    if deposited and prepaid_balance(order.house_id) < deposited:
        raise DomainError(RefundErrorCode.PREPAID_ALREADY_SPENT, field="id", amount=fen_to_yuan(int(deposited)))


@transaction.atomic
def order_refund(*, order_id: int, reason: str, requested_by: Any) -> Refund:
    from saas.finance.services import payment_reverse

    reason = reason.strip()
    if not reason:
        raise DomainError(RefundErrorCode.REASON_REQUIRED, field="reason")
    if len(reason) > REASON_LIMIT:
        raise DomainError(RefundErrorCode.TOO_LONG, field="reason", limit=REASON_LIMIT)
    order = PaymentOrder.objects.select_for_update().filter(pk=order_id).first()
    if order is None:
        raise DomainError(RefundErrorCode.NOT_FOUND, field="id")
    if order.purpose != OrderPurpose.BILLS or (order.payment_id is None and order.state == OrderState.PAID):
        raise DomainError(RefundErrorCode.NOT_REFUNDABLE, field="id")
    if order.state == OrderState.REFUNDED:
        raise DomainError(RefundErrorCode.ALREADY_REFUNDED, field="id")
    if order.state != OrderState.PAID:
        raise DomainError(RefundErrorCode.NOT_PAID, field="id")
    try:
        gateway = gateway_for(order.provider, require_enabled=False)
    except GatewayNotConfigured:
        raise DomainError(RefundErrorCode.GATEWAY_NOT_CONFIGURED, field="id") from None
    _check_ledger(order)
    out_refund_no = f"{order.out_trade_no}R"
    try:
        result = gateway.refund(
            RefundRequest(
                out_trade_no=order.out_trade_no,
                provider_trade_no=order.provider_trade_no,
                out_refund_no=out_refund_no,
                amount=Amount(order.amount_fen, order.currency),
                reason=reason,
            )
        )
    except GatewayError as exc:
        raise DomainError(RefundErrorCode.GATEWAY_FAILED, field="id", detail=str(exc)[:120]) from exc
    if not result.succeeded:
        raise DomainError(RefundErrorCode.GATEWAY_FAILED, field="id", detail="refused")
    assert order.payment_id is not None
    reversal = payment_reverse(payment_id=order.payment_id, reason=f"线上退款：{reason}", cashier=requested_by)
    now = timezone.now()
    refund = Refund.objects.create(
        order=order,
        out_refund_no=out_refund_no,
        amount_fen=order.amount_fen,
        reason=reason,
        state=RefundState.SUCCEEDED,
        requested_by=requested_by,
        reversal_payment_id=reversal.pk,
        completed_at=now,
    )
    order.state = OrderState.REFUNDED
    order.refunded_fen = order.amount_fen
    order.refund_due = False
    order.save(update_fields=["state", "refunded_fen", "refund_due"])
    event_record(
        order,
        provider=order.provider,
        event_key=f"refund:{out_refund_no}",
        kind=EventKind.REFUND,
        outcome=EventOutcome.REFUNDED,
        state=OrderState.REFUNDED,
        amount_fen=order.amount_fen,
        detail=reason,
    )
    return refund
