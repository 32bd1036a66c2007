"""Staff entry: residents, occupancies and the company's resident policy."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry import Some

from permissions.roles import Capability
from saas.core.unset import UNSET
from saas.estates.models import House
from saas.residents.models import Occupancy, Resident
from saas.residents.services.occupancy import occupancy_end, occupancy_start, resident_policy_update
from saas.residents.services.residents import ResidentData, resident_create, resident_delete, resident_update
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.residents.errors import ResidentError
from schema.residents.inputs import (
    OccupancyEndInput,
    OccupancyStartInput,
    ResidentCreateInput,
    ResidentDeleteInput,
    ResidentPolicyUpdateInput,
    ResidentUpdateInput,
)
from schema.residents.types import OccupancyType, ResidentPolicyType, ResidentType


@strawberry.type
class ResidentCreatePayload:
    errors: list[ResidentError]
    resident: ResidentType | None = None


@strawberry.type
class ResidentUpdatePayload:
    errors: list[ResidentError]
    resident: ResidentType | None = None


@strawberry.type
class ResidentDeletePayload:
    errors: list[ResidentError]
    resident: ResidentType | None = strawberry.field(default=None, description="The resident as it was.")


@strawberry.type
class OccupancyStartPayload:
    errors: list[ResidentError]
    occupancy: OccupancyType | None = None


@strawberry.type
class OccupancyEndPayload:
    errors: list[ResidentError]
    occupancy: OccupancyType | None = None


@strawberry.type
class ResidentPolicyUpdatePayload:
    errors: list[ResidentError]
    policy: ResidentPolicyType | None = None


def _value(value: Any) -> Any:
    """Input values as the service wants them: enums by value, null text as empty."""
    if value is None:
        return ""
    return value.value if hasattr(value, "value") else value


def _changes(input: ResidentUpdateInput) -> dict[str, Any]:
    names = (
        "name",
        "phone",
        "second_phone",
        "id_type",
        "id_number",
        "gender",
        "household_size",
        "emergency_contact_name",
        "emergency_contact_phone",
        "notes",
    )
    given = {name: getattr(input, name) for name in names}
    return {name: _value(maybe.value) for name, maybe in given.items() if isinstance(maybe, Some)}


@strawberry.type
class ResidentStaffMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.RESIDENT_MANAGE)], description="Add a resident (no review needed)."
    )
    def resident_create(self, input: ResidentCreateInput) -> ResidentCreatePayload:
        data = ResidentData(
            name=input.name,
            phone=input.phone,
            second_phone=input.second_phone,
            id_type=_value(input.id_type),
            id_number=input.id_number,
            gender=_value(input.gender),
            household_size=input.household_size,
            emergency_contact_name=input.emergency_contact_name,
            emergency_contact_phone=input.emergency_contact_phone,
            notes=input.notes,
        )
        return payload_of(ResidentCreatePayload, ResidentError, "resident", lambda: resident_create(data=data))

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.RESIDENT_MANAGE)],
        description="Change a resident's details; fields left out stay as they are.",
    )
    def resident_update(self, info: strawberry.Info, input: ResidentUpdateInput) -> ResidentUpdatePayload:
        resident_id = pk_from_global_id(input.id, "Resident")
        authorize(info, Capability.RESIDENT_MANAGE, Resident, resident_id)
        changes = _changes(input)
        return payload_of(
            ResidentUpdatePayload,
            ResidentError,
            "resident",
            lambda: resident_update(resident_id=resident_id, **changes),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.RESIDENT_MANAGE)],
        description="Delete a resident who never occupied a house.",
    )
    def resident_delete(self, info: strawberry.Info, input: ResidentDeleteInput) -> ResidentDeletePayload:
        resident_id = pk_from_global_id(input.id, "Resident")
        authorize(info, Capability.RESIDENT_MANAGE, Resident, resident_id)

        return payload_of(
            ResidentDeletePayload, ResidentError, "resident", lambda: resident_delete(resident_id=resident_id)
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.RESIDENT_MANAGE)],
        description="Record that a resident lives in a house. A new primary contact replaces the previous one.",
    )
    def occupancy_start(self, info: strawberry.Info, input: OccupancyStartInput) -> OccupancyStartPayload:
        resident_id = pk_from_global_id(input.resident, "Resident")
        house_id = pk_from_global_id(input.house, "House")
        authorize(info, Capability.RESIDENT_MANAGE, House, house_id)
        authorize(info, Capability.RESIDENT_MANAGE, Resident, resident_id)
        return payload_of(
            OccupancyStartPayload,
            ResidentError,
            "occupancy",
            lambda: occupancy_start(
                resident_id=resident_id,
                house_id=house_id,
                role=input.role,
                move_in=input.move_in,
                is_primary_contact=input.is_primary_contact,
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.RESIDENT_MANAGE)], description="Record a move-out."
    )
    def occupancy_end(self, info: strawberry.Info, input: OccupancyEndInput) -> OccupancyEndPayload:
        occupancy_id = pk_from_global_id(input.id, "Occupancy")
        authorize(info, Capability.RESIDENT_MANAGE, Occupancy, occupancy_id)
        return payload_of(
            OccupancyEndPayload,
            ResidentError,
            "occupancy",
            lambda: occupancy_end(occupancy_id=occupancy_id, move_out=input.move_out),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.COMPANY_SETTINGS)],
        description="Change the company's resident rules; admin only.",
    )
    def resident_policy_update(self, input: ResidentPolicyUpdateInput) -> ResidentPolicyUpdatePayload:
        return payload_of(
            ResidentPolicyUpdatePayload,
            ResidentError,
            "policy",
            lambda: resident_policy_update(
                allow_joint_owners=input.allow_joint_owners if input.allow_joint_owners is not None else UNSET
            ),
        )
