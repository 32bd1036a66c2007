"""The staff app's first page of houses for a manager scoped to 2 of 50 communities, against the
admin's unscoped page, in a company with 50,000 houses and 300 staff holding community grants.

Both requests go through the whole stack (token auth with the role, GraphQL, optimizer) and ask
for the total count too, as the staff app does. Target: scoped/unscoped ≤ 1.5.
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

from django.db import connection, transaction
from django_tenants.utils import schema_context

from permissions.roles import Role
from permissions.services import community_scope_set, role_set
from saas.accounts.models import User
from saas.estates.models import Building, Community, House, Unit
from tenants.models import Company
from tests.bench.common import bench_company, count_statements, graphql_caller, graphql_data, paired_medians

COMMUNITIES, BUILDINGS, UNITS, FLOORS, PER_FLOOR = 50, 10, 2, 25, 2  # 50 × 1,000 houses
HOUSES = COMMUNITIES * BUILDINGS * UNITS * FLOORS * PER_FLOOR
OTHER_STAFF, PAGE, SAMPLES = 300, 50, 40
SCOPE = (17, 42)  # the manager's communities, by position: not the first ones in list order
QUERY = """
query Houses($first: Int!) {
  houses(first: $first) {
    totalCount
    edges { node { id roomNumber floor status community { name } building { name } unit { name } } }
  }
}
"""


def _seed(company: Company) -> User:
    with schema_context(company.schema_name), transaction.atomic():
        communities = Community.objects.bulk_create(
            Community(name=f"基准小区{c:02d}", address=f"北京市朝阳区基准路{c}号", district="chaoyang")
            for c in range(COMMUNITIES)
        )
        buildings = Building.objects.bulk_create(
            Building(community=c, name=f"{b}号楼", floors_above=FLOORS) for c in communities for b in range(1, 11)
        )
        units = Unit.objects.bulk_create(Unit(building=b, name=f"{u}单元") for b in buildings for u in (1, 2))
        House.objects.bulk_create(
            (
                House(
                    community_id=u.building.community_id, building=u.building, unit=u, floor=f,
                    room_number=f"{f}{i:02d}", layout="3室2厅1卫", building_area=Decimal("120.50"),
                    usable_area=Decimal("98.30"), status="self_occupied",
                )
                for u in units for f in range(1, FLOORS + 1) for i in range(1, PER_FLOOR + 1)
            ),
            batch_size=5000,
        )  # fmt: skip
        ids = [c.pk for c in communities]
        for n in range(OTHER_STAFF):  # the grant table is not empty in real life
            user = User.objects.create(username=f"staff{n}", is_staff=True)
            role_set(user=user, role=Role.SERVICE)
            community_scope_set(user=user, communities=[ids[(n + k) % COMMUNITIES] for k in range(3)])
        manager = User.objects.create(username="manager", is_staff=True)
        role_set(user=manager, role=Role.MANAGER)
        community_scope_set(user=manager, communities=[ids[p] for p in SCOPE])
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        return manager


def main() -> None:
    with bench_company("bench-scoping", houses=HOUSES) as company:
        started = time.perf_counter()
        manager = _seed(company)
        print(f"seeded {HOUSES} houses in {COMMUNITIES} communities in {time.perf_counter() - started:.1f}s")
        with schema_context(company.schema_name):
            admin = User.objects.get(username="admin")
        scoped_call = graphql_caller(company, manager, QUERY, {"first": PAGE})
        unscoped_call = graphql_caller(company, admin, QUERY, {"first": PAGE})

        def scoped() -> Any:
            houses = graphql_data(scoped_call())["houses"]
            assert houses["totalCount"] == 2 * HOUSES // COMMUNITIES and len(houses["edges"]) == PAGE
            assert {e["node"]["community"]["name"] for e in houses["edges"]} <= {f"基准小区{p:02d}" for p in SCOPE}

        def unscoped() -> Any:
            houses = graphql_data(unscoped_call())["houses"]
            assert houses["totalCount"] == HOUSES and len(houses["edges"]) == PAGE

        scoped(), unscoped()  # warm: host lookup cached, tokens' first use recorded
        scoped_queries, unscoped_queries = count_statements(scoped), count_statements(unscoped)
        scoped_ms, unscoped_ms = paired_medians(scoped, unscoped, SAMPLES)
    print(
        f"RESULT scoping houses={HOUSES} queries={scoped_queries}/{unscoped_queries} scoped_ms={scoped_ms:.2f} "
        f"unscoped_ms={unscoped_ms:.2f} ratio={scoped_ms / unscoped_ms:.2f}"
    )
