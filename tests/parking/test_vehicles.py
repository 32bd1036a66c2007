"""Cars: an owner registers their own, the office a resident's; plates are checked and normalised."""

from __future__ import annotations

import pytest

from saas.parking.models import Vehicle
from tests.factories import ResidentFactory
from tests.graphql import error_codes
from tests.parking.conftest import Lot, codes, gid, mutate

VEHICLE = "vehicle { plate newEnergy residentName }"


def _plates(lot: Lot) -> list[str]:
    return lot.in_schema(lambda: list(Vehicle.objects.values_list("plate", flat=True)))


def test_an_owner_registers_their_new_energy_car(lot: Lot) -> None:
    payload = mutate(lot.client(lot.neighbour), "vehicleRegister", {"plate": "京ad 12345"}, VEHICLE)
    assert payload == {"errors": [], "vehicle": {"plate": "京AD12345", "newEnergy": True, "residentName": "李明"}}
    mine = lot.client(lot.neighbour).data("{ vehicles { edges { node { plate } } } }")
    assert mine["vehicles"]["edges"] == [{"node": {"plate": "京AD12345"}}]


def test_the_office_registers_a_residents_car_and_sees_its_communitys_cars(lot: Lot) -> None:
    payload = mutate(
        lot.client(lot.manager),
        "vehicleRegister",
        {"plate": "京C11111", "resident": gid("Resident", lot.neighbour_resident.pk)},
        VEHICLE,
    )
    assert payload["vehicle"] == {"plate": "京C11111", "newEnergy": False, "residentName": "李明"}
    listed = lot.client(lot.finance).data("{ vehicles { totalCount edges { node { plate } } } }")["vehicles"]
    assert sorted(e["node"]["plate"] for e in listed["edges"]) == ["京A12345", "京B54321", "京C11111"]
    assert lot.client(lot.desk_y).data("{ vehicles { totalCount } }")["vehicles"]["totalCount"] == 0


@pytest.mark.parametrize(
    ("plate", "expected"),
    [("京A1234", "PLATE_INVALID"), ("ABC123", "PLATE_INVALID"), ("京a-12345", "PLATE_TAKEN")],
)
def test_bad_or_taken_plates_are_refused(lot: Lot, plate: str, expected: str) -> None:
    before = _plates(lot)
    payload = mutate(lot.client(lot.neighbour), "vehicleRegister", {"plate": plate}, VEHICLE)
    assert codes(payload) == [("plate", expected)] and payload["vehicle"] is None
    assert _plates(lot) == before


def test_someone_not_living_here_cannot_have_a_car_registered(lot: Lot) -> None:
    moved_away = lot.in_schema(lambda: ResidentFactory(name="搬走了"))
    before = _plates(lot)
    payload = mutate(
        lot.client(lot.admin),
        "vehicleRegister",
        {"plate": "京D22222", "resident": gid("Resident", moved_away.pk)},
        VEHICLE,
    )
    assert codes(payload) == [("resident", "NOT_RESIDENT")]
    assert _plates(lot) == before


@pytest.mark.parametrize(
    ("who", "code"),
    [("anonymous", "UNAUTHENTICATED"), ("owner", "FORBIDDEN"), ("finance", "FORBIDDEN"), ("desk_y", "FORBIDDEN")],
)
def test_nobody_else_registers_a_residents_car(lot: Lot, who: str, code: str) -> None:
    client = lot.client(None if who == "anonymous" else getattr(lot, who))
    body = client.execute(
        'mutation($r: ID) { vehicleRegister(input: {plate: "京E33333", resident: $r}) { errors { code } } }',
        {"r": gid("Resident", lot.neighbour_resident.pk)},
    )
    assert error_codes(body) == [code] and body["data"] is None
    assert "京E33333" not in _plates(lot)
