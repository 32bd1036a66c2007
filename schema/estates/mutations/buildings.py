"""buildingCreate (optionally generating houses) / buildingCopy / buildingUpdate / buildingDelete."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import strawberry

from permissions.roles import Capability
from saas.estates.models import Building, Community
from saas.estates.services import (
    BuildingWithHouses,
    HouseGeneration,
    building_copy,
    building_create,
    building_delete,
    building_update,
)
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.estates.errors import BuildingError
from schema.estates.inputs import (
    BuildingCopyInput,
    BuildingCreateInput,
    BuildingDeleteInput,
    BuildingGenerateInput,
    BuildingUpdateInput,
)
from schema.estates.mutations.common import maybe, maybe_pk
from schema.estates.types import BuildingType


@strawberry.type
class BuildingCreatePayload:
    errors: list[BuildingError]
    building: BuildingType | None = None
    houses_created: int = strawberry.field(default=0, description="Houses generated with the building.")


@strawberry.type
class BuildingCopyPayload:
    errors: list[BuildingError]
    building: BuildingType | None = strawberry.field(default=None, description="The new copy.")
    houses_created: int = strawberry.field(default=0, description="Houses copied into it.")


@strawberry.type
class BuildingUpdatePayload:
    errors: list[BuildingError]
    building: BuildingType | None = None


@strawberry.type
class BuildingDeletePayload:
    errors: list[BuildingError]
    building: BuildingType | None = strawberry.field(default=None, description="The building as it was.")


P = TypeVar("P", BuildingCreatePayload, BuildingCopyPayload)


def _with_houses(payload_type: type[P], change: Callable[[], BuildingWithHouses]) -> P:
    return payload_of(
        payload_type,
        BuildingError,
        lambda result: {"building": result.building, "houses_created": result.houses_created},
        change,
    )


def _generation(generate: BuildingGenerateInput | None) -> HouseGeneration | None:
    if generate is None:
        return None
    return HouseGeneration(
        units=generate.units,
        houses_per_floor=generate.houses_per_floor,
        building_area=generate.building_area,
        usable_area=generate.usable_area,
        floor_from=generate.floor_from,
        floor_to=generate.floor_to,
        number_pattern=generate.number_pattern,
        unit_name_pattern=generate.unit_name_pattern,
        layout=generate.layout,
        kind=generate.kind.value,
        status=generate.status.value,
    )


@strawberry.type
class BuildingMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.ESTATE_MANAGE)],
        description="Add a building (楼栋); with `generate`, also its units and houses in the same call.",
    )
    def building_create(self, info: strawberry.Info, input: BuildingCreateInput) -> BuildingCreatePayload:
        community_id = pk_from_global_id(input.community, "Community")
        authorize(info, Capability.ESTATE_MANAGE, Community, community_id)
        return _with_houses(
            BuildingCreatePayload,
            lambda: building_create(
                community_id=community_id,
                name=input.name,
                floors_above=input.floors_above,
                floors_below=input.floors_below,
                elevators=input.elevators,
                generate=_generation(input.generate),
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.ESTATE_MANAGE)],
        description="Copy a building with its units and houses under a new name, in the same or another community.",
    )
    def building_copy(self, info: strawberry.Info, input: BuildingCopyInput) -> BuildingCopyPayload:
        building_id = pk_from_global_id(input.id, "Building")
        community_id = pk_from_global_id(input.community, "Community") if input.community is not None else None
        authorize(info, Capability.ESTATE_MANAGE, Building, building_id)
        if community_id is not None:
            authorize(info, Capability.ESTATE_MANAGE, Community, community_id)
        return _with_houses(
            BuildingCopyPayload,
            lambda: building_copy(
                building_id=building_id,
                name=input.name,
                community_id=community_id,
                house_status=input.house_status.value,
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.ESTATE_MANAGE)],
        description="Change the given fields of a building.",
    )
    def building_update(self, info: strawberry.Info, input: BuildingUpdateInput) -> BuildingUpdatePayload:
        building_id = pk_from_global_id(input.id, "Building")
        community_id = maybe_pk(input.community, "Community")
        authorize(info, Capability.ESTATE_MANAGE, Building, building_id)
        if isinstance(community_id, int):
            authorize(info, Capability.ESTATE_MANAGE, Community, community_id)
        return payload_of(
            BuildingUpdatePayload,
            BuildingError,
            "building",
            lambda: building_update(
                building_id=building_id,
                name=maybe(input.name),
                floors_above=maybe(input.floors_above),
                floors_below=maybe(input.floors_below),
                elevators=maybe(input.elevators),
                community_id=community_id,
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.ESTATE_MANAGE)],
        description="Delete a building and its empty units; refused while it has houses.",
    )
    def building_delete(self, info: strawberry.Info, input: BuildingDeleteInput) -> BuildingDeletePayload:
        building_id = pk_from_global_id(input.id, "Building")
        authorize(info, Capability.ESTATE_MANAGE, Building, building_id)
        return payload_of(
            BuildingDeletePayload, BuildingError, "building", lambda: building_delete(building_id=building_id)
        )
