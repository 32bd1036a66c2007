"""Occupancies: start and end, the primary contact, the joint-owner policy, a house's occupancies."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest

from saas.estates.models import House
from saas.residents.models import Occupancy, ResidentPolicy
from tests.factories import HouseFactory, OccupancyFactory, ResidentFactory
from tests.graphql import GraphQLClient
from tests.residents.conftest import codes, gid, payload

START = """
mutation OccupancyStart($input: OccupancyStartInput!) {
  occupancyStart(input: $input) {
    errors { field message code }
    occupancy { id role moveIn moveOut isPrimaryContact isActive house { roomNumber } resident { name } }
  }
}
"""
END = """
mutation OccupancyEnd($input: OccupancyEndInput!) {
  occupancyEnd(input: $input) { errors { field message code } occupancy { moveOut isActive } }
}
"""
POLICY_UPDATE = """
mutation ResidentPolicyUpdate($input: ResidentPolicyUpdateInput!) {
  residentPolicyUpdate(input: $input) { errors { field code } policy { allowJointOwners } }
}
"""
OCCUPANCIES = """
query Occupancies($house: ID!, $includeEnded: Boolean) {
  occupancies(house: $house, includeEnded: $includeEnded) {
    totalCount edges { node { role moveOut isPrimaryContact resident { name } } }
  }
}
"""
CURRENT = """
query House($id: ID!) {
  node(id: $id) { ... on House { currentOccupancies { role isPrimaryContact resident { name } } } }
}
"""

Alpha = Callable[[], Any]
TODAY = datetime.date.today()


@pytest.fixture
def house(alpha: Alpha) -> House:
    with alpha():
        return HouseFactory()  # type: ignore[no-any-return]


def start(client: GraphQLClient, resident: Any, house: House, **fields: Any) -> dict[str, Any]:
    data = {
        "resident": gid("Resident", resident.pk),
        "house": gid("House", house.pk),
        "role": "OWNER",
        "moveIn": "2022-03-01",
        **fields,
    }
    return payload(client.execute(START, {"input": data}), "occupancyStart")


def new_resident(alpha: Alpha, name: str) -> Any:
    with alpha():
        return ResidentFactory(name=name)


def test_start_an_occupancy(staff_a: GraphQLClient, alpha: Alpha, house: House) -> None:
    result = start(staff_a, new_resident(alpha, "王建国"), house, isPrimaryContact=True)
    assert result["errors"] == []
    assert {k: v for k, v in result["occupancy"].items() if k != "id"} == {
        "role": "OWNER",
        "moveIn": "2022-03-01",
        "moveOut": None,
        "isPrimaryContact": True,
        "isActive": True,
        "house": {"roomNumber": house.room_number},
        "resident": {"name": "王建国"},
    }


def test_a_new_primary_contact_replaces_the_previous_one(staff_a: GraphQLClient, alpha: Alpha, house: House) -> None:
    first = start(staff_a, new_resident(alpha, "甲"), house, isPrimaryContact=True)["occupancy"]
    second = start(staff_a, new_resident(alpha, "乙"), house, role="TENANT", isPrimaryContact=True)["occupancy"]
    third = start(staff_a, new_resident(alpha, "丙"), house, role="FAMILY")["occupancy"]
    assert second["isPrimaryContact"] and not third["isPrimaryContact"]
    with alpha():
        assert list(Occupancy.objects.filter(is_primary_contact=True).values_list("resident__name", flat=True)) == [
            "乙"
        ]
    current = staff_a.data(CURRENT, {"id": gid("House", house.pk)})["node"]["currentOccupancies"]
    assert current[0] == {"role": "TENANT", "isPrimaryContact": True, "resident": {"name": "乙"}}
    assert first["id"] != second["id"]


def test_an_ended_primary_contact_keeps_its_flag_in_history(staff_a: GraphQLClient, alpha: Alpha, house: House) -> None:
    with alpha():
        old = OccupancyFactory(house=house, move_out=datetime.date(2021, 1, 1), is_primary_contact=True)
    start(staff_a, new_resident(alpha, "新业主"), house, isPrimaryContact=True)
    with alpha():
        old.refresh_from_db()
    assert old.is_primary_contact


def test_a_resident_cannot_occupy_the_same_house_twice_at_once(
    staff_a: GraphQLClient, alpha: Alpha, house: House
) -> None:
    resident = new_resident(alpha, "王")
    start(staff_a, resident, house)
    again = start(staff_a, resident, house, role="FAMILY", moveIn="2023-01-01")
    assert codes(again) == [("resident", "ALREADY_OCCUPYING")] and again["occupancy"] is None


def test_unknown_house_or_resident(staff_a: GraphQLClient, alpha: Alpha, house: House) -> None:
    resident = new_resident(alpha, "王")
    missing_house = payload(
        staff_a.execute(
            START,
            {
                "input": {
                    "resident": gid("Resident", resident.pk),
                    "house": gid("House", 999999),
                    "role": "OWNER",
                    "moveIn": "2022-01-01",
                }
            },
        ),
        "occupancyStart",
    )
    assert codes(missing_house) == [("house", "HOUSE_NOT_FOUND")]
    missing_resident = payload(
        staff_a.execute(
            START,
            {
                "input": {
                    "resident": gid("Resident", 999999),
                    "house": gid("House", house.pk),
                    "role": "OWNER",
                    "moveIn": "2022-01-01",
                }
            },
        ),
        "occupancyStart",
    )
    assert codes(missing_resident) == [("resident", "RESIDENT_NOT_FOUND")]


def test_joint_owners_are_allowed_by_default(staff_a: GraphQLClient, alpha: Alpha, house: House) -> None:
    start(staff_a, new_resident(alpha, "甲"), house)
    assert start(staff_a, new_resident(alpha, "乙"), house)["errors"] == []


def test_policy_can_forbid_a_second_active_owner(staff_a: GraphQLClient, alpha: Alpha, house: House) -> None:
    result = payload(staff_a.execute(POLICY_UPDATE, {"input": {"allowJointOwners": False}}), "residentPolicyUpdate")
    assert result == {"errors": [], "policy": {"allowJointOwners": False}}
    start(staff_a, new_resident(alpha, "甲"), house)
    second = start(staff_a, new_resident(alpha, "乙"), house)
    assert codes(second) == [("role", "JOINT_OWNER_FORBIDDEN")]
    assert second["errors"][0]["message"] == "按本公司住户规则，一套房屋同一时间只能有一名业主，该房屋已有业主。"
    assert start(staff_a, new_resident(alpha, "租户"), house, role="TENANT")["errors"] == []
    with alpha():
        assert Occupancy.objects.filter(role="owner").count() == 1


def test_with_one_owner_only_a_new_owner_may_start_when_the_old_one_has_moved_out(
    staff_a: GraphQLClient, alpha: Alpha, house: House
) -> None:
    with alpha():
        ResidentPolicy.objects.update_or_create(pk=1, defaults={"allow_joint_owners": False})
        OccupancyFactory(house=house, move_in=datetime.date(2015, 1, 1), move_out=datetime.date(2022, 6, 1))
    overlapping = start(staff_a, new_resident(alpha, "早"), house, moveIn="2022-05-31")
    assert codes(overlapping) == [("role", "JOINT_OWNER_FORBIDDEN")]
    assert start(staff_a, new_resident(alpha, "新"), house, moveIn="2022-06-01")["errors"] == []


def test_end_an_occupancy(staff_a: GraphQLClient, alpha: Alpha, house: House) -> None:
    occupancy_id = start(staff_a, new_resident(alpha, "王"), house)["occupancy"]["id"]
    result = payload(staff_a.execute(END, {"input": {"id": occupancy_id, "moveOut": str(TODAY)}}), "occupancyEnd")
    assert result == {"errors": [], "occupancy": {"moveOut": str(TODAY), "isActive": False}}


def test_a_planned_move_out_keeps_the_occupancy_active_until_then(
    staff_a: GraphQLClient, alpha: Alpha, house: House
) -> None:
    occupancy_id = start(staff_a, new_resident(alpha, "王"), house)["occupancy"]["id"]
    later = str(TODAY + datetime.timedelta(days=30))
    result = payload(staff_a.execute(END, {"input": {"id": occupancy_id, "moveOut": later}}), "occupancyEnd")
    assert result["occupancy"] == {"moveOut": later, "isActive": True}


@pytest.mark.parametrize("move_out", ["2022-03-01", "2021-12-31"])
def test_move_out_must_follow_move_in(staff_a: GraphQLClient, alpha: Alpha, house: House, move_out: str) -> None:
    occupancy_id = start(staff_a, new_resident(alpha, "王"), house)["occupancy"]["id"]
    result = payload(staff_a.execute(END, {"input": {"id": occupancy_id, "moveOut": move_out}}), "occupancyEnd")
    assert codes(result) == [("moveOut", "MOVE_OUT_NOT_AFTER_MOVE_IN")]
    assert result["errors"][0]["message"] == "迁出日期须晚于入住日期（2022-03-01）。"
    with alpha():
        assert Occupancy.objects.get().move_out is None


def test_an_occupancy_ends_once(staff_a: GraphQLClient, alpha: Alpha, house: House) -> None:
    occupancy_id = start(staff_a, new_resident(alpha, "王"), house)["occupancy"]["id"]
    staff_a.execute(END, {"input": {"id": occupancy_id, "moveOut": "2023-01-01"}})
    again = payload(staff_a.execute(END, {"input": {"id": occupancy_id, "moveOut": "2024-01-01"}}), "occupancyEnd")
    assert codes(again) == [("id", "OCCUPANCY_ALREADY_ENDED")]
    unknown = payload(
        staff_a.execute(END, {"input": {"id": gid("Occupancy", 999999), "moveOut": "2024-01-01"}}), "occupancyEnd"
    )
    assert codes(unknown) == [("id", "OCCUPANCY_NOT_FOUND")]


def test_occupancies_of_a_house_now_and_in_history(staff_a: GraphQLClient, alpha: Alpha, house: House) -> None:
    with alpha():
        OccupancyFactory(house=house, resident__name="旧业主", move_out=datetime.date(2020, 6, 1), move_in="2010-1-1")
        OccupancyFactory(house=house, resident__name="现业主", move_in=datetime.date(2020, 6, 1))
        OccupancyFactory(
            house=house,
            resident__name="将入住",
            role="tenant",
            is_primary_contact=False,
            move_in=TODAY + datetime.timedelta(days=7),
        )
        OccupancyFactory(resident__name="别家")
    variables: dict[str, Any] = {"house": gid("House", house.pk)}
    now = staff_a.data(OCCUPANCIES, variables)["occupancies"]
    assert [e["node"]["resident"]["name"] for e in now["edges"]] == ["现业主", "将入住"]
    history = staff_a.data(OCCUPANCIES, {**variables, "includeEnded": True})["occupancies"]
    assert history["totalCount"] == 3


def test_policy_is_readable_by_staff(staff_a: GraphQLClient) -> None:
    assert staff_a.data("{ residentPolicy { allowJointOwners } }") == {"residentPolicy": {"allowJointOwners": True}}
