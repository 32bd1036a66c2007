"""Registration review (审核): an owner asks to be bound to a house, staff approve or reject."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.residents.models import RegistrationRequest
from saas.residents.services.registration import (
    RegistrationData,
    registration_approve,
    registration_reject,
    registration_request_create,
)
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, IsOwnerAccount, authorize
from schema.core.relay import pk_from_global_id
from schema.residents.errors import RegistrationError
from schema.residents.ids import house_pk
from schema.residents.inputs import RegistrationApproveInput, RegistrationRejectInput, RegistrationRequestCreateInput
from schema.residents.types import RegistrationRequestType


@strawberry.type
class RegistrationRequestCreatePayload:
    errors: list[RegistrationError]
    registration_request: RegistrationRequestType | None = None


@strawberry.type
class RegistrationApprovePayload:
    errors: list[RegistrationError]
    registration_request: RegistrationRequestType | None = None


@strawberry.type
class RegistrationRejectPayload:
    errors: list[RegistrationError]
    registration_request: RegistrationRequestType | None = None


@strawberry.type
class RegistrationMutations:
    @strawberry.mutation(
        permission_classes=[IsOwnerAccount],
        description="Owner app: ask to be recorded as living in a house; it waits for staff review.",
    )
    def registration_request_create(
        self, info: Info, input: RegistrationRequestCreateInput
    ) -> RegistrationRequestCreatePayload:
        data = RegistrationData(
            house_id=house_pk(input.house),
            role=input.role.value,
            name=input.name,
            id_type=input.id_type.value,
            id_number=input.id_number,
            move_in=input.move_in,
        )
        user = info.context.viewer
        return payload_of(
            RegistrationRequestCreatePayload,
            RegistrationError,
            "registration_request",
            lambda: registration_request_create(user=user, data=data),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.REGISTRATION_REVIEW)],
        description="Approve a pending request: the occupancy is created and the owner sees the house.",
    )
    def registration_approve(self, info: Info, input: RegistrationApproveInput) -> RegistrationApprovePayload:
        request_id = pk_from_global_id(input.id, "RegistrationRequest")
        authorize(info, Capability.REGISTRATION_REVIEW, RegistrationRequest, request_id)
        reviewer = info.context.viewer
        return payload_of(
            RegistrationApprovePayload,
            RegistrationError,
            "registration_request",
            lambda: registration_approve(request_id=request_id, reviewer=reviewer),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.REGISTRATION_REVIEW)],
        description="Reject a pending request with a reason.",
    )
    def registration_reject(self, info: Info, input: RegistrationRejectInput) -> RegistrationRejectPayload:
        request_id = pk_from_global_id(input.id, "RegistrationRequest")
        authorize(info, Capability.REGISTRATION_REVIEW, RegistrationRequest, request_id)
        reviewer = info.context.viewer
        return payload_of(
            RegistrationRejectPayload,
            RegistrationError,
            "registration_request",
            lambda: registration_reject(request_id=request_id, reviewer=reviewer, reason=input.reason),
        )
