"""Estate reads: communities, buildings, units and houses as connections, and per-community
statistics. Each list returns an unevaluated queryset; the type's ``get_queryset`` scopes it to
the viewer (staff: everything, owners: their own houses) and the optimizer plans the SQL."""

from __future__ import annotations

from typing import Annotated

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import relay

from permissions.roles import Capability
from saas.estates.models import Building, Community, House, Unit
from saas.estates.selectors import HouseFilters, community_statistics, house_list
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import CountedConnection, pk_from_global_id
from schema.estates.filters import HouseFilterInput, HouseOrderByInput
from schema.estates.types import BuildingType, CommunityStatisticsType, CommunityType, District, HouseType, UnitType

# Staff with any role, and owners (the types' scoping gives owners their own houses only).
ESTATE_READERS = HasCapability(Capability.ESTATE_VIEW, owners=True)


@strawberry.type
class EstateQueries:
    @strawberry_django.connection(
        CountedConnection[CommunityType],
        permission_classes=[ESTATE_READERS],
        description="Communities by name. Owners see the communities of their houses.",
    )
    def communities(
        self,
        district: District | None = None,
        search: Annotated[str | None, strawberry.argument(description="Name contains this text.")] = None,
    ) -> QuerySet[Community]:
        communities = Community.objects.all()
        if district is not None:
            communities = communities.filter(district=district.value)
        if search and search.strip():
            communities = communities.filter(name__icontains=search.strip())
        return communities

    @strawberry_django.connection(
        CountedConnection[BuildingType],
        permission_classes=[ESTATE_READERS],
        description="Buildings by community and name. Owners see the buildings of their houses.",
    )
    def buildings(self, community: relay.GlobalID | None = None) -> QuerySet[Building]:
        buildings = Building.objects.all()
        if community is not None:
            buildings = buildings.filter(community_id=pk_from_global_id(community, "Community"))
        return buildings

    @strawberry_django.connection(
        CountedConnection[UnitType],
        permission_classes=[ESTATE_READERS],
        description="Units by building and name. Owners see the units of their houses.",
    )
    def units(self, building: relay.GlobalID | None = None) -> QuerySet[Unit]:
        units = Unit.objects.all()
        if building is not None:
            units = units.filter(building_id=pk_from_global_id(building, "Building"))
        return units

    @strawberry_django.connection(
        CountedConnection[HouseType],
        permission_classes=[ESTATE_READERS],
        description=(
            "Houses, filtered and ordered; by default in community, building, unit, floor and room-number "
            "order. Owners see only the houses they live in."
        ),
    )
    def houses(
        self,
        filter: HouseFilterInput | None = None,
        order_by: list[HouseOrderByInput] | None = None,
    ) -> QuerySet[House]:
        filters = filter.to_filters() if filter is not None else HouseFilters()
        return house_list(filters=filters, order=[o.to_order() for o in order_by or ()])

    @strawberry.field(
        permission_classes=[HasCapability(Capability.ESTATE_VIEW)],
        description="Houses of a community by status, its occupancy rate and total area; null if no such community.",
    )
    def community_statistics(
        self,
        info: strawberry.Info,
        community: Annotated[relay.GlobalID, strawberry.argument(description="The community's global ID.")],
    ) -> CommunityStatisticsType | None:
        community_id = pk_from_global_id(community, "Community")
        authorize(info, Capability.ESTATE_VIEW, Community, community_id)
        stats = community_statistics(community_id=community_id)
        return CommunityStatisticsType.from_statistics(stats) if stats is not None else None
