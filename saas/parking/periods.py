"""Periods of days: ``[start, end)``, months added calendar-wise (1月31日 + 1 month = 2月28日)."""

from __future__ import annotations

import calendar
from datetime import date

from django.db.backends.postgresql.psycopg_any import DateRange


def add_months(start: date, months: int) -> date:
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def months_from(start: date, months: int) -> DateRange:
    return DateRange(start, add_months(start, months), "[)")


def from_on(start: date) -> DateRange:
    """From ``start`` for good (产权)."""
    return DateRange(start, None, "[)")
