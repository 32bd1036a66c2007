"""Inputs of the estate mutations. Update inputs use ``Maybe``: a field left out stays as it is,
and only optional fields (``totalFloorArea``, ``handoverDate``) may be set to null to clear them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry
from strawberry import relay

import schema.estates.types  # noqa: F401  (registers the model choices below as GraphQL enums)
from saas.estates.services.generation import DEFAULT_NUMBER_PATTERN, DEFAULT_UNIT_NAME_PATTERN
from schema.estates.types import District, HouseKind, HouseStatus

AREA = 'Square metres, at most two decimals, e.g. "120.50".'
UPDATE = "Fields left out stay as they are; null clears an optional field."


@strawberry.input
class CommunityCreateInput:
    name: str
    address: str
    district: District
    total_floor_area: Decimal | None = strawberry.field(default=None, description=AREA)
    handover_date: date | None = None


@strawberry.input(description=UPDATE)
class CommunityUpdateInput:
    id: relay.GlobalID
    name: strawberry.Maybe[str]
    address: strawberry.Maybe[str]
    district: strawberry.Maybe[District]
    total_floor_area: strawberry.Maybe[Decimal | None] = strawberry.field(description=AREA)
    handover_date: strawberry.Maybe[date | None]


@strawberry.input
class CommunityDeleteInput:
    id: relay.GlobalID


@strawberry.input(description="Houses to generate with a new building: units × floors × houses per floor.")
class BuildingGenerateInput:
    units: int = strawberry.field(description="How many units (单元), 1–50.")
    houses_per_floor: int = strawberry.field(description="Houses per floor in each unit, 1–50.")
    building_area: Decimal = strawberry.field(description=f"Of every generated house. {AREA}")
    usable_area: Decimal = strawberry.field(description=f"Of every generated house. {AREA}")
    floor_from: int | None = strawberry.field(default=None, description="First floor; default 1. No floor 0.")
    floor_to: int | None = strawberry.field(default=None, description="Last floor; default the floors above ground.")
    number_pattern: str = strawberry.field(
        default=DEFAULT_NUMBER_PATTERN,
        description=(
            "Room numbers, with {floor} and {index} (1-based within the floor) and an optional zero-padded "
            'width, e.g. "{floor:02d}{index:02d}" gives 0301. Numbers repeat in every unit.'
        ),
    )
    unit_name_pattern: str = strawberry.field(
        default=DEFAULT_UNIT_NAME_PATTERN, description='Unit names, with {index}, e.g. "{index}单元" gives 1单元.'
    )
    layout: str = strawberry.field(default="", description="户型 of every generated house, e.g. 3室2厅1卫.")
    kind: HouseKind = strawberry.field(
        default=HouseKind.RESIDENTIAL, description="Of every generated house; default residential."
    )
    status: HouseStatus = strawberry.field(
        default=HouseStatus.VACANT, description="Of every generated house; default vacant."
    )


@strawberry.input
class BuildingCreateInput:
    community: relay.GlobalID
    name: str
    floors_above: int = strawberry.field(description="地上层数, 1–200.")
    floors_below: int = strawberry.field(default=0, description="地下层数, 0–20.")
    elevators: int = 0
    generate: BuildingGenerateInput | None = strawberry.field(
        default=None, description="Also create the building's units and houses, all or nothing."
    )


@strawberry.input
class BuildingCopyInput:
    id: relay.GlobalID = strawberry.field(description="The building to copy.")
    name: str = strawberry.field(description="Name of the copy.")
    community: relay.GlobalID | None = strawberry.field(default=None, description="Default: the original's community.")
    house_status: HouseStatus = strawberry.field(
        default=HouseStatus.VACANT, description="Status of every copied house (residents are not copied)."
    )


@strawberry.input(description=UPDATE)
class BuildingUpdateInput:
    id: relay.GlobalID
    name: strawberry.Maybe[str]
    floors_above: strawberry.Maybe[int]
    floors_below: strawberry.Maybe[int]
    elevators: strawberry.Maybe[int]
    community: strawberry.Maybe[relay.GlobalID] = strawberry.field(
        description="Move the building, with its houses, to another community."
    )


@strawberry.input
class BuildingDeleteInput:
    id: relay.GlobalID


@strawberry.input
class UnitCreateInput:
    building: relay.GlobalID
    name: str


@strawberry.input
class UnitUpdateInput:
    id: relay.GlobalID
    name: str


@strawberry.input
class UnitDeleteInput:
    id: relay.GlobalID


@strawberry.input
class HouseCreateInput:
    unit: relay.GlobalID
    room_number: str
    floor: int = strawberry.field(description="Within the building's floors; -1 is the first basement, no 0.")
    building_area: Decimal = strawberry.field(description=AREA)
    usable_area: Decimal = strawberry.field(description=f"No larger than the building area. {AREA}")
    layout: str = strawberry.field(default="", description="户型, e.g. 3室2厅1卫 or 3室2厅1厨2卫; may be blank.")
    kind: HouseKind = HouseKind.RESIDENTIAL
    status: HouseStatus = HouseStatus.VACANT


@strawberry.input(description=UPDATE)
class HouseUpdateInput:
    id: relay.GlobalID
    unit: strawberry.Maybe[relay.GlobalID] = strawberry.field(
        description="Move the house to another unit; its building and community follow."
    )
    room_number: strawberry.Maybe[str]
    floor: strawberry.Maybe[int]
    building_area: strawberry.Maybe[Decimal]
    usable_area: strawberry.Maybe[Decimal]
    layout: strawberry.Maybe[str]
    kind: strawberry.Maybe[HouseKind]
    status: strawberry.Maybe[HouseStatus]


@strawberry.input
class HouseDeleteInput:
    id: relay.GlobalID
