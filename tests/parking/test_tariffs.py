"""临停收费标准: versions per area that never overlap, part units free unless an override with its
reason, an itemised quote anyone who sees the tariff can ask for."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from saas.parking.models import ParkingTariff
from tests.graphql import error_codes
from tests.parking.conftest import Lot, codes, gid, mutate, today

TARIFF = (
    "tariff { validFrom validTo freeMinutes unitMinutes unitPrice dailyCap chargePartUnits overrideReason "
    "setByName area { name } }"
)


def _set(lot: Lot, **overrides: Any) -> dict[str, Any]:
    data = {
        "area": gid("ParkingArea", lot.area.pk),
        "validFrom": today().isoformat(),
        "freeMinutes": 15,
        "unitMinutes": 60,
        "unitPrice": "6.00",
        "dailyCap": "60.00",
        **overrides,
    }
    return mutate(lot.client(lot.manager), "parkingTariffSet", data, TARIFF)


def _versions(lot: Lot) -> list[tuple[Any, ...]]:
    return lot.in_schema(
        lambda: [(t.valid.lower, t.valid.upper, t.unit_price_fen) for t in ParkingTariff.objects.order_by("valid")]
    )


def test_a_new_version_ends_the_one_in_force(lot: Lot) -> None:
    first = _set(lot)
    assert first["tariff"] == {
        "validFrom": today().isoformat(),
        "validTo": None,
        "freeMinutes": 15,
        "unitMinutes": 60,
        "unitPrice": "6.00",
        "dailyCap": "60.00",
        "chargePartUnits": False,
        "overrideReason": "",
        "setByName": "周建国",
        "area": {"name": "地下车库B1"},
    }
    later = today() + datetime.timedelta(days=10)
    second = _set(lot, validFrom=later.isoformat(), unitPrice="8.00")
    assert second["errors"] == []
    assert _versions(lot) == [(today(), later, 600), (later, None, 800)]
    before = _versions(lot)
    taken = _set(lot, validFrom=(later - datetime.timedelta(days=3)).isoformat())
    assert codes(taken) == [("validFrom", "TARIFF_PERIOD_TAKEN")]
    assert _versions(lot) == before


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"unitMinutes": 0}, [("unitMinutes", "TARIFF_MINUTES_OUT_OF_RANGE")]),
        ({"freeMinutes": 2000}, [("unitMinutes", "TARIFF_MINUTES_OUT_OF_RANGE")]),
        ({"dailyCap": "5.00"}, [("dailyCap", "CAP_BELOW_UNIT_PRICE")]),
        ({"chargePartUnits": True}, [("overrideReason", "OVERRIDE_REASON_REQUIRED")]),
        ({"validFrom": "2020-01-01"}, [("validFrom", "START_IN_PAST")]),
    ],
)
def test_bad_tariffs_are_refused_and_nothing_is_written(
    lot: Lot, overrides: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    payload = _set(lot, **overrides)
    assert codes(payload) == expected and payload["tariff"] is None
    assert _versions(lot) == []


def test_a_malformed_amount_is_a_bad_request(lot: Lot) -> None:
    body = lot.client(lot.manager).execute(
        "mutation($a: ID!, $d: Date!) { parkingTariffSet(input: {area: $a, validFrom: $d, freeMinutes: 0, "
        'unitMinutes: 60, unitPrice: "6.001"}) { errors { code } } }',
        {"a": gid("ParkingArea", lot.area.pk), "d": today().isoformat()},
    )
    assert "errors" in body and body["data"] is None
    assert _versions(lot) == []


QUOTE = (
    "query($m: Int!) { parkingTariffs(inForce: true) { edges { node { chargePartUnits "
    "quote(minutes: $m) { minutes amount items { label minutes units amount capped } } } } } }"
)


def _quote(lot: Lot, user: Any, minutes: int) -> dict[str, Any]:
    edges = lot.client(user).data(QUOTE, {"m": minutes})["parkingTariffs"]["edges"]
    assert len(edges) == 1
    quote: dict[str, Any] = edges[0]["node"]["quote"]
    return quote


def test_owners_and_staff_read_an_itemised_quote(lot: Lot) -> None:
    _set(lot)
    two_and_a_half_hours = _quote(lot, lot.owner, 15 + 150)
    assert two_and_a_half_hours == {
        "minutes": 165,
        "amount": "12.00",  # two full hours; the half hour is free (art. 32(3))
        "items": [
            {"label": "免费时段", "minutes": 15, "units": 0, "amount": "0.00", "capped": False},
            {"label": "第1个24小时", "minutes": 150, "units": 2, "amount": "12.00", "capped": False},
        ],
    }
    assert _quote(lot, lot.finance, 26 * 60)["amount"] == "72.00"  # 60.00 capped + 2 hours
    body = lot.client(lot.owner).execute(QUOTE, {"m": -5})
    assert error_codes(body) == ["BAD_USER_INPUT"]


def test_the_override_charges_part_units_and_says_why(lot: Lot) -> None:
    payload = _set(lot, chargePartUnits=True, overrideReason="业主大会决议 2026-11 号")
    assert payload["tariff"]["chargePartUnits"] is True
    assert payload["tariff"]["overrideReason"] == "业主大会决议 2026-11 号"
    assert _quote(lot, lot.manager, 15 + 150)["amount"] == "18.00"


@pytest.mark.parametrize(
    ("who", "code"),
    [("anonymous", "UNAUTHENTICATED"), ("owner", "FORBIDDEN"), ("finance", "FORBIDDEN"), ("desk_y", "FORBIDDEN")],
)
def test_only_the_areas_parking_managers_set_tariffs(lot: Lot, who: str, code: str) -> None:
    client = lot.client(None if who == "anonymous" else getattr(lot, who))
    body = client.execute(
        "mutation($a: ID!, $d: Date!) { parkingTariffSet(input: {area: $a, validFrom: $d, freeMinutes: 0, "
        'unitMinutes: 60, unitPrice: "6.00"}) { errors { code } } }',
        {"a": gid("ParkingArea", lot.area.pk), "d": today().isoformat()},
    )
    assert error_codes(body) == [code] and body["data"] is None
    assert _versions(lot) == []
