"""Areas and spaces: the office sets them up; numbers are unique in an area, an area holds at most
its capacity, an owned space names an owner of the community and records their 产权."""

from __future__ import annotations

import pytest

from saas.parking.models import ParkingArea, ParkingRight, ParkingSpace, RightKind
from tests.graphql import error_codes
from tests.parking.conftest import Lot, codes, gid, mutate

AREA = "area { name kind capacity spaceCount occupiedCount community { name } }"
SPACE = "space { number kind ownerName occupied area { name } }"


def _counts(lot: Lot) -> tuple[int, int, int]:
    return lot.in_schema(
        lambda: (ParkingArea.objects.count(), ParkingSpace.objects.count(), ParkingRight.objects.count())
    )


def test_the_manager_sets_up_an_area_and_its_spaces(lot: Lot) -> None:
    manager = lot.client(lot.manager)
    area = mutate(
        manager,
        "parkingAreaCreate",
        {"community": gid("Community", lot.x.pk), "name": "地面停车场", "kind": "ABOVE_GROUND", "capacity": 2},
        AREA,
    )
    assert area["errors"] == []
    assert area["area"] == {
        "name": "地面停车场",
        "kind": "ABOVE_GROUND",
        "capacity": 2,
        "spaceCount": 0,
        "occupiedCount": 0,
        "community": {"name": "京华园"},
    }
    area_id = lot.in_schema(lambda: ParkingArea.objects.get(name="地面停车场").pk)
    owned = mutate(
        manager,
        "parkingSpaceCreate",
        {
            "area": gid("ParkingArea", area_id),
            "number": "a-01",
            "kind": "OWNED",
            "owner": gid("Resident", lot.neighbour_resident.pk),
        },
        SPACE,
    )
    assert owned["space"] == {
        "number": "A-01",
        "kind": "OWNED",
        "ownerName": "李明",
        "occupied": True,
        "area": {"name": "地面停车场"},
    }
    right = lot.in_schema(lambda: ParkingRight.objects.get(space__number="A-01"))
    assert (right.kind, right.state, right.period.upper) == (RightKind.OWNERSHIP, "active", None)
    ev = mutate(
        manager,
        "parkingSpaceCreate",
        {"area": gid("ParkingArea", area_id), "number": "A-02", "kind": "EV_CHARGING"},
        SPACE,
    )
    assert ev["space"]["occupied"] is False
    full = mutate(
        manager,
        "parkingSpaceCreate",
        {"area": gid("ParkingArea", area_id), "number": "A-03", "kind": "RENTABLE"},
        SPACE,
    )
    assert codes(full) == [("area", "AREA_FULL")]


@pytest.mark.parametrize(
    ("input", "expected"),
    [
        ({"number": "B1-001", "kind": "RENTABLE"}, [("number", "SPACE_NUMBER_TAKEN")]),
        ({"number": "B1 001!", "kind": "RENTABLE"}, [("number", "SPACE_NUMBER_INVALID")]),
        ({"number": "B1-009", "kind": "OWNED"}, [("owner", "OWNER_REQUIRED")]),
        ({"number": "B1-009", "kind": "RENTABLE", "owner": "owner"}, [("owner", "OWNER_ONLY_FOR_OWNED")]),
        ({"number": "B1-009", "kind": "OWNED", "owner": "tenant"}, [("owner", "NOT_AN_OWNER")]),
    ],
)
def test_bad_spaces_are_refused_and_nothing_is_written(
    lot: Lot, input: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    people = {"owner": lot.owner_resident, "tenant": lot.tenant_resident}
    if "owner" in input:
        input = {**input, "owner": gid("Resident", people[input["owner"]].pk)}
    before = _counts(lot)
    payload = mutate(
        lot.client(lot.manager), "parkingSpaceCreate", {"area": gid("ParkingArea", lot.area.pk), **input}, SPACE
    )
    assert codes(payload) == expected and payload["space"] is None
    assert _counts(lot) == before


def test_bad_areas_report_every_field_in_english_on_request(lot: Lot) -> None:
    payload = mutate(
        lot.client(lot.manager, language="en"),
        "parkingAreaCreate",
        {"community": gid("Community", lot.x.pk), "name": "地下车库B1", "kind": "UNDERGROUND", "capacity": 0},
        AREA,
    )
    assert codes(payload) == [("capacity", "CAPACITY_OUT_OF_RANGE"), ("name", "AREA_NAME_TAKEN")]
    assert payload["errors"][0]["message"] == "The capacity must be between 1 and 10000."


@pytest.mark.parametrize(
    ("who", "code"),
    [("anonymous", "UNAUTHENTICATED"), ("owner", "FORBIDDEN"), ("finance", "FORBIDDEN"), ("desk_y", "FORBIDDEN")],
)
def test_only_parking_managers_of_the_community_set_up_spaces(lot: Lot, who: str, code: str) -> None:
    client = lot.client(None if who == "anonymous" else getattr(lot, who))
    before = _counts(lot)
    body = client.execute(
        'mutation($a: ID!) { parkingSpaceCreate(input: {area: $a, number: "X-1", kind: RENTABLE}) '
        "{ errors { code } } }",
        {"a": gid("ParkingArea", lot.area.pk)},
    )
    assert error_codes(body) == [code] and body["data"] is None
    assert _counts(lot) == before


def test_staff_see_occupancy_per_area_and_owners_see_where_they_live(lot: Lot) -> None:
    query = "{ parkingAreas { edges { node { name spaceCount occupiedCount } } } }"
    expected = [{"node": {"name": "地下车库B1", "spaceCount": 5, "occupiedCount": 0}}]
    for user in (lot.manager, lot.finance, lot.owner, lot.admin):
        assert lot.client(user).data(query)["parkingAreas"]["edges"] == expected
    for user in (lot.desk_y, lot.owner_y):
        assert lot.client(user).data(query)["parkingAreas"]["edges"] == []
    assert error_codes(lot.client(None).execute(query)) == ["UNAUTHENTICATED"]
