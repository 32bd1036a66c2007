"""线上缴费: an applicant pays an offered space, a holder renews a monthly pass, a driver pays a stay;
all through the payment layer (the same orders, checkouts and notifications as billsPay)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import strawberry

from billing.models import PaymentOrder
from saas.parking.services import payments
from schema.billing.types import CheckoutType, PaymentOrderType
from schema.core.errors import payload_of
from schema.core.permissions import IsOwnerAccount
from schema.core.relay import pk_from_global_id
from schema.parking.errors import ParkingError
from schema.parking.inputs import ParkingOfferPayInput, ParkingPassRenewInput, ParkingSessionPayInput
from schema.parking.mutations.common import user

ORDER = "The order (purpose parking), to follow its state; null when refused."
CHECKOUT = "How to pay it: QR code URL, redirect URL, app order string or card client secret."


@strawberry.type(description="The order for the offered space and its checkout.")
class ParkingOfferPayPayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    order: PaymentOrderType | None = strawberry.field(default=None, description=ORDER)
    checkout: CheckoutType | None = strawberry.field(default=None, description=CHECKOUT)


@strawberry.type(description="The order for the pass's next months and its checkout.")
class ParkingPassRenewPayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    order: PaymentOrderType | None = strawberry.field(default=None, description=ORDER)
    checkout: CheckoutType | None = strawberry.field(default=None, description=CHECKOUT)


@strawberry.type(description="The order for the stay's fee and its checkout.")
class ParkingSessionPayPayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    order: PaymentOrderType | None = strawberry.field(default=None, description=ORDER)
    checkout: CheckoutType | None = strawberry.field(default=None, description=CHECKOUT)


Payload = TypeVar("Payload", ParkingOfferPayPayload, ParkingPassRenewPayload, ParkingSessionPayPayload)


def _checkout(input: ParkingOfferPayInput | ParkingPassRenewInput | ParkingSessionPayInput) -> payments.Checkout:
    return payments.Checkout(provider=input.gateway.value, channel=input.channel, return_url=input.return_url)


def _paying(payload: type[Payload], start: Callable[[], PaymentOrder]) -> Payload:
    result: Payload = payload_of(payload, ParkingError, "order", start)
    if result.order is not None:
        result.checkout = CheckoutType.of(result.order)  # type: ignore[arg-type]
    return result


@strawberry.type
class ParkingPaymentMutations:
    @strawberry.mutation(
        permission_classes=[IsOwnerAccount],
        description="Pay the months of the space offered to your application. The space is yours (the right "
        "active, the application ACTIVE) once the payment is confirmed, however often the provider tells us. "
        "Asking again with the same gateway and channel returns the same order; OFFER_EXPIRED after the offer lapsed.",
    )
    def parking_offer_pay(self, info: strawberry.Info, input: ParkingOfferPayInput) -> ParkingOfferPayPayload:
        pk = pk_from_global_id(input.id, "ParkingApplication")
        payer, checkout = user(info), _checkout(input)
        return _paying(
            ParkingOfferPayPayload,
            lambda: payments.parking_offer_pay(payer=payer, application_id=pk, checkout=checkout),
        )

    @strawberry.mutation(
        permission_classes=[IsOwnerAccount],
        description="续费 Pay the next months of your monthly pass; they start at max(its end, today) and are "
        "yours once the payment is confirmed. SPACE_UNAVAILABLE if the space is taken then.",
    )
    def parking_pass_renew(self, info: strawberry.Info, input: ParkingPassRenewInput) -> ParkingPassRenewPayload:
        pk = pk_from_global_id(input.right, "ParkingRight")
        payer, checkout = user(info), _checkout(input)
        return _paying(
            ParkingPassRenewPayload,
            lambda: payments.parking_pass_renew(payer=payer, right_id=pk, months=input.months, checkout=checkout),
        )

    @strawberry.mutation(
        permission_classes=[IsOwnerAccount],
        description="Pay the fee of a stay of one of your cars, after its exit, as priced then. A paid stay "
        "is refused with SESSION_ALREADY_PAID.",
    )
    def parking_session_pay(self, info: strawberry.Info, input: ParkingSessionPayInput) -> ParkingSessionPayPayload:
        pk = pk_from_global_id(input.id, "ParkingSession")
        payer, checkout = user(info), _checkout(input)
        return _paying(
            ParkingSessionPayPayload,
            lambda: payments.parking_session_pay(payer=payer, session_id=pk, checkout=checkout),
        )
