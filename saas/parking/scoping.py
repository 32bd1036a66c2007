"""Who sees which parking rows.

* admin: everything; managers, the service desk and finance: the rows of their communities
  (finance reads only; changes need ``PARKING_MANAGE``);
* an owner (any resident with an account): their own vehicles, rights and applications, the spaces
  they own or hold (rented, offered), and the areas, tariffs and lotteries (published: 摇号 seed and result) of the
  communities they live in;
* vehicles belong to residents, so staff see the vehicles of residents who live in their
  communities.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet

from permissions.roles import Capability
from permissions.scoping import ScopeRule, occupied_houses, register_scope_rule
from saas.parking.models import (
    HOLDING_STATES,
    ParkingApplication,
    ParkingArea,
    ParkingLottery,
    ParkingRight,
    ParkingSession,
    ParkingSpace,
    ParkingTariff,
    Vehicle,
)
from saas.residents.models import Occupancy


def _home_communities(user: Any) -> QuerySet[Any]:
    return occupied_houses(user).values("house__community_id")


def _vehicles_in(communities: QuerySet[Any]) -> Q:
    lives_there = Occupancy.objects.active().filter(
        resident_id=OuterRef("resident_id"), house__community_id__in=communities
    )
    return Q(Exists(lives_there))


def _held_by(user: Any) -> QuerySet[ParkingRight]:
    """Rights of the user's on the space (a rented or offered space is shown to its holder)."""
    return ParkingRight.objects.filter(space_id=OuterRef("pk"), holder__user_id=user.pk, state__in=HOLDING_STATES)


RULES = {
    ParkingArea: ScopeRule(
        Capability.PARKING_VIEW,
        lambda communities: Q(community_id__in=communities),
        lambda user: Q(community_id__in=_home_communities(user)),
    ),
    ParkingSpace: ScopeRule(
        Capability.PARKING_VIEW,
        lambda communities: Q(community_id__in=communities),
        lambda user: Q(owner__user_id=user.pk) | Q(Exists(_held_by(user))),
    ),
    Vehicle: ScopeRule(Capability.PARKING_VIEW, _vehicles_in, lambda user: Q(resident__user_id=user.pk)),
    ParkingRight: ScopeRule(
        Capability.PARKING_VIEW,
        lambda communities: Q(space__community_id__in=communities),
        lambda user: Q(holder__user_id=user.pk),
    ),
    ParkingApplication: ScopeRule(
        Capability.PARKING_VIEW,
        lambda communities: Q(community_id__in=communities),
        lambda user: Q(applicant__user_id=user.pk),
    ),
    ParkingTariff: ScopeRule(
        Capability.PARKING_VIEW,
        lambda communities: Q(area__community_id__in=communities),
        lambda user: Q(area__community_id__in=_home_communities(user)),
    ),
    ParkingSession: ScopeRule(
        Capability.PARKING_VIEW,
        lambda communities: Q(area__community_id__in=communities),
        lambda user: Q(vehicle__resident__user_id=user.pk),
    ),
    ParkingLottery: ScopeRule(
        Capability.PARKING_VIEW,
        lambda communities: Q(community_id__in=communities),
        lambda user: Q(community_id__in=_home_communities(user)),
    ),
}


def register() -> None:
    for model, rule in RULES.items():
        register_scope_rule(model, rule)
