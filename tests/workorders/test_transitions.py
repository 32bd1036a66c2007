"""A work order's life at the GraphQL boundary: who may make each move, the timeline it leaves,
the notifications it writes, and the refusals that change nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.notifications.models import Notification, NotificationKind
from saas.workorders.models import DispatchMode, State, WorkOrder, WorkOrderPolicy
from tests.graphql import error_codes
from tests.workorders.conftest import ORDER, Repairs, codes, gid, mutate, result

Report = Callable[..., dict[str, Any]]


def _pk(order: dict[str, Any]) -> int:
    return int(order["number"].rsplit("-", 1)[1])


def _assign(repairs: Repairs, order: dict[str, Any], technician: Any = None) -> dict[str, Any]:
    technician = technician or repairs.ma
    return mutate(
        repairs.client(repairs.desk),
        "workOrderAssign",
        {"id": order["id"], "technician": gid("Technician", technician.pk)},
    )


def _done(repairs: Repairs, order: dict[str, Any]) -> None:
    """Assigned to 马强, accepted, arrived, completed."""
    _assign(repairs, order)
    ma = repairs.client(repairs.ma)
    for name in ("workOrderAccept", "workOrderArrive", "workOrderComplete"):
        assert mutate(ma, name, {"id": order["id"]})["errors"] == []


def test_the_whole_path_leaves_a_timeline(repairs: Repairs, owner_report: Report) -> None:
    order = owner_report()["workOrder"]
    assert _assign(repairs, order)["workOrder"]["state"] == "ASSIGNED"
    ma = repairs.client(repairs.ma)
    assert mutate(ma, "workOrderAccept", {"id": order["id"]})["workOrder"]["state"] == "ACCEPTED"
    assert mutate(ma, "workOrderArrive", {"id": order["id"], "note": "已到楼下"})["workOrder"]["state"] == "ON_SITE"
    done = mutate(ma, "workOrderComplete", {"id": order["id"], "note": "更换角阀，试水无渗漏"})
    assert done["workOrder"]["state"] == "COMPLETED"
    rated = mutate(
        repairs.client(repairs.owner), "workOrderRate", {"id": order["id"], "stars": 5, "comment": "师傅很专业"}
    )
    assert rated["workOrder"]["state"] == "RATED"
    timeline = result(repairs.client(repairs.owner).execute(ORDER, {"id": order["id"]}), "workOrder")["timeline"]
    assert [(e["action"], e["fromState"], e["toState"], e["actorName"]) for e in timeline] == [
        ("SUBMITTED", None, "SUBMITTED", "张伟"),
        ("ASSIGNED", "SUBMITTED", "ASSIGNED", "孙丽"),
        ("ACCEPTED", "ASSIGNED", "ACCEPTED", "马强"),
        ("ARRIVED", "ACCEPTED", "ON_SITE", "马强"),
        ("COMPLETED", "ON_SITE", "COMPLETED", "马强"),
        ("RATED", "COMPLETED", "RATED", "张伟"),
    ]
    assert timeline[4]["note"] == "更换角阀，试水无渗漏" and timeline[5]["note"] == "师傅很专业"
    stored = repairs.order(_pk(order))
    assert (stored.rating, stored.rating_comment) == (5, "师傅很专业")
    assert stored.accepted_at and stored.on_site_at and stored.completed_at and stored.closed_at
    with tenant_context(repairs.company):
        to_owner = Notification.objects.filter(recipient=repairs.owner).order_by("id")
        assert [n.title for n in to_owner] == [
            "报修进度：待接单",
            "报修进度：已接单",
            "报修进度：维修中",
            "报修进度：已完工",
        ]  # not for their own rating
        assert Notification.objects.filter(recipient=repairs.ma, kind=NotificationKind.WORK_ORDER_ASSIGNED).count() == 1


def test_only_the_assignee_works_on_an_order(repairs: Repairs, owner_report: Report) -> None:
    order = owner_report()["workOrder"]
    _assign(repairs, order)
    # 刘海波 works in the same community but the order is not his: outside his scope altogether.
    body = repairs.client(repairs.liu).execute(
        "mutation($i: WorkOrderAcceptInput!) { workOrderAccept(input: $i) { errors { code } } }",
        {"i": {"id": order["id"]}},
    )
    assert error_codes(body) == ["FORBIDDEN"]
    # The admin may see it, but accepting is the assignee's.
    assert codes(mutate(repairs.client(repairs.admin), "workOrderAccept", {"id": order["id"]})) == [
        ("id", "NOT_ASSIGNEE")
    ]
    assert repairs.order(_pk(order)).state == State.ASSIGNED


def test_grab_the_first_takes_it_the_other_is_told(repairs: Repairs, owner_report: Report) -> None:
    repairs.dispatch(repairs.x, DispatchMode.GRAB)
    order = owner_report()["workOrder"]
    first = mutate(repairs.client(repairs.liu), "workOrderAccept", {"id": order["id"]}, "state assigneeName")
    assert first["workOrder"] == {"state": "ACCEPTED", "assigneeName": "刘海波"}
    late = mutate(repairs.client(repairs.ma, language="en"), "workOrderAccept", {"id": order["id"]})
    assert late["errors"] == [
        {"field": "id", "code": "ALREADY_TAKEN", "message": "Another technician has already taken this order."}
    ]
    # 马强 still sees what became of the order he was offered.
    seen = result(repairs.client(repairs.ma).execute(ORDER, {"id": order["id"]}), "workOrder")
    assert (seen["state"], seen["assigneeName"]) == ("ACCEPTED", "刘海波")
    stored = repairs.order(_pk(order))
    assert stored.assignee_id == repairs.liu.pk and stored.accepted_at is not None


def test_desk_reassigns_before_anyone_is_on_site(repairs: Repairs, owner_report: Report) -> None:
    order = owner_report()["workOrder"]
    _assign(repairs, order)
    mutate(repairs.client(repairs.ma), "workOrderAccept", {"id": order["id"]})
    moved = _assign(repairs, order, repairs.liu)
    assert moved["workOrder"]["state"] == "ASSIGNED"
    assert repairs.order(_pk(order)).assignee_id == repairs.liu.pk
    # 马强 no longer sees it.
    assert result(repairs.client(repairs.ma).execute(ORDER, {"id": order["id"]}), "workOrder") is None


def test_desk_assigns_only_technicians_of_the_community(repairs: Repairs, owner_report: Report) -> None:
    order = owner_report()["workOrder"]
    for someone in (repairs.wu, repairs.desk_no_pii, repairs.owner):
        assert codes(_assign(repairs, order, someone)) == [("technician", "TECHNICIAN_NOT_FOUND")]
    assert repairs.order(_pk(order)).state == State.SUBMITTED


def test_owner_cancels_before_on_site_with_a_reason(repairs: Repairs, owner_report: Report) -> None:
    order = owner_report()["workOrder"]
    _assign(repairs, order)
    owner = repairs.client(repairs.owner)
    assert codes(mutate(owner, "workOrderCancel", {"id": order["id"], "reason": " "})) == [("reason", "REQUIRED")]
    cancelled = mutate(owner, "workOrderCancel", {"id": order["id"], "reason": "自己修好了"})
    assert cancelled["workOrder"]["state"] == "CANCELLED"
    assert repairs.order(_pk(order)).closed_at is not None


def test_other_owners_cannot_touch_an_order(repairs: Repairs, owner_report: Report) -> None:
    order = owner_report()["workOrder"]
    stranger = repairs.client(repairs.other_owner)
    for name, extra in (
        ("workOrderCancel", {"reason": "x"}),
        ("workOrderRate", {"stars": 1}),
        ("workOrderReopen", {"reason": "x"}),
    ):
        type_name = name[0].upper() + name[1:]
        body = stranger.execute(
            f"mutation($i: {type_name}Input!) {{ {name}(input: $i) {{ errors {{ code }} }} }}",
            {"i": {"id": order["id"], **extra}},
        )
        assert error_codes(body) == ["FORBIDDEN"], name
    assert result(stranger.execute(ORDER, {"id": order["id"]}), "workOrder") is None
    assert repairs.order(_pk(order)).state == State.SUBMITTED


def test_rating_is_one_to_five_stars(repairs: Repairs, owner_report: Report) -> None:
    order = owner_report()["workOrder"]
    _done(repairs, order)
    owner = repairs.client(repairs.owner)
    for stars in (0, 6):
        assert codes(mutate(owner, "workOrderRate", {"id": order["id"], "stars": stars})) == [
            ("stars", "RATING_OUT_OF_RANGE")
        ]
    assert repairs.order(_pk(order)).state == State.COMPLETED


def test_reopen_within_the_window_goes_back_to_the_same_technician(repairs: Repairs, owner_report: Report) -> None:
    order = owner_report(priority="URGENT")["workOrder"]
    _done(repairs, order)
    with tenant_context(repairs.company):
        WorkOrder.objects.filter(pk=_pk(order)).update(escalation_level=2)
    reopened = mutate(repairs.client(repairs.owner), "workOrderReopen", {"id": order["id"], "reason": "又开始滴水"})
    assert reopened["workOrder"]["state"] == "REOPENED"
    stored = repairs.order(_pk(order))
    assert stored.assignee_id == repairs.ma.pk and stored.escalation_level == 0
    assert stored.respond_by - stored.reopened_at == timedelta(minutes=15)  # fresh deadlines
    with tenant_context(repairs.company):
        back = Notification.objects.filter(recipient=repairs.ma).order_by("-id").first()
        assert back is not None and back.title.startswith("返修工单")
    again = mutate(repairs.client(repairs.ma), "workOrderAccept", {"id": order["id"]})
    assert again["workOrder"]["state"] == "ACCEPTED"


def test_reopen_after_the_window_is_refused(repairs: Repairs, owner_report: Report) -> None:
    order = owner_report()["workOrder"]
    _done(repairs, order)
    days = repairs.in_schema(lambda: WorkOrderPolicy.current().reopen_days)
    with tenant_context(repairs.company):
        WorkOrder.objects.filter(pk=_pk(order)).update(completed_at=timezone.now() - timedelta(days=days, minutes=1))
    payload = mutate(repairs.client(repairs.owner), "workOrderReopen", {"id": order["id"], "reason": "又坏了"})
    assert codes(payload) == [("id", "REOPEN_WINDOW_CLOSED")]
    assert payload["errors"][0]["message"] == "完工已超过 7 天，不能再申请返修，请重新报修。"
    assert repairs.order(_pk(order)).state == State.COMPLETED


def test_staff_reported_orders_are_closed_by_the_desk(repairs: Repairs, owner_report: Report) -> None:
    order = owner_report()["workOrder"]
    _done(repairs, order)
    closed = mutate(repairs.client(repairs.desk), "workOrderClose", {"id": order["id"], "note": "电话回访满意"})
    assert closed["workOrder"]["state"] == "CLOSED"
    # Staff may not rate or reopen: those are the owner's.
    body = repairs.client(repairs.desk).execute(
        "mutation($i: WorkOrderRateInput!) { workOrderRate(input: $i) { errors { code } } }",
        {"i": {"id": order["id"], "stars": 5}},
    )
    assert error_codes(body) == ["FORBIDDEN"]


@pytest.mark.parametrize("name", ["workOrderAccept", "workOrderArrive", "workOrderComplete", "workOrderClose"])
def test_a_missing_order_is_not_found(repairs: Repairs, name: str) -> None:
    client = repairs.client(repairs.admin)
    assert codes(mutate(client, name, {"id": gid("WorkOrder", 999999)})) == [("id", "NOT_FOUND")]


def test_a_foreign_id_is_bad_input(repairs: Repairs) -> None:
    body = repairs.client(repairs.admin).execute(
        "mutation($i: WorkOrderAcceptInput!) { workOrderAccept(input: $i) { errors { code } } }",
        {"i": {"id": gid("House", repairs.house.pk)}},
    )
    assert error_codes(body) == ["BAD_USER_INPUT"]
