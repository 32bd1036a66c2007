"""unitCreate / unitUpdate / unitDelete (staff only)."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.estates.models import Building, Unit
from saas.estates.services import unit_create, unit_delete, unit_update
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.estates.errors import UnitError
from schema.estates.inputs import UnitCreateInput, UnitDeleteInput, UnitUpdateInput
from schema.estates.types import UnitType


@strawberry.type
class UnitCreatePayload:
    errors: list[UnitError]
    unit: UnitType | None = None


@strawberry.type
class UnitUpdatePayload:
    errors: list[UnitError]
    unit: UnitType | None = None


@strawberry.type
class UnitDeletePayload:
    errors: list[UnitError]
    unit: UnitType | None = strawberry.field(default=None, description="The unit as it was.")


@strawberry.type
class UnitMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.ESTATE_MANAGE)], description="Add a unit (单元) to a building."
    )
    def unit_create(self, info: strawberry.Info, input: UnitCreateInput) -> UnitCreatePayload:
        building_id = pk_from_global_id(input.building, "Building")
        authorize(info, Capability.ESTATE_MANAGE, Building, building_id)
        return payload_of(
            UnitCreatePayload, UnitError, "unit", lambda: unit_create(building_id=building_id, name=input.name)
        )

    @strawberry.mutation(permission_classes=[HasCapability(Capability.ESTATE_MANAGE)], description="Rename a unit.")
    def unit_update(self, info: strawberry.Info, input: UnitUpdateInput) -> UnitUpdatePayload:
        unit_id = pk_from_global_id(input.id, "Unit")
        authorize(info, Capability.ESTATE_MANAGE, Unit, unit_id)
        return payload_of(UnitUpdatePayload, UnitError, "unit", lambda: unit_update(unit_id=unit_id, name=input.name))

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.ESTATE_MANAGE)],
        description="Delete a unit; refused while it has houses.",
    )
    def unit_delete(self, info: strawberry.Info, input: UnitDeleteInput) -> UnitDeletePayload:
        unit_id = pk_from_global_id(input.id, "Unit")
        authorize(info, Capability.ESTATE_MANAGE, Unit, unit_id)
        return payload_of(UnitDeletePayload, UnitError, "unit", lambda: unit_delete(unit_id=unit_id))
