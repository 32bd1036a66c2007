"""Owners paying bills online: lock the bills, make an order for their exact balance, ask the
gateway for a checkout.

The bills stay locked only while the order row is written; the gateway call happens after that
commit (a slow provider must not hold the bills a cashier may be paying). A failed checkout closes
the order, so the bills are free again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from billing.errors import BillsPayErrorCode
from billing.gateways import CHANNELS
from billing.gateways.base import Amount, Channel, Checkout, CheckoutRequest, GatewayError, out_trade_no_new
from billing.models import EventKind, EventOutcome, OrderPurpose, OrderState, PaymentOrder, Provider
from billing.services.context import current_company, notify_url, sandbox_allowed
from billing.services.credentials import GatewayNotConfigured, gateway_for, merchant_ids
from billing.services.settlement import event_record
from saas.core.clock import deadline_text
from saas.core.errors import DomainError

MAX_BILLS = 36
ORDER_PREFIX = "WY"


def gateway_ready(provider: str, channel: Channel, codes: Any) -> Any:
    if channel not in CHANNELS[provider]:
        raise DomainError(codes.CHANNEL_NOT_SUPPORTED, field="channel")
    if provider == Provider.SANDBOX and not sandbox_allowed(current_company()):
        raise DomainError(codes.SANDBOX_NOT_ALLOWED, field="gateway")
    try:
        return gateway_for(provider)
    except GatewayNotConfigured:
        raise DomainError(codes.GATEWAY_NOT_CONFIGURED, field="gateway") from None


def _subject(bills: Sequence[Any]) -> str:
    house = bills[0].house
    periods = "、".join(f"{bill.period:%Y-%m}" for bill in bills[:6]) + (" 等" if len(bills) > 6 else "")
    return f"物业费 {house.room_number} {periods}"[:128]


def _checked_bills(payer: Any, bill_ids: Sequence[int]) -> list[Any]:
    """The payer's bills, locked, all of one house, all open (in the order given)."""
    from permissions.scoping import own_since_move_in
    from saas.finance.models import OPEN_STATUSES, Bill
    from saas.finance.services.ledger import bills_locked

    if not bill_ids:
        raise DomainError(BillsPayErrorCode.BILLS_REQUIRED, field="bills")
    if len(bill_ids) > MAX_BILLS:
        raise DomainError(BillsPayErrorCode.TOO_MANY_BILLS, field="bills", limit=MAX_BILLS)
    if len(set(bill_ids)) != len(bill_ids):
        raise DomainError(BillsPayErrorCode.BILL_REPEATED, field="bills")
    # The payer's own: bills of a house they live in, for periods from their move-in on.
    own = Bill.objects.filter(own_since_move_in(payer, house="house_id", dated="period", by_month=True))
    mine = set(own.filter(pk__in=bill_ids).values_list("pk", flat=True))
    locked = bills_locked(bill_ids)
    bills = []
    for bill_id in bill_ids:
        bill = locked.get(bill_id)
        if bill is None or bill_id not in mine:  # someone else's bill: as if it did not exist
            raise DomainError(BillsPayErrorCode.BILL_NOT_FOUND, field="bills")
        bills.append(bill)
    if len({bill.house_id for bill in bills}) > 1:
        raise DomainError(BillsPayErrorCode.BILLS_OF_SEVERAL_HOUSES, field="bills")
    for bill in bills:
        if bill.status not in OPEN_STATUSES or bill.balance_fen <= 0:
            raise DomainError(BillsPayErrorCode.BILL_NOT_OPEN, field="bills", period=f"{bill.period:%Y-%m}")
    return bills


