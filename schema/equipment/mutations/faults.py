"""报告设备故障: one work order per open fault."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.equipment.models import Equipment, FaultSource
from saas.equipment.services.faults import FaultReported, fault_report
from schema.core.context import Info
from schema.core.permissions import HasCapability
from schema.equipment.errors import FaultError
from schema.equipment.inputs import EquipmentFaultReportInput
from schema.equipment.mutations.common import run, scoped_pk, user
from schema.equipment.types import FaultType


@strawberry.type(description="The open fault of the equipment, with its work order.")
class EquipmentFaultReportPayload:
    errors: list[FaultError] = strawberry.field(description="Why it was refused; empty when it was recorded.")
    fault: FaultType | None = strawberry.field(default=None, description="The fault (new, or the open one).")
    created: bool = strawberry.field(
        default=False, description="False: the equipment already had an open fault; this report was counted on it."
    )


@strawberry.type
class FaultMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.EQUIPMENT_VIEW)],
        description="报告设备故障: opens the fault and its work order (dispatched and timed like any repair), or "
        "counts the report on the equipment's open fault.",
    )
    def equipment_fault_report(self, info: Info, input: EquipmentFaultReportInput) -> EquipmentFaultReportPayload:
        pk = scoped_pk(info, input.equipment, "Equipment", Equipment, Capability.EQUIPMENT_VIEW)
        reporter = user(info)

        def shape(reported: FaultReported) -> dict[str, object]:
            return {"fault": reported.fault, "created": reported.created}

        return run(
            EquipmentFaultReportPayload,
            FaultError,
            shape,
            lambda: fault_report(
                equipment_id=pk, description=input.description, reporter=reporter, source=FaultSource.REPORT
            ),
        )
