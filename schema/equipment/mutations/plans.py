"""巡检计划: making a plan (its rounds follow per shift) and pausing or resuming it."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.equipment.models import InspectionPlan, InspectionRoute
from saas.equipment.services.plans import PlanData, ShiftData, inspection_plan_active_set, inspection_plan_create
from saas.estates.models import Community
from schema.core.context import Info
from schema.core.permissions import HasCapability
from schema.equipment.errors import InspectionError
from schema.equipment.inputs import InspectionPlanActiveSetInput, InspectionPlanCreateInput
from schema.equipment.mutations.common import run, scoped_pk, staff_pk
from schema.equipment.plan_types import InspectionPlanType

MANAGE = [HasCapability(Capability.EQUIPMENT_MANAGE)]


@strawberry.type(description="The plan as made, with today's and tomorrow's rounds generated.")
class InspectionPlanCreatePayload:
    errors: list[InspectionError] = strawberry.field(description="Why it was refused; empty when it was made.")
    inspection_plan: InspectionPlanType | None = strawberry.field(default=None, description="The new plan.")


@strawberry.type(description="The plan, paused or resumed.")
class InspectionPlanActiveSetPayload:
    errors: list[InspectionError] = strawberry.field(description="Why it was refused; empty when it was done.")
    inspection_plan: InspectionPlanType | None = strawberry.field(default=None, description="The plan.")


@strawberry.type
class PlanMutations:
    @strawberry.mutation(
        permission_classes=MANAGE,
        description="巡检计划 for a route of one of your communities: one round per shift and day (generated once "
        "each, today's and tomorrow's at once, later ones by the daily sweep), given to the roster in turn.",
    )
    def inspection_plan_create(self, info: Info, input: InspectionPlanCreateInput) -> InspectionPlanCreatePayload:
        community_id = scoped_pk(info, input.community, "Community", Community, Capability.EQUIPMENT_MANAGE)
        route_id = scoped_pk(info, input.route, "InspectionRoute", InspectionRoute, Capability.EQUIPMENT_MANAGE)
        data = PlanData(
            community_id=community_id,
            route_id=route_id,
            name=input.name,
            shifts=[ShiftData(s.name, s.starts_at, s.duration_minutes) for s in input.shifts],
            roster_ids=[pk for pk in (staff_pk(member) for member in input.roster) if pk is not None],
            starts_on=input.starts_on,
        )
        return run(
            InspectionPlanCreatePayload,
            InspectionError,
            "inspection_plan",
            lambda: inspection_plan_create(data=data),
        )

    @strawberry.mutation(
        permission_classes=MANAGE,
        description="Pause a plan (rounds not started and not scanned are withdrawn) or resume it.",
    )
    def inspection_plan_active_set(
        self, info: Info, input: InspectionPlanActiveSetInput
    ) -> InspectionPlanActiveSetPayload:
        pk = scoped_pk(info, input.id, "InspectionPlan", InspectionPlan, Capability.EQUIPMENT_MANAGE)
        return run(
            InspectionPlanActiveSetPayload,
            InspectionError,
            "inspection_plan",
            lambda: inspection_plan_active_set(plan_id=pk, active=input.active),
        )
