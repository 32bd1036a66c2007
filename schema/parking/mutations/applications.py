"""车位申请: owners apply and withdraw; the office offers a space or rejects."""

from __future__ import annotations

import strawberry
from django.db.models import Exists, OuterRef

from permissions.roles import Capability
from permissions.scoping import visible_to
from saas.parking.models import ParkingApplication
from saas.parking.services import applications
from schema.core.errors import ApiError, ApiMessage
from schema.core.permissions import HasCapability, IsOwnerAccount, authorize
from schema.core.relay import pk_from_global_id
from schema.parking.errors import ParkingError
from schema.parking.inputs import (
    ParkingApplicationCancelInput,
    ParkingApplicationOfferInput,
    ParkingApplicationRejectInput,
    ParkingApplicationSubmitInput,
)
from schema.parking.mutations.common import own_resident, run, user
from schema.parking.types import ParkingApplicationType


@strawberry.type(description="The application, waiting for the office.")
class ParkingApplicationSubmitPayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    application: ParkingApplicationType | None = strawberry.field(default=None, description="Null when refused.")


@strawberry.type(description="The application with the space offered and until when.")
class ParkingApplicationOfferPayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    application: ParkingApplicationType | None = strawberry.field(default=None, description="Null when refused.")


@strawberry.type(description="The rejected application.")
class ParkingApplicationRejectPayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    application: ParkingApplicationType | None = strawberry.field(default=None, description="Null when refused.")


@strawberry.type(description="The cancelled application; an offered space is free again.")
class ParkingApplicationCancelPayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    application: ParkingApplicationType | None = strawberry.field(default=None, description="Null when refused.")


def _staff_pk(info: strawberry.Info, global_id: strawberry.relay.GlobalID) -> int:
    pk = pk_from_global_id(global_id, "ParkingApplication")
    authorize(info, Capability.PARKING_MANAGE, ParkingApplication, pk)
    return pk


def _own_pk(info: strawberry.Info, global_id: strawberry.relay.GlobalID) -> int:
    """The caller's own application, or FORBIDDEN; a missing one passes (the service: NOT_FOUND)."""
    pk = pk_from_global_id(global_id, "ParkingApplication")
    mine = visible_to(user(info), ParkingApplication.objects.filter(pk=OuterRef("pk")))
    if ParkingApplication.objects.filter(pk=pk).values_list(Exists(mine), flat=True).first() is False:
        raise ApiError(ApiMessage.FORBIDDEN)
    return pk


@strawberry.type
class ParkingApplicationMutations:
    @strawberry.mutation(
        permission_classes=[IsOwnerAccount],
        description="申请车位 for one of your cars in a community you live in. Owners 1–12 months; anyone else one "
        "month, refused with OWNER_PRIORITY while owners wait. One waiting application per car.",
    )
    def parking_application_submit(
        self, info: strawberry.Info, input: ParkingApplicationSubmitInput
    ) -> ParkingApplicationSubmitPayload:
        request = applications.ApplicationRequest(
            community_id=pk_from_global_id(input.community, "Community"),
            vehicle_id=pk_from_global_id(input.vehicle, "Vehicle"),
            months=input.months,
            start=input.start,
        )
        applicant = own_resident(info)
        return run(
            ParkingApplicationSubmitPayload,
            "application",
            lambda: applications.parking_application_submit(applicant=applicant, request=request),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PARKING_MANAGE)],
        description="分配 Hold a space for a waiting application until the offer expires (PARKING_OFFER_HOURS).",
    )
    def parking_application_offer(
        self, info: strawberry.Info, input: ParkingApplicationOfferInput
    ) -> ParkingApplicationOfferPayload:
        pk = _staff_pk(info, input.id)
        space_id = pk_from_global_id(input.space, "ParkingSpace")
        actor = user(info)
        return run(
            ParkingApplicationOfferPayload,
            "application",
            lambda: applications.parking_application_offer(application_id=pk, space_id=space_id, actor=actor),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PARKING_MANAGE)],
        description="驳回 a waiting application, with a reason the applicant reads.",
    )
    def parking_application_reject(
        self, info: strawberry.Info, input: ParkingApplicationRejectInput
    ) -> ParkingApplicationRejectPayload:
        pk = _staff_pk(info, input.id)
        actor = user(info)
        return run(
            ParkingApplicationRejectPayload,
            "application",
            lambda: applications.parking_application_reject(application_id=pk, reason=input.reason, actor=actor),
        )

    @strawberry.mutation(
        permission_classes=[IsOwnerAccount],
        description="Withdraw your application, waiting or offered (the offered space is freed).",
    )
    def parking_application_cancel(
        self, info: strawberry.Info, input: ParkingApplicationCancelInput
    ) -> ParkingApplicationCancelPayload:
        pk = _own_pk(info, input.id)
        return run(
            ParkingApplicationCancelPayload,
            "application",
            lambda: applications.parking_application_cancel(application_id=pk, reason=input.reason),
        )
