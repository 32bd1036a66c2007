"""Statistics per community and technician; the repair rules (dispatch modes, SLA, reopen window,
technicians' skills and duty); the notification centre."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.notifications.models import Notification
from saas.workorders.models import SlaPolicy, State, WorkOrder
from saas.workorders.services.submission import WorkOrderReport, work_order_submit
from saas.workorders.services.transitions import (
    work_order_accept,
    work_order_arrive,
    work_order_assign,
    work_order_cancel,
    work_order_complete,
    work_order_rate,
)
from tests.graphql import GraphQLClient, error_codes
from tests.workorders.conftest import Y_RESIDENT_PHONE, Repairs, codes, gid, result

STATISTICS = """
query($community: ID) {
  workOrderStatistics(community: $community) {
    overall { total byState { state count } averageResponseMinutes averageOnSiteMinutes averageCompletionMinutes
              overdueRate averageRating rated }
    communities { communityName figures { total } }
    technicians { technicianId technicianName figures { total averageRating overdueRate } }
  }
}
"""


def _timeline(repairs: Repairs, *, response: int, on_site: int, done: int, stars: int | None, late: bool) -> int:
    """An order worked by 马强 with the given minutes from submission to each step."""
    with tenant_context(repairs.company):
        order = work_order_submit(
            reporter=repairs.owner,
            report=WorkOrderReport(category="plumbing", description="漏水", house_id=repairs.house.pk),
        )
        work_order_assign(order_id=order.pk, technician_id=repairs.ma.pk, actor=repairs.desk)
        work_order_accept(order_id=order.pk, technician=repairs.ma)
        work_order_arrive(order_id=order.pk, technician=repairs.ma)
        work_order_complete(order_id=order.pk, technician=repairs.ma)
        if stars:
            work_order_rate(order_id=order.pk, owner=repairs.owner, stars=stars)
        start = timezone.now() - timedelta(days=1)
        WorkOrder.objects.filter(pk=order.pk).update(
            created_at=start,
            accepted_at=start + timedelta(minutes=response),
            on_site_at=start + timedelta(minutes=on_site),
            completed_at=start + timedelta(minutes=done),
            overdue_at=start if late else None,
        )
        return order.pk


def test_statistics_overall_per_community_and_per_technician(repairs: Repairs) -> None:
    _timeline(repairs, response=10, on_site=40, done=100, stars=5, late=False)
    _timeline(repairs, response=20, on_site=80, done=200, stars=3, late=True)
    with tenant_context(repairs.company):
        cancelled = work_order_submit(
            reporter=repairs.owner,
            report=WorkOrderReport(category="other", description="不用修了", house_id=repairs.house.pk),
        )
        work_order_cancel(order_id=cancelled.pk, actor=repairs.owner, reason="已自行处理")
        work_order_submit(
            reporter=repairs.desk_y,
            report=WorkOrderReport(
                category="plumbing", description="Y 漏水", house_id=repairs.house_y.pk, contact_phone=Y_RESIDENT_PHONE
            ),
        )
    stats = result(repairs.client(repairs.manager).execute(STATISTICS, {}), "workOrderStatistics")
    overall = stats["overall"]
    assert overall["total"] == 3  # the manager's community only
    by_state = {row["state"]: row["count"] for row in overall["byState"]}
    assert (by_state["RATED"], by_state["CANCELLED"], by_state["SUBMITTED"]) == (2, 1, 0)
    assert (overall["averageResponseMinutes"], overall["averageOnSiteMinutes"]) == (15.0, 60.0)
    assert overall["averageCompletionMinutes"] == 150.0
    assert (overall["overdueRate"], overall["averageRating"], overall["rated"]) == (0.5, 4.0, 2)
    assert [c["communityName"] for c in stats["communities"]] == ["京华园"]
    (technician,) = stats["technicians"]
    assert technician["technicianName"] == "马强" and technician["technicianId"] == gid("Technician", repairs.ma.pk)
    assert technician["figures"] == {"total": 2, "averageRating": 4.0, "overdueRate": 0.5}
    everything = result(repairs.client(repairs.admin).execute(STATISTICS, {}), "workOrderStatistics")
    assert everything["overall"]["total"] == 4
    assert [c["communityName"] for c in everything["communities"]] == ["京华园", "清河嘉园"]


def test_statistics_are_for_the_desk_and_managers_of_that_community(repairs: Repairs) -> None:
    variables = {"community": gid("Community", repairs.x.pk)}
    assert error_codes(repairs.client(repairs.desk_y).execute(STATISTICS, variables)) == ["FORBIDDEN"]
    assert error_codes(repairs.client(repairs.ma).execute(STATISTICS, variables)) == ["FORBIDDEN"]
    assert error_codes(repairs.client(repairs.owner).execute(STATISTICS, variables)) == ["FORBIDDEN"]
    empty = result(repairs.client(repairs.desk).execute(STATISTICS, variables), "workOrderStatistics")["overall"]
    assert (empty["total"], empty["overdueRate"], empty["averageRating"]) == (0, None, None)


# --- rules --------------------------------------------------------------------------------------

DISPATCH_SET = """
mutation($input: DispatchModeSetInput!) {
  dispatchModeSet(input: $input) { errors { field code } dispatch { name mode communityId } }
}
"""
POLICY_UPDATE = """
mutation($input: WorkOrderPolicyUpdateInput!) {
  workOrderPolicyUpdate(input: $input) {
    errors { field code message } policy { reopenDays sla { priority respondMinutes onSiteMinutes completeMinutes } }
  }
}
"""


def test_a_manager_sets_the_dispatch_mode_of_their_community(repairs: Repairs) -> None:
    manager = repairs.client(repairs.manager)
    payload = result(
        manager.execute(DISPATCH_SET, {"input": {"community": gid("Community", repairs.x.pk), "mode": "GRAB"}}),
        "dispatchModeSet",
    )
    assert payload == {
        "errors": [],
        "dispatch": {"name": "京华园", "mode": "GRAB", "communityId": gid("Community", repairs.x.pk)},
    }
    modes = manager.data("{ dispatchModes { edges { node { name mode } } } }")["dispatchModes"]["edges"]
    assert [e["node"] for e in modes] == [{"name": "京华园", "mode": "GRAB"}]
    other = manager.execute(DISPATCH_SET, {"input": {"community": gid("Community", repairs.y.pk), "mode": "AUTO"}})
    assert error_codes(other) == ["FORBIDDEN"]
    desk = repairs.client(repairs.desk).execute(
        DISPATCH_SET, {"input": {"community": gid("Community", repairs.x.pk), "mode": "AUTO"}}
    )
    assert error_codes(desk) == ["FORBIDDEN"]  # the desk uses the rules, managers set them


def test_the_company_sla_and_reopen_window_are_the_admins(repairs: Repairs) -> None:
    admin = repairs.client(repairs.admin)
    urgent = {"priority": "URGENT", "respondMinutes": 10, "onSiteMinutes": 45, "completeMinutes": 720}
    payload = result(
        admin.execute(POLICY_UPDATE, {"input": {"reopenDays": 3, "sla": [urgent]}}), "workOrderPolicyUpdate"
    )
    assert payload["errors"] == [] and payload["policy"]["reopenDays"] == 3
    assert payload["policy"]["sla"][0] == urgent
    assert error_codes(repairs.client(repairs.manager).execute(POLICY_UPDATE, {"input": {"reopenDays": 5}})) == [
        "FORBIDDEN"
    ]
    read = repairs.client(repairs.ma).data("{ workOrderPolicy { reopenDays sla { priority respondMinutes } } }")
    assert read["workOrderPolicy"]["reopenDays"] == 3


def test_bad_rules_are_refused_together_and_change_nothing(repairs: Repairs) -> None:
    bad = [
        {"priority": "URGENT", "respondMinutes": 0, "onSiteMinutes": 45, "completeMinutes": 720},
        {"priority": "NORMAL", "respondMinutes": 60, "onSiteMinutes": 30, "completeMinutes": 720},
        {"priority": "NORMAL", "respondMinutes": 10, "onSiteMinutes": 30, "completeMinutes": 720},
    ]
    body = repairs.client(repairs.admin, language="en").execute(POLICY_UPDATE, {"input": {"reopenDays": 0, "sla": bad}})
    payload = result(body, "workOrderPolicyUpdate")
    assert codes(payload) == [
        ("reopenDays", "REOPEN_DAYS_OUT_OF_RANGE"),
        ("sla.0", "MINUTES_OUT_OF_RANGE"),
        ("sla.1", "DEADLINES_OUT_OF_ORDER"),
        ("sla.2", "PRIORITY_REPEATED"),
    ]
    assert payload["errors"][0]["message"] == "The reopen window must be 1 to 30 days."
    assert repairs.in_schema(lambda: SlaPolicy.objects.count()) == 0


TECHNICIANS = """
query($community: ID, $category: WorkOrderCategory, $onDuty: Boolean) {
  technicians(community: $community, category: $category, onDuty: $onDuty) {
    edges { node { id name skills onDuty openOrders } }
  }
}
"""


def _names(repairs: Repairs, user: Any, **variables: Any) -> list[str]:
    edges = repairs.client(user).data(TECHNICIANS, variables)["technicians"]["edges"]
    return [e["node"]["name"] for e in edges]


def test_the_desk_picks_among_the_technicians_of_its_communities(repairs: Repairs) -> None:
    assert _names(repairs, repairs.desk) == sorted(["马强", "刘海波", "赵刚"])
    assert _names(repairs, repairs.desk, category="ELECTRICAL") == ["刘海波"]
    assert _names(repairs, repairs.desk, onDuty=False) == ["赵刚"]
    assert _names(repairs, repairs.desk_y) == ["吴师傅"]
    assert _names(repairs, repairs.ma) == ["马强"]
    assert sorted(_names(repairs, repairs.admin)) == sorted(["马强", "刘海波", "赵刚", "吴师傅"])


PROFILE_SET = """
mutation($input: TechnicianProfileSetInput!) {
  technicianProfileSet(input: $input) { errors { field code } technician { name skills onDuty openOrders } }
}
"""
DUTY_SET = """
mutation($input: TechnicianDutySetInput!) {
  technicianDutySet(input: $input) { errors { field code } technician { name onDuty } }
}
"""


def test_a_manager_sets_skills_and_a_technician_their_duty(repairs: Repairs) -> None:
    manager = repairs.client(repairs.manager)
    variables = {"input": {"technician": gid("Technician", repairs.zhao.pk), "skills": ["ACCESS_CONTROL", "ELEVATOR"]}}
    payload = result(manager.execute(PROFILE_SET, variables), "technicianProfileSet")
    assert payload["technician"] == {
        "name": "赵刚",
        "skills": ["ELEVATOR", "ACCESS_CONTROL"],
        "onDuty": False,
        "openOrders": 0,
    }
    on = result(repairs.client(repairs.zhao).execute(DUTY_SET, {"input": {"onDuty": True}}), "technicianDutySet")
    assert on["technician"] == {"name": "赵刚", "onDuty": True}
    elsewhere = manager.execute(
        PROFILE_SET, {"input": {"technician": gid("Technician", repairs.wu.pk), "onDuty": False}}
    )
    assert error_codes(elsewhere) == ["FORBIDDEN"]
    not_one = manager.execute(
        PROFILE_SET, {"input": {"technician": gid("Technician", repairs.desk.pk), "onDuty": True}}
    )
    assert codes(result(not_one, "technicianProfileSet")) == [("technician", "NOT_A_TECHNICIAN")]
    admin_duty = repairs.client(repairs.admin).execute(DUTY_SET, {"input": {"onDuty": True}})
    assert codes(result(admin_duty, "technicianDutySet")) == [("technician", "NOT_A_TECHNICIAN")]


# --- notification centre ----------------------------------------------------------------------

INBOX = (
    "query($unread: Boolean!) { notifications(unreadOnly: $unread) { totalCount edges { node { id title isRead } } } }"
)
MARK = """
mutation($input: NotificationsMarkReadInput!) { notificationsMarkRead(input: $input) { errors { code } marked } }
"""


def test_the_inbox_is_ones_own_and_marks_read(repairs: Repairs) -> None:
    with tenant_context(repairs.company):
        for n in range(3):
            order = work_order_submit(
                reporter=repairs.owner,
                report=WorkOrderReport(category="plumbing", description=f"漏水 {n}", house_id=repairs.house.pk),
            )
            work_order_assign(order_id=order.pk, technician_id=repairs.ma.pk, actor=repairs.desk)
    ma = repairs.client(repairs.ma)
    inbox = ma.data(INBOX, {"unread": True})["notifications"]
    assert inbox["totalCount"] == 3
    first = inbox["edges"][0]["node"]["id"]
    owner_ids = [
        e["node"]["id"] for e in repairs.client(repairs.owner).data(INBOX, {"unread": True})["notifications"]["edges"]
    ]
    assert result(ma.execute(MARK, {"input": {"ids": [first, *owner_ids]}}), "notificationsMarkRead")["marked"] == 1
    assert ma.data(INBOX, {"unread": True})["notifications"]["totalCount"] == 2
    assert repairs.client(repairs.owner).data(INBOX, {"unread": True})["notifications"]["totalCount"] == 3  # untouched
    assert result(ma.execute(MARK, {"input": {}}), "notificationsMarkRead")["marked"] == 2
    assert ma.data(INBOX, {"unread": False})["notifications"]["totalCount"] == 3
    english = repairs.client(repairs.ma, language="en").data(INBOX, {"unread": False})["notifications"]["edges"]
    assert english[0]["node"]["title"].startswith("New order BX")
    assert (
        repairs.in_schema(lambda: Notification.objects.filter(read_at__isnull=True, recipient=repairs.ma).count()) == 0
    )


def test_the_inbox_needs_a_login(repairs: Repairs) -> None:
    anonymous = GraphQLClient(repairs.client(repairs.ma).host)
    assert error_codes(anonymous.execute(INBOX, {"unread": False})) == ["UNAUTHENTICATED"]


@pytest.mark.parametrize("count", [201])
def test_marking_too_many_at_once_is_refused(repairs: Repairs, count: int) -> None:
    ids = [gid("Notification", n + 1) for n in range(count)]
    payload = result(repairs.client(repairs.ma).execute(MARK, {"input": {"ids": ids}}), "notificationsMarkRead")
    assert [e["code"] for e in payload["errors"]] == ["TOO_MANY"]


def test_states_unused_here_are_still_listed(repairs: Repairs) -> None:
    stats = result(repairs.client(repairs.admin).execute(STATISTICS, {}), "workOrderStatistics")
    assert [row["state"] for row in stats["overall"]["byState"]] == [s.name for s in State]
