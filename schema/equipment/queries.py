"""Queries of the equipment ledger and its maintenance. Lists return unevaluated querysets; the
node types scope them to the caller's communities."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import segno
import strawberry
import strawberry_django
from django.db.models import QuerySet
from django.utils import timezone
from strawberry import relay

from permissions.roles import Capability
from saas.equipment import selectors
from saas.equipment.calendar import CALENDAR_DAYS_LIMIT, compliance_calendar, elevators_of_owner
from saas.equipment.models import (
    CheckpointScan,
    Equipment,
    Fault,
    InspectionPlan,
    InspectionRound,
    InspectionRoute,
    MaintenanceGap,
    MaintenanceOrder,
    MaintenanceRule,
    RoundState,
)
from saas.equipment.tokens import checkpoint_token
from saas.estates.models import Community
from schema.core.context import Info
from schema.core.errors import ApiError, ApiMessage
from schema.core.permissions import HasCapability, IsOwnerAccount, authorize
from schema.core.relay import CountedConnection, pk_from_global_id
from schema.equipment.plan_types import InspectionPlanType, InspectionRoundType
from schema.equipment.types import (
    CheckpointQrType,
    CheckpointScanType,
    ComplianceEntryType,
    EquipmentCategory,
    EquipmentStatus,
    EquipmentType,
    FaultState,
    FaultType,
    GapLevel,
    InspectionRouteType,
    MaintenanceGapType,
    MaintenanceOrderState,
    MaintenanceOrderType,
    MaintenanceRuleType,
    PublicElevatorType,
)


def _community(community: relay.GlobalID | None) -> int | None:
    return pk_from_global_id(community, "Community") if community is not None else None


VIEW = [HasCapability(Capability.EQUIPMENT_VIEW)]


@strawberry.type
class EquipmentQueries:
    @strawberry_django.connection(
        CountedConnection[EquipmentType],
        permission_classes=VIEW,
        description="设备台账 The equipment of your communities by community and code. Every filter given must match.",
    )
    def equipment_ledger(
        self,
        community: relay.GlobalID | None = None,
        categories: list[EquipmentCategory] | None = None,
        statuses: list[EquipmentStatus] | None = None,
        search: Annotated[str | None, strawberry.argument(description="Words of the code or name.")] = None,
    ) -> QuerySet[Equipment]:
        return selectors.equipment_ledger(
            community_id=_community(community),
            categories=[c.value for c in categories or ()],
            statuses=[s.value for s in statuses or ()],
            search=search or None,
        )

    @strawberry_django.connection(
        CountedConnection[MaintenanceRuleType],
        permission_classes=VIEW,
        description="The maintenance rules of your communities.",
    )
    def maintenance_rules(self, community: relay.GlobalID | None = None) -> QuerySet[MaintenanceRule]:
        return selectors.maintenance_rules(community_id=_community(community))

    @strawberry_django.connection(
        CountedConnection[MaintenanceOrderType],
        permission_classes=VIEW,
        description="维保单 By due date. assignedToMe: the orders that went to you.",
    )
    def maintenance_orders(
        self,
        info: Info,
        community: relay.GlobalID | None = None,
        states: list[MaintenanceOrderState] | None = None,
        assigned_to_me: Annotated[bool, strawberry.argument(description="Only the orders that went to you.")] = False,
    ) -> QuerySet[MaintenanceOrder]:
        return selectors.maintenance_orders(
            community_id=_community(community),
            states=[s.value for s in states or ()],
            assignee_id=info.context.viewer.pk if assigned_to_me else None,
        )

    @strawberry_django.connection(
        CountedConnection[MaintenanceGapType],
        permission_classes=VIEW,
        description="维保间隔超限 Warnings (at the warning day) and violations (past the limit), newest first.",
    )
    def maintenance_gaps(
        self, community: relay.GlobalID | None = None, levels: list[GapLevel] | None = None
    ) -> QuerySet[MaintenanceGap]:
        return selectors.maintenance_gaps(community_id=_community(community), levels=[v.value for v in levels or ()])

    @strawberry_django.connection(
        CountedConnection[FaultType],
        permission_classes=VIEW,
        description="设备故障 Newest first; each with its work order.",
    )
    def equipment_faults(
        self, community: relay.GlobalID | None = None, states: list[FaultState] | None = None
    ) -> QuerySet[Fault]:
        return selectors.equipment_faults(community_id=_community(community), states=[s.value for s in states or ()])

    @strawberry.field(
        permission_classes=VIEW,
        description="合规日历 of one of your communities, for at most 93 days: maintenance due, done and missed "
        "(open past its due day), current certificates ending; by day.",
    )
    def compliance_calendar(
        self,
        info: Info,
        community: Annotated[relay.GlobalID, strawberry.argument(description="The community's global ID.")],
        since: Annotated[date, strawberry.argument(description="The calendar's first day.")],
        until: Annotated[date, strawberry.argument(description="The calendar's end, less than 93 days after since.")],
    ) -> list[ComplianceEntryType]:
        community_id = pk_from_global_id(community, "Community")
        authorize(info, Capability.EQUIPMENT_VIEW, Community, community_id)
        if not 0 <= (until - since).days < CALENDAR_DAYS_LIMIT:
            raise ApiError(ApiMessage.CALENDAR_RANGE_INVALID, limit=CALENDAR_DAYS_LIMIT)
        entries = compliance_calendar(community_id=community_id, since=since, until=until, today=timezone.localdate())
        return [ComplianceEntryType.of(entry) for entry in entries]

    @strawberry.field(
        permission_classes=[IsOwnerAccount],
        description="The elevators of the buildings you live in, with what residents are told (正常运行, "
        "电梯维保中, 故障维修中, 暂停使用); nothing else about them.",
    )
    def my_building_elevators(self, info: Info) -> list[PublicElevatorType]:
        elevators = elevators_of_owner(info.context.viewer, today=timezone.localdate())
        return [PublicElevatorType.of(e) for e in elevators]

    @strawberry_django.connection(
        CountedConnection[InspectionRouteType], permission_classes=VIEW, description="巡检路线 of your communities."
    )
    def inspection_routes(self, community: relay.GlobalID | None = None) -> QuerySet[InspectionRoute]:
        return selectors.inspection_routes(community_id=_community(community))

    @strawberry_django.connection(
        CountedConnection[CheckpointScanType],
        permission_classes=VIEW,
        description="巡检记录, newest first; anomalousOnly: those a supervisor should look at.",
    )
    def checkpoint_scans(
        self,
        community: relay.GlobalID | None = None,
        anomalous_only: Annotated[
            bool, strawberry.argument(description="Only scans a supervisor should look at (异常).")
        ] = False,
    ) -> QuerySet[CheckpointScan]:
        return selectors.checkpoint_scans(community_id=_community(community), anomalous_only=anomalous_only)

    @strawberry.field(
        permission_classes=[HasCapability(Capability.EQUIPMENT_MANAGE)],
        description="The printable QR sheet of a route in your communities: each checkpoint's current code.",
    )
    def inspection_route_qr_sheet(
        self, info: Info, route: Annotated[relay.GlobalID, strawberry.argument(description="The route's global ID.")]
    ) -> list[CheckpointQrType]:
        route_id = pk_from_global_id(route, "InspectionRoute")
        authorize(info, Capability.EQUIPMENT_MANAGE, InspectionRoute, route_id)
        sheet = []
        for position, checkpoint in enumerate(selectors.route_checkpoints(route_id), start=1):
            token = checkpoint_token(checkpoint)
            svg = segno.make(token, error="m").svg_data_uri(scale=4)
            sheet.append(CheckpointQrType(position=position, name=checkpoint.name, token=token, svg_data_uri=svg))
        return sheet

    @strawberry_django.connection(
        CountedConnection[InspectionPlanType], permission_classes=VIEW, description="巡检计划 of your communities."
    )
    def inspection_plans(self, community: relay.GlobalID | None = None) -> QuerySet[InspectionPlan]:
        return selectors.inspection_plans(community_id=_community(community))

    @strawberry_django.connection(
        CountedConnection[InspectionRoundType],
        permission_classes=VIEW,
        description="巡检任务 of your communities, newest start first, with their progress. For a supervisor: "
        "states: [MISSED, INCOMPLETE] lists the rounds that were not (fully) walked.",
    )
    def inspection_rounds(
        self,
        info: Info,
        community: relay.GlobalID | None = None,
        since: Annotated[date | None, strawberry.argument(description="Rounds open on or after this day.")] = None,
        until: Annotated[date | None, strawberry.argument(description="Rounds open on or before this day.")] = None,
        states: Annotated[
            list[RoundState] | None,
            strawberry.argument(description="Any of these states (now)."),
        ] = None,
        assigned_to_me: Annotated[bool, strawberry.argument(description="Only the rounds given to you.")] = False,
    ) -> QuerySet[InspectionRound]:
        return selectors.inspection_rounds(
            community_id=_community(community),
            since=since,
            until=until,
            states=[s.value for s in states or ()],
            assignee_id=info.context.viewer.pk if assigned_to_me else None,
        )

    @strawberry_django.connection(
        CountedConnection[InspectionRoundType],
        permission_classes=[HasCapability(Capability.EQUIPMENT_WORK)],
        description="我的巡检 The rounds given to you whose window touches today (Beijing), by start: the "
        "technician app's list, each with its stops.",
    )
    def my_inspection_rounds(self, info: Info) -> QuerySet[InspectionRound]:
        return selectors.rounds_of_day(assignee_id=info.context.viewer.pk, day=timezone.localdate())
