"""Moving a work order along its states, one locked row at a time.

Each service locks the order (``SELECT … FOR UPDATE``), checks who is asking and whether the
state table allows the move, writes the timeline, notifies, and publishes on commit. Two calls
on one order queue behind the lock and the second sees what the first did: two technicians
grabbing the same order give one assignee and one ``ALREADY_TAKEN``.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from saas.accounts.models import User
from saas.core.errors import DomainError
from saas.workorders.dispatch import technicians_of
from saas.workorders.errors import WorkOrderErrorCode
from saas.workorders.models import Action, Priority, State, WorkOrder, WorkOrderOffer, WorkOrderPolicy
from saas.workorders.notices import notify_assigned
from saas.workorders.services.common import (
    NOTE_LIMIT,
    REASON_LIMIT,
    clean_text,
    finish,
    mark_if_late,
    move,
    order_locked,
)
from saas.workorders.sla import deadlines_from, sla_terms
from saas.workorders.states import check_transition

RATING_COMMENT_LIMIT = 500


@transaction.atomic
def work_order_assign(*, order_id: int, technician_id: int, actor: User, note: str = "") -> WorkOrder:
    """The service desk gives the order to a technician of its community (or gives it to another)."""
    note = clean_text(note, field="note", limit=NOTE_LIMIT, required=False)
    order = order_locked(order_id)
    check_transition(order.state, State.ASSIGNED)
    technician = technicians_of(order.community_id).filter(pk=technician_id).first()
    if technician is None:
        raise DomainError(WorkOrderErrorCode.TECHNICIAN_NOT_FOUND, field="technician")
    event = move(order, State.ASSIGNED, Action.ASSIGNED, actor=actor, note=note or technician.display_name)
    order.assignee = technician
    order.assigned_at = timezone.now()
    notify_assigned(order)
    return finish(order, [event], actor=actor)


def _holds_offer(order: WorkOrder, technician: User) -> bool:
    return WorkOrderOffer.objects.filter(work_order=order, technician=technician).exists()


@transaction.atomic
def work_order_accept(*, order_id: int, technician: User) -> WorkOrder:
    """接单: the assignee accepts, or (grab) an offered technician takes an order nobody has yet."""
    order = order_locked(order_id)
    offered = _holds_offer(order, technician)
    if order.assignee_id is None and offered:
        event = move(order, State.ACCEPTED, Action.ACCEPTED, actor=technician, note="抢单")
        order.assignee = technician
        order.assigned_at = timezone.now()
    elif order.assignee_id != technician.pk:
        raise DomainError(WorkOrderErrorCode.ALREADY_TAKEN if offered else WorkOrderErrorCode.NOT_ASSIGNEE, field="id")
    else:
        event = move(order, State.ACCEPTED, Action.ACCEPTED, actor=technician)
    order.accepted_at = order.accepted_at or timezone.now()
    mark_if_late(order, "respond_by")
    return finish(order, [event], actor=technician)


def _assignee_locked(order_id: int, technician: User) -> WorkOrder:
    order = order_locked(order_id)
    if order.assignee_id != technician.pk:
        raise DomainError(WorkOrderErrorCode.NOT_ASSIGNEE, field="id")
    return order


@transaction.atomic
def work_order_arrive(*, order_id: int, technician: User, note: str = "") -> WorkOrder:
    """到场: the assignee is at the place."""
    note = clean_text(note, field="note", limit=NOTE_LIMIT, required=False)
    order = _assignee_locked(order_id, technician)
    event = move(order, State.ON_SITE, Action.ARRIVED, actor=technician, note=note)
    order.on_site_at = order.on_site_at or timezone.now()
    mark_if_late(order, "on_site_by")
    return finish(order, [event], actor=technician)


@transaction.atomic
def work_order_complete(*, order_id: int, technician: User, note: str = "") -> WorkOrder:
    """完工: the assignee has fixed it; what was done goes in the note."""
    note = clean_text(note, field="note", limit=NOTE_LIMIT, required=False)
    order = _assignee_locked(order_id, technician)
    event = move(order, State.COMPLETED, Action.COMPLETED, actor=technician, note=note)
    order.completed_at = timezone.now()
    mark_if_late(order, "complete_by")
    return finish(order, [event], actor=technician)


def _reporter_locked(order_id: int, user: User) -> WorkOrder:
    order = order_locked(order_id)
    if order.reporter_id != user.pk:
        raise DomainError(WorkOrderErrorCode.NOT_REPORTER, field="id")
    return order


@transaction.atomic
def work_order_cancel(*, order_id: int, actor: User, reason: str) -> WorkOrder:
    """取消, before anyone is on site: by the owner who reported it, or by the service desk (the
    API lets staff through only with WORKORDER_MANAGE)."""
    reason = clean_text(reason, field="reason", limit=REASON_LIMIT, required=True)
    order = order_locked(order_id) if actor.is_staff else _reporter_locked(order_id, actor)
    event = move(order, State.CANCELLED, Action.CANCELLED, actor=actor, note=reason)
    order.closed_at = timezone.now()
    return finish(order, [event], actor=actor)


@transaction.atomic
def work_order_rate(*, order_id: int, owner: User, stars: int, comment: str = "") -> WorkOrder:
    """评价: the owner who reported it gives 1–5 stars; that ends the order."""
    comment = clean_text(comment, field="comment", limit=RATING_COMMENT_LIMIT, required=False)
    if not 1 <= stars <= 5:
        raise DomainError(WorkOrderErrorCode.RATING_OUT_OF_RANGE, field="stars")
    order = _reporter_locked(order_id, owner)
    event = move(order, State.RATED, Action.RATED, actor=owner, note=comment)
    order.rating, order.rating_comment = stars, comment
    order.rated_at = order.closed_at = timezone.now()
    return finish(order, [event], actor=owner)


@transaction.atomic
def work_order_reopen(*, order_id: int, owner: User, reason: str) -> WorkOrder:
    """返修: within the company's reopen window after completion, the owner sends it back to the
    same technician, with fresh deadlines."""
    reason = clean_text(reason, field="reason", limit=REASON_LIMIT, required=True)
    order = _reporter_locked(order_id, owner)
    check_transition(order.state, State.REOPENED)
    days = WorkOrderPolicy.current().reopen_days
    assert order.completed_at is not None
    if timezone.now() - order.completed_at > timedelta(days=days):
        raise DomainError(WorkOrderErrorCode.REOPEN_WINDOW_CLOSED, field="id", days=days)
    event = move(order, State.REOPENED, Action.REOPENED, actor=owner, note=reason)
    now = timezone.now()
    deadlines = deadlines_from(now, sla_terms()[Priority(order.priority)])
    order.respond_by, order.on_site_by, order.complete_by = (
        deadlines.respond_by,
        deadlines.on_site_by,
        deadlines.complete_by,
    )
    order.reopened_at = now
    order.escalation_level = 0
    if order.assignee_id is not None:
        notify_assigned(order, reopened=True)
    return finish(order, [event], actor=owner)


@transaction.atomic
def work_order_close(*, order_id: int, actor: User | None, note: str = "") -> WorkOrder:
    """关闭 a completed order without a rating: by the service desk, or by the sweep once the
    reopen window has passed (``actor`` None)."""
    note = clean_text(note, field="note", limit=NOTE_LIMIT, required=False)
    order = order_locked(order_id)
    event = move(order, State.CLOSED, Action.CLOSED, actor=actor, note=note)
    order.closed_at = timezone.now()
    return finish(order, [event], actor=actor)
