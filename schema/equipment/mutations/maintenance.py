"""维保: rules, and completing a maintenance order."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.equipment.models import Equipment, MaintenanceOrder
from saas.equipment.services.maintenance import (
    ChecklistItem,
    RuleData,
    maintenance_order_complete,
    maintenance_rule_create,
)
from saas.estates.models import Community
from schema.core.context import Info
from schema.core.permissions import HasCapability
from schema.equipment.errors import MaintenanceError
from schema.equipment.inputs import MaintenanceOrderCompleteInput, MaintenanceRuleCreateInput
from schema.equipment.mutations.common import run, scoped_pk, user
from schema.equipment.types import MaintenanceOrderType, MaintenanceRuleType


@strawberry.type(description="The rule as made; its orders come with the next daily sweep.")
class MaintenanceRuleCreatePayload:
    errors: list[MaintenanceError] = strawberry.field(description="Why it was refused; empty when it was made.")
    maintenance_rule: MaintenanceRuleType | None = strawberry.field(default=None, description="The new rule.")


@strawberry.type(description="The completed, signed order.")
class MaintenanceOrderCompletePayload:
    errors: list[MaintenanceError] = strawberry.field(description="Why it was refused; empty when it was done.")
    maintenance_order: MaintenanceOrderType | None = strawberry.field(default=None, description="The order, done.")


@strawberry.type
class MaintenanceMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.EQUIPMENT_MANAGE)],
        description="维保规则 for one piece of equipment or a whole category of one of your communities; "
        "elevators and escalators at most 15 days (OVER_LEGAL_LIMIT).",
    )
    def maintenance_rule_create(self, info: Info, input: MaintenanceRuleCreateInput) -> MaintenanceRuleCreatePayload:
        community_id = scoped_pk(info, input.community, "Community", Community, Capability.EQUIPMENT_MANAGE)
        equipment_id = (
            scoped_pk(info, input.equipment, "Equipment", Equipment, Capability.EQUIPMENT_MANAGE)
            if input.equipment
            else None
        )
        data = RuleData(
            community_id=community_id,
            name=input.name,
            kind=input.kind.value,
            interval_days=input.interval_days,
            warning_days=input.warning_days,
            equipment_id=equipment_id,
            category=input.category.value if input.category else "",
            checklist=[ChecklistItem(item=e.item, required=e.required) for e in input.checklist],
            starts_on=input.starts_on,
            lead_days=input.lead_days,
            min_photos=input.min_photos,
        )
        return run(
            MaintenanceRuleCreatePayload,
            MaintenanceError,
            "maintenance_rule",
            lambda: maintenance_rule_create(data=data),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.EQUIPMENT_WORK)],
        description="完成维保: every required checklist item (CHECKLIST_INCOMPLETE), the rule's photos at least "
        "(PHOTOS_REQUIRED), signed, dated today.",
    )
    def maintenance_order_complete(
        self, info: Info, input: MaintenanceOrderCompleteInput
    ) -> MaintenanceOrderCompletePayload:
        pk = scoped_pk(info, input.id, "MaintenanceOrder", MaintenanceOrder, Capability.EQUIPMENT_WORK)
        signer = user(info)
        return run(
            MaintenanceOrderCompletePayload,
            MaintenanceError,
            "maintenance_order",
            lambda: maintenance_order_complete(
                order_id=pk,
                signed_by=signer,
                checked_items=input.checked_items,
                signer_name=input.signer_name,
                note=input.note,
                photos=input.photos,
            ),
        )
