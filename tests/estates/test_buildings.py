"""buildingCreate (with and without generated houses), buildingCopy, buildingUpdate, buildingDelete."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest

from saas.estates.models import Building, Community, House, Unit
from tests.estates.conftest import Estate, gid
from tests.estates.documents import BUILDING_COPY, BUILDING_CREATE, BUILDING_DELETE, BUILDING_UPDATE
from tests.factories import HouseFactory
from tests.graphql import GraphQLClient, QueryLog

Alpha = Callable[[], AbstractContextManager[Any]]


def _errors(payload: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(e["field"], e["code"]) for e in payload["errors"]]


def _create(client: GraphQLClient, community_id: int, **fields: Any) -> dict[str, Any]:
    variables = {"input": {"community": gid("Community", community_id), "name": "2号楼", "floorsAbove": 18, **fields}}
    return client.data(BUILDING_CREATE, variables)["buildingCreate"]  # type: ignore[no-any-return]


GENERATE = {"units": 2, "housesPerFloor": 4, "buildingArea": "89.5", "usableArea": "72.30", "layout": "2室1厅1卫"}


def test_create_a_building_without_houses(staff_a: GraphQLClient, estate: Estate) -> None:
    payload = _create(staff_a, estate.community.pk, floorsBelow=2, elevators=2)
    assert payload["errors"] == [] and payload["housesCreated"] == 0
    building = payload["building"]
    assert (building["name"], building["floorsAbove"], building["floorsBelow"], building["elevators"]) == (
        "2号楼",
        18,
        2,
        2,
    )
    assert building["community"] == {"name": "望京花园"}


def test_generate_18_floors_of_2_units_with_4_houses_each(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    with QueryLog() as log:
        payload = _create(staff_a, estate.community.pk, floorsBelow=2, generate=GENERATE)
    assert payload["errors"] == []
    assert payload["housesCreated"] == 18 * 2 * 4 == 144
    inserts = [s.split('"')[1] for s in log.statements if s.startswith("INSERT")]
    assert inserts == ["estates_building", "estates_unit", "estates_house"]  # set-based: one INSERT per table
    with alpha():
        building = Building.objects.get(name="2号楼")
        assert list(Unit.objects.filter(building=building).values_list("name", flat=True)) == ["1单元", "2单元"]
        houses = House.objects.filter(building=building)
        assert houses.count() == 144
        for unit in Unit.objects.filter(building=building):
            numbers = list(
                houses.filter(unit=unit).order_by("floor", "room_number").values_list("room_number", flat=True)
            )
            assert numbers[:5] == ["0101", "0102", "0103", "0104", "0201"]
            assert numbers[-1] == "1804"
            assert len(set(numbers)) == 72
        house = houses.get(unit__name="2单元", room_number="1203")
        assert (house.floor, house.layout, str(house.building_area), str(house.usable_area)) == (
            12,
            "2室1厅1卫",
            "89.50",
            "72.30",
        )
        assert (house.kind, house.status) == ("residential", "vacant")
        assert house.community_id == estate.community.pk


def test_generate_with_a_floor_range_through_the_basement_a_pattern_and_defaults(
    staff_a: GraphQLClient, estate: Estate, alpha: Alpha
) -> None:
    generate = {
        "units": 1,
        "housesPerFloor": 2,
        "floorFrom": -2,
        "floorTo": 2,
        "numberPattern": "{floor}-{index:03d}",
        "unitNamePattern": "{index}号单元",
        "buildingArea": "30",
        "usableArea": "25",
        "kind": "STORAGE",
        "status": "UNSOLD",
    }
    payload = _create(staff_a, estate.community.pk, floorsAbove=6, floorsBelow=2, generate=generate)
    assert payload["errors"] == [] and payload["housesCreated"] == 4 * 2
    with alpha():
        houses = House.objects.filter(building__name="2号楼").order_by("floor", "room_number")
        assert [h.room_number for h in houses] == [
            "-2-001",
            "-2-002",
            "-1-001",
            "-1-002",
            "1-001",
            "1-002",
            "2-001",
            "2-002",
        ]
        assert {(h.unit.name, h.kind, h.status) for h in houses} == {("1号单元", "storage", "unsold")}


@pytest.mark.parametrize(
    ("generate", "expected"),
    [
        ({"units": 0}, [("generate.units", "UNITS_INVALID")]),
        ({"units": 51}, [("generate.units", "UNITS_INVALID")]),
        ({"housesPerFloor": 0}, [("generate.housesPerFloor", "HOUSES_PER_FLOOR_INVALID")]),
        ({"floorFrom": 0}, [("generate.floorFrom", "FLOOR_RANGE_INVALID")]),
        ({"floorFrom": -3}, [("generate.floorFrom", "FLOOR_RANGE_INVALID")]),
        ({"floorTo": 19}, [("generate.floorTo", "FLOOR_RANGE_INVALID")]),
        ({"floorFrom": 5, "floorTo": 3}, [("generate.floorTo", "FLOOR_RANGE_INVALID")]),
        ({"numberPattern": "{floor:02d}{index:02d"}, [("generate.numberPattern", "PATTERN_INVALID")]),
        ({"numberPattern": "{unit}{floor}{index}"}, [("generate.numberPattern", "PATTERN_PLACEHOLDER_UNKNOWN")]),
        ({"numberPattern": "{floor:x}{index}"}, [("generate.numberPattern", "PATTERN_FORMAT_INVALID")]),
        ({"numberPattern": "{floor!r}{index}"}, [("generate.numberPattern", "PATTERN_FORMAT_INVALID")]),
        ({"numberPattern": "{floor:02d}"}, [("generate.numberPattern", "PATTERN_NOT_UNIQUE")]),
        ({"numberPattern": "房{floor:020d}{index}"}, [("generate.numberPattern", "NUMBER_TOO_LONG")]),
        ({"numberPattern": "  "}, [("generate.numberPattern", "REQUIRED")]),
        ({"unitNamePattern": "{floor}单元"}, [("generate.unitNamePattern", "PATTERN_PLACEHOLDER_UNKNOWN")]),
        ({"unitNamePattern": "单元"}, [("generate.unitNamePattern", "PATTERN_NOT_UNIQUE")]),
        ({"buildingArea": "0", "usableArea": "-1"}, [
            ("generate.buildingArea", "AREA_NOT_POSITIVE"), ("generate.usableArea", "AREA_NOT_POSITIVE"),
        ]),
        ({"buildingArea": "89.555"}, [("generate.buildingArea", "AREA_PRECISION")]),
        ({"usableArea": "90"}, [("generate.usableArea", "USABLE_EXCEEDS_BUILDING")]),
        ({"layout": "两室一厅"}, [("generate.layout", "LAYOUT_INVALID")]),
        ({"units": 50, "housesPerFloor": 50}, [("generate.housesPerFloor", "TOO_MANY_HOUSES")]),
    ],
)  # fmt: skip
def test_a_bad_generate_block_creates_no_building_and_no_house(
    staff_a: GraphQLClient, estate: Estate, alpha: Alpha, generate: dict[str, Any], expected: list[Any]
) -> None:
    payload = _create(staff_a, estate.community.pk, floorsBelow=2, generate={**GENERATE, **generate})
    assert _errors(payload) == expected
    assert payload["building"] is None
    with alpha():
        assert not Building.objects.filter(name="2号楼").exists()
        assert House.objects.count() == 2


def test_pattern_messages_name_the_placeholder(staff_a: GraphQLClient, estate: Estate) -> None:
    generate = {**GENERATE, "numberPattern": "{unit}{index}"}
    payload = _create(staff_a, estate.community.pk, generate=generate)
    assert payload["errors"][0]["message"] == "编号规则中的“{unit}”无法识别，只能使用 {floor}、{index}。"
    body = staff_a.execute(
        BUILDING_CREATE,
        {"input": {"community": gid("Community", estate.community.pk), "name": "9号楼", "floorsAbove": 6,
                   "generate": {**GENERATE, "numberPattern": "{floor}"}}},
        accept_language="en",
    )  # fmt: skip
    message = body["data"]["buildingCreate"]["errors"][0]["message"]
    assert message == "The pattern gives duplicate numbers (e.g. “1”); include {index} or {floor}."


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"name": " "}, [("name", "REQUIRED")]),
        ({"name": "楼" * 51}, [("name", "TOO_LONG")]),
        ({"name": "1号楼"}, [("name", "NAME_TAKEN")]),
        ({"floorsAbove": 0}, [("floorsAbove", "FLOORS_ABOVE_INVALID")]),
        ({"floorsAbove": 201}, [("floorsAbove", "FLOORS_ABOVE_INVALID")]),
        ({"floorsBelow": -1}, [("floorsBelow", "FLOORS_BELOW_INVALID")]),
        ({"floorsBelow": 21}, [("floorsBelow", "FLOORS_BELOW_INVALID")]),
        ({"elevators": -1}, [("elevators", "ELEVATORS_INVALID")]),
    ],
)
def test_bad_building_fields(
    staff_a: GraphQLClient, estate: Estate, alpha: Alpha, fields: dict[str, Any], expected: list[Any]
) -> None:
    payload = _create(staff_a, estate.community.pk, **fields)
    assert _errors(payload) == expected
    with alpha():
        assert Building.objects.count() == 1


def test_building_errors_and_generate_errors_come_together(staff_a: GraphQLClient, estate: Estate) -> None:
    payload = _create(staff_a, estate.community.pk, name="1号楼", generate={**GENERATE, "layout": "x"})
    assert _errors(payload) == [("name", "NAME_TAKEN"), ("generate.layout", "LAYOUT_INVALID")]


def test_an_unknown_community_is_a_payload_error(staff_a: GraphQLClient) -> None:
    payload = _create(staff_a, 999999)
    assert _errors(payload) == [("community", "COMMUNITY_NOT_FOUND")]


def test_copy_a_building_with_its_units_and_houses(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    with alpha():
        HouseFactory(unit__building=estate.building, unit__name="2单元", room_number="0101", floor=1, kind="shop")
    variables = {"input": {"id": gid("Building", estate.building.pk), "name": "3号楼"}}
    payload = staff_a.data(BUILDING_COPY, variables)["buildingCopy"]
    assert payload["errors"] == [] and payload["housesCreated"] == 3
    assert (payload["building"]["name"], payload["building"]["floorsAbove"]) == ("3号楼", 18)
    with alpha():
        copy = Building.objects.get(name="3号楼")
        assert (copy.community_id, copy.floors_below, copy.elevators) == (estate.community.pk, 2, 2)
        copied = House.objects.filter(building=copy)
        assert sorted(copied.values_list("unit__name", "room_number", "floor", "kind", "status")) == [
            ("1单元", "0101", 1, "residential", "vacant"),
            ("1单元", "0102", 1, "residential", "vacant"),
            ("2单元", "0101", 1, "shop", "vacant"),
        ]
        assert set(copied.values_list("community_id", flat=True)) == {estate.community.pk}
        assert House.objects.filter(building=estate.building).count() == 3


def test_copy_into_another_community_with_a_status(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    with alpha():
        other = Community.objects.create(name="远洋山水", address="北京市石景山区", district="shijingshan")
    variables = {
        "input": {
            "id": gid("Building", estate.building.pk),
            "name": "1号楼",
            "community": gid("Community", other.pk),
            "houseStatus": "UNSOLD",
        }
    }
    payload = staff_a.data(BUILDING_COPY, variables)["buildingCopy"]
    assert payload["errors"] == [] and payload["building"]["community"] == {"name": "远洋山水"}
    with alpha():
        houses = House.objects.filter(building__community=other)
        assert set(houses.values_list("community_id", "status")) == {(other.pk, "unsold")}
        assert houses.count() == 2


def test_copy_refusals_change_nothing(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    same_name = staff_a.data(BUILDING_COPY, {"input": {"id": gid("Building", estate.building.pk), "name": "1号楼"}})
    assert _errors(same_name["buildingCopy"]) == [("name", "NAME_TAKEN")]
    unknown = staff_a.data(BUILDING_COPY, {"input": {"id": gid("Building", 999999), "name": "5号楼"}})
    assert _errors(unknown["buildingCopy"]) == [("id", "NOT_FOUND")]
    with alpha():
        assert (Building.objects.count(), Unit.objects.count(), House.objects.count()) == (1, 1, 2)


def test_update_a_building(staff_a: GraphQLClient, estate: Estate) -> None:
    variables = {"input": {"id": gid("Building", estate.building.pk), "name": "1号楼A座", "elevators": 3}}
    building = staff_a.data(BUILDING_UPDATE, variables)["buildingUpdate"]["building"]
    assert (building["name"], building["floorsAbove"], building["floorsBelow"], building["elevators"]) == (
        "1号楼A座",
        18,
        2,
        3,
    )


def test_floors_cannot_shrink_below_a_house(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    with alpha():
        HouseFactory(unit=estate.unit, room_number="1201", floor=12)
        HouseFactory(unit=estate.unit, room_number="B201", floor=-2)
    building_id = gid("Building", estate.building.pk)
    above = staff_a.data(BUILDING_UPDATE, {"input": {"id": building_id, "floorsAbove": 11}})["buildingUpdate"]
    assert _errors(above) == [("floorsAbove", "FLOORS_EXCLUDE_HOUSES")]
    assert above["errors"][0]["message"] == "楼内有房屋位于第 12 层，层数不能改到不含该层。"
    below = staff_a.data(BUILDING_UPDATE, {"input": {"id": building_id, "floorsBelow": 1}})["buildingUpdate"]
    assert _errors(below) == [("floorsBelow", "FLOORS_EXCLUDE_HOUSES")]
    fine = staff_a.data(BUILDING_UPDATE, {"input": {"id": building_id, "floorsAbove": 12}})["buildingUpdate"]
    assert fine["errors"] == []


def test_moving_a_building_to_another_community_takes_its_houses(
    staff_a: GraphQLClient, estate: Estate, alpha: Alpha
) -> None:
    with alpha():
        other = Community.objects.create(name="远洋山水", address="北京市石景山区", district="shijingshan")
    variables = {"input": {"id": gid("Building", estate.building.pk), "community": gid("Community", other.pk)}}
    payload = staff_a.data(BUILDING_UPDATE, variables)["buildingUpdate"]
    assert payload["errors"] == [] and payload["building"]["community"] == {"id": gid("Community", other.pk)}
    with alpha():
        assert set(House.objects.values_list("community_id", flat=True)) == {other.pk}


def test_a_building_with_houses_cannot_be_deleted(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    payload = staff_a.data(BUILDING_DELETE, {"input": {"id": gid("Building", estate.building.pk)}})["buildingDelete"]
    assert [(e["code"], e["message"]) for e in payload["errors"]] == [
        ("HAS_HOUSES", "该楼栋下还有 2 套房屋，请先删除房屋。")
    ]
    with alpha():
        assert Building.objects.filter(pk=estate.building.pk).exists()


def test_delete_a_building_with_empty_units(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    with alpha():
        building = Building.objects.create(community=estate.community, name="9号楼", floors_above=6)
        Unit.objects.create(building=building, name="1单元")
    payload = staff_a.data(BUILDING_DELETE, {"input": {"id": gid("Building", building.pk)}})["buildingDelete"]
    assert payload == {"errors": [], "building": {"id": gid("Building", building.pk), "name": "9号楼"}}
    with alpha():
        assert not Building.objects.filter(pk=building.pk).exists()
        assert not Unit.objects.filter(building_id=building.pk).exists()
