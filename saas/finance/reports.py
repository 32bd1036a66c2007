"""Finance reports, computed from the ledger so that a report for a past day reads the same later.

* Collection (收缴率): per community, building and/or period, what was billed (lines + accrued late
  fees), paid, waived and outstanding as of a day; rate = paid ÷ (billed − waived).
* Arrears aging (欠费账龄): outstanding as of a day by days past the due date.
* Income (收入): money booked in a date range by fee item (plus late fees and the net movement of
  prepaid balances) and by payment method; both totals are the same money.
* Daily cash (收款日报): each cashier's payments and reversals of a day by method.

Every figure is an exact integer sum of fen. Bills, lines, accruals and allocations count when
they were booked on or before the report's day, so a day's report never changes afterwards
(bills cancelled by then are left out). For any filter, billed = paid + waived + outstanding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db import connection
from django.utils import timezone

RATE_STEP = Decimal("0.0001")


def day_end(day: date) -> datetime:
    """The first instant after ``day`` in the company's time zone (Asia/Shanghai)."""
    return timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


def day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _rows(sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return list(cursor.fetchall())


@dataclass(frozen=True)
class ReportFilter:
    community_ids: Sequence[int]  # already narrowed to what the viewer may see
    building_id: int | None = None


def _bill_filter(alias: str, where: ReportFilter) -> str:
    building = f" AND {alias}.building_id = %(building)s" if where.building_id is not None else ""
    return f"{alias}.community_id = ANY(%(communities)s){building}"


def _params(where: ReportFilter, **extra: Any) -> dict[str, Any]:
    return {"communities": list(where.community_ids), "building": where.building_id, **extra}


# Per bill, as of a day: billed (lines + late fees), paid and waived.
BILL_FIGURES = """
bills AS (
    SELECT b.id, b.house_id, b.community_id, b.building_id, b.period, b.due_date FROM finance_bill b
    WHERE {bill_filter} AND b.period BETWEEN %(period_from)s AND %(period_to)s AND b.created_at < %(end)s
      AND (b.cancelled_at IS NULL OR b.cancelled_at >= %(end)s)
),
figures AS (
    SELECT b.*,
        COALESCE((SELECT SUM(l.amount_fen) FROM finance_billline l
                  WHERE l.bill_id = b.id AND l.created_at < %(end)s), 0) AS principal,
        COALESCE((SELECT SUM(a.amount_fen) FROM finance_latefeeaccrual a
                  WHERE a.bill_id = b.id AND a.day <= %(as_of)s), 0) AS late_fee,
        COALESCE((SELECT SUM(x.amount_fen) FROM finance_allocation x
                  WHERE x.bill_id = b.id AND x.created_at < %(end)s AND x.waiver_id IS NULL), 0) AS paid,
        COALESCE((SELECT SUM(x.amount_fen) FROM finance_allocation x
                  WHERE x.bill_id = b.id AND x.created_at < %(end)s AND x.waiver_id IS NOT NULL), 0) AS waived
    FROM bills b
)"""

PERIODS_ALL = (date(2000, 1, 1), date(2999, 12, 1))


@dataclass(frozen=True)
class CollectionRow:
    community_id: int | None
    building_id: int | None
    period: date | None
    bills: int
    billed_fen: int
    late_fee_fen: int  # part of billed
    paid_fen: int
    waived_fen: int

    @property
    def outstanding_fen(self) -> int:
        return self.billed_fen - self.paid_fen - self.waived_fen

    @property
    def rate(self) -> Decimal | None:
        """收缴率: paid ÷ (billed − waived), four decimals; None when nothing was due."""
        due = self.billed_fen - self.waived_fen
        return (Decimal(self.paid_fen) / due).quantize(RATE_STEP, ROUND_HALF_UP) if due > 0 else None


@dataclass(frozen=True)
class CollectionReport:
    as_of: date
    rows: list[CollectionRow]
    total: CollectionRow


def _sum_rows(rows: Sequence[CollectionRow]) -> CollectionRow:
    return CollectionRow(
        None,
        None,
        None,
        bills=sum(r.bills for r in rows),
        billed_fen=sum(r.billed_fen for r in rows),
        late_fee_fen=sum(r.late_fee_fen for r in rows),
        paid_fen=sum(r.paid_fen for r in rows),
        waived_fen=sum(r.waived_fen for r in rows),
    )


def collection_report(
    *,
    where: ReportFilter,
    as_of: date,
    period_from: date | None = None,
    period_to: date | None = None,
    by_building: bool = False,
    by_period: bool = True,
) -> CollectionReport:
    """Rows per community (and building, and period, as asked), ordered by them."""
    keys = ["community_id", "building_id" if by_building else "NULL::bigint", "period" if by_period else "NULL::date"]
    select = ", ".join(keys)
    sql = f"""
        WITH {BILL_FIGURES.format(bill_filter=_bill_filter("b", where))}
        SELECT {select}, COUNT(*), SUM(principal + late_fee), SUM(late_fee), SUM(paid), SUM(waived)
        FROM figures GROUP BY {select} ORDER BY {select}
    """
    params = _params(
        where,
        as_of=as_of,
        end=day_end(as_of),
        period_from=period_from or PERIODS_ALL[0],
        period_to=period_to or PERIODS_ALL[1],
    )
    rows = [
        CollectionRow(
            c, b, p, bills=n, billed_fen=int(billed), late_fee_fen=int(late), paid_fen=int(paid), waived_fen=int(waived)
        )
        for c, b, p, n, billed, late, paid, waived in _rows(sql, params)
    ]
    return CollectionReport(as_of=as_of, rows=rows, total=_sum_rows(rows))


AGING_BUCKETS = ("not_due", "d0_30", "d31_90", "d91_180", "d180_plus")
AGING_LABELS = {
    "not_due": "未到期",
    "d0_30": "0–30 天",
    "d31_90": "31–90 天",
    "d91_180": "91–180 天",
    "d180_plus": "180 天以上",
}


@dataclass(frozen=True)
class AgingRow:
    community_id: int | None
    building_id: int | None
    houses_in_arrears: int  # houses with something overdue
    buckets: dict[str, int] = field(default_factory=dict)  # outstanding fen by bucket

    @property
    def outstanding_fen(self) -> int:
        return sum(self.buckets.values())

    @property
    def overdue_fen(self) -> int:
        return self.outstanding_fen - self.buckets.get("not_due", 0)


@dataclass(frozen=True)
class AgingReport:
    as_of: date
    rows: list[AgingRow]
    total: AgingRow


def arrears_aging_report(*, where: ReportFilter, as_of: date, by_building: bool = False) -> AgingReport:
    """Outstanding as of ``as_of`` by days past due: not yet due, 0–30, 31–90, 91–180, over 180."""
    keys = ["community_id", "building_id" if by_building else "NULL::bigint"]
    select = ", ".join(keys)
    age = "(%(as_of)s - due_date)"
    buckets = {
        "not_due": f"{age} < 0",
        "d0_30": f"{age} BETWEEN 0 AND 30",
        "d31_90": f"{age} BETWEEN 31 AND 90",
        "d91_180": f"{age} BETWEEN 91 AND 180",
        "d180_plus": f"{age} > 180",
    }
    sums = ", ".join(f"COALESCE(SUM(owed) FILTER (WHERE {cond}), 0)" for cond in buckets.values())
    sql = f"""
        WITH {BILL_FIGURES.format(bill_filter=_bill_filter("b", where))},
        owing AS (SELECT *, principal + late_fee - paid - waived AS owed FROM figures)
        SELECT {select}, COUNT(DISTINCT house_id) FILTER (WHERE {age} >= 0), {sums}
        FROM owing WHERE owed <> 0 GROUP BY {select} ORDER BY {select}
    """
    params = _params(where, as_of=as_of, end=day_end(as_of), period_from=PERIODS_ALL[0], period_to=PERIODS_ALL[1])
    rows = [
        AgingRow(c, b, houses_in_arrears=n, buckets=dict(zip(AGING_BUCKETS, map(int, amounts), strict=True)))
        for c, b, n, *amounts in _rows(sql, params)
    ]
    total = AgingRow(
        None,
        None,
        houses_in_arrears=sum(r.houses_in_arrears for r in rows),
        buckets={key: sum(r.buckets[key] for r in rows) for key in AGING_BUCKETS},
    )
    return AgingReport(as_of=as_of, rows=rows, total=total)


@dataclass(frozen=True)
class IncomeByItem:
    fee_item_id: int | None  # None with kind "late_fee" or "prepaid"
    kind: str  # "fee_item", "late_fee", "prepaid"
    amount_fen: int


@dataclass(frozen=True)
class IncomeByMethod:
    method: str
    payments: int
    received_fen: int
    reversals: int
    reversed_fen: int  # negative

    @property
    def net_fen(self) -> int:
        return self.received_fen + self.reversed_fen


@dataclass(frozen=True)
class IncomeReport:
    date_from: date
    date_to: date
    by_item: list[IncomeByItem]
    by_method: list[IncomeByMethod]

    @property
    def total_fen(self) -> int:
        return sum(m.net_fen for m in self.by_method)


def income_report(*, where: ReportFilter, date_from: date, date_to: date) -> IncomeReport:
    """Money booked from ``date_from`` to ``date_to`` (inclusive). By fee item: what payments and
    prepaid settlements paid on each item and on late fees, plus the net change of prepaid
    balances (money received but not yet applied); by method: payments and reversals."""
    params = _params(where, start=day_start(date_from), end=day_end(date_to))
    building = " AND b.building_id = %(building)s" if where.building_id is not None else ""
    house_building = " AND h.building_id = %(building)s" if where.building_id is not None else ""
    items = _rows(
        f"""
        SELECT l.fee_item_id, SUM(x.amount_fen) FROM finance_allocation x
        JOIN finance_bill b ON b.id = x.bill_id
        LEFT JOIN finance_billline l ON l.id = x.bill_line_id
        WHERE x.waiver_id IS NULL AND x.created_at >= %(start)s AND x.created_at < %(end)s
          AND b.community_id = ANY(%(communities)s){building}
        GROUP BY l.fee_item_id ORDER BY l.fee_item_id NULLS LAST
        """,
        params,
    )
    prepaid = _rows(
        f"""
        SELECT COALESCE(SUM(p.amount_fen), 0) FROM finance_prepaidentry p JOIN estates_house h ON h.id = p.house_id
        WHERE p.created_at >= %(start)s AND p.created_at < %(end)s AND h.community_id = ANY(%(communities)s)
          {house_building}
        """,
        params,
    )[0][0]
    by_item = [IncomeByItem(item, "fee_item" if item else "late_fee", int(amount)) for item, amount in items]
    by_item.append(IncomeByItem(None, "prepaid", int(prepaid)))
    methods = _rows(
        f"""
        SELECT p.method,
               COUNT(*) FILTER (WHERE p.amount_fen > 0),
               COALESCE(SUM(p.amount_fen) FILTER (WHERE p.amount_fen > 0), 0),
               COUNT(*) FILTER (WHERE p.amount_fen < 0),
               COALESCE(SUM(p.amount_fen) FILTER (WHERE p.amount_fen < 0), 0)
        FROM finance_payment p JOIN estates_house h ON h.id = p.house_id
        WHERE p.created_at >= %(start)s AND p.created_at < %(end)s AND p.community_id = ANY(%(communities)s)
          {house_building}
        GROUP BY p.method ORDER BY p.method
        """,
        params,
    )
    by_method = [IncomeByMethod(m, n, int(received), r, int(reversed_)) for m, n, received, r, reversed_ in methods]
    return IncomeReport(date_from=date_from, date_to=date_to, by_item=by_item, by_method=by_method)


@dataclass(frozen=True)
class CashRow:
    cashier_id: int
    method: str
    payments: int
    received_fen: int
    reversals: int
    reversed_fen: int
    first_receipt_no: int
    last_receipt_no: int

    @property
    def net_fen(self) -> int:
        return self.received_fen + self.reversed_fen


def daily_cash_report(*, where: ReportFilter, day: date) -> list[CashRow]:
    """Each cashier's payments and reversals booked on ``day``, by method."""
    building = " AND h.building_id = %(building)s" if where.building_id is not None else ""
    rows = _rows(
        f"""
        SELECT p.cashier_id, p.method,
               COUNT(*) FILTER (WHERE p.amount_fen > 0), COALESCE(SUM(p.amount_fen) FILTER (WHERE p.amount_fen > 0), 0),
               COUNT(*) FILTER (WHERE p.amount_fen < 0), COALESCE(SUM(p.amount_fen) FILTER (WHERE p.amount_fen < 0), 0),
               MIN(p.receipt_no), MAX(p.receipt_no)
        FROM finance_payment p JOIN estates_house h ON h.id = p.house_id
        WHERE p.created_at >= %(start)s AND p.created_at < %(end)s AND p.community_id = ANY(%(communities)s){building}
        GROUP BY p.cashier_id, p.method ORDER BY p.cashier_id, p.method
        """,
        _params(where, start=day_start(day), end=day_end(day)),
    )
    return [
        CashRow(cashier, method, n, int(received), r, int(reversed_), first, last)
        for cashier, method, n, received, r, reversed_, first, last in rows
    ]
