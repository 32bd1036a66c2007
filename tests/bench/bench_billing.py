"""One billing run for 100,000 houses × 3 fee items (物业费 by area, 垃圾清运费 fixed, 水费 metered)
against a raw ``INSERT … SELECT`` of the same 100,000 bills and 300,000 lines, in the same run.

The raw baseline is what a person would type for exactly these three items: plain inserts into
the same tables (same indexes, foreign keys checked before the time is taken), rolled back. The
service does everything else too: the generic candidate SELECT (cycles, effective dates,
buildings, house kinds), ``ON CONFLICT DO NOTHING``, totals of older bills, the prepaid check,
its run record, its commit. A second run of the same period must create nothing.

Targets: seconds ≤ 5 and ratio ≤ 2.
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from decimal import Decimal

from django.db import connection, transaction
from django_tenants.utils import schema_context

from saas.accounts.models import User
from saas.estates.models import Community
from saas.finance.models import Bill, BillLine, FeeItem
from saas.finance.services import billing_run_create, fee_item_create
from tenants.models import Company
from tests.bench.common import bench_company, script_run

COMMUNITIES, BUILDINGS, HOUSES_PER_BUILDING = 20, 50, 100  # 100,000 houses
HOUSES = COMMUNITIES * BUILDINGS * HOUSES_PER_BUILDING
PERIOD = date(2026, 1, 1)
RAW_SAMPLES = 2

SEED = """
INSERT INTO estates_community (name, address, district, created_at)
SELECT '基准小区' || c, '北京市朝阳区基准路' || c || '号', 'chaoyang', now() FROM generate_series(1, %(communities)s) c;
INSERT INTO estates_building (community_id, name, floors_above, floors_below, elevators, created_at)
SELECT c.id, b || '号楼', 25, 0, 2, now() FROM estates_community c, generate_series(1, %(buildings)s) b;
INSERT INTO estates_unit (building_id, name) SELECT id, '1单元' FROM estates_building;
INSERT INTO estates_house (community_id, building_id, unit_id, room_number, floor, layout, building_area,
                           usable_area, kind, status, created_at)
SELECT b.community_id, b.id, u.id, (n / 4 + 1) || lpad((n %% 4 + 1)::text, 2, '0'), n / 4 + 1, '3室2厅1卫',
       78.56 + (n %% 7) * 10.01, 60.00, 'residential', 'self_occupied', now()
FROM estates_unit u JOIN estates_building b ON b.id = u.building_id, generate_series(0, %(per_building)s - 1) n;
INSERT INTO finance_meterreading (house_id, meter_type, period, reading, previous_reading, consumption,
                                  is_replacement, recorded_by_id, created_at)
SELECT h.id, 'water', %(period)s, 100 + h.id %% 13, 100, h.id %% 13, false, %(user)s, now() FROM estates_house h;
"""

# The same rows, typed by hand for these three items.
RAW = """
INSERT INTO finance_billingrun (period, community_ids, created_by_id, bills_created, lines_created, amount_fen,
                                houses_settled, created_at)
VALUES (%(period)s, '{}', NULL, 0, 0, 0, 0, now());
INSERT INTO finance_bill (house_id, community_id, building_id, period, due_date, billing_run_id, amount_fen,
                          paid_fen, waived_fen, late_fee_fen, late_fee_paid_fen, late_fee_waived_fen, status,
                          created_at)
SELECT h.id, h.community_id, h.building_id, %(period)s, %(due)s,
       currval(pg_get_serial_sequence('finance_billingrun', 'id')),
       round(h.building_area * %(area_price)s * 100)::bigint + %(fixed_fen)s
           + round(r.consumption * %(water_price)s * 100)::bigint,
       0, 0, 0, 0, 0, 'unpaid', now()
FROM estates_house h JOIN finance_meterreading r ON r.house_id = h.id AND r.period = %(period)s;
INSERT INTO finance_billline (bill_id, fee_item_id, description, quantity, unit_price, months, amount_fen, paid_fen,
                              waived_fen, sort_order, created_at)
SELECT b.id, i.id, i.name,
       CASE i.kind WHEN 'area' THEN h.building_area WHEN 'fixed' THEN 1 ELSE r.consumption END,
       i.unit_price, 1,
       CASE i.kind WHEN 'area' THEN round(h.building_area * i.unit_price * 100)::bigint
                   WHEN 'fixed' THEN round(i.unit_price * 100)::bigint
                   ELSE round(r.consumption * i.unit_price * 100)::bigint END,
       0, 0, i.sort_order, now()
FROM finance_bill b JOIN estates_house h ON h.id = b.house_id
JOIN finance_meterreading r ON r.house_id = h.id AND r.period = %(period)s
CROSS JOIN finance_feeitem i
WHERE b.period = %(period)s;
SET CONSTRAINTS ALL IMMEDIATE;
"""


class _Rollback(Exception):
    pass


def _seed(company: Company) -> tuple[User, list[int]]:
    with schema_context(company.schema_name), transaction.atomic():
        user = User.objects.get(username="admin")
        script_run(
            SEED,
            {
                "communities": COMMUNITIES,
                "buildings": BUILDINGS,
                "per_building": HOUSES_PER_BUILDING,
                "period": PERIOD,
                "user": user.pk,
            },
        )
        communities = list(Community.objects.values_list("pk", flat=True))
        common = {"cycle_months": 1, "community_ids": communities, "effective_from": date(2025, 1, 1)}
        fee_item_create(name="物业费", kind="area", unit_price=Decimal("2.80"), sort_order=1, **common)
        fee_item_create(name="垃圾清运费", kind="fixed", unit_price=Decimal("15.00"), sort_order=2, **common)
        fee_item_create(
            name="水费", kind="metered", meter_type="water", unit_price=Decimal("5.00"), sort_order=3, **common
        )
    with schema_context(company.schema_name), connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return user, communities


def _raw_seconds(company: Company) -> float:
    params = {
        "period": PERIOD,
        "due": date(2026, 1, 31),
        "area_price": Decimal("2.80"),
        "fixed_fen": 1500,
        "water_price": Decimal("5.00"),
    }
    with schema_context(company.schema_name):
        started = time.perf_counter()
        try:
            with transaction.atomic():
                script_run(RAW, params)
                elapsed = time.perf_counter() - started
                assert Bill.objects.count() == HOUSES and BillLine.objects.count() == 3 * HOUSES
                raise _Rollback
        except _Rollback:
            pass
    return elapsed


def main() -> None:
    with bench_company("billing", houses=HOUSES) as company:
        user, communities = _seed(company)
        raw = statistics.median(_raw_seconds(company) for _ in range(RAW_SAMPLES))
        with schema_context(company.schema_name), connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # the raw runs' rolled-back rows must not slow the real one
        with schema_context(company.schema_name):
            started = time.perf_counter()
            first = billing_run_create(period=PERIOD, community_ids=communities, created_by=user, today=PERIOD)
            seconds = time.perf_counter() - started
            assert (first.bills_created, first.lines_created) == (HOUSES, 3 * HOUSES), first
            assert FeeItem.objects.count() == 3
            rerun_started = time.perf_counter()
            again = billing_run_create(period=PERIOD, community_ids=communities, created_by=user, today=PERIOD)
            rerun_seconds = time.perf_counter() - rerun_started
        print(
            f"RESULT billing houses={HOUSES} seconds={seconds:.2f} raw_seconds={raw:.2f} ratio={seconds / raw:.2f} "
            f"rerun_created={again.bills_created + again.lines_created} rerun_seconds={rerun_seconds:.2f}"
        )
