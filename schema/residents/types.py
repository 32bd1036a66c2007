"""GraphQL types of residents (temporary minimal version; the residents work completes it)."""

from __future__ import annotations

from typing import Any

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import auto, relay

from permissions.scoping import occupancies_visible_to, residents_visible_to
from saas.residents.models import Occupancy, OccupancyRole, Resident

OccupancyRoleEnum = strawberry.enum(OccupancyRole, name="OccupancyRole")


@strawberry_django.type(Resident, name="Resident", description="住户 A resident.")
class ResidentType(relay.Node):
    name: auto

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Resident], info: strawberry.Info, **kwargs: Any) -> QuerySet[Resident]:
        return residents_visible_to(info.context.request.user, queryset)


@strawberry_django.type(Occupancy, name="Occupancy", description="入住 A resident's relation to a house.")
class OccupancyType(relay.Node):
    role: OccupancyRoleEnum  # type: ignore[valid-type]
    move_in: auto
    move_out: auto
    is_primary_contact: auto
    resident: ResidentType

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Occupancy], info: strawberry.Info, **kwargs: Any) -> QuerySet[Occupancy]:
        return occupancies_visible_to(info.context.request.user, queryset)
