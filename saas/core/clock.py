"""Moments as people read them in a message: in the deployment's time zone (Asia/Shanghai)."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone


def deadline_text(moment: datetime) -> str:
    """``21:30`` for a moment later today, ``2026-12-14 21:30`` for one on another day: an order
    kept for a week (the demo's) read as "valid until 04:44" looked like it ran out tonight."""
    local = timezone.localtime(moment)
    if local.date() == timezone.localdate():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")
