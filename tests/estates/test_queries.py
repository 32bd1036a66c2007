"""Lists (filters, ordering, pages), node lookup and community statistics, as staff."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.utils import timezone

from saas.estates.models import Building, Community, House, Unit
from tests.estates.conftest import gid
from tests.estates.documents import BUILDINGS, COMMUNITIES, HOUSES, NODE, STATISTICS, UNITS
from tests.factories import BuildingFactory, CommunityFactory, HouseFactory, UnitFactory
from tests.graphql import GraphQLClient, error_codes

Alpha = Callable[[], AbstractContextManager[Any]]


@dataclass
class Town:
    wangjing: Community
    yuanyang: Community
    tower: Building
    tower_units: list[Unit]
    villa: Building
    houses: dict[str, House]


@pytest.fixture
def town(alpha: Alpha) -> Town:
    """Two communities; 望京 has 1号楼 (two units) and 2号楼; 远洋 has a shop building."""
    with alpha():
        wangjing = CommunityFactory(name="望京花园", district="chaoyang")
        yuanyang = CommunityFactory(name="远洋山水", district="shijingshan")
        tower = BuildingFactory(community=wangjing, name="1号楼")
        villa = BuildingFactory(community=wangjing, name="2号楼", floors_above=3, floors_below=0)
        shops = BuildingFactory(community=yuanyang, name="底商")
        u1, u2 = UnitFactory(building=tower, name="1单元"), UnitFactory(building=tower, name="2单元")
        villa_unit, shop_unit = UnitFactory(building=villa, name="1单元"), UnitFactory(building=shops, name="1单元")
        now = timezone.now()
        specs = [
            ("A", u1, "0101", 1, "3室2厅1卫", "120.50", "residential", "self_occupied"),
            ("B", u1, "0102", 1, "2室1厅1卫", "89.00", "residential", "rented"),
            ("C", u1, "1201", 12, "3室2厅2卫", "143.20", "residential", "vacant"),
            ("D", u2, "0101", 1, "3室1厅1卫", "110.00", "residential", "unsold"),
            ("E", u2, "0501", 5, "1室1厅1卫", "56.80", "residential", "decorating"),
            ("F", villa_unit, "101", 1, "5室3厅1厨3卫", "320.00", "residential", "self_occupied"),
            ("G", shop_unit, "S01", 1, "", "75.00", "shop", "rented"),
            ("H", shop_unit, "S02", 1, "", "60.00", "office", "unsold"),
        ]
        houses = {
            key: HouseFactory(
                unit=unit, room_number=number, floor=floor, layout=layout, building_area=Decimal(area),
                usable_area=Decimal(area) * Decimal("0.8"), kind=kind, status=status,
                created_at=now - timedelta(days=10 - i),
            )
            for i, (key, unit, number, floor, layout, area, kind, status) in enumerate(specs)
        }  # fmt: skip
    return Town(wangjing, yuanyang, tower, [u1, u2], villa, houses)


def _keys(town: Town, result: dict[str, Any]) -> list[str]:
    by_id = {gid("House", h.pk): key for key, h in town.houses.items()}
    return [by_id[edge["node"]["id"]] for edge in result["houses"]["edges"]]


def test_houses_come_in_community_building_unit_floor_number_order(staff_a: GraphQLClient, town: Town) -> None:
    result = staff_a.data(HOUSES)
    assert result["houses"]["totalCount"] == 8
    assert _keys(town, result) == ["A", "B", "C", "D", "E", "F", "G", "H"]


@pytest.mark.parametrize(
    ("house_filter", "expected"),
    [
        ({"kind": ["SHOP", "OFFICE"]}, ["G", "H"]),
        ({"status": ["SELF_OCCUPIED", "RENTED"]}, ["A", "B", "F", "G"]),
        ({"buildingAreaMin": "89", "buildingAreaMax": "120.5"}, ["A", "B", "D"]),
        ({"buildingAreaMin": "300"}, ["F"]),
        ({"layout": "3室"}, ["A", "C", "D"]),
        ({"layout": "3室2厅1卫"}, ["A"]),
        ({"search": "01"}, ["A", "B", "C", "D", "E", "F", "G"]),
        ({"search": "s0"}, ["G", "H"]),
        ({"kind": ["RESIDENTIAL"], "status": ["UNSOLD"], "layout": "3室"}, ["D"]),
    ],
)
def test_house_filters(staff_a: GraphQLClient, town: Town, house_filter: dict[str, Any], expected: list[str]) -> None:
    assert _keys(town, staff_a.data(HOUSES, {"filter": house_filter})) == expected


def test_house_filters_by_place(staff_a: GraphQLClient, town: Town) -> None:
    def keys(**place: str) -> list[str]:
        return _keys(town, staff_a.data(HOUSES, {"filter": place}))

    assert keys(community=gid("Community", town.yuanyang.pk)) == ["G", "H"]
    assert keys(building=gid("Building", town.tower.pk)) == ["A", "B", "C", "D", "E"]
    assert keys(unit=gid("Unit", town.tower_units[1].pk)) == ["D", "E"]
    assert keys(community=gid("Community", town.wangjing.pk), building=gid("Building", town.villa.pk)) == ["F"]


def test_a_filter_id_of_the_wrong_type_is_bad_input(staff_a: GraphQLClient, town: Town) -> None:
    body = staff_a.execute(HOUSES, {"filter": {"building": gid("Community", town.wangjing.pk)}})
    assert error_codes(body) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize(
    ("order_by", "expected"),
    [
        ([{"field": "BUILDING_AREA"}], ["E", "H", "G", "B", "D", "A", "C", "F"]),
        ([{"field": "BUILDING_AREA", "direction": "DESC"}], ["F", "C", "A", "D", "B", "G", "H", "E"]),
        ([{"field": "CREATED_AT", "direction": "DESC"}], ["H", "G", "F", "E", "D", "C", "B", "A"]),
        (
            [{"field": "FLOOR", "direction": "DESC"}, {"field": "BUILDING_AREA"}],
            ["C", "E", "H", "G", "B", "D", "A", "F"],
        ),
        ([{"field": "ROOM_NUMBER"}], ["A", "D", "B", "E", "F", "C", "G", "H"]),
    ],
)
def test_house_ordering(staff_a: GraphQLClient, town: Town, order_by: list[Any], expected: list[str]) -> None:
    assert _keys(town, staff_a.data(HOUSES, {"orderBy": order_by})) == expected


def test_pages_follow_the_ordering_without_overlap(staff_a: GraphQLClient, town: Town) -> None:
    order_by = [{"field": "FLOOR"}]
    first = staff_a.data(HOUSES, {"orderBy": order_by, "first": 5})["houses"]
    assert first["pageInfo"]["hasNextPage"] is True and first["totalCount"] == 8
    rest = staff_a.data(HOUSES, {"orderBy": order_by, "first": 5, "after": first["pageInfo"]["endCursor"]})
    keys = _keys(town, {"houses": first}) + _keys(town, rest)
    assert sorted(keys) == sorted(town.houses) and len(keys) == 8


def test_page_size_is_capped(staff_a: GraphQLClient, town: Town) -> None:
    assert error_codes(staff_a.execute(HOUSES, {"first": 201})) == ["BAD_USER_INPUT"]


def test_communities_buildings_and_units(staff_a: GraphQLClient, town: Town) -> None:
    communities = staff_a.data(COMMUNITIES)["communities"]
    assert [e["node"]["name"] for e in communities["edges"]] == ["望京花园", "远洋山水"]
    by_district = staff_a.data(COMMUNITIES, {"district": "SHIJINGSHAN"})["communities"]
    assert [e["node"]["name"] for e in by_district["edges"]] == ["远洋山水"]
    assert staff_a.data(COMMUNITIES, {"search": "望京"})["communities"]["totalCount"] == 1

    buildings = staff_a.data(BUILDINGS, {"community": gid("Community", town.wangjing.pk)})["buildings"]
    assert [e["node"]["name"] for e in buildings["edges"]] == ["1号楼", "2号楼"]
    assert staff_a.data(BUILDINGS)["buildings"]["totalCount"] == 3

    units = staff_a.data(UNITS, {"building": gid("Building", town.tower.pk)})["units"]
    assert [e["node"]["name"] for e in units["edges"]] == ["1单元", "2单元"]
    assert staff_a.data(UNITS)["units"]["totalCount"] == 4


def test_node_finds_every_estate_type(staff_a: GraphQLClient, town: Town) -> None:
    for type_name, pk, field, value in [
        ("Community", town.yuanyang.pk, "name", "远洋山水"),
        ("Building", town.villa.pk, "name", "2号楼"),
        ("Unit", town.tower_units[0].pk, "name", "1单元"),
        ("House", town.houses["G"].pk, "roomNumber", "S01"),
    ]:
        assert staff_a.data(NODE, {"id": gid(type_name, pk)})["node"][field] == value


def test_community_statistics(staff_a: GraphQLClient, town: Town) -> None:
    stats = staff_a.data(STATISTICS, {"community": gid("Community", town.wangjing.pk)})["communityStatistics"]
    assert stats["community"] == {"name": "望京花园"}
    assert stats["totalHouses"] == 6
    assert stats["housesByStatus"] == [
        {"status": "UNSOLD", "count": 1, "buildingArea": "110.00"},
        {"status": "VACANT", "count": 1, "buildingArea": "143.20"},
        {"status": "SELF_OCCUPIED", "count": 2, "buildingArea": "440.50"},
        {"status": "RENTED", "count": 1, "buildingArea": "89.00"},
        {"status": "DECORATING", "count": 1, "buildingArea": "56.80"},
    ]
    # (2 self-occupied + 1 rented) / (6 houses - 1 unsold)
    assert (stats["occupiedHouses"], stats["occupiableHouses"], stats["occupancyRate"]) == (3, 5, "0.6000")
    assert stats["totalBuildingArea"] == "839.50"


def test_statistics_of_an_empty_or_all_unsold_community(staff_a: GraphQLClient, town: Town, alpha: Alpha) -> None:
    with alpha():
        empty = CommunityFactory(name="新盘")
        House.objects.filter(community=town.yuanyang).update(status="unsold")
    stats = staff_a.data(STATISTICS, {"community": gid("Community", empty.pk)})["communityStatistics"]
    assert (stats["totalHouses"], stats["occupancyRate"], stats["totalBuildingArea"]) == (0, None, "0.00")
    unsold = staff_a.data(STATISTICS, {"community": gid("Community", town.yuanyang.pk)})["communityStatistics"]
    assert (unsold["totalHouses"], unsold["occupiableHouses"], unsold["occupancyRate"]) == (2, 0, None)


def test_statistics_of_an_unknown_community_are_null(staff_a: GraphQLClient) -> None:
    assert staff_a.data(STATISTICS, {"community": gid("Community", 999999)})["communityStatistics"] is None


def test_occupancy_rate_rounds_to_four_places(staff_a: GraphQLClient, alpha: Alpha) -> None:
    with alpha():
        unit = UnitFactory()
        for number, status in (("1", "self_occupied"), ("2", "vacant"), ("3", "vacant")):
            HouseFactory(unit=unit, room_number=number, status=status)
    community = gid("Community", unit.building.community_id)
    assert staff_a.data(STATISTICS, {"community": community})["communityStatistics"]["occupancyRate"] == "0.3333"
