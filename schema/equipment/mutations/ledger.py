"""设备台账: entering equipment and setting its status."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.equipment.models import Equipment
from saas.equipment.services.ledger import EquipmentData, equipment_create, equipment_status_set
from saas.estates.models import Community
from schema.core.context import Info
from schema.core.permissions import HasCapability
from schema.core.relay import pk_from_global_id
from schema.equipment.errors import EquipmentError
from schema.equipment.inputs import EquipmentCreateInput, EquipmentStatusSetInput
from schema.equipment.mutations.common import run, scoped_pk, staff_pk
from schema.equipment.types import EquipmentType


@strawberry.type(description="The equipment as entered.")
class EquipmentCreatePayload:
    errors: list[EquipmentError] = strawberry.field(description="Why it was refused; empty when it was made.")
    equipment: EquipmentType | None = strawberry.field(default=None, description="The new equipment.")


@strawberry.type(description="The equipment with its new status.")
class EquipmentStatusSetPayload:
    errors: list[EquipmentError] = strawberry.field(description="Why it was refused; empty when it was made.")
    equipment: EquipmentType | None = strawberry.field(default=None, description="The equipment after the change.")


def _data(input: EquipmentCreateInput, community_id: int) -> EquipmentData:
    return EquipmentData(
        community_id=community_id,
        code=input.code,
        name=input.name,
        category=input.category.value,
        is_special=input.is_special,
        building_id=pk_from_global_id(input.building, "Building") if input.building else None,
        unit_id=pk_from_global_id(input.unit, "Unit") if input.unit else None,
        public_area=input.public_area,
        brand=input.brand,
        model_number=input.model_number,
        serial_number=input.serial_number,
        installed_on=input.installed_on,
        commissioned_on=input.commissioned_on,
        responsible_id=staff_pk(input.responsible),
        vendor_name=input.vendor_name,
        vendor_phone=input.vendor_phone,
        contract_number=input.contract_number,
        contract_ends_on=input.contract_ends_on,
        registration_number=input.registration_number,
    )


@strawberry.type
class EquipmentLedgerMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.EQUIPMENT_MANAGE)],
        description="设备入账: a new piece of equipment in one of your communities, in service.",
    )
    def equipment_create(self, info: Info, input: EquipmentCreateInput) -> EquipmentCreatePayload:
        community_id = scoped_pk(info, input.community, "Community", Community, Capability.EQUIPMENT_MANAGE)
        data = _data(input, community_id)
        return run(EquipmentCreatePayload, EquipmentError, "equipment", lambda: equipment_create(data=data))

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.EQUIPMENT_MANAGE)],
        description="停用、恢复使用、故障停运、报废. Special equipment goes back IN_SERVICE only with a valid "
        "periodic inspection (EQUIPMENT_NOT_COMPLIANT).",
    )
    def equipment_status_set(self, info: Info, input: EquipmentStatusSetInput) -> EquipmentStatusSetPayload:
        pk = scoped_pk(info, input.id, "Equipment", Equipment, Capability.EQUIPMENT_MANAGE)
        status = input.status.value
        return run(
            EquipmentStatusSetPayload,
            EquipmentError,
            "equipment",
            lambda: equipment_status_set(equipment_id=pk, status=status),
        )
