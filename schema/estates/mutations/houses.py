"""houseCreate / houseUpdate / houseDelete (staff only)."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.estates.models import House, Unit
from saas.estates.services import house_create, house_delete, house_update
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.estates.errors import HouseError
from schema.estates.inputs import HouseCreateInput, HouseDeleteInput, HouseUpdateInput
from schema.estates.mutations.common import maybe, maybe_pk
from schema.estates.types import HouseType


@strawberry.type
class HouseCreatePayload:
    errors: list[HouseError]
    house: HouseType | None = None


@strawberry.type
class HouseUpdatePayload:
    errors: list[HouseError]
    house: HouseType | None = None


@strawberry.type
class HouseDeletePayload:
    errors: list[HouseError]
    house: HouseType | None = strawberry.field(default=None, description="The house as it was.")


@strawberry.type
class HouseMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.ESTATE_MANAGE)], description="Add a house (房屋) to a unit."
    )
    def house_create(self, info: strawberry.Info, input: HouseCreateInput) -> HouseCreatePayload:
        unit_id = pk_from_global_id(input.unit, "Unit")
        authorize(info, Capability.ESTATE_MANAGE, Unit, unit_id)
        return payload_of(
            HouseCreatePayload,
            HouseError,
            "house",
            lambda: house_create(
                unit_id=unit_id,
                room_number=input.room_number,
                floor=input.floor,
                building_area=input.building_area,
                usable_area=input.usable_area,
                layout=input.layout,
                kind=input.kind.value,
                status=input.status.value,
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.ESTATE_MANAGE)],
        description="Change the given fields of a house; a new unit moves it with its building and community.",
    )
    def house_update(self, info: strawberry.Info, input: HouseUpdateInput) -> HouseUpdatePayload:
        house_id = pk_from_global_id(input.id, "House")
        unit_id = maybe_pk(input.unit, "Unit")
        authorize(info, Capability.ESTATE_MANAGE, House, house_id)
        if isinstance(unit_id, int):
            authorize(info, Capability.ESTATE_MANAGE, Unit, unit_id)
        return payload_of(
            HouseUpdatePayload,
            HouseError,
            "house",
            lambda: house_update(
                house_id=house_id,
                unit_id=unit_id,
                room_number=maybe(input.room_number),
                floor=maybe(input.floor),
                building_area=maybe(input.building_area),
                usable_area=maybe(input.usable_area),
                layout=maybe(input.layout),
                kind=maybe(input.kind),
                status=maybe(input.status),
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.ESTATE_MANAGE)],
        description="Delete a house; refused if it has residents (any occupancy), bills or registration requests.",
    )
    def house_delete(self, info: strawberry.Info, input: HouseDeleteInput) -> HouseDeletePayload:
        house_id = pk_from_global_id(input.id, "House")
        authorize(info, Capability.ESTATE_MANAGE, House, house_id)
        return payload_of(HouseDeletePayload, HouseError, "house", lambda: house_delete(house_id=house_id))
