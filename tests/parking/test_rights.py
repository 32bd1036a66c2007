"""No double booking, decided by PostgreSQL: two reserved or active rights of one space never
overlap, whatever the code above the database does; the office's leases meet it as SPACE_UNAVAILABLE."""

from __future__ import annotations

import datetime

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.backends.postgresql.psycopg_any import DateRange
from django_tenants.utils import tenant_context

from saas.parking.models import ParkingRight, RightKind, RightState
from tests.graphql import error_codes
from tests.parking.conftest import Lot, codes, gid, mutate, today

RIGHT = "right { kind state start end holderName space { number occupied } vehicle { plate } }"


def _grant(lot: Lot, **overrides: object) -> dict[str, object]:
    data = {
        "space": gid("ParkingSpace", lot.spaces[0].pk),
        "holder": gid("Resident", lot.owner_resident.pk),
        "start": today().isoformat(),
        "months": 3,
        **overrides,
    }
    return mutate(lot.client(lot.manager), "parkingRightGrant", data, RIGHT)


def _rights(lot: Lot) -> int:
    return lot.in_schema(lambda: ParkingRight.objects.count())


def test_the_exclusions_need_no_contrib_extension(lot: Lot) -> None:
    """The embedded PostgreSQL of ``make demo`` ships no contrib: every operator class of the
    parking exclusion indexes must be PostgreSQL's own (pg_catalog), in the template and a tenant."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT n.nspname, i.indexrelid::regclass::text, oc.opcname "
            "FROM pg_constraint c JOIN pg_index i ON i.indexrelid = c.conindid "
            "JOIN pg_opclass oc ON oc.oid = ANY(i.indclass::oid[]) JOIN pg_namespace n ON n.oid = oc.opcnamespace "
            "WHERE c.contype = 'x' AND c.conname IN ('parking_right_no_double_booking', 'parking_tariff_no_overlap')"
        )
        rows = cursor.fetchall()
    assert {name for _, _, name in rows} == {"range_ops"}
    assert {schema for schema, _, _ in rows} == {"pg_catalog"}
    assert len({index for _, index, _ in rows}) >= 4  # both constraints, in at least two schemas


def test_a_lease_holds_its_space_for_its_months(lot: Lot) -> None:
    payload = _grant(lot, vehicle=gid("Vehicle", lot.car.pk))
    start = today()
    assert payload["errors"] == []
    assert payload["right"]["kind"] == "LEASE" and payload["right"]["state"] == "ACTIVE"
    assert payload["right"]["start"] == start.isoformat()
    assert payload["right"]["space"] == {"number": "B1-001", "occupied": True}
    assert payload["right"]["vehicle"] == {"plate": "京A12345"}
    assert payload["right"]["end"] > start.isoformat()


def test_an_overlapping_lease_is_refused_and_an_adjacent_one_is_not(lot: Lot) -> None:
    first = _grant(lot, months=1)
    end = first["right"]["end"]
    overlapping = _grant(
        lot, holder=gid("Resident", lot.neighbour_resident.pk), start=(today() + datetime.timedelta(days=3)).isoformat()
    )
    assert codes(overlapping) == [("space", "SPACE_UNAVAILABLE")] and overlapping["right"] is None
    assert _rights(lot) == 1
    adjacent = _grant(lot, holder=gid("Resident", lot.neighbour_resident.pk), start=end)
    assert adjacent["errors"] == [] and adjacent["right"]["start"] == end


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"months": 0}, [("months", "MONTHS_OUT_OF_RANGE")]),
        ({"months": 13}, [("months", "MONTHS_OUT_OF_RANGE")]),
        ({"start": "2020-01-01"}, [("start", "START_IN_PAST")]),
        ({"holder": "tenant", "months": 2}, [("months", "MONTH_BY_MONTH_ONLY")]),
        ({"holder": "owner_y"}, [("holder", "NOT_RESIDENT")]),
        ({"space": "pool"}, [("space", "SPACE_NOT_RENTABLE")]),
    ],
)
def test_bad_leases_are_refused_and_nothing_is_written(
    lot: Lot, overrides: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    if overrides.get("holder") == "tenant":
        overrides["holder"] = gid("Resident", lot.tenant_resident.pk)
    if overrides.get("holder") == "owner_y":
        overrides["holder"] = gid("Resident", lot.in_schema(lambda: lot.owner_y.resident.pk))
    if overrides.get("space") == "pool":
        overrides["space"] = gid("ParkingSpace", lot.pool_space.pk)
    payload = _grant(lot, **overrides)
    assert codes(payload) == expected
    assert _rights(lot) == 0


def test_the_database_refuses_an_overlap_that_bypasses_the_services(lot: Lot) -> None:
    with tenant_context(lot.company):
        period = DateRange(today(), today() + datetime.timedelta(days=30), "[)")
        ParkingRight.objects.create(
            space=lot.spaces[1], holder=lot.owner_resident, kind=RightKind.LEASE, state=RightState.ACTIVE, period=period
        )
        later = DateRange(today() + datetime.timedelta(days=29), None, "[)")
        with pytest.raises(IntegrityError, match="parking_right_no_double_booking"), transaction.atomic():
            ParkingRight.objects.create(
                space=lot.spaces[1],
                holder=lot.neighbour_resident,
                kind=RightKind.MONTHLY,
                state=RightState.RESERVED,
                period=later,
            )
        # A cancelled right holds nothing: the same days may be given again.
        ParkingRight.objects.create(
            space=lot.spaces[1],
            holder=lot.neighbour_resident,
            kind=RightKind.MONTHLY,
            state=RightState.CANCELLED,
            period=later,
        )


@pytest.mark.parametrize(
    ("who", "code"),
    [("anonymous", "UNAUTHENTICATED"), ("owner", "FORBIDDEN"), ("finance", "FORBIDDEN"), ("desk_y", "FORBIDDEN")],
)
def test_only_the_communitys_parking_managers_grant_leases(lot: Lot, who: str, code: str) -> None:
    client = lot.client(None if who == "anonymous" else getattr(lot, who))
    body = client.execute(
        "mutation($s: ID!, $h: ID!, $d: Date!) "
        "{ parkingRightGrant(input: {space: $s, holder: $h, start: $d, months: 1}) { errors { code } } }",
        {
            "s": gid("ParkingSpace", lot.spaces[0].pk),
            "h": gid("Resident", lot.owner_resident.pk),
            "d": today().isoformat(),
        },
    )
    assert error_codes(body) == [code] and body["data"] is None
    assert _rights(lot) == 0
