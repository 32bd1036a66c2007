"""The staff app's house list: 100 houses with building, unit and current residents (phones
included), through the whole in-process stack (middleware, token auth, GraphQL, optimizer),
against a hand-written psycopg query returning the same data, in a company with 20,000 houses and
40,000 residents.

Both sides stop where a server's work ends: the raw side at ``json.dumps``, the GraphQL side at the
answer's bytes (decoded once, outside the timing, to check the page). The bench runs as production
does, with ``DEBUG`` off (``saas/settings/prod.py``): DEBUG logs every SQL statement on the
connection and makes WhiteNoise look for a static file on each request, costs no server pays.
"""

from __future__ import annotations

import json
import time
from datetime import date
from decimal import Decimal
from typing import Any

import psycopg
from django.conf import settings
from django.db import connection, transaction
from django.test.utils import override_settings
from django_tenants.utils import schema_context

from saas.accounts.models import User
from saas.estates.models import Building, Community, House, Unit
from saas.residents.models import Occupancy, Resident
from tenants.models import Company
from tests.bench.common import bench_company, count_statements, graphql_caller, graphql_data, paired_medians

HOUSES, PAGE, SAMPLES = 20_000, 100, 60
QUERY = """
query HouseList($first: Int!) {
  houses(first: $first) {
    edges {
      node {
        id roomNumber floor layout buildingArea usableArea kind status
        building { id name }
        unit { id name }
        currentOccupancies { role isPrimaryContact resident { id name phone } }
      }
    }
  }
}
"""
RAW_HOUSES = """
SELECT h.id, h.room_number, h.floor, h.layout, h.building_area, h.usable_area, h.kind, h.status,
       b.id, b.name, u.id, u.name
FROM estates_house h JOIN estates_building b ON b.id = h.building_id JOIN estates_unit u ON u.id = h.unit_id
ORDER BY h.community_id, h.building_id, h.unit_id, h.floor, h.room_number
LIMIT %s
"""
RAW_OCCUPANCIES = """
SELECT o.house_id, o.role, o.is_primary_contact, r.id, r.name, r.phone
FROM residents_occupancy o JOIN residents_resident r ON r.id = o.resident_id
WHERE o.house_id = ANY(%s) AND o.move_in <= current_date AND (o.move_out IS NULL OR o.move_out > current_date)
ORDER BY o.house_id, o.is_primary_contact DESC, o.move_in, o.id
"""


def _seed(company: Company) -> None:
    with schema_context(company.schema_name), transaction.atomic():
        communities = Community.objects.bulk_create(
            Community(name=f"基准小区{c}", address=f"北京市朝阳区基准路{c}号", district="chaoyang") for c in range(10)
        )
        buildings = Building.objects.bulk_create(
            Building(community=c, name=f"{b}号楼", floors_above=20) for c in communities for b in range(1, 11)
        )
        units = Unit.objects.bulk_create(Unit(building=b, name=f"{u}单元") for b in buildings for u in (1, 2))
        houses = House.objects.bulk_create(
            (
                House(
                    community_id=u.building.community_id, building=u.building, unit=u, floor=f,
                    room_number=f"{f}{i:02d}", layout="3室2厅1卫", building_area=Decimal("120.50"),
                    usable_area=Decimal("98.30"), status="self_occupied",
                )
                for u in units for f in range(1, 21) for i in range(1, 6)
            ),
            batch_size=5000,
        )  # fmt: skip
        residents = Resident.objects.bulk_create(
            (Resident(name=f"住户{n}", phone=f"139{n:08d}", phone_last4=f"{n:08d}"[-4:]) for n in range(2 * HOUSES)),
            batch_size=5000,
        )
        Occupancy.objects.bulk_create(
            (
                Occupancy(
                    resident=r, house=houses[n // 2], role="owner" if n % 2 == 0 else "family",
                    move_in=date(2020, 1, 1), is_primary_contact=n % 2 == 0,
                )
                for n, r in enumerate(residents)
            ),
            batch_size=5000,
        )  # fmt: skip
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def _raw(conn: psycopg.Connection[Any]) -> list[dict[str, Any]]:
    with conn.cursor() as cursor:
        cursor.execute(RAW_HOUSES, [PAGE])
        houses = [
            {
                "id": row[0], "roomNumber": row[1], "floor": row[2], "layout": row[3],
                "buildingArea": str(row[4]), "usableArea": str(row[5]), "kind": row[6], "status": row[7],
                "building": {"id": row[8], "name": row[9]}, "unit": {"id": row[10], "name": row[11]},
                "currentOccupancies": [],
            }
            for row in cursor.fetchall()
        ]  # fmt: skip
        by_id = {h["id"]: h for h in houses}
        cursor.execute(RAW_OCCUPANCIES, [list(by_id)])
        for house_id, role, primary, resident_id, name, phone in cursor.fetchall():
            by_id[house_id]["currentOccupancies"].append(
                {
                    "role": role,
                    "isPrimaryContact": primary,
                    "resident": {"id": resident_id, "name": name, "phone": phone},
                }
            )
    json.dumps(houses, ensure_ascii=False)  # the API serialises too
    return houses


@override_settings(DEBUG=False, WHITENOISE_USE_FINDERS=False)  # production's (see the docstring)
def main() -> None:
    with bench_company("bench-list", houses=HOUSES) as company:
        started = time.perf_counter()
        _seed(company)
        print(f"seeded {HOUSES} houses, {2 * HOUSES} residents in {time.perf_counter() - started:.1f}s")
        with schema_context(company.schema_name):
            admin = User.objects.get(username="admin")
        graphql = graphql_caller(company, admin, QUERY, {"first": PAGE})
        assert len(graphql_data(graphql())["houses"]["edges"]) == PAGE

        dsn = settings.DATABASES["default"]
        raw_conn = psycopg.connect(
            dbname=dsn["NAME"], user=dsn["USER"], password=dsn["PASSWORD"] or None,
            host=dsn["HOST"], port=dsn["PORT"] or None,
            options=f"-c search_path={company.schema_name},public",
        )  # fmt: skip
        assert len(_raw(raw_conn)) == PAGE
        queries = count_statements(graphql)
        graphql_ms, raw_ms = paired_medians(graphql, lambda: _raw(raw_conn), SAMPLES)
        # This process's CPU per call (PostgreSQL's not included): steadier than wall time on a busy box.
        graphql_cpu_ms, raw_cpu_ms = (_cpu_ms(step) for step in (graphql, lambda: _raw(raw_conn)))
        raw_conn.close()
    print(
        f"RESULT graphql_list queries={queries} ms={graphql_ms:.2f} raw_ms={raw_ms:.2f} "
        f"ratio={graphql_ms / raw_ms:.1f} cpu_ms={graphql_cpu_ms:.1f} raw_cpu_ms={raw_cpu_ms:.1f}"
    )


def _cpu_ms(step: Any) -> float:
    started = time.process_time()
    for _ in range(SAMPLES // 2):
        step()
    return (time.process_time() - started) * 1000 / (SAMPLES // 2)
