"""Who sees which equipment rows: staff holding EQUIPMENT_VIEW, in their communities (the admin:
all); owners none of these (they see only the public status of their building's elevators)."""

from __future__ import annotations

from django.db.models import Model, Q

from permissions.roles import Capability
from permissions.scoping import ScopeRule, register_scope_rule
from saas.equipment.models import (
    Certificate,
    Checkpoint,
    CheckpointScan,
    Equipment,
    Fault,
    InspectionPlan,
    InspectionRound,
    InspectionRoute,
    MaintenanceGap,
    MaintenanceOrder,
    MaintenanceRule,
)


def _in_community(communities: object) -> Q:
    return Q(community_id__in=communities)


def _of_equipment_in(communities: object) -> Q:
    return Q(equipment__community_id__in=communities)


RULES: dict[type[Model], ScopeRule] = {
    Equipment: ScopeRule(Capability.EQUIPMENT_VIEW, _in_community, None),
    MaintenanceRule: ScopeRule(Capability.EQUIPMENT_VIEW, _in_community, None),
    MaintenanceOrder: ScopeRule(Capability.EQUIPMENT_VIEW, _in_community, None),
    MaintenanceGap: ScopeRule(Capability.EQUIPMENT_VIEW, _in_community, None),
    Checkpoint: ScopeRule(Capability.EQUIPMENT_VIEW, _in_community, None),
    InspectionRoute: ScopeRule(Capability.EQUIPMENT_VIEW, _in_community, None),
    InspectionPlan: ScopeRule(Capability.EQUIPMENT_VIEW, _in_community, None),
    InspectionRound: ScopeRule(Capability.EQUIPMENT_VIEW, _in_community, None),
    CheckpointScan: ScopeRule(Capability.EQUIPMENT_VIEW, _in_community, None),
    Certificate: ScopeRule(Capability.EQUIPMENT_VIEW, _of_equipment_in, None),
    Fault: ScopeRule(Capability.EQUIPMENT_VIEW, _of_equipment_in, None),
}


def register() -> None:
    for model, rule in RULES.items():
        register_scope_rule(model, rule)
