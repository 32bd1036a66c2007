"""GraphQL types of the estate model. Every type scopes its own queryset (``get_queryset``), so
connections, nested lists and ``node(id:)`` all apply the same visibility rule in SQL."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import auto, relay
from strawberry_django.optimizer import is_optimized_by_prefetching

from permissions.scoping import visible_to
from saas.estates.models import Building, Community, District, House, HouseKind, HouseStatus, Unit
from saas.estates.selectors import CommunityStatistics
from saas.residents.models import in_force
from schema.core.context import Info
from schema.core.fields import ModelField, model_field, model_type

if TYPE_CHECKING:
    from schema.residents.types import OccupancyType

strawberry.enum(District, name="District", description="北京市辖区 Beijing districts.")
strawberry.enum(HouseKind, name="HouseKind", description="What a house is used for (房屋类型).")
strawberry.enum(
    HouseStatus,
    name="HouseStatus",
    description="Whether a house is unsold, empty, lived in, let or being decorated (房屋状态).",
)


class InForceTodayField(ModelField):
    """Occupancies narrowed to those in force today, still planned by the optimizer like any
    relation: one prefetch, only the selected columns, the related type's scoping."""

    def get_queryset(self, queryset: Any, info: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        if is_optimized_by_prefetching(queryset):  # the prefetch already ran this very method
            return queryset
        return super().get_queryset(queryset.filter(in_force()), info, **kwargs)

    def _can_run_qs_hook_inline(self, queryset: Any) -> bool:
        # strawberry-django answers False for any field overriding get_queryset and then wraps the
        # hook for sync_to_async on every row (~10 µs each). Ours returns a prefetched queryset
        # untouched, exactly like the library's, so the library's own rule applies.
        return queryset._result_cache is not None and is_optimized_by_prefetching(queryset)


@model_type(Community, name="Community", description="小区 A community the company manages.")
class CommunityType(relay.Node):
    name: auto
    address: auto
    district: District
    total_floor_area: Decimal | None = strawberry.field(description="Square metres.")
    handover_date: auto
    created_at: auto

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Community], info: Info, **kwargs: Any) -> QuerySet[Community]:
        return visible_to(info.context.viewer, queryset)


@model_type(Building, name="Building", description="楼栋 A building.")
class BuildingType(relay.Node):
    name: auto
    floors_above: auto
    floors_below: auto
    elevators: auto
    community: CommunityType

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Building], info: Info, **kwargs: Any) -> QuerySet[Building]:
        return visible_to(info.context.viewer, queryset)


@model_type(Unit, name="Unit", description="单元 A unit (entrance) of a building.")
class UnitType(relay.Node):
    name: auto
    building: BuildingType

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Unit], info: Info, **kwargs: Any) -> QuerySet[Unit]:
        return visible_to(info.context.viewer, queryset)


@model_type(House, name="House", description="房屋 A house, flat, shop or storage room.")
class HouseType(relay.Node):
    room_number: auto
    floor: auto
    layout: str = strawberry.field(description="户型, e.g. 3室2厅1卫.")
    building_area: Decimal = strawberry.field(description="建筑面积, square metres.")
    usable_area: Decimal = strawberry.field(description="使用面积, square metres.")
    kind: HouseKind
    status: HouseStatus
    # A house's community, building and unit are visible whenever the house is: joined in the
    # house query (select_related) instead of a scoped prefetch per relation.
    community: CommunityType = model_field(select_related=["community"])
    building: BuildingType = model_field(select_related=["building"])
    unit: UnitType = model_field(select_related=["unit"])
    created_at: auto

    current_occupancies: list[Annotated[OccupancyType, strawberry.lazy("schema.residents.types")]] = (
        strawberry_django.field(
            field_cls=InForceTodayField,
            field_name="occupancies",
            description=(
                "Occupancies in force today (current residents), primary contact first. "
                "Owners see only their own occupancy; staff see everyone's."
            ),
        )
    )

    @classmethod
    def get_queryset(cls, queryset: QuerySet[House], info: Info, **kwargs: Any) -> QuerySet[House]:
        return visible_to(info.context.viewer, queryset)


@strawberry.type(name="HouseStatusCount", description="How many houses of a community are in one status.")
class HouseStatusCountType:
    status: HouseStatus = strawberry.field(description="The status (房屋状态).")
    count: int = strawberry.field(description="How many houses have it.")
    building_area: Decimal = strawberry.field(description="Their total building area, square metres.")


@strawberry.type(name="CommunityStatistics", description="Houses of one community by status, occupancy and area.")
class CommunityStatisticsType:
    community: CommunityType = strawberry.field(description="The community (小区).")
    total_houses: int = strawberry.field(description="Every house of the community.")
    houses_by_status: list[HouseStatusCountType] = strawberry.field(
        description="Every status, in the order of HouseStatus, including those with no houses."
    )
    occupied_houses: int = strawberry.field(description="Houses self-occupied or rented.")
    occupiable_houses: int = strawberry.field(description="Houses that are not unsold (sold or handed over).")
    occupancy_rate: Decimal | None = strawberry.field(
        description=(
            "入住率: occupiedHouses / occupiableHouses, i.e. (self-occupied + rented) over houses that are "
            'not unsold, as a fraction with four decimals ("0.7500" = 75%); null when every house is unsold.'
        )
    )
    total_building_area: Decimal = strawberry.field(description="Building area of all houses, square metres.")

    @classmethod
    def from_statistics(cls, stats: CommunityStatistics) -> CommunityStatisticsType:
        return cls(
            community=stats.community,  # type: ignore[arg-type]
            total_houses=stats.total_houses,
            houses_by_status=[
                HouseStatusCountType(
                    status=HouseStatus(status), count=count, building_area=stats.area_by_status[status]
                )
                for status, count in stats.houses_by_status.items()
            ],
            occupied_houses=stats.occupied_houses,
            occupiable_houses=stats.occupiable_houses,
            occupancy_rate=stats.occupancy_rate,
            total_building_area=stats.total_building_area,
        )
