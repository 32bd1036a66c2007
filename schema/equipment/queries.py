"""Queries of the equipment ledger and its maintenance. Lists return unevaluated querysets; the
node types scope them to the caller's communities."""

from __future__ import annotations

from typing import Annotated

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import relay

from permissions.roles import Capability
from saas.equipment import selectors
from saas.equipment.models import Equipment, Fault, MaintenanceGap, MaintenanceOrder, MaintenanceRule
from schema.core.permissions import HasCapability
from schema.core.relay import CountedConnection, pk_from_global_id
from schema.equipment.types import (
    EquipmentCategory,
    EquipmentStatus,
    EquipmentType,
    FaultState,
    FaultType,
    GapLevel,
    MaintenanceGapType,
    MaintenanceOrderState,
    MaintenanceOrderType,
    MaintenanceRuleType,
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
        info: strawberry.Info,
        community: relay.GlobalID | None = None,
        states: list[MaintenanceOrderState] | None = None,
        assigned_to_me: bool = False,
    ) -> QuerySet[MaintenanceOrder]:
        return selectors.maintenance_orders(
            community_id=_community(community),
            states=[s.value for s in states or ()],
            assignee_id=info.context.request.user.pk if assigned_to_me else None,
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
