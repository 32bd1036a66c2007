"""Setting up parking: areas and spaces (staff who manage parking, in their communities)."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.estates.models import Community
from saas.parking.models import ParkingArea
from saas.parking.services.areas import parking_area_create, parking_space_create
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.parking.errors import ParkingError
from schema.parking.inputs import ParkingAreaCreateInput, ParkingSpaceCreateInput
from schema.parking.mutations.common import optional_pk, run, user
from schema.parking.types import ParkingAreaType, ParkingSpaceType


@strawberry.type(description="The new area.")
class ParkingAreaCreatePayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    area: ParkingAreaType | None = strawberry.field(default=None, description="Null when refused.")


@strawberry.type(description="The new space (an owned one with its ownership right).")
class ParkingSpaceCreatePayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    space: ParkingSpaceType | None = strawberry.field(default=None, description="Null when refused.")


@strawberry.type
class ParkingAreaMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PARKING_MANAGE)],
        description="A car park of one of your communities.",
    )
    def parking_area_create(self, info: strawberry.Info, input: ParkingAreaCreateInput) -> ParkingAreaCreatePayload:
        community_id = pk_from_global_id(input.community, "Community")
        authorize(info, Capability.PARKING_MANAGE, Community, community_id)
        return run(
            ParkingAreaCreatePayload,
            "area",
            lambda: parking_area_create(
                community_id=community_id, name=input.name, kind=input.kind, capacity=input.capacity
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PARKING_MANAGE)],
        description="A space of an area (up to its capacity); OWNED needs its owner and records their 产权.",
    )
    def parking_space_create(self, info: strawberry.Info, input: ParkingSpaceCreateInput) -> ParkingSpaceCreatePayload:
        area_id = pk_from_global_id(input.area, "ParkingArea")
        authorize(info, Capability.PARKING_MANAGE, ParkingArea, area_id)
        owner_id = optional_pk(input.owner, "Resident")
        actor = user(info)
        return run(
            ParkingSpaceCreatePayload,
            "space",
            lambda: parking_space_create(
                area_id=area_id, number=input.number, kind=input.kind, owner_id=owner_id, actor=actor
            ),
        )
