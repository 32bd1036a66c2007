"""Billing runs (生成账单): one bill per house and period, a line per applicable fee item, in SQL.

The candidate lines are one SELECT — fee items in force for the period whose cycle bills this
month, joined to their communities' houses (narrowed by building and house kind), metered items
to the period's reading — and every amount is computed there in exact numeric. A run inserts the
missing bills and the missing lines (``INSERT … SELECT … WHERE NOT EXISTS``) and adds new lines to
the totals of bills made by earlier runs; a preview aggregates the same SELECT without writing.
Re-running therefore creates nothing new, and a house added (or read) since the last run gets its
bill (or metered line) on the next one.

Runs of a company serialise on an advisory lock taken before the statement, so each run's
snapshot sees every earlier run's rows and the anti-joins alone skip them. ``ON CONFLICT DO
NOTHING`` would repeat that check as a speculative insertion per row (2.5 s of a 100,000-house
run); the unique constraints on (house, period) and (bill, fee item) still stand, and anything
that slipped past the lock would fail the run loudly instead of being skipped silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from saas.core.errors import ErrorCollector
from saas.estates.models import Community
from saas.finance.amounts import add_months, amount_fen_sql, bill_status_sql, month_start
from saas.finance.errors import BillingErrorCode
from saas.finance.messages import bills_issued_tell
from saas.finance.models import BillingRun, FeeItem, FinancePolicy
from saas.finance.services.prepaid import houses_with_prepaid_and_open_bills, prepaid_settle

# Parking items (kind 'parking', 元/车位/月) bill the company's spaces leased at the office (租赁;
# monthly passes are paid up front online, saas.parking.services.payments): the quantity is the
# space-months of the cycle — each leased month counts in the calendar month it begins — on the
# holder's house in the space's community (the lowest-numbered one they live in during the cycle).
# A lease is priced by its community's single parking item (fee_items refuses a second one in force).
MONTH_INDEX = "(extract(year FROM {d})::int * 12 + extract(month FROM {d})::int - 1)"
CANDIDATES = f"""
items AS (
    SELECT i.*, EXISTS (SELECT 1 FROM finance_feeitem_buildings fb WHERE fb.feeitem_id = i.id) AS narrowed
    FROM finance_feeitem i
    WHERE i.effective_from <= %(period)s AND (i.effective_to IS NULL OR i.effective_to >= %(period)s)
      AND mod(%(month)s - 1, i.cycle_months) = 0
),
readings AS (
    SELECT house_id, meter_type, consumption FROM finance_meterreading WHERE period = %(period)s
),
leases AS (
    SELECT s.community_id, r.holder_id,
           {MONTH_INDEX.format(d="lower(r.period)")} AS first_month,
           {MONTH_INDEX.format(d="upper(r.period)")} AS end_month
    FROM parking_parkingright r JOIN parking_parkingspace s ON s.id = r.space_id
    WHERE r.kind = 'lease' AND r.state = 'active' AND NOT upper_inf(r.period)
      AND lower(r.period) < (%(period)s::date + interval '12 months') AND upper(r.period) > %(period)s
),
parking AS (
    SELECT i.id AS fee_item_id, home.house_id,
           SUM(GREATEST(0, LEAST(l.end_month, {MONTH_INDEX.format(d="%(period)s::date")} + i.cycle_months)
                           - GREATEST(l.first_month, {MONTH_INDEX.format(d="%(period)s::date")}))) AS space_months
    FROM leases l
    CROSS JOIN LATERAL (  -- the community's one parking item in force, as saas.parking.prices reads it
        SELECT pi.id FROM finance_feeitem pi
        JOIN finance_feeitem_communities pc ON pc.feeitem_id = pi.id AND pc.community_id = l.community_id
        WHERE pi.kind = 'parking' AND pi.effective_from <= %(period)s
          AND (pi.effective_to IS NULL OR pi.effective_to >= %(period)s)
        ORDER BY pi.sort_order, pi.id LIMIT 1
    ) priced
    JOIN items i ON i.id = priced.id
    CROSS JOIN LATERAL (
        SELECT MIN(o.house_id) AS house_id
        FROM residents_occupancy o JOIN estates_house oh ON oh.id = o.house_id
        WHERE o.resident_id = l.holder_id AND oh.community_id = l.community_id
          AND o.move_in < (%(period)s::date + make_interval(months => i.cycle_months))
          AND (o.move_out IS NULL OR o.move_out > %(period)s)
    ) home
    WHERE home.house_id IS NOT NULL
    GROUP BY i.id, home.house_id
),
candidates AS MATERIALIZED (
    SELECT h.id AS house_id, h.community_id, h.building_id, i.id AS fee_item_id, i.name AS description,
           i.sort_order, i.unit_price, i.cycle_months AS months, q.quantity,
           {amount_fen_sql("q.quantity", "i")} AS amount_fen
    FROM items i
    JOIN finance_feeitem_communities fc ON fc.feeitem_id = i.id AND fc.community_id = ANY(%(communities)s)
    JOIN estates_house h ON h.community_id = fc.community_id
    LEFT JOIN readings r ON i.kind = 'metered' AND r.house_id = h.id AND r.meter_type = i.meter_type
    LEFT JOIN parking p ON i.kind = 'parking' AND p.fee_item_id = i.id AND p.house_id = h.id
    CROSS JOIN LATERAL (
        SELECT CASE i.kind WHEN 'area' THEN h.building_area WHEN 'metered' THEN r.consumption
                           WHEN 'parking' THEN p.space_months ELSE 1 END AS quantity
    ) q
    WHERE (cardinality(i.house_kinds) = 0 OR h.kind = ANY(i.house_kinds))
      AND (NOT i.narrowed OR EXISTS (SELECT 1 FROM finance_feeitem_buildings fb
                                     WHERE fb.feeitem_id = i.id AND fb.building_id = h.building_id))
      AND (i.kind <> 'metered' OR r.consumption IS NOT NULL)
      AND (i.kind <> 'parking' OR p.space_months > 0)
)"""

LINE_COLUMNS = """(bill_id, fee_item_id, description, quantity, unit_price, months, amount_fen, paid_fen, waived_fen,
                  sort_order, created_at)"""
LINE_VALUES = "c.fee_item_id, c.description, c.quantity, c.unit_price, c.months, c.amount_fen, 0, 0, c.sort_order"

# One statement, the candidates computed once. Every sub-statement sees the bills as they were
# before it, so ``old_lines`` meets only bills of earlier runs (their totals are raised here) and
# ``new_lines`` only the bills this statement creates (their totals were summed on insert).
RUN = f"""
WITH {CANDIDATES},
new_bills AS (
    INSERT INTO finance_bill (house_id, community_id, building_id, period, due_date, billing_run_id, amount_fen,
                              paid_fen, waived_fen, late_fee_fen, late_fee_paid_fen, late_fee_waived_fen, status,
                              created_at)
    SELECT house_id, community_id, building_id, %(period)s, %(due_date)s, %(run)s, SUM(amount_fen),
           0, 0, 0, 0, 0, CASE WHEN SUM(amount_fen) > 0 THEN 'unpaid' ELSE 'paid' END, %(now)s
    FROM candidates c
    WHERE NOT EXISTS (SELECT 1 FROM finance_bill b WHERE b.house_id = c.house_id AND b.period = %(period)s)
    GROUP BY house_id, community_id, building_id
    RETURNING id, house_id
),
new_lines AS (
    INSERT INTO finance_billline {LINE_COLUMNS}
    SELECT b.id, {LINE_VALUES}, %(now)s
    FROM candidates c JOIN new_bills b ON b.house_id = c.house_id
    RETURNING amount_fen
),
old_lines AS (
    INSERT INTO finance_billline {LINE_COLUMNS}
    SELECT b.id, {LINE_VALUES}, %(now)s
    FROM candidates c
    JOIN finance_bill b ON b.house_id = c.house_id AND b.period = %(period)s AND b.status <> 'cancelled'
    WHERE NOT EXISTS (SELECT 1 FROM finance_billline l WHERE l.bill_id = b.id AND l.fee_item_id = c.fee_item_id)
    RETURNING bill_id, amount_fen
),
raised AS (
    UPDATE finance_bill b
    SET amount_fen = b.amount_fen + g.amount_fen, status = {bill_status_sql("b", "b.amount_fen + g.amount_fen")}
    FROM (SELECT bill_id, SUM(amount_fen) AS amount_fen FROM old_lines GROUP BY bill_id) g
    WHERE b.id = g.bill_id
    RETURNING b.id
)
SELECT (SELECT COUNT(*) FROM new_bills),
       (SELECT COUNT(*) FROM new_lines) + (SELECT COUNT(*) FROM old_lines),
       (SELECT COALESCE(SUM(amount_fen), 0) FROM new_lines) + (SELECT COALESCE(SUM(amount_fen), 0) FROM old_lines),
       (SELECT COUNT(*) FROM raised)
