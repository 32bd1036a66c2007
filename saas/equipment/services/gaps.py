"""维保间隔 The gap since the last completed maintenance, measured and recorded once per level.

A gap starts at the last completion (or the rule's start) and ends at the next completion. It is
recorded as a warning when it reaches ``warning_days`` (12 for elevators) and as a violation when
it passes ``interval_days`` (15): by the daily sweep while it is open, and by the completion that
ends it. One row per rule, equipment, start and level (unique), so either path, run any number of
times, records it once and the managers hear of it once. Both paths hold one transaction-level
advisory lock, so the check for existing rows and the insert do not race.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.db import connection
from django.db.models import Max

from saas.equipment.models import (
    Equipment,
    GapLevel,
    MaintenanceGap,
    MaintenanceOrder,
    MaintenanceOrderState,
    MaintenanceRule,
)
from saas.equipment.notices import label, notify_managers
from saas.notifications.services import NotificationText

_LOCK_KEY = 0x45515550  # "EQUP": one compliance writer per company schema at a time


def compliance_lock() -> None:
    """Hold the company's compliance lock until the transaction ends (per schema: the key is
    salted with the schema name)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))", [_LOCK_KEY])


def last_done_on(rule: MaintenanceRule, equipment_id: int) -> date:
    done = MaintenanceOrder.objects.filter(
        rule=rule, equipment_id=equipment_id, state=MaintenanceOrderState.DONE
    ).aggregate(last=Max("completed_on"))["last"]
    return done or rule.starts_on


@dataclass(frozen=True)
class Gap:
    rule: MaintenanceRule
    equipment: Equipment
    since: date
    until: date  # the completion that ended it, or today while open

    @property
    def days(self) -> int:
        return (self.until - self.since).days

    def levels(self) -> list[GapLevel]:
        levels = [GapLevel.WARNING] if self.days >= self.rule.warning_days else []
        return [*levels, GapLevel.VIOLATION] if self.days > self.rule.interval_days else levels


def _text(gap: Gap, level: GapLevel) -> NotificationText:
    name = label(gap.equipment)
    if level is GapLevel.WARNING:
        return NotificationText(
            "维保即将超期",
            f"{name} 距上次维保已 {gap.days} 天（上限 {gap.rule.interval_days} 天），请尽快安排。",
            "Maintenance due soon",
            f"{name}: {gap.days} days since the last maintenance (limit {gap.rule.interval_days}).",
        )
    return NotificationText(
        "维保已超期",
        f"{name} 距上次维保已 {gap.days} 天，超过 {gap.rule.interval_days} 天的上限。",
        "Maintenance overdue",
        f"{name}: {gap.days} days since the last maintenance, over the {gap.rule.interval_days}-day limit.",
    )


def gaps_record_many(gaps: Iterable[Gap], *, today: date) -> int:
    """Record every level each gap reached and was not recorded at yet; tell the managers of each
    new row. Returns the rows recorded."""
    candidates = [(gap, level) for gap in gaps for level in gap.levels()]
    if not candidates:
        return 0
    compliance_lock()
    keys = {(g.rule.pk, g.equipment.pk, g.since, level.value) for g, level in candidates}
    existing = set(
        MaintenanceGap.objects.filter(
            rule_id__in={k[0] for k in keys}, equipment_id__in={k[1] for k in keys}, since_on__in={k[2] for k in keys}
        ).values_list("rule_id", "equipment_id", "since_on", "level")
    )
    new = [(g, level) for g, level in candidates if (g.rule.pk, g.equipment.pk, g.since, level.value) not in existing]
    MaintenanceGap.objects.bulk_create(
        MaintenanceGap(
            rule=g.rule,
            equipment=g.equipment,
            community_id=g.equipment.community_id,
            since_on=g.since,
            level=level,
            gap_days=g.days,
            recorded_on=today,
        )
        for g, level in new
    )
    for g, level in new:
        notify_managers(g.equipment, _text(g, level))
    return len(new)


def gaps_record(*, rule: MaintenanceRule, equipment: Equipment, since: date, until: date, today: date) -> int:
    return gaps_record_many([Gap(rule=rule, equipment=equipment, since=since, until=until)], today=today)
