"""The periodic sweep of one company's work orders (``saas.workorders.tasks``): overdue orders are
marked and escalated, completed ones past the reopen window are closed.

Idempotent: an order is escalated once per missed deadline (its ``escalation_level`` records how
many it has missed), and a closed order is not closed again, so running it twice, or two workers
at once (rows locked by one are skipped by the other), changes nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from saas.core.errors import DomainError
from saas.workorders.live import events_publish_on_commit
from saas.workorders.models import Action, State, WorkOrder, WorkOrderPolicy
from saas.workorders.notices import STAGE, notify_escalated
from saas.workorders.services.common import record
from saas.workorders.services.transitions import work_order_close
from saas.workorders.sla import missed_level_sql
from saas.workorders.states import OPEN_STATES

BATCH = 200


@dataclass(frozen=True)
class SweepResult:
    escalated: int
    closed: int


@transaction.atomic
def _escalate_batch(now: datetime) -> int:
    due = list(
        WorkOrder.objects.filter(state__in=list(OPEN_STATES))
        .annotate(missed=missed_level_sql(now))
        .filter(missed__gt=F("escalation_level"))
        .select_related("community", "reporter", "house__building", "house__unit", "building")
        .select_for_update(of=("self",), skip_locked=True)
        .order_by("pk")[:BATCH]
    )
    for order in due:
        level: int = order.missed  # type: ignore[attr-defined]
        order.escalation_level = level
        order.escalated_at = now
        order.overdue_at = order.overdue_at or now
        order.save(update_fields=["escalation_level", "escalated_at", "overdue_at"])
        event = record(order, Action.ESCALATED, from_state=order.state, actor=None, note=f"{STAGE[level][0]}超时")
        notify_escalated(order, level)
        events_publish_on_commit(order, [event])
    return len(due)


def work_orders_escalate(*, now: datetime | None = None) -> int:
    """Mark and escalate every open order that has missed a deadline it had not missed before."""
    now = now or timezone.now()
    total = 0
    while (escalated := _escalate_batch(now)) > 0:
        total += escalated
        if escalated < BATCH:
            break
    return total


def work_orders_close_expired(*, now: datetime | None = None) -> int:
    """Close completed orders nobody rated or reopened within the reopen window, one transaction
    each (an owner rating one at the same moment wins; that one is skipped)."""
    now = now or timezone.now()
    expired = now - timedelta(days=WorkOrderPolicy.current().reopen_days)
    ids = WorkOrder.objects.filter(state=State.COMPLETED, completed_at__lt=expired).values_list("pk", flat=True)
    closed = 0
    for order_id in list(ids):
        try:
            work_order_close(order_id=order_id, actor=None, note="返修期满，自动关闭")
        except DomainError:
            continue
        closed += 1
    return closed


def work_orders_sweep(*, now: datetime | None = None) -> SweepResult:
    return SweepResult(escalated=work_orders_escalate(now=now), closed=work_orders_close_expired(now=now))
