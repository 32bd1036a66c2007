"""Who sees which part of the estate: staff the communities they are assigned to, an owner the
community, building, unit and house they live in."""

from __future__ import annotations

from django.db.models import Q

from permissions.roles import Capability
from permissions.scoping import ScopeRule, homes_of, register_scope_rule
from saas.estates.models import Building, Community, House, Unit


def register() -> None:
    register_scope_rule(
        Community,
        ScopeRule(
            Capability.ESTATE_VIEW,
            lambda communities: Q(id__in=communities),
            lambda user: Q(id__in={home.community_id for home in homes_of(user)}),
        ),
    )
    register_scope_rule(
        Building,
        ScopeRule(
            Capability.ESTATE_VIEW,
            lambda communities: Q(community_id__in=communities),
            lambda user: Q(id__in={home.building_id for home in homes_of(user)}),
        ),
    )
    register_scope_rule(
        Unit,
        ScopeRule(
            Capability.ESTATE_VIEW,
            lambda communities: Q(building__community_id__in=communities),
            lambda user: Q(id__in={home.unit_id for home in homes_of(user)}),
        ),
    )
    register_scope_rule(
        House,
        ScopeRule(
            Capability.ESTATE_VIEW,
            lambda communities: Q(community_id__in=communities),
            lambda user: Q(id__in={home.house_id for home in homes_of(user)}),
        ),
    )
