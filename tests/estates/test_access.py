"""Who may read and change the estate: anonymous, the owner of a house, the owner of another
house, an account with no house, and staff (the company admin and ordinary staff)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest

from saas.estates.models import Building, Community, House, Unit
from saas.residents.models import Occupancy
from tenants.models import Company
from tests.estates.conftest import Estate, gid
from tests.estates.documents import (
    BUILDING_COPY,
    BUILDING_CREATE,
    BUILDING_DELETE,
    BUILDING_UPDATE,
    BUILDINGS,
    COMMUNITIES,
    COMMUNITY_CREATE,
    COMMUNITY_DELETE,
    COMMUNITY_UPDATE,
    HOUSE_CREATE,
    HOUSE_DELETE,
    HOUSE_UPDATE,
    HOUSES,
    NODE,
    STATISTICS,
    UNIT_CREATE,
    UNIT_DELETE,
    UNIT_UPDATE,
    UNITS,
)
from tests.factories import OccupancyFactory, ResidentFactory, staff_member
from tests.graphql import GraphQLClient, client_for, error_codes

Alpha = Callable[[], AbstractContextManager[Any]]

OWN_HOUSE = """
query {
  houses {
    totalCount
    edges { node { roomNumber community { name } building { name } unit { name }
                   currentOccupancies { role resident { name } } } }
  }
}
"""


def _writes(estate: Estate) -> list[tuple[str, dict[str, Any]]]:
    community, building = gid("Community", estate.community.pk), gid("Building", estate.building.pk)
    unit, house = gid("Unit", estate.unit.pk), gid("House", estate.house.pk)
    area = {"buildingArea": "90", "usableArea": "80"}
    generate = {"units": 1, "housesPerFloor": 1, **area}
    return [
        (COMMUNITY_CREATE, {"input": {"name": "新小区", "address": "北京市", "district": "DAXING"}}),
        (COMMUNITY_UPDATE, {"input": {"id": community, "name": "改名"}}),
        (COMMUNITY_DELETE, {"input": {"id": community}}),
        (BUILDING_CREATE, {"input": {"community": community, "name": "9号楼", "floorsAbove": 6, "generate": generate}}),
        (BUILDING_COPY, {"input": {"id": building, "name": "10号楼"}}),
        (BUILDING_UPDATE, {"input": {"id": building, "floorsAbove": 30}}),
        (BUILDING_DELETE, {"input": {"id": building}}),
        (UNIT_CREATE, {"input": {"building": building, "name": "3单元"}}),
        (UNIT_UPDATE, {"input": {"id": unit, "name": "改名"}}),
        (UNIT_DELETE, {"input": {"id": unit}}),
        (HOUSE_CREATE, {"input": {"unit": unit, "roomNumber": "0909", "floor": 9, **area}}),
        (HOUSE_UPDATE, {"input": {"id": house, "status": "RENTED"}}),
        (HOUSE_DELETE, {"input": {"id": house}}),
    ]


def _snapshot() -> list[Any]:
    return [
        list(Community.objects.order_by("id").values_list()),
        list(Building.objects.order_by("id").values_list()),
        list(Unit.objects.order_by("id").values_list()),
        list(House.objects.order_by("id").values_list()),
    ]


@pytest.mark.usefixtures("owner_home", "other_home")
@pytest.mark.parametrize(
    ("caller", "code"),
    [("anonymous_a", "UNAUTHENTICATED"), ("owner_a", "FORBIDDEN"), ("other_owner_a", "FORBIDDEN")],
)
def test_only_staff_may_change_the_estate(
    request: pytest.FixtureRequest, caller: str, code: str, estate: Estate, alpha: Alpha
) -> None:
    client: GraphQLClient = request.getfixturevalue(caller)
    with alpha():
        before = _snapshot()
    for document, variables in _writes(estate):
        body = client.execute(document, variables)
        assert error_codes(body) == [code], document
        assert body["data"] is None
    with alpha():
        assert _snapshot() == before


def test_a_manager_changes_houses_of_their_community_only(
    company_a: Company, estate: Estate, other_home: House, alpha: Callable[[], AbstractContextManager[Any]]
) -> None:
    with alpha():
        manager = client_for(company_a, staff_member("manager-wj", "manager", (estate.community,)))
    variables = {"input": {"id": gid("House", estate.house.pk), "status": "RENTED"}}
    payload = manager.data(HOUSE_UPDATE, variables)["houseUpdate"]
    assert payload["errors"] == [] and payload["house"]["status"] == "RENTED"
    body = manager.execute(HOUSE_UPDATE, {"input": {"id": gid("House", other_home.pk), "status": "RENTED"}})
    assert error_codes(body) == ["FORBIDDEN"] and body["data"] is None
    with alpha():
        assert House.objects.get(pk=other_home.pk).status != "rented"


def test_a_service_desk_account_may_not_change_the_estate(
    company_a: Company, estate: Estate, alpha: Callable[[], AbstractContextManager[Any]]
) -> None:
    with alpha():
        desk = client_for(company_a, staff_member("desk-wj", "service", (estate.community,)))
    body = desk.execute(HOUSE_UPDATE, {"input": {"id": gid("House", estate.house.pk), "status": "RENTED"}})
    assert error_codes(body) == ["FORBIDDEN"]
    assert desk.data(HOUSES)["houses"]["totalCount"] == 2, "but reads its community's houses"


def test_anonymous_callers_read_nothing(anonymous_a: GraphQLClient, estate: Estate) -> None:
    for document in (COMMUNITIES, BUILDINGS, UNITS, HOUSES, STATISTICS):
        body = anonymous_a.execute(document, {"community": gid("Community", estate.community.pk)})
        assert error_codes(body) == ["UNAUTHENTICATED"], document
    assert anonymous_a.execute(NODE, {"id": gid("House", estate.house.pk)})["data"] == {"node": None}


@pytest.mark.usefixtures("other_home")
def test_an_owner_sees_their_own_house_and_where_it_is(owner_a: GraphQLClient, owner_home: Occupancy) -> None:
    houses = owner_a.data(OWN_HOUSE)["houses"]
    assert houses["totalCount"] == 1
    assert houses["edges"][0]["node"] == {
        "roomNumber": "0101",
        "community": {"name": "望京花园"},
        "building": {"name": "1号楼"},
        "unit": {"name": "1单元"},
        "currentOccupancies": [{"role": "OWNER", "resident": {"name": "王业主"}}],
    }
    assert [e["node"]["name"] for e in owner_a.data(COMMUNITIES)["communities"]["edges"]] == ["望京花园"]
    assert [e["node"]["name"] for e in owner_a.data(BUILDINGS)["buildings"]["edges"]] == ["1号楼"]
    assert [e["node"]["name"] for e in owner_a.data(UNITS)["units"]["edges"]] == ["1单元"]


def test_an_owner_sees_only_their_own_occupancy_of_the_house(
    owner_a: GraphQLClient, staff_a: GraphQLClient, owner_home: Occupancy, estate: Estate, alpha: Alpha
) -> None:
    with alpha():
        OccupancyFactory(house=estate.house, resident=ResidentFactory(name="王家属"), role="family")
    mine = owner_a.data(OWN_HOUSE)["houses"]["edges"][0]["node"]["currentOccupancies"]
    assert mine == [{"role": "OWNER", "resident": {"name": "王业主"}}]
    everyone = staff_a.data(OWN_HOUSE)["houses"]["edges"][0]["node"]["currentOccupancies"]
    assert sorted(o["resident"]["name"] for o in everyone) == ["王业主", "王家属"]


@pytest.mark.usefixtures("owner_home")
def test_an_owner_of_another_house_sees_none_of_this_one(other_owner_a: GraphQLClient, estate: Estate) -> None:
    houses = other_owner_a.data(OWN_HOUSE)["houses"]
    assert [e["node"]["roomNumber"] for e in houses["edges"]] == ["0808"]
    assert [e["node"]["name"] for e in other_owner_a.data(COMMUNITIES)["communities"]["edges"]] == ["远洋山水"]
    filtered = other_owner_a.data(HOUSES, {"filter": {"community": gid("Community", estate.community.pk)}})
    assert filtered["houses"]["totalCount"] == 0
    for type_name, pk in [
        ("House", estate.house.pk),
        ("Unit", estate.unit.pk),
        ("Building", estate.building.pk),
        ("Community", estate.community.pk),
    ]:
        assert other_owner_a.data(NODE, {"id": gid(type_name, pk)})["node"] is None


def test_an_account_without_a_house_sees_an_empty_estate(owner_a: GraphQLClient, estate: Estate) -> None:
    for document, key in ((COMMUNITIES, "communities"), (BUILDINGS, "buildings"), (UNITS, "units"), (HOUSES, "houses")):
        assert owner_a.data(document)[key]["totalCount"] == 0


def test_an_owner_who_moved_out_no_longer_sees_the_house(
    owner_a: GraphQLClient, owner_home: Occupancy, alpha: Alpha
) -> None:
    with alpha():
        Occupancy.objects.filter(pk=owner_home.pk).update(move_out="2021-01-01")
    assert owner_a.data(HOUSES)["houses"]["totalCount"] == 0


@pytest.mark.usefixtures("owner_home", "other_home")
@pytest.mark.parametrize("caller", ["owner_a", "other_owner_a"])
def test_statistics_are_for_staff_only(request: pytest.FixtureRequest, caller: str, estate: Estate) -> None:
    client: GraphQLClient = request.getfixturevalue(caller)
    body = client.execute(STATISTICS, {"community": gid("Community", estate.community.pk)})
    assert error_codes(body) == ["FORBIDDEN"]


@pytest.mark.usefixtures("owner_home")
def test_the_admin_sees_every_house_and_scoped_staff_their_communities(
    company_a: Company, staff_a: GraphQLClient, estate: Estate, other_home: House, alpha: Callable[[], Any]
) -> None:
    assert staff_a.data(HOUSES)["houses"]["totalCount"] == 3
    assert staff_a.data(COMMUNITIES)["communities"]["totalCount"] == 2
    with alpha():
        technician = client_for(company_a, staff_member("tech-ys", "technician", (other_home.community,)))
        unassigned = client_for(company_a, staff_member("finance-none", "finance"))
    assert technician.data(HOUSES)["houses"]["totalCount"] == 1
    assert [e["node"]["name"] for e in technician.data(COMMUNITIES)["communities"]["edges"]] == ["远洋山水"]
    assert technician.data(NODE, {"id": gid("House", estate.house.pk)}) == {"node": None}
    assert unassigned.data(HOUSES)["houses"]["totalCount"] == 0


def test_staff_of_another_company_see_nothing_of_this_one(staff_b: GraphQLClient, estate: Estate) -> None:
    assert staff_b.data(NODE, {"id": gid("House", estate.house.pk)}) == {"node": None}
    assert staff_b.data(HOUSES)["houses"]["totalCount"] == 0
    body = staff_b.execute(HOUSE_DELETE, {"input": {"id": gid("House", estate.house.pk)}})
    assert [e["code"] for e in body["data"]["houseDelete"]["errors"]] == ["NOT_FOUND"]