@transaction.atomic
def _order_reserve(
    *, payer: Any, bill_ids: Sequence[int], provider: str, channel: Channel
) -> tuple[PaymentOrder, bool]:
    """The order for these bills: an existing identical one still payable (a retry from a flaky
    phone gets the same QR code), else a new one. Refused while another order covers any of them."""
    bills = _checked_bills(payer, bill_ids)
    amount = sum(bill.balance_fen for bill in bills)
    now = timezone.now()
    waiting = PaymentOrder.objects.filter(
        purpose=OrderPurpose.BILLS, state=OrderState.PENDING, bill_ids__overlap=list(bill_ids), expires_at__gt=now
    ).first()
    if waiting is not None:
        same = (
            waiting.bill_ids == list(bill_ids)
            and waiting.provider == provider
            and waiting.channel == channel.value
            and waiting.amount_fen == amount
            and waiting.payer_id == payer.pk
            and waiting.checkout
        )
        if same:
            return waiting, False
        raise DomainError(
            BillsPayErrorCode.ORDER_PENDING,
            field="bills",
            expires=deadline_text(waiting.expires_at),
        )
    app_id, seller_id = merchant_ids(provider)
    order = PaymentOrder.objects.create(
        out_trade_no=out_trade_no_new(ORDER_PREFIX),
        provider=provider,
        channel=channel.value,
        purpose=OrderPurpose.BILLS,
        amount_fen=amount,
        subject=_subject(bills),
        house_id=bills[0].house_id,
        community_id=bills[0].community_id,
        bill_ids=list(bill_ids),
        payer=payer,
        merchant_app_id=app_id,
        merchant_seller_id=seller_id,
        expires_at=now + timedelta(minutes=settings.PAYMENT_ORDER_MINUTES),
    )
    return order, True


def checkout_payload(checkout: Checkout) -> dict[str, str]:
    fields = ("qr_code_url", "redirect_url", "order_string", "client_secret")
    return {name: str(getattr(checkout, name)) for name in fields if getattr(checkout, name)}


@transaction.atomic
def _checkout_save(order: PaymentOrder, checkout: Checkout) -> None:
    order.checkout = checkout_payload(checkout)
    order.provider_trade_no = checkout.provider_trade_no[:64]
    order.save(update_fields=["checkout", "provider_trade_no"])
    event_record(
        order,
        provider=order.provider,
        event_key=f"checkout:{order.out_trade_no}",
        kind=EventKind.CHECKOUT,
        outcome=EventOutcome.IGNORED,
        state=OrderState.PENDING,
        amount_fen=order.amount_fen,
        detail=order.channel,
    )


@transaction.atomic
def _checkout_failed(order: PaymentOrder, detail: str) -> None:
    PaymentOrder.objects.filter(pk=order.pk, state=OrderState.PENDING).update(
        state=OrderState.CLOSED, closed_at=timezone.now()
    )
    event_record(
        order,
        provider=order.provider,
        event_key=f"checkout:{order.out_trade_no}",
        kind=EventKind.CHECKOUT,
        outcome=EventOutcome.FAILED,
        detail=detail,
    )


def order_checkout(order: PaymentOrder, gateway: Any, *, return_url: str | None, codes: Any) -> PaymentOrder:
    """Ask the gateway for the checkout of a new order and keep it on the order."""
    request = CheckoutRequest(
        out_trade_no=order.out_trade_no,
        amount=Amount(order.amount_fen, order.currency),
        subject=order.subject,
        channel=Channel(order.channel),
        notify_url=notify_url(order.provider),
        expires_at=order.expires_at,
        return_url=return_url,
    )
    try:
        checkout = gateway.checkout_create(request)
    except GatewayError as exc:
        _checkout_failed(order, str(exc))
        raise DomainError(codes.GATEWAY_UNAVAILABLE, field="gateway") from exc
    _checkout_save(order, checkout)
    return order


def bills_pay(
    *, payer: Any, bill_ids: Sequence[int], provider: str, channel: Channel, return_url: str | None = None
) -> PaymentOrder:
    """An order for the exact balance of the payer's bills (one house) and its checkout."""
    gateway = gateway_ready(provider, channel, BillsPayErrorCode)
    order, is_new = _order_reserve(payer=payer, bill_ids=bill_ids, provider=provider, channel=channel)
    if not is_new:
        return order
    return order_checkout(order, gateway, return_url=return_url, codes=BillsPayErrorCode)
