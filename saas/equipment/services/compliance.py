"""合规时钟 The daily compliance sweep of one company: maintenance orders for every due slot, the
gaps measured, certificate alerts, lapsed inspections, and the inspection rounds of the plans.

Orders are generated for each rule and piece of equipment:

* ``every`` N days: each slot ``starts_on + k·N`` up to ``lead_days`` ahead, caught up from the
  last slot generated, so a sweep that did not run for a week still creates every missed slot;
* ``max_gap`` N days: one open order at a time, due N days after the last completion.

An order is unique per rule, equipment and due date (inserted ``ON CONFLICT DO NOTHING``): running
the sweep again creates nothing. Nobody's roster skips an order: it goes to the responsible
technician when they are on duty, else to the maintenance vendor, else to the community's manager.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Count, Max, Q

from saas.equipment.models import (
    AssignedTo,
    Equipment,
    EquipmentStatus,
    MaintenanceOrder,
    MaintenanceOrderState,
    MaintenanceRule,
    RuleKind,
)
from saas.equipment.services.certificates import certificates_alert, inspections_lapse
from saas.equipment.services.gaps import Gap, compliance_lock, gaps_record_many
from saas.equipment.services.plans import inspection_rounds_generate
from saas.workorders.notices import managers_of


@dataclass(frozen=True)
class _History:
    last_due: date | None
    last_done: date | None
    open_orders: int


@dataclass(frozen=True)
class SweepResult:
    orders: int
    gaps: int
    certificate_alerts: int
    lapsed: int
    rounds: int = 0


def _targets(rules: list[MaintenanceRule]) -> list[tuple[MaintenanceRule, Equipment]]:
    """Each active rule with each piece of equipment it covers (not scrapped)."""
    equipment = Equipment.objects.exclude(status=EquipmentStatus.SCRAPPED).select_related(
        "community", "responsible__technician_profile"
    )
    by_rule_equipment = {r.equipment_id for r in rules if r.equipment_id}
    category_rules = [r for r in rules if not r.equipment_id]
    wanted = equipment.filter(
        Q(pk__in=by_rule_equipment)
        | Q(
            community_id__in={r.community_id for r in category_rules},
            category__in={r.category for r in category_rules},
        )
    )
    rows = list(wanted)
    by_id = {e.pk: e for e in rows}
    grouped: dict[tuple[int, str], list[Equipment]] = defaultdict(list)
    for e in rows:
        grouped[(e.community_id, e.category)].append(e)
    pairs: list[tuple[MaintenanceRule, Equipment]] = []
    for rule in rules:
        if rule.equipment_id:
            if rule.equipment_id in by_id:
                pairs.append((rule, by_id[rule.equipment_id]))
        else:
            pairs += [(rule, e) for e in grouped[(rule.community_id, rule.category)]]
    return pairs


def _histories(rules: list[MaintenanceRule]) -> dict[tuple[int, int], _History]:
    rows = (
        MaintenanceOrder.objects.filter(rule__in=rules)
        .values("rule_id", "equipment_id")
        .annotate(
            last_due=Max("due_on"),
            last_done=Max("completed_on"),
            open_orders=Count("pk", filter=Q(state=MaintenanceOrderState.OPEN)),
        )
    )
    return {(r["rule_id"], r["equipment_id"]): _History(r["last_due"], r["last_done"], r["open_orders"]) for r in rows}


def _due_slots(rule: MaintenanceRule, history: _History, today: date) -> list[date]:
    horizon = today + timedelta(days=rule.lead_days)
    step = timedelta(days=rule.interval_days)
    if rule.kind == RuleKind.EVERY:
        slot = history.last_due + step if history.last_due else rule.starts_on
        slots = []
        while slot <= horizon:
            slots.append(slot)
            slot += step
        return slots
    if history.open_orders:
        return []
    due = (history.last_done or rule.starts_on) + step
    if history.last_due is not None and due <= history.last_due:  # completed before the slot's window
        due = history.last_due + timedelta(days=1)
    return [due] if due <= horizon else []


def _route(equipment: Equipment, managers: dict[int, int | None]) -> dict[str, Any]:
    """Who gets the order: never nobody."""
    responsible = equipment.responsible
    profile = getattr(responsible, "technician_profile", None) if responsible is not None else None
    if responsible is not None and responsible.is_active and (profile is None or profile.on_duty):
        return {"assigned_to": AssignedTo.STAFF, "assignee": responsible}
    if equipment.vendor_name:
        return {"assigned_to": AssignedTo.VENDOR, "vendor_name": equipment.vendor_name}
    if equipment.community_id not in managers:
        managers[equipment.community_id] = managers_of(equipment.community_id).values_list("pk", flat=True).first()
    return {"assigned_to": AssignedTo.MANAGER, "assignee_id": managers[equipment.community_id]}


def maintenance_orders_generate(*, today: date) -> int:
    """Create the order of every due slot not created yet; returns how many were created."""
    rules = list(MaintenanceRule.objects.filter(is_active=True, starts_on__lte=today + timedelta(days=366)))
    if not rules:
        return 0
    pairs = _targets(rules)
    histories = _histories(rules)
    empty = _History(None, None, 0)
    managers: dict[int, int | None] = {}
    orders = [
        MaintenanceOrder(
            rule=rule,
            equipment=equipment,
            community_id=equipment.community_id,
            due_on=due,
            **_route(equipment, managers),
        )
        for rule, equipment in pairs
        for due in _due_slots(rule, histories.get((rule.pk, equipment.pk), empty), today)
    ]
    # Every slot is past the last one generated, under the compliance lock, so each is new; the
    # unique constraint is the guard should anything else insert meanwhile.
    MaintenanceOrder.objects.bulk_create(orders, ignore_conflicts=True)
    return len(orders)


def maintenance_gaps_measure(*, today: date) -> int:
    """Record the open gaps (since the last completion) that reached a level today."""
    rules = list(MaintenanceRule.objects.filter(is_active=True, starts_on__lte=today))
    if not rules:
        return 0
    histories = _histories(rules)
    gaps = []
    for rule, equipment in _targets(rules):
        history = histories.get((rule.pk, equipment.pk))
        since = (history.last_done if history else None) or rule.starts_on
        gaps.append(Gap(rule=rule, equipment=equipment, since=since, until=today))
    return gaps_record_many(gaps, today=today)


@transaction.atomic
def equipment_compliance_sweep(*, today: date) -> SweepResult:
    """The day's sweep in the current company's schema; running it twice changes nothing more."""
    compliance_lock()
    return SweepResult(
        orders=maintenance_orders_generate(today=today),
        gaps=maintenance_gaps_measure(today=today),
        certificate_alerts=certificates_alert(today=today),
        lapsed=inspections_lapse(today=today),
        rounds=inspection_rounds_generate(today=today),
    )
