"""Deadlines in messages: a time for today, a date and time for another day, in Beijing time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.utils import timezone

from saas.core.clock import deadline_text


def test_a_deadline_later_today_is_its_time_and_another_days_has_its_date() -> None:
    now = timezone.localtime()
    later_today = now.replace(hour=23, minute=59, second=0, microsecond=0)
    assert deadline_text(later_today) == "23:59"
    in_a_week = now + timedelta(days=7)
    assert deadline_text(in_a_week) == in_a_week.strftime("%Y-%m-%d %H:%M")


def test_a_deadline_is_read_in_beijing_time() -> None:
    # 16:30 UTC is 00:30 the next day in Beijing: a day later than the UTC date says.
    moment = datetime(2026, 12, 6, 16, 30, tzinfo=UTC)
    expected = "00:30" if timezone.localdate() == datetime(2026, 12, 7).date() else "2026-12-07 00:30"
    assert deadline_text(moment) == expected
