"""The staff app's house list: 100 houses with building, unit and current residents (phones
included), through the whole in-process stack (middleware, token auth, GraphQL, optimizer),
against a hand-written psycopg query returning the same data, in a company with 20,000 houses and
40,000 residents.
"""

from __future__ import annotations

import gc
import json
import os
import secrets
import statistics
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import psycopg
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import override_settings
from django_tenants.utils import schema_context

from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from saas.estates.models import Building, Community, House, Unit
from saas.residents.models import Occupancy, Resident
from tenants.models import Company, Domain
from tenants.schemas import activate_public
from tenants.services.provisioning import AdminAccount, CompanyProfile, template_ensure, tenant_host, tenant_provision

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


def _paired_medians(first: Callable[[], object], second: Callable[[], object]) -> tuple[float, float]:
    """Median wall time of each, sampled alternately so both see the same machine noise."""
    for _ in range(3):
        first()
        second()
    timings: tuple[list[float], list[float]] = ([], [])
    for _ in range(SAMPLES):
        for step, bucket in ((first, timings[0]), (second, timings[1])):
            gc.collect()
            started = time.perf_counter()
            step()
            bucket.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings[0]), statistics.median(timings[1])


def _count_statements(step: Callable[[], object]) -> int:
    statements: list[str] = []

    def log(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(log):
        step()
    return sum(1 for s in statements if not s.startswith("SET search_path"))


def main() -> None:
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    template_ensure()
    call_command("migrate_schemas", tenant=True, interactive=False, verbosity=0)
    activate_public()
    slug = f"bench-list-{secrets.token_hex(3)}"
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        company = tenant_provision(
            profile=CompanyProfile(
                name="基准物业", slug=slug, contact_name="基准", contact_phone="13800000000",
                contact_email="", city="北京", houses_managed=HOUSES,
            ),
            admin=AdminAccount(username="admin", password="bench-pass-1", display_name="管理员", phone="", email=""),
        ).company  # fmt: skip
    try:
        started = time.perf_counter()
        _seed(company)
        print(f"seeded {HOUSES} houses, {2 * HOUSES} residents in {time.perf_counter() - started:.1f}s")
        with schema_context(company.schema_name):
            token = api_token_issue(user=User.objects.get(username="admin")).raw
        client = Client(HTTP_HOST=tenant_host(slug), HTTP_AUTHORIZATION=f"Bearer {token}")
        body = json.dumps({"query": QUERY, "variables": {"first": PAGE}})

        def graphql() -> Any:
            response = client.post("/graphql", data=body, content_type="application/json")
            data = response.json()
            assert "errors" not in data, data["errors"]
            assert len(data["data"]["houses"]["edges"]) == PAGE
            return data

        dsn = settings.DATABASES["default"]
        raw_conn = psycopg.connect(
            dbname=dsn["NAME"], user=dsn["USER"], password=dsn["PASSWORD"] or None,
            host=dsn["HOST"], port=dsn["PORT"] or None,
            options=f"-c search_path={company.schema_name},public",
        )  # fmt: skip
        assert len(_raw(raw_conn)) == PAGE
        queries = _count_statements(graphql)
        graphql_ms, raw_ms = _paired_medians(graphql, lambda: _raw(raw_conn))
        raw_conn.close()
    finally:
        activate_public()
        if os.environ.get("BENCH_KEEP"):  # leave the data for EXPLAIN/profiling; drop it by hand
            print(f"kept schema {company.schema_name}")
        else:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(f'DROP SCHEMA IF EXISTS "{company.schema_name}" CASCADE')
                Domain.objects.filter(tenant=company).delete()
                Company.objects.filter(pk=company.pk).delete()
    print(
        f"RESULT graphql_list queries={queries} ms={graphql_ms:.2f} raw_ms={raw_ms:.2f} ratio={graphql_ms / raw_ms:.1f}"
    )