"""

PREVIEW = f"""
WITH {CANDIDATES},
marked AS (
    SELECT c.house_id, c.fee_item_id, c.amount_fen, b.id AS bill_id,
           (l.id IS NULL AND (b.id IS NULL OR b.status <> 'cancelled')) AS is_new
    FROM candidates c
    LEFT JOIN finance_bill b ON b.house_id = c.house_id AND b.period = %(period)s
    LEFT JOIN finance_billline l ON l.bill_id = b.id AND l.fee_item_id = c.fee_item_id
)
SELECT fee_item_id, COUNT(*) FILTER (WHERE is_new), COALESCE(SUM(amount_fen) FILTER (WHERE is_new), 0),
       COUNT(*), COALESCE(SUM(amount_fen), 0),
       (SELECT COUNT(DISTINCT house_id) FROM marked),
       (SELECT COUNT(DISTINCT house_id) FROM marked WHERE bill_id IS NULL)
FROM marked
GROUP BY fee_item_id
ORDER BY fee_item_id
"""

BILLING_LOCK = "SELECT pg_advisory_xact_lock(hashtext('wuye.billing.' || current_schema()))"
# The candidates of a large run are hashed and grouped in memory rather than spilled to disk.
WORK_MEM = "SET LOCAL work_mem = '64MB'"


@dataclass(frozen=True)
class FeeItemPreview:
    fee_item: FeeItem
    lines: int  # lines the period has or would have
    amount_fen: int
    new_lines: int  # lines a run would add now
    new_amount_fen: int


@dataclass(frozen=True)
class BillingPreview:
    period: date
    due_date: date
    community_ids: list[int]
    houses: int  # houses with at least one applicable fee item
    new_bills: int
    new_lines: int
    new_amount_fen: int
    items: list[FeeItemPreview]


def _check(period: date, community_ids: Sequence[int], today: date) -> list[int]:
    errors = ErrorCollector()
    if period.day != 1:
        errors.add(BillingErrorCode.PERIOD_NOT_MONTH_START, field="period")
    elif period > add_months(month_start(today), 1):
        errors.add(BillingErrorCode.PERIOD_TOO_FAR, field="period")
    ids = sorted(set(community_ids))
    if not ids:
        errors.add(BillingErrorCode.COMMUNITIES_REQUIRED, field="communities")
    elif Community.objects.filter(pk__in=ids).count() != len(ids):
        errors.add(BillingErrorCode.COMMUNITY_NOT_FOUND, field="communities")
    errors.raise_if_any()
    return ids


def due_date_for(period: date, today: date, due_days: int) -> date:
    """``due_days`` after the period starts; a bill issued after that date gets ``due_days`` from issue."""
    regular = period + timedelta(days=due_days)
    return regular if regular >= today else today + timedelta(days=due_days)


def _params(period: date, ids: list[int], **extra: Any) -> dict[str, Any]:
    return {"period": period, "month": period.month, "communities": ids, **extra}


def billing_run_preview(*, period: date, community_ids: Sequence[int], today: date | None = None) -> BillingPreview:
    """What ``billing_run_create`` would do now, computed by the same SELECT, writing nothing."""
    today = today or timezone.localdate()
    ids = _check(period, community_ids, today)
    with connection.cursor() as cursor:
        cursor.execute(PREVIEW, _params(period, ids))
        rows = cursor.fetchall()
    items = FeeItem.objects.in_bulk([row[0] for row in rows])
    return BillingPreview(
        period=period,
        due_date=due_date_for(period, today, FinancePolicy.current().bill_due_days),
        community_ids=ids,
        houses=rows[0][5] if rows else 0,
        new_bills=rows[0][6] if rows else 0,
        new_lines=sum(row[1] for row in rows),
        new_amount_fen=sum(int(row[2]) for row in rows),
        items=[
            FeeItemPreview(
                fee_item=items[row[0]],
                new_lines=row[1],
                new_amount_fen=int(row[2]),
                lines=row[3],
                amount_fen=int(row[4]),
            )
            for row in rows
        ],
    )


@transaction.atomic
def billing_run_create(
    *, period: date, community_ids: Sequence[int], created_by: Any, today: date | None = None
) -> BillingRun:
    """Generate the period's bills for the communities; then houses holding prepaid money settle
    their open bills (oldest first). Runs of one company serialise on an advisory lock.

    ``today`` (default: today) dates the run for due dates and the prepaid settlements; the demo
    seed passes past days.
    """
    today = today or timezone.localdate()
    ids = _check(period, community_ids, today)
    now = timezone.now() if today == timezone.localdate() else _noon(today)
    with connection.cursor() as cursor:
        cursor.execute(BILLING_LOCK)
        cursor.execute(WORK_MEM)
        run = BillingRun.objects.create(period=period, community_ids=ids, created_by=created_by, created_at=now)
        due = due_date_for(period, today, FinancePolicy.current().bill_due_days)
        cursor.execute(RUN, _params(period, ids, run=run.pk, due_date=due, now=now))
        bills, lines, amount, _raised = cursor.fetchone()
    run.bills_created, run.lines_created, run.amount_fen = bills, lines, int(amount)
    settling = houses_with_prepaid_and_open_bills(ids)
    for house_id in settling:
        prepaid_settle(house_id=house_id, at=now)
    run.houses_settled = len(settling)
    run.save(update_fields=["bills_created", "lines_created", "amount_fen", "houses_settled"])
    bills_issued_tell(run)
    return run


def _noon(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(12)))
