"""线上缴费 Parking paid online through the payment layer (``billing``), as bills are.

Three things can be bought: an offered space's months (the application goes offered → awaiting
payment → active), a monthly pass's next months (from max(end, today)), and a stay that has left.
Each makes one ``PaymentOrder`` (purpose ``parking``) with a ``ParkingPayment`` naming what it
buys; the checkout, the notifications, the inbox, the reconciliation are billing's. When the order
settles (exactly once, under its lock) ``parking_order_settle`` makes the right active or marks the
stay paid. Money that can no longer buy anything (the offer was cancelled, the space went to
someone else, an earlier payment already did it) flags the order for a refund: never refused,
never lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.backends.postgresql.psycopg_any import DateRange
from django.db.models import Max
from django.utils import timezone

from billing.gateways.base import Channel, out_trade_no_new
from billing.models import OrderPurpose, OrderState, PaymentOrder
from billing.services.credentials import merchant_ids
from billing.services.orders import gateway_ready, order_checkout
from saas.core.clock import deadline_text
from saas.core.errors import DomainError
from saas.parking.errors import ParkingErrorCode
from saas.parking.models import (
    HOLDING_STATES,
    OFFER_STATES,
    ApplicationState,
    ParkingApplication,
    ParkingPayment,
    ParkingRight,
    ParkingSession,
    ParkingSpace,
    PaymentKind,
    PaymentOutcome,
    RightKind,
    RightState,
    Vehicle,
)
from saas.parking.periods import months_from
from saas.parking.prices import rent_fen
from saas.parking.priority import check_owner_priority
from saas.parking.services.applications import application_locked, check_pending
from saas.parking.services.common import check_months, community_locked, is_owner_in, right_write
from saas.residents.models import Occupancy, Resident

ORDER_PREFIX = "WYP"


@dataclass(frozen=True)
class Checkout:
    """How the payer pays: the gateway, the channel, where Alipay sends a browser back."""

    provider: str
    channel: Channel
    return_url: str | None = None


@dataclass(frozen=True)
class Purchase:
    """What a new order buys, for whom, at what price, until when it can be paid."""

    payer: Any
    resident: Resident
    community_id: int
    amount_fen: int
    subject: str
    payment: dict[str, Any]
    expires_at: datetime | None = None


def _house_of(resident: Resident, community_id: int) -> int | None:
    """The payer's house in the community (the order's house: who sees it, as for bills)."""
    return (
        Occupancy.objects.active()
        .filter(resident=resident, house__community_id=community_id)
        .order_by("house_id")
        .values_list("house_id", flat=True)
        .first()
    )


def _waiting(payments: Any, checkout: Checkout, purchase: Purchase) -> PaymentOrder | None:
    """A payable order for the same thing: itself when identical (a retry gets the same QR code),
    else ORDER_PENDING until it expires."""
    payment = (
        payments.filter(order__state=OrderState.PENDING, order__expires_at__gt=timezone.now())
        .select_related("order")
        .first()
    )
    if payment is None:
        return None
    order: PaymentOrder = payment.order
    same = (
        order.provider == checkout.provider
        and order.channel == checkout.channel.value
        and order.amount_fen == purchase.amount_fen
        and order.payer_id == purchase.payer.pk
        and payment.period == purchase.payment.get("period", payment.period)
        and bool(order.checkout)
    )
    if same:
        return order
    raise DomainError(ParkingErrorCode.ORDER_PENDING, field="id", expires=deadline_text(order.expires_at))


def _order_new(checkout: Checkout, purchase: Purchase) -> PaymentOrder:
    app_id, seller_id = merchant_ids(checkout.provider)
    expires = timezone.now() + timedelta(minutes=settings.PAYMENT_ORDER_MINUTES)
    order = PaymentOrder.objects.create(
        out_trade_no=out_trade_no_new(ORDER_PREFIX),
        provider=checkout.provider,
        channel=checkout.channel.value,
        purpose=OrderPurpose.PARKING,
        amount_fen=purchase.amount_fen,
        subject=purchase.subject[:128],
        house_id=_house_of(purchase.resident, purchase.community_id),
        community_id=purchase.community_id,
        payer=purchase.payer,
        merchant_app_id=app_id,
        merchant_seller_id=seller_id,
        expires_at=min(expires, purchase.expires_at) if purchase.expires_at else expires,
    )
    ParkingPayment.objects.create(order=order, payer=purchase.resident, **purchase.payment)
    return order


def _pay(checkout: Checkout, reserve: Any) -> PaymentOrder:
    """Check the gateway, reserve the order (one transaction, rows locked), then ask the gateway
    for the checkout after that commit (a slow provider must not hold the locks)."""
    gateway = gateway_ready(checkout.provider, checkout.channel, ParkingErrorCode)
    order, is_new = reserve()
    if not is_new:
        return order
    return order_checkout(order, gateway, return_url=checkout.return_url, codes=ParkingErrorCode)


def _space_label(space: ParkingSpace) -> str:
    return f"{space.area.name} {space.number}"


@transaction.atomic
def _offer_reserve(*, payer: Any, application_id: int, checkout: Checkout) -> tuple[PaymentOrder, bool]:
    application = application_locked(application_id)
    if application.applicant.user_id != payer.pk:  # someone else's: as if it did not exist
        raise DomainError(ParkingErrorCode.APPLICATION_NOT_FOUND, field="id")
    check_pending(application, *OFFER_STATES)
    if application.offer_expires_at is None or application.offer_expires_at <= timezone.now():
        raise DomainError(ParkingErrorCode.OFFER_EXPIRED, field="id")
    right = application.right
    assert right is not None and application.space_id is not None
    space = ParkingSpace.objects.select_related("area").get(pk=application.space_id)
    purchase = Purchase(
        payer=payer,
        resident=application.applicant,
        community_id=application.community_id,
        amount_fen=rent_fen(application.community_id, right.period.lower, application.months),
        subject=f"车位 {_space_label(space)} 月卡 {application.months} 个月",
        payment={"kind": PaymentKind.OFFER, "application": application, "space": space, "months": application.months},
        expires_at=application.offer_expires_at,
    )
    waiting = _waiting(ParkingPayment.objects.filter(application=application), checkout, purchase)
    if waiting is not None:
        return waiting, False
    order = _order_new(checkout, purchase)
    application.state = ApplicationState.AWAITING_PAYMENT
    application.save(update_fields=["state"])
    return order, True


def parking_offer_pay(*, payer: Any, application_id: int, checkout: Checkout) -> PaymentOrder:
    """The applicant pays the offered space's months; the space becomes theirs when the money is
    confirmed (the offer must not have expired when the order is made)."""
    return _pay(checkout, lambda: _offer_reserve(payer=payer, application_id=application_id, checkout=checkout))


def pass_end(right: ParkingRight) -> date:
    """Where the holder's passes on the space end (the latest end of their active monthly rights)."""
    latest = ParkingRight.objects.filter(
        space_id=right.space_id, holder_id=right.holder_id, kind=RightKind.MONTHLY, state=RightState.ACTIVE
    ).aggregate(end=Max("period__endswith"))["end"]
    return max(latest or right.period.upper, right.period.upper)


