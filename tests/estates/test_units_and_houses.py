"""unitCreate/Update/Delete and houseCreate/Update/Delete: validation, moves, delete refusals."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import pytest

from saas.core.errors import DomainError
from saas.estates import selectors
from saas.estates.errors import HouseErrorCode
from saas.estates.models import Building, House, Unit
from saas.estates.services.common import unique_or
from saas.residents.models import Occupancy, RegistrationRequest
from tests.estates.conftest import Estate, gid
from tests.estates.documents import (
    HOUSE_CREATE,
    HOUSE_DELETE,
    HOUSE_UPDATE,
    UNIT_CREATE,
    UNIT_DELETE,
    UNIT_UPDATE,
)
from tests.factories import HouseFactory, OccupancyFactory, UnitFactory
from tests.graphql import GraphQLClient

Alpha = Callable[[], AbstractContextManager[Any]]


def _errors(payload: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(e["field"], e["code"]) for e in payload["errors"]]


def _house_fields(house: House) -> tuple[Any, ...]:
    return (
        house.unit_id, house.building_id, house.community_id, house.room_number, house.floor, house.layout,
        house.building_area, house.usable_area, house.kind, house.status,
    )  # fmt: skip


# Units


def test_create_rename_and_delete_a_unit(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    created = staff_a.data(UNIT_CREATE, {"input": {"building": gid("Building", estate.building.pk), "name": " 2单元 "}})
    unit = created["unitCreate"]["unit"]
    assert (unit["name"], unit["building"]) == ("2单元", {"name": "1号楼"})
    renamed = staff_a.data(UNIT_UPDATE, {"input": {"id": unit["id"], "name": "二单元"}})["unitUpdate"]
    assert renamed == {"errors": [], "unit": {"id": unit["id"], "name": "二单元"}}
    deleted = staff_a.data(UNIT_DELETE, {"input": {"id": unit["id"]}})["unitDelete"]
    assert deleted == {"errors": [], "unit": {"id": unit["id"], "name": "二单元"}}
    with alpha():
        assert list(Unit.objects.values_list("name", flat=True)) == ["1单元"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("", [("name", "REQUIRED")]), ("单" * 51, [("name", "TOO_LONG")]), ("1单元", [("name", "NAME_TAKEN")])],
)
def test_bad_unit_names(
    staff_a: GraphQLClient, estate: Estate, alpha: Alpha, name: str, expected: list[tuple[str, str]]
) -> None:
    created = staff_a.data(UNIT_CREATE, {"input": {"building": gid("Building", estate.building.pk), "name": name}})
    assert _errors(created["unitCreate"]) == expected
    with alpha():
        assert Unit.objects.count() == 1


def test_unit_refusals(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    unknown_building = staff_a.data(UNIT_CREATE, {"input": {"building": gid("Building", 999999), "name": "2单元"}})
    assert _errors(unknown_building["unitCreate"]) == [("building", "BUILDING_NOT_FOUND")]
    with alpha():
        other = Unit.objects.create(building=estate.building, name="2单元")
    taken = staff_a.data(UNIT_UPDATE, {"input": {"id": gid("Unit", other.pk), "name": "1单元"}})
    assert _errors(taken["unitUpdate"]) == [("name", "NAME_TAKEN")]
    with_houses = staff_a.data(UNIT_DELETE, {"input": {"id": gid("Unit", estate.unit.pk)}})["unitDelete"]
    assert [(e["code"], e["message"]) for e in with_houses["errors"]] == [
        ("HAS_HOUSES", "该单元下还有 2 套房屋，请先删除房屋。")
    ]
    with alpha():
        assert sorted(Unit.objects.values_list("name", flat=True)) == ["1单元", "2单元"]


# Houses

VALID = {
    "roomNumber": "0201",
    "floor": 2,
    "layout": "3室2厅1厨2卫",
    "buildingArea": "128.6",
    "usableArea": "101.25",
    "kind": "RESIDENTIAL",
    "status": "SELF_OCCUPIED",
}


def _create(client: GraphQLClient, unit_id: int, **fields: Any) -> dict[str, Any]:
    variables = {"input": {"unit": gid("Unit", unit_id), **VALID, **fields}}
    return client.data(HOUSE_CREATE, variables)["houseCreate"]  # type: ignore[no-any-return]


def test_create_a_house_in_a_unit(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    payload = _create(staff_a, estate.unit.pk)
    assert payload["errors"] == []
    house = payload["house"]
    assert {k: house[k] for k in VALID} == {**VALID, "buildingArea": "128.60"}
    assert house["community"] == {"id": gid("Community", estate.community.pk)}
    assert house["building"] == {"id": gid("Building", estate.building.pk)}
    assert house["currentOccupancies"] == []
    with alpha():
        created = House.objects.get(room_number="0201")
        assert (created.community_id, created.building_id) == (estate.community.pk, estate.building.pk)


def test_a_house_may_have_no_layout_and_sit_in_the_basement(staff_a: GraphQLClient, estate: Estate) -> None:
    payload = _create(staff_a, estate.unit.pk, roomNumber="B101", floor=-2, layout="", kind="STORAGE")
    assert payload["errors"] == [] and payload["house"]["floor"] == -2


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"roomNumber": "  "}, [("roomNumber", "REQUIRED")]),
        ({"roomNumber": "1" * 21}, [("roomNumber", "TOO_LONG")]),
        ({"roomNumber": "0101"}, [("roomNumber", "ROOM_NUMBER_TAKEN")]),
        ({"roomNumber": " 0101 "}, [("roomNumber", "ROOM_NUMBER_TAKEN")]),
        ({"floor": 0}, [("floor", "FLOOR_OUT_OF_RANGE")]),
        ({"floor": 19}, [("floor", "FLOOR_OUT_OF_RANGE")]),
        ({"floor": -3}, [("floor", "FLOOR_OUT_OF_RANGE")]),
        ({"layout": "三室两厅"}, [("layout", "LAYOUT_INVALID")]),
        ({"layout": "3室2厅1卫1厨"}, [("layout", "LAYOUT_INVALID")]),
        ({"buildingArea": "0"}, [("buildingArea", "AREA_NOT_POSITIVE")]),
        ({"usableArea": "-5"}, [("usableArea", "AREA_NOT_POSITIVE")]),
        ({"buildingArea": "128.601"}, [("buildingArea", "AREA_PRECISION")]),
        ({"buildingArea": "10000000"}, [("buildingArea", "AREA_TOO_LARGE")]),
        ({"usableArea": "128.61"}, [("usableArea", "USABLE_EXCEEDS_BUILDING")]),
        (
            {"roomNumber": "", "floor": 0, "layout": "x", "buildingArea": "1", "usableArea": "2"},
            [
                ("roomNumber", "REQUIRED"),
                ("floor", "FLOOR_OUT_OF_RANGE"),
                ("layout", "LAYOUT_INVALID"),
                ("usableArea", "USABLE_EXCEEDS_BUILDING"),
            ],
        ),
    ],
)
def test_every_house_rule(
    staff_a: GraphQLClient, estate: Estate, alpha: Alpha, fields: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    payload = _create(staff_a, estate.unit.pk, **fields)
    assert _errors(payload) == expected
    assert payload["house"] is None
    with alpha():
        assert House.objects.count() == 2


def test_floor_message_states_the_range(staff_a: GraphQLClient, estate: Estate) -> None:
    zh = _create(staff_a, estate.unit.pk, floor=0)["errors"][0]["message"]
    assert zh == "楼层须在 -2 到 18 之间，且不能为 0。"
    body = staff_a.execute(
        HOUSE_CREATE, {"input": {"unit": gid("Unit", estate.unit.pk), **VALID, "floor": 20}}, accept_language="en"
    )
    assert body["data"]["houseCreate"]["errors"][0]["message"] == "The floor must be between -2 and 18, and not 0."


def test_the_same_number_is_fine_in_another_unit(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    with alpha():
        other = UnitFactory(building=estate.building, name="2单元")
    assert _create(staff_a, other.pk, roomNumber="0101")["errors"] == []


def test_a_duplicate_the_checks_missed_still_becomes_the_typed_error(estate: Estate, alpha: Alpha) -> None:
    """What a concurrent write that won the race looks like: the database refuses, the caller gets
    ROOM_NUMBER_TAKEN, and the transaction is still usable."""
    error = DomainError(HouseErrorCode.ROOM_NUMBER_TAKEN, field="roomNumber", number="0101")
    with alpha():
        with pytest.raises(DomainError) as caught, unique_or(lambda: error):
            HouseFactory(unit=estate.unit, room_number="0101")
        assert caught.value is error
        assert House.objects.count() == 2


def test_an_unknown_unit_is_a_payload_error(staff_a: GraphQLClient) -> None:
    assert _errors(_create(staff_a, 999999)) == [("unit", "UNIT_NOT_FOUND")]


def test_update_changes_only_the_given_fields(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    variables = {"input": {"id": gid("House", estate.house.pk), "status": "RENTED", "usableArea": "100"}}
    house = staff_a.data(HOUSE_UPDATE, variables)["houseUpdate"]["house"]
    assert (house["status"], house["usableArea"], house["roomNumber"], house["layout"]) == (
        "RENTED",
        "100.00",
        "0101",
        "3室2厅1卫",
    )


def test_update_checks_the_merged_house(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    house_id = gid("House", estate.house.pk)
    too_big = staff_a.data(HOUSE_UPDATE, {"input": {"id": house_id, "usableArea": "130"}})["houseUpdate"]
    assert _errors(too_big) == [("usableArea", "USABLE_EXCEEDS_BUILDING")]
    taken = staff_a.data(HOUSE_UPDATE, {"input": {"id": house_id, "roomNumber": "0102"}})["houseUpdate"]
    assert _errors(taken) == [("roomNumber", "ROOM_NUMBER_TAKEN")]
    same = staff_a.data(HOUSE_UPDATE, {"input": {"id": house_id, "roomNumber": "0101"}})["houseUpdate"]
    assert same["errors"] == []
    with alpha():
        estate.house.refresh_from_db()
        assert str(estate.house.usable_area) == "98.30"


def test_moving_a_house_to_another_unit_moves_its_building_and_community(
    staff_a: GraphQLClient, estate: Estate, alpha: Alpha
) -> None:
    with alpha():
        elsewhere = UnitFactory(building__name="7号楼", building__floors_above=6, building__floors_below=0)
    house_id = gid("House", estate.house.pk)
    wrong_floor = staff_a.data(HOUSE_UPDATE, {"input": {"id": house_id, "unit": gid("Unit", elsewhere.pk), "floor": 9}})
    assert _errors(wrong_floor["houseUpdate"]) == [("floor", "FLOOR_OUT_OF_RANGE")]
    moved = staff_a.data(HOUSE_UPDATE, {"input": {"id": house_id, "unit": gid("Unit", elsewhere.pk)}})["houseUpdate"]
    assert moved["errors"] == []
    with alpha():
        building = Building.objects.get(pk=elsewhere.building_id)
        assert moved["house"]["building"] == {"id": gid("Building", building.pk)}
        assert moved["house"]["community"] == {"id": gid("Community", building.community_id)}
        house = House.objects.get(pk=estate.house.pk)
        assert (house.unit_id, house.building_id, house.community_id) == (
            elsewhere.pk,
            building.pk,
            building.community_id,
        )


def test_a_refused_update_changes_nothing(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    with alpha():
        before = _house_fields(House.objects.get(pk=estate.house.pk))
    variables = {"input": {"id": gid("House", estate.house.pk), "status": "RENTED", "layout": "bad", "floor": 2}}
    assert _errors(staff_a.data(HOUSE_UPDATE, variables)["houseUpdate"]) == [("layout", "LAYOUT_INVALID")]
    with alpha():
        assert _house_fields(House.objects.get(pk=estate.house.pk)) == before


def test_delete_a_house_nobody_lived_in(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    house_id = gid("House", estate.neighbour.pk)
    payload = staff_a.data(HOUSE_DELETE, {"input": {"id": house_id}})["houseDelete"]
    assert payload == {"errors": [], "house": {"id": house_id, "roomNumber": "0102"}}
    with alpha():
        assert not House.objects.filter(pk=estate.neighbour.pk).exists()


def test_a_house_with_residents_past_or_present_cannot_be_deleted(
    staff_a: GraphQLClient, estate: Estate, alpha: Alpha
) -> None:
    with alpha():
        OccupancyFactory(house=estate.house)
        OccupancyFactory(house=estate.house, move_in="2019-01-01", move_out="2020-01-01")
    payload = staff_a.data(HOUSE_DELETE, {"input": {"id": gid("House", estate.house.pk)}})["houseDelete"]
    assert [(e["code"], e["message"]) for e in payload["errors"]] == [
        ("HAS_RESIDENTS", "该房屋有 2 条住户入住记录，不能删除。")
    ]
    with alpha():
        assert House.objects.filter(pk=estate.house.pk).exists()
        assert Occupancy.objects.count() == 2


@pytest.fixture
def bills_on_the_neighbour(estate: Estate) -> Iterator[None]:
    """What finance will register: here, a check that says the neighbour's house has bills."""
    checks = selectors._house_bills_checks
    checks.append(lambda house_id: house_id == estate.neighbour.pk)
    yield
    checks.pop()


