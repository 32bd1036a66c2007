"""Leases signed at the office (staff who manage parking, spaces of their communities)."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.parking.models import ParkingSpace
from saas.parking.services.rights import parking_right_grant
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.parking.errors import ParkingError
from schema.parking.inputs import ParkingRightGrantInput
from schema.parking.mutations.common import optional_pk, run, user
from schema.parking.types import ParkingRightType


@strawberry.type(description="The lease, in force over its months.")
class ParkingRightGrantPayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    right: ParkingRightType | None = strawberry.field(default=None, description="Null when refused.")


@strawberry.type
class ParkingRightMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PARKING_MANAGE)],
        description="租赁 Lease a space for 1–12 months (non-owners: one month, and not while owners wait). "
        "SPACE_UNAVAILABLE when any day of it is taken.",
    )
    def parking_right_grant(self, info: strawberry.Info, input: ParkingRightGrantInput) -> ParkingRightGrantPayload:
        space_id = pk_from_global_id(input.space, "ParkingSpace")
        authorize(info, Capability.PARKING_MANAGE, ParkingSpace, space_id)
        holder_id = pk_from_global_id(input.holder, "Resident")
        vehicle_id = optional_pk(input.vehicle, "Vehicle")
        actor = user(info)
        return run(
            ParkingRightGrantPayload,
            "right",
            lambda: parking_right_grant(
                space_id=space_id,
                holder_id=holder_id,
                start=input.start,
                months=input.months,
                vehicle_id=vehicle_id,
                actor=actor,
            ),
        )
