"""What work orders write to the notification centre, in both languages.

* a technician, when an order is assigned to them, offered to them (grab) or reopened on them;
* the owner who reported an order, on each change of its state they did not make themselves;
* the community's managers (or, without one, the admins), when an order misses a deadline.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

from django.db.models import QuerySet
from django.utils import timezone

from permissions.roles import Role
from saas.accounts.models import User
from saas.core.rows import rows_insert
from saas.notifications.models import Notification, NotificationKind
from saas.notifications.outbox import Letter, outbox_enqueue
from saas.notifications.services import (
    Addressed,
    NotificationText,
    Target,
    notifications_announced,
    notifications_made,
    notifications_push,
)
from saas.notifications.templates import MessageKind
from saas.workorders.dispatch import works_in
from saas.workorders.labels import CATEGORY_EN, STATE_EN
from saas.workorders.models import Category, State, WorkOrder, WorkOrderEvent

STAGE = MappingProxyType({1: ("响应", "response"), 2: ("到场", "arrival"), 3: ("完成", "completion")})


def _subject(order: WorkOrder) -> tuple[str, str]:
    category = Category(order.category)
    where = f"{order.community.name} {order.place}"
    return f"{where}（{category.label}）", f"{where} ({CATEGORY_EN[category]})"


def _push(recipients: Iterable[int], kind: NotificationKind, order: WorkOrder, text: NotificationText) -> None:
    notifications_push(recipient_ids=recipients, kind=kind, text=text, target=Target("WorkOrder", order.pk))


def notify_assigned(order: WorkOrder, *, reopened: bool = False) -> None:
    notice = assigned_notice(order, reopened=reopened)
    rows_insert(notice)
    notifications_announced(notice)


def assigned_notice(order: WorkOrder, *, reopened: bool = False) -> list[Notification]:
    """The assignee's notification of an assigned (or reopened) order, not saved yet."""
    zh, en = _subject(order)
    if reopened:
        text = NotificationText(
            f"返修工单 {order.number}", f"业主申请返修：{zh}", f"Reopened {order.number}", f"The owner reopened: {en}"
        )
    else:
        text = NotificationText(
            f"新工单 {order.number}", f"派给您：{zh}", f"New order {order.number}", f"Assigned to you: {en}"
        )
    assert order.assignee_id is not None
    addressed = Addressed(order.assignee_id, text, Target("WorkOrder", order.pk))
    return notifications_made([addressed], kind=NotificationKind.WORK_ORDER_ASSIGNED)


def notify_offered(order: WorkOrder, technician_ids: Iterable[int]) -> None:
    zh, en = _subject(order)
    text = NotificationText(
        f"可抢工单 {order.number}", f"先到先得：{zh}", f"Open order {order.number}", f"First come, first served: {en}"
    )
    _push(technician_ids, NotificationKind.WORK_ORDER_OFFERED, order, text)


def reporter_hears(order: WorkOrder, *, actor: User | None) -> bool:
    """Whether the owner who reported ``order`` hears of a change made by ``actor`` (None: the
    system): staff reporters do not, nor anyone of their own changes."""
    reporter = order.reporter
    return not reporter.is_staff and (actor is None or actor.pk != reporter.pk)


def notify_reporter(order: WorkOrder, *, actor: User | None, event: WorkOrderEvent | None = None) -> None:
    """The owner who reported it hears of every state change but their own: in-app, and by SMS /
    WeChat through the outbox (one message per timeline event)."""
    if not reporter_hears(order, actor=actor):
        return
    reporter = order.reporter
    state = State(order.state)
    text = NotificationText(
        f"报修进度：{state.label}",
        f"您的报修 {order.number} {state.label}。",
        f"Repair update: {STATE_EN[state]}",
        f"Your repair request {order.number} is now {STATE_EN[state]}.",
    )
    _push([reporter.pk], NotificationKind.WORK_ORDER_UPDATED, order, text)
    step = event.pk if event is not None else f"{order.state}{timezone.now():%Y%m%d%H%M%S%f}"
    letter = Letter(
        key=f"w{order.pk}.e{step}.u{reporter.pk}",
        user_id=reporter.pk,
        phone=reporter.phone,
        params={"number": order.number, "state": state.label},
        community_id=order.community_id,
    )
    outbox_enqueue(kind=MessageKind.REPAIR_UPDATED, letters=[letter], target=Target("WorkOrder", order.pk))


def managers_of(community_id: int) -> QuerySet[User]:
    """Who hears of escalations: the community's managers, else the company's admins."""
    managers = User.objects.filter(is_active=True, groups__name=Role.MANAGER.value).filter(works_in(community_id))
    if managers.exists():
        return managers
    return User.objects.filter(is_active=True, groups__name=Role.ADMIN.value)


def notify_escalated(order: WorkOrder, level: int) -> None:
    zh, en = _subject(order)
    stage_zh, stage_en = STAGE[level]
    text = NotificationText(
        f"工单超时 {order.number}",
        f"{stage_zh}已超时：{zh}",
        f"Overdue {order.number}",
        f"The {stage_en} deadline has passed: {en}",
    )
    _push(
        managers_of(order.community_id).values_list("pk", flat=True), NotificationKind.WORK_ORDER_ESCALATED, order, text
    )
