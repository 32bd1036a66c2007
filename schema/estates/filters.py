"""How house lists are filtered and ordered: typed arguments turned into the selector's terms."""

from __future__ import annotations

from decimal import Decimal

import strawberry
from django.db import models
from strawberry import relay

import schema.estates.types  # noqa: F401  (registers the model choices below as GraphQL enums)
from saas.estates.selectors import HouseFilters
from schema.core.relay import pk_from_global_id
from schema.estates.types import HouseKind, HouseStatus


@strawberry.input(name="HouseFilter", description="Every given condition must hold.")
class HouseFilterInput:
    community: relay.GlobalID | None = strawberry.field(default=None, description="In this community (小区).")
    building: relay.GlobalID | None = strawberry.field(default=None, description="In this building (楼栋).")
    unit: relay.GlobalID | None = strawberry.field(default=None, description="In this unit (单元).")
    kind: list[HouseKind] | None = strawberry.field(default=None, description="Any of these kinds.")
    status: list[HouseStatus] | None = strawberry.field(default=None, description="Any of these statuses.")
    building_area_min: Decimal | None = strawberry.field(default=None, description="Building area at least (m²).")
    building_area_max: Decimal | None = strawberry.field(default=None, description="Building area at most (m²).")
    layout: str | None = strawberry.field(
        default=None, description='Layout starts with this: "3室" for every three-bedroom layout, "3室2厅1卫" exactly.'
    )
    search: str | None = strawberry.field(default=None, description="Room number contains this text.")

    def to_filters(self) -> HouseFilters:
        def pk(global_id: relay.GlobalID | None, type_name: str) -> int | None:
            return None if global_id is None else pk_from_global_id(global_id, type_name)

        return HouseFilters(
            community_id=pk(self.community, "Community"),
            building_id=pk(self.building, "Building"),
            unit_id=pk(self.unit, "Unit"),
            kinds=[kind.value for kind in self.kind or ()],
            statuses=[status.value for status in self.status or ()],
            building_area_min=self.building_area_min,
            building_area_max=self.building_area_max,
            layout=self.layout or "",
            search=self.search or "",
        )


@strawberry.enum(name="HouseOrderField", description="What a house list can be sorted by.")
class HouseOrderField(models.TextChoices):
    ROOM_NUMBER = "room_number", "房号"
    FLOOR = "floor", "楼层"
    BUILDING_AREA = "building_area", "建筑面积"
    CREATED_AT = "created_at", "创建时间"


@strawberry.enum(name="OrderDirection", description="Ascending or descending.")
class OrderDirection(models.TextChoices):
    ASC = "asc", "升序"
    DESC = "desc", "降序"


@strawberry.input(name="HouseOrderBy", description="One sort key; later keys break ties of earlier ones.")
class HouseOrderByInput:
    field: HouseOrderField = strawberry.field(description="What to sort by.")
    direction: OrderDirection = strawberry.field(default=OrderDirection.ASC, description="Default ascending.")

    def to_order(self) -> tuple[str, bool]:
        return self.field.value, self.direction is OrderDirection.DESC
