"""SLA: deadlines per priority (defaults and the company's own), missed levels in Python and in SQL,
and the periodic sweep: escalation once per missed deadline, notifications to the manager,
auto-closing after the reopen window, idempotent runs, one task per active company."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.notifications.models import Notification, NotificationKind
from saas.workorders.models import Priority, SlaPolicy, State, WorkOrder, WorkOrderEvent
from saas.workorders.sla import (
    DEFAULT_SLA,
    Deadlines,
    SlaTerms,
    deadlines_from,
    missed_level,
    missed_level_sql,
    sla_terms,
)
from saas.workorders.tasks import work_orders_sweep_all
from tenants.models import Company
from tests.workorders.conftest import Y_RESIDENT_PHONE, Repairs, gid, mutate

Report = Callable[..., dict[str, Any]]
START = datetime(2026, 11, 28, 9, 0, tzinfo=timezone.get_current_timezone())
URGENT = deadlines_from(START, DEFAULT_SLA[Priority.URGENT])


def test_default_terms_match_the_issue() -> None:
    assert DEFAULT_SLA[Priority.URGENT] == SlaTerms(respond_minutes=15, on_site_minutes=60, complete_minutes=24 * 60)
    assert (
        Deadlines(
            respond_by=START + timedelta(minutes=15),
            on_site_by=START + timedelta(hours=1),
            complete_by=START + timedelta(hours=24),
        )
        == URGENT
    )


@pytest.mark.parametrize(
    ("state", "after", "level"),
    [
        (State.SUBMITTED, timedelta(minutes=14), 0),
        (State.SUBMITTED, timedelta(minutes=16), 1),
        (State.ASSIGNED, timedelta(minutes=61), 2),
        (State.SUBMITTED, timedelta(hours=25), 3),
        (State.ACCEPTED, timedelta(minutes=30), 0),  # responded in time, not yet due on site
        (State.ACCEPTED, timedelta(minutes=61), 2),
        (State.ON_SITE, timedelta(hours=2), 0),  # there; completion not yet due
        (State.ON_SITE, timedelta(hours=25), 3),
        (State.REOPENED, timedelta(minutes=16), 1),
        (State.COMPLETED, timedelta(days=3), 0),
        (State.CANCELLED, timedelta(days=3), 0),
    ],
)
def test_missed_level(state: State, after: timedelta, level: int) -> None:
    assert missed_level(state=state, deadlines=URGENT, now=START + after) == level


def test_company_terms_override_the_defaults(repairs: Repairs) -> None:
    with tenant_context(repairs.company):
        assert sla_terms() == dict(DEFAULT_SLA)
        SlaPolicy.objects.create(priority=Priority.LOW, respond_minutes=60, on_site_minutes=600, complete_minutes=6000)
        assert sla_terms()[Priority.LOW] == SlaTerms(60, 600, 6000)
        assert sla_terms()[Priority.URGENT] == DEFAULT_SLA[Priority.URGENT]


def _pk(order: dict[str, Any]) -> int:
    return int(order["number"].rsplit("-", 1)[1])


def _age(repairs: Repairs, order_id: int, by: timedelta) -> None:
    """Move an order's submission and deadlines ``by`` into the past."""
    with tenant_context(repairs.company):
        order = WorkOrder.objects.get(pk=order_id)
        for name in ("created_at", "respond_by", "on_site_by", "complete_by", "assigned_at", "completed_at"):
            if getattr(order, name) is not None:
                setattr(order, name, getattr(order, name) - by)
        order.save()


def test_the_sql_level_is_the_python_level(repairs: Repairs, owner_report: Report) -> None:
    for priority in ("URGENT", "NORMAL", "LOW"):
        _age(repairs, _pk(owner_report(priority=priority)["workOrder"]), timedelta(minutes=45))
    now = timezone.now()
    with tenant_context(repairs.company):
        for order in WorkOrder.objects.annotate(level=missed_level_sql(now)):
            deadlines = Deadlines(order.respond_by, order.on_site_by, order.complete_by)
            assert order.level == missed_level(state=order.state, deadlines=deadlines, now=now)  # type: ignore[attr-defined]
        assert sorted(WorkOrder.objects.annotate(level=missed_level_sql(now)).values_list("level", flat=True)) == [
            0,
            1,
            1,
        ]