@transaction.atomic
def _renewal_reserve(*, payer: Any, right_id: int, months: int, checkout: Checkout) -> tuple[PaymentOrder, bool]:
    check_months(months)
    right = ParkingRight.objects.select_related("holder", "space__area").filter(pk=right_id).first()
    if right is None or right.holder.user_id != payer.pk:
        raise DomainError(ParkingErrorCode.RIGHT_NOT_FOUND, field="right")
    if right.kind != RightKind.MONTHLY or right.state != RightState.ACTIVE or right.period.upper is None:
        raise DomainError(ParkingErrorCode.NOT_A_MONTHLY_PASS, field="right")
    space = right.space
    community_locked(space.community_id)
    if not is_owner_in(right.holder, space.community_id, field="right"):
        if months != 1:
            raise DomainError(ParkingErrorCode.MONTH_BY_MONTH_ONLY, field="months")
        check_owner_priority(space.community_id)
    period = months_from(max(pass_end(right), timezone.localdate()), months)
    if ParkingRight.objects.filter(space=space, state__in=HOLDING_STATES, period__overlap=period).exists():
        raise DomainError(ParkingErrorCode.SPACE_UNAVAILABLE, field="right")
    purchase = Purchase(
        payer=payer,
        resident=right.holder,
        community_id=space.community_id,
        amount_fen=rent_fen(space.community_id, period.lower, months),
        subject=f"车位 {_space_label(space)} 月卡续费 {months} 个月",
        payment={"kind": PaymentKind.RENEWAL, "renews": right, "space": space, "period": period, "months": months},
    )
    pending = ParkingPayment.objects.filter(kind=PaymentKind.RENEWAL, space=space)
    waiting = _waiting(pending, checkout, purchase)
    if waiting is not None:
        return waiting, False
    return _order_new(checkout, purchase), True


def parking_pass_renew(*, payer: Any, right_id: int, months: int, checkout: Checkout) -> PaymentOrder:
    """续费 The holder pays the next ``months`` of their monthly pass, from max(its end, today);
    the new period becomes theirs when the money is confirmed (non-owners: one month, and not
    while owners wait)."""
    return _pay(checkout, lambda: _renewal_reserve(payer=payer, right_id=right_id, months=months, checkout=checkout))


