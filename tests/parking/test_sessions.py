"""临停: stays from gate events — one open stay per plate and area, priced at exit by the tariff in
force at entry (full units only), exit before entry refused, nothing changed by a refusal."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.utils import timezone

from saas.parking.models import ParkingSession
from saas.parking.services.sessions import vehicle_entry_record
from saas.parking.services.tariffs import TariffTerms
from tests.graphql import QueryLog, error_codes
from tests.parking.conftest import Lot, codes, gid, mutate, tariff_in_force, today

SESSION = "session { plate enteredAt exitedAt fee area { name } quote { amount items { label units amount } } }"


@pytest.fixture
def tariff(lot: Lot) -> None:
    terms = TariffTerms(today(), free_minutes=15, unit_minutes=60, unit_price_fen=600, daily_cap_fen=6000)
    lot.in_schema(lambda: tariff_in_force(lot.area, terms, lot.manager))


def _event(lot: Lot, name: str, plate: str, at: datetime.datetime | None = None, user: Any = None) -> dict[str, Any]:
    data: dict[str, Any] = {"area": gid("ParkingArea", lot.area.pk), "plate": plate}
    if at is not None:
        data["at"] = at.isoformat()
    return mutate(lot.client(user or lot.manager), name, data, SESSION)


def _sessions(lot: Lot) -> list[tuple[Any, ...]]:
    return lot.in_schema(
        lambda: list(ParkingSession.objects.order_by("pk").values_list("plate", "entered_at", "exited_at", "fee_fen"))
    )


def test_a_stay_is_priced_at_exit_by_full_hours(lot: Lot, tariff: None) -> None:
    entered = timezone.now() - datetime.timedelta(minutes=15 + 150)
    entry = _event(lot, "vehicleEntryRecord", "京a·12345", entered)
    assert entry["errors"] == [] and entry["session"]["plate"] == "京A12345" and entry["session"]["fee"] is None
    exit_ = _event(lot, "vehicleExitRecord", "京A12345")
    assert exit_["errors"] == []
    assert exit_["session"]["fee"] == "12.00"  # two full hours; the part hour is free
    assert exit_["session"]["quote"]["items"][-1] == {"label": "第1个24小时", "units": 2, "amount": "12.00"}
    again = _event(lot, "vehicleEntryRecord", "京A12345")  # it may come back once it has left
    assert again["errors"] == []


def test_one_open_stay_per_plate_and_area(lot: Lot, tariff: None) -> None:
    _event(lot, "vehicleEntryRecord", "京B54321")
    before = _sessions(lot)
    assert codes(_event(lot, "vehicleEntryRecord", "京B54321")) == [("plate", "SESSION_OPEN")]
    assert _sessions(lot) == before


@pytest.mark.parametrize(
    ("name", "plate", "at", "expected"),
    [
        ("vehicleExitRecord", "京B54321", -60, [("at", "EXIT_BEFORE_ENTRY")]),
        ("vehicleExitRecord", "京C99999", None, [("plate", "NO_OPEN_SESSION")]),
        ("vehicleEntryRecord", "B54321", None, [("plate", "PLATE_INVALID")]),
        ("vehicleEntryRecord", "京D11111", 60, [("at", "EVENT_IN_FUTURE")]),
    ],
)
def test_bad_gate_events_are_refused_and_change_nothing(
    lot: Lot, tariff: None, name: str, plate: str, at: int | None, expected: list[tuple[str, str]]
) -> None:
    entered = timezone.now() - datetime.timedelta(minutes=30)
    lot.in_schema(lambda: vehicle_entry_record(area_id=lot.area.pk, plate="京B54321", at=entered, actor=lot.manager))
    before = _sessions(lot)
    moment = entered + datetime.timedelta(minutes=at) if at is not None else None
    payload = _event(lot, name, plate, moment)
    assert codes(payload) == expected and payload["session"] is None
    assert _sessions(lot) == before


def test_owners_see_their_cars_stays_and_staff_their_areas(lot: Lot, tariff: None) -> None:
    _event(lot, "vehicleEntryRecord", "京A12345")  # 张伟's registered car
    _event(lot, "vehicleEntryRecord", "京Z77777")  # a visitor
    query = "{ parkingSessions(inside: true) { totalCount edges { node { plate } } } }"
    assert lot.client(lot.owner).data(query)["parkingSessions"]["edges"] == [{"node": {"plate": "京A12345"}}]
    assert lot.client(lot.finance).data(query)["parkingSessions"]["totalCount"] == 2
    assert lot.client(lot.desk_y).data(query)["parkingSessions"]["totalCount"] == 0
    assert lot.client(lot.neighbour).data(query)["parkingSessions"]["totalCount"] == 0
    listing = (
        "query($f: Int!) { parkingSessions(first: $f) { totalCount edges { node { plate fee area { name } "
        "tariff { unitPrice } quote { amount } } } } }"
    )
    client = lot.client(lot.manager)
    client.data(listing, {"f": 1})
    counts = []
    for first in (1, 2):
        with QueryLog() as log:
            client.data(listing, {"f": first})
        counts.append(log.count())
    assert counts == [counts[0]] * 2


@pytest.mark.parametrize(
    ("who", "code"),
    [("anonymous", "UNAUTHENTICATED"), ("owner", "FORBIDDEN"), ("finance", "FORBIDDEN"), ("desk_y", "FORBIDDEN")],
)
def test_only_the_areas_parking_staff_record_gate_events(lot: Lot, who: str, code: str) -> None:
    client = lot.client(None if who == "anonymous" else getattr(lot, who))
    body = client.execute(
        'mutation($a: ID!) { vehicleEntryRecord(input: {area: $a, plate: "京A12345"}) { errors { code } } }',
        {"a": gid("ParkingArea", lot.area.pk)},
    )
    assert error_codes(body) == [code] and body["data"] is None
    assert _sessions(lot) == []