@pytest.mark.usefixtures("bills_on_the_neighbour")
def test_a_house_with_bills_cannot_be_deleted(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    payload = staff_a.data(HOUSE_DELETE, {"input": {"id": gid("House", estate.neighbour.pk)}})["houseDelete"]
    assert _errors(payload) == [("id", "HAS_BILLS")]
    with alpha():
        assert House.objects.filter(pk=estate.neighbour.pk).exists()


def test_without_a_finance_check_no_house_has_bills(estate: Estate, alpha: Alpha) -> None:
    with alpha():
        assert selectors.house_has_bills(house_id=estate.house.pk) is False


def test_a_house_with_registration_requests_cannot_be_deleted(
    staff_a: GraphQLClient, owner_user_a: Any, estate: Estate, alpha: Alpha
) -> None:
    with alpha():
        RegistrationRequest.objects.create(
            user=owner_user_a, house=estate.neighbour, name="赵申请", phone="13700001111", status="rejected"
        )
    payload = staff_a.data(HOUSE_DELETE, {"input": {"id": gid("House", estate.neighbour.pk)}})["houseDelete"]
    assert _errors(payload) == [("id", "HAS_REGISTRATION_REQUESTS")]
    with alpha():
        assert House.objects.filter(pk=estate.neighbour.pk).exists()
