"""What every work-order change shares: the locked row, the timeline entry, the checks of text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.utils import timezone

from saas.core.errors import DomainError, ErrorCollector
from saas.core.validators import check_text
from saas.workorders.errors import WorkOrderErrorCode
from saas.workorders.hooks import order_ended
from saas.workorders.live import events_publish_on_commit
from saas.workorders.models import Action, WorkOrder, WorkOrderEvent
from saas.workorders.notices import notify_reporter
from saas.workorders.states import check_transition

NOTE_LIMIT = 500
REASON_LIMIT = 200
SYSTEM = "系统"


def actor_name(actor: Any | None) -> str:
    if actor is None:
        return SYSTEM
    return (getattr(actor, "display_name", "") or actor.get_username())[:150]


def order_locked(order_id: int) -> WorkOrder:
    """The order, locked until the transaction ends (concurrent changes queue up behind it), with
    what notifications need to name it."""
    order = (
        WorkOrder.objects.select_for_update(of=("self",))
        .select_related("community", "reporter", "house__building", "house__unit", "building")
        .filter(pk=order_id)
        .first()
    )
    if order is None:
        raise DomainError(WorkOrderErrorCode.NOT_FOUND, field="id")
    return order


def clean_text(value: str | None, *, field: str, limit: int, required: bool) -> str:
    text = (value or "").strip()
    errors = ErrorCollector()
    check_text(errors, WorkOrderErrorCode, field, text, limit=limit, required=required)
    errors.raise_if_any()
    return text


def entry(order: WorkOrder, action: Action, *, from_state: str, actor: Any | None, note: str = "") -> WorkOrderEvent:
    """A timeline entry for what just happened to ``order`` (whose state is already the new one),
    not saved yet: ``record`` saves one, a submission saves its entries in one INSERT."""
    return WorkOrderEvent(
        work_order=order,
        action=action,
        from_state=from_state,
        to_state=order.state,
        note=note,
        actor=actor,
        actor_name=actor_name(actor),
    )


def record(order: WorkOrder, action: Action, *, from_state: str, actor: Any | None, note: str = "") -> WorkOrderEvent:
    """A timeline entry for what just happened to ``order``, saved."""
    event = entry(order, action, from_state=from_state, actor=actor, note=note)
    event.save(force_insert=True)
    return event


def mark_if_late(order: WorkOrder, deadline_attribute: str) -> None:
    """An order that gets somewhere after its deadline is overdue, whether or not the sweep saw it."""
    now = timezone.now()
    if order.overdue_at is None and now > getattr(order, deadline_attribute):
        order.overdue_at = now


def move(order: WorkOrder, target: str, action: Action, *, actor: Any | None, note: str = "") -> WorkOrderEvent:
    """Change the state along the table (ILLEGAL_TRANSITION otherwise) and write the timeline."""
    check_transition(order.state, target)
    previous = order.state
    order.state = target
    return record(order, action, from_state=previous, actor=actor, note=note)


def finish(order: WorkOrder, events: Sequence[WorkOrderEvent], *, actor: Any | None) -> WorkOrder:
    """Save, tell the reporting owner and the domains waiting for the order to end, and publish the
    events once the transaction commits."""
    order.save()
    order_ended(order)
    notify_reporter(order, actor=actor, event=events[-1] if events else None)
    events_publish_on_commit(order, events)
    return order
