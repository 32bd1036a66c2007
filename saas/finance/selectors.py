"""Reads of the finance domain, as unevaluated querysets (the schema's connections paginate them
and ``permissions.scoping.visible_to`` narrows them to what the caller may see)."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from django.db.models import Count, F, Q, QuerySet, Sum
from django.utils import timezone

from saas.finance.models import OPEN_STATUSES, Bill, FeeItem, MeterReading, Payment, Waiver
from saas.finance.reports import day_end, day_start


def fee_items(*, community_id: int | None = None) -> QuerySet[FeeItem]:
    items = FeeItem.objects.all()
    return items.filter(communities=community_id) if community_id is not None else items


def meter_readings(
    *,
    house_id: int | None = None,
    community_id: int | None = None,
    meter_type: str | None = None,
    period: date | None = None,
) -> QuerySet[MeterReading]:
    """Newest period first."""
    readings = MeterReading.objects.order_by("-period", "house_id", "meter_type")
    if house_id is not None:
        readings = readings.filter(house_id=house_id)
    if community_id is not None:
        readings = readings.filter(house__community_id=community_id)
    if meter_type is not None:
        readings = readings.filter(meter_type=meter_type)
    if period is not None:
        readings = readings.filter(period=period)
    return readings


def bills() -> QuerySet[Bill]:
    """Oldest period first (the schema's ``BillFilterInput`` narrows it)."""
    return Bill.objects.order_by("period", "id")


def payments(
    *,
    house_id: int | None = None,
    community_id: int | None = None,
    method: str | None = None,
    receipt_no: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> QuerySet[Payment]:
    """Payments and reversals, newest first; the dates are Beijing days, both ends included."""
    rows = Payment.objects.order_by("-received_at", "-id")
    for column, value in (
        ("house_id", house_id),
        ("community_id", community_id),
        ("method", method),
        ("receipt_no", receipt_no),
        ("created_at__gte", day_start(date_from) if date_from else None),
        ("created_at__lt", day_end(date_to) if date_to else None),
    ):
        if value is not None:
            rows = rows.filter(**{column: value})
    return rows


def waivers(
    *, status: str | None = None, community_id: int | None = None, bill_id: int | None = None
) -> QuerySet[Waiver]:
    rows = Waiver.objects.all()
    if status is not None:
        rows = rows.filter(status=status)
    if community_id is not None:
        rows = rows.filter(bill__community_id=community_id)
    if bill_id is not None:
        rows = rows.filter(bill_id=bill_id)
    return rows


class OpenBillTotals(TypedDict):
    outstanding: int
    overdue: int
    count: int


def house_open_bill_totals(*, house_id: int) -> OpenBillTotals:
    """What a house owes on its open bills (fen), what of it is overdue, and how many bills: one query."""
    return open_bill_totals(Bill.objects.filter(house_id=house_id))


def open_bill_totals(bills: QuerySet[Bill]) -> OpenBillTotals:
    """What the open ones of ``bills`` owe (fen), what of it is overdue, and how many: one query."""
    balance = F("amount_fen") + F("late_fee_fen") - F("paid_fen") - F("waived_fen")
    balance = balance - F("late_fee_paid_fen") - F("late_fee_waived_fen")
    totals = bills.filter(status__in=OPEN_STATUSES).aggregate(
        outstanding=Sum(balance),
        overdue=Sum(balance, filter=Q(due_date__lt=timezone.localdate())),
        count=Count("id"),
    )
    return {
        "outstanding": int(totals["outstanding"] or 0),
        "overdue": int(totals["overdue"] or 0),
        "count": int(totals["count"] or 0),
    }