@transaction.atomic
def _stay_reserve(*, payer: Any, session_id: int, checkout: Checkout) -> tuple[PaymentOrder, bool]:
    session = (
        ParkingSession.objects.select_for_update(of=("self",))
        .select_related("vehicle__resident", "area")
        .filter(pk=session_id)
        .first()
    )
    if session is None or session.vehicle is None or session.vehicle.resident.user_id != payer.pk:
        raise DomainError(ParkingErrorCode.SESSION_NOT_FOUND, field="id")
    if session.paid_at is not None:
        raise DomainError(ParkingErrorCode.SESSION_ALREADY_PAID, field="id")
    if session.exited_at is None:
        raise DomainError(ParkingErrorCode.SESSION_NOT_CLOSED, field="id")
    if not session.fee_fen:
        raise DomainError(ParkingErrorCode.NOTHING_TO_PAY, field="id")
    purchase = Purchase(
        payer=payer,
        resident=session.vehicle.resident,
        community_id=session.area.community_id,
        amount_fen=session.fee_fen,
        subject=f"临停 {session.plate} {session.area.name} {timezone.localtime(session.entered_at):%m-%d %H:%M}",
        payment={"kind": PaymentKind.STAY, "session": session},
    )
    waiting = _waiting(ParkingPayment.objects.filter(session=session), checkout, purchase)
    if waiting is not None:
        return waiting, False
    return _order_new(checkout, purchase), True


def parking_session_pay(*, payer: Any, session_id: int, checkout: Checkout) -> PaymentOrder:
    """The driver pays a stay after its exit, its fee as priced at the exit; once."""
    return _pay(checkout, lambda: _stay_reserve(payer=payer, session_id=session_id, checkout=checkout))


# Settling: called by billing's settlement, in its transaction, with the order locked.


def _offer_settle(payment: ParkingPayment) -> ParkingRight | None:
    """The reserved right becomes active. An offer that lapsed before the money came is revived if
    its space is still free for those days; a cancelled or already active one is not."""
    application = ParkingApplication.objects.select_for_update().get(pk=payment.application_id or 0)
    offered = ParkingRight.objects.select_for_update().get(pk=application.right_id or 0)
    right: ParkingRight | None = offered
    if application.state in OFFER_STATES and offered.state == RightState.RESERVED:
        offered.state = RightState.ACTIVE
        offered.save(update_fields=["state"])
    elif application.state == ApplicationState.EXPIRED:
        right = _right_new(payment, offered.space, offered.period, offered.vehicle_id, kind=RightKind.MONTHLY)
    else:
        return None
    if right is None:
        return None
    application.state = ApplicationState.ACTIVE
    application.right = right
    application.save(update_fields=["state", "right"])
    return right


def _right_new(
    payment: ParkingPayment, space: ParkingSpace, period: DateRange, vehicle_id: int | None, *, kind: RightKind
) -> ParkingRight | None:
    try:
        return right_write(
            space=space,
            holder=payment.payer,
            kind=kind,
            state=RightState.ACTIVE,
            period=period,
            vehicle=Vehicle.objects.filter(pk=vehicle_id).first() if vehicle_id is not None else None,
        )
    except DomainError:  # the space went to someone else meanwhile
        return None


def _renewal_settle(payment: ParkingPayment) -> ParkingRight | None:
    renews = ParkingRight.objects.select_related("space").get(pk=payment.renews_id or 0)
    assert payment.period is not None
    return _right_new(payment, renews.space, payment.period, renews.vehicle_id, kind=RightKind.MONTHLY)


def _stay_settle(payment: ParkingPayment) -> bool:
    session = ParkingSession.objects.select_for_update().get(pk=payment.session_id or 0)
    if session.paid_at is not None:
        return False
    session.paid_at = timezone.now()
    session.save(update_fields=["paid_at"])
    return True


def parking_order_settle(order: PaymentOrder) -> None:
    """Billing's settler for purpose ``parking``: what the paid order bought becomes so, once."""
    payment = ParkingPayment.objects.select_for_update().select_related("payer").get(order_id=order.pk)
    if payment.outcome != PaymentOutcome.PENDING:
        return
    activated = False
    if payment.kind == PaymentKind.STAY:
        activated = _stay_settle(payment)
    else:
        right = _offer_settle(payment) if payment.kind == PaymentKind.OFFER else _renewal_settle(payment)
        payment.right = right
        activated = right is not None
    payment.outcome = PaymentOutcome.ACTIVATED if activated else PaymentOutcome.REFUND_DUE
    payment.settled_at = timezone.now()
    payment.save(update_fields=["right", "outcome", "settled_at"])
    if not activated:
        order.refund_due = True