def _sweep() -> int:
    return int(work_orders_sweep_all.delay().get())


def test_an_overdue_order_is_escalated_once_per_missed_deadline(repairs: Repairs, owner_report: Report) -> None:
    order_id = _pk(owner_report(priority="URGENT")["workOrder"])
    _age(repairs, order_id, timedelta(minutes=20))
    assert _sweep() >= 1  # alpha (and beta) queued, run inline
    stored = repairs.order(order_id)
    assert (stored.escalation_level, stored.escalated_at is not None, stored.overdue_at is not None) == (1, True, True)
    _sweep()  # idempotent: nothing new
    with tenant_context(repairs.company):
        escalations = WorkOrderEvent.objects.filter(work_order_id=order_id, action="escalated")
        assert [(e.note, e.actor_name) for e in escalations] == [("响应超时", "系统")]
        alerts = Notification.objects.filter(kind=NotificationKind.WORK_ORDER_ESCALATED)
        assert [(n.recipient_id, n.body.split("：")[0]) for n in alerts] == [(repairs.manager.pk, "响应已超时")]
    _age(repairs, order_id, timedelta(minutes=45))  # now past the on-site deadline too
    _sweep()
    _sweep()
    assert repairs.order(order_id).escalation_level == 2
    with tenant_context(repairs.company):
        assert Notification.objects.filter(kind=NotificationKind.WORK_ORDER_ESCALATED).count() == 2


def test_without_a_manager_the_admins_hear_of_it(repairs: Repairs) -> None:
    order = mutate(
        repairs.client(repairs.desk_y),
        "workOrderSubmit",
        {
            "category": "PLUMBING",
            "priority": "URGENT",
            "description": "水管爆裂",
            "house": gid("House", repairs.house_y.pk),
            "contactPhone": Y_RESIDENT_PHONE,
        },
        "id number",
    )["workOrder"]
    _age(repairs, _pk(order), timedelta(minutes=20))
    _sweep()
    with tenant_context(repairs.company):
        alerts = Notification.objects.filter(kind=NotificationKind.WORK_ORDER_ESCALATED)
        assert list(alerts.values_list("recipient_id", flat=True)) == [repairs.admin.pk]


def test_getting_there_late_marks_the_order_overdue_without_the_sweep(repairs: Repairs, owner_report: Report) -> None:
    order = owner_report(priority="URGENT")["workOrder"]
    mutate(
        repairs.client(repairs.desk),
        "workOrderAssign",
        {"id": order["id"], "technician": gid("Technician", repairs.ma.pk)},
    )
    _age(repairs, _pk(order), timedelta(minutes=20))
    accepted = mutate(repairs.client(repairs.ma), "workOrderAccept", {"id": order["id"]}, "isOverdue escalationLevel")
    assert accepted["workOrder"] == {"isOverdue": True, "escalationLevel": 0}


def test_completed_orders_close_after_the_reopen_window(repairs: Repairs, owner_report: Report) -> None:
    ids = []
    for _ in range(3):
        order = owner_report()["workOrder"]
        mutate(
            repairs.client(repairs.desk),
            "workOrderAssign",
            {"id": order["id"], "technician": gid("Technician", repairs.ma.pk)},
        )
        for name in ("workOrderAccept", "workOrderArrive", "workOrderComplete"):
            mutate(repairs.client(repairs.ma), name, {"id": order["id"]})
        ids.append(_pk(order))
    expired, _recent, rated = ids
    mutate(repairs.client(repairs.owner), "workOrderRate", {"id": gid("WorkOrder", rated), "stars": 4})
    _age(repairs, expired, timedelta(days=8))
    _age(repairs, rated, timedelta(days=8))
    _sweep()
    _sweep()
    assert [repairs.order(pk).state for pk in ids] == [State.CLOSED, State.COMPLETED, State.RATED]
    with tenant_context(repairs.company):
        (closing,) = WorkOrderEvent.objects.filter(work_order_id=expired, action="closed")
        assert (closing.actor_id, closing.note) == (None, "返修期满，自动关闭")


def test_the_sweep_skips_suspended_and_expired_companies(company_a: Company, company_b: Company) -> None:
    assert work_orders_sweep_all.delay().get() == 2
    company_b.suspended_at = timezone.now()
    company_b.save()
    assert work_orders_sweep_all.delay().get() == 1
