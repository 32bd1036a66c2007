"""Reporting: owners for their houses, staff for houses and public areas, every bad input typed
(Chinese by default, English on request) with nothing written, dispatch by the community's mode."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.db import connection
from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.notifications.models import Notification, NotificationKind
from saas.workorders import dispatch
from saas.workorders.models import DispatchMode, State, WorkOrder, WorkOrderEvent, WorkOrderOffer
from tests.graphql import error_codes
from tests.workorders.conftest import OWNER_PHONE, SUBMIT, Repairs, codes, gid, result


def _counts(repairs: Repairs) -> tuple[int, int, int]:
    return repairs.in_schema(
        lambda: (WorkOrder.objects.count(), WorkOrderEvent.objects.count(), Notification.objects.count())
    )


def test_owner_reports_for_their_house_with_themselves_as_contact(
    repairs: Repairs, owner_report: Callable[..., dict[str, Any]]
) -> None:
    payload = owner_report(priority="URGENT", location="厨房")
    assert payload["errors"] == []
    order = payload["workOrder"]
    assert order["state"] == "SUBMITTED"
    assert order["place"] == "3号楼1单元1502 厨房"
    assert order["community"] == {"name": "京华园"}
    assert (order["contactName"], order["contactPhone"]) == ("张伟", OWNER_PHONE)  # their own: unmasked
    assert order["number"].startswith("BX") and order["dispatchMode"] == "ASSIGN"
    stored = repairs.order(int(order["number"].rsplit("-", 1)[1]))
    assert stored.respond_by - stored.created_at == timedelta(minutes=15)  # urgent SLA
    assert stored.complete_by - stored.created_at == timedelta(hours=24)


def test_owner_cannot_report_for_a_house_they_do_not_live_in(
    repairs: Repairs, owner_report: Callable[..., dict[str, Any]]
) -> None:
    before = _counts(repairs)
    payload = owner_report(house=gid("House", repairs.other_house.pk))
    assert codes(payload) == [("house", "HOUSE_NOT_FOUND")]
    assert payload["workOrder"] is None
    assert _counts(repairs) == before


def test_owner_cannot_report_a_public_area(repairs: Repairs) -> None:
    body = repairs.client(repairs.owner).execute(
        SUBMIT,
        {"input": {"category": "ELEVATOR", "description": "电梯异响", "community": gid("Community", repairs.x.pk)}},
    )
    assert codes(result(body, "workOrderSubmit")) == [("house", "REQUIRED")]


def test_staff_report_a_public_area(repairs: Repairs) -> None:
    building = repairs.house.building
    body = repairs.client(repairs.desk).execute(
        SUBMIT,
        {
            "input": {
                "category": "ELEVATOR",
                "priority": "URGENT",
                "description": "2号电梯困人，已安抚",
                "community": gid("Community", repairs.x.pk),
                "building": gid("Building", building.pk),
                "location": "2号电梯",
            }
        },
    )
    order = result(body, "workOrderSubmit")["workOrder"]
    assert order["place"] == "3号楼 2号电梯"
    assert order["house"] is None
    assert (order["contactName"], order["contactPhone"]) == ("", "")


def _desk_report(repairs: Repairs, **contact: str) -> dict[str, Any]:
    report = {"category": "PLUMBING", "description": "楼上漏水到厨房", "house": gid("House", repairs.house.pk)}
    body = repairs.client(repairs.desk).execute(SUBMIT, {"input": {**report, **contact}})
    return result(body, "workOrderSubmit")  # type: ignore[no-any-return]


def test_the_desk_reporting_for_a_house_must_leave_someone_to_call(repairs: Repairs) -> None:
    before = _counts(repairs)
    payload = _desk_report(repairs)
    assert codes(payload) == [("contactPhone", "CONTACT_REQUIRED")]
    assert "联系电话" in payload["errors"][0]["message"]
    payload = _desk_report(repairs, contactName="路人", contactPhone="13512345678")  # nobody of this house
    assert codes(payload) == [("contactPhone", "CONTACT_NOT_OF_HOUSE")]
    assert payload["workOrder"] is None
    assert _counts(repairs) == before


def test_the_desk_names_a_resident_of_the_house_or_itself(repairs: Repairs) -> None:
    resident = _desk_report(repairs, contactPhone=OWNER_PHONE)
    assert resident["errors"] == []
    assert (resident["workOrder"]["contactName"], resident["workOrder"]["contactPhone"]) == ("张伟", OWNER_PHONE)
    repairs.in_schema(lambda: type(repairs.desk).objects.filter(pk=repairs.desk.pk).update(phone="13910020002"))
    itself = _desk_report(repairs, contactPhone="13910020002")
    assert itself["errors"] == []
    assert itself["workOrder"]["contactName"] == "孙丽"
    stored = repairs.order(int(itself["workOrder"]["number"].rsplit("-", 1)[1]))
    assert stored.contact_phone == "13910020002"  # the technician has someone to call


def test_staff_cannot_report_outside_their_communities(repairs: Repairs) -> None:
    before = _counts(repairs)
    body = repairs.client(repairs.desk_y).execute(
        SUBMIT,
        {
            "input": {
                "category": "OTHER",
                "description": "路灯不亮",
                "community": gid("Community", repairs.x.pk),
                "location": "南门",
            }
        },
    )
    assert error_codes(body) == ["FORBIDDEN"]
    assert _counts(repairs) == before


def test_technicians_cannot_report(repairs: Repairs) -> None:
    body = repairs.client(repairs.ma).execute(
        SUBMIT, {"input": {"category": "OTHER", "description": "x", "house": gid("House", repairs.house.pk)}}
    )
    assert error_codes(body) == ["FORBIDDEN"]


def test_every_bad_field_at_once_in_chinese_and_nothing_written(repairs: Repairs) -> None:
    before = _counts(repairs)
    body = repairs.client(repairs.desk).execute(
        SUBMIT,
        {
            "input": {
                "category": "PLUMBING",
                "description": " ",
                "house": gid("House", repairs.house.pk),
                "location": "长" * 101,
                "contactPhone": "12345",
                "preferredVisitAt": "2020-01-01T09:00:00+08:00",
            }
        },
    )
    payload = result(body, "workOrderSubmit")
    assert codes(payload) == [
        ("description", "REQUIRED"),
        ("location", "TOO_LONG"),
        ("contactPhone", "PHONE_INVALID"),
        ("preferredVisitAt", "VISIT_TIME_PAST"),
    ]
    assert payload["errors"][0]["message"] == "此项为必填项。"
    assert _counts(repairs) == before


def test_messages_in_english_on_request(repairs: Repairs) -> None:
    body = repairs.client(repairs.desk, language="en").execute(
        SUBMIT, {"input": {"category": "PLUMBING", "description": "", "house": gid("House", repairs.house.pk)}}
    )
    assert result(body, "workOrderSubmit")["errors"][0]["message"] == "This field is required."


def test_house_and_public_area_together_is_refused(repairs: Repairs) -> None:
    body = repairs.client(repairs.desk).execute(
        SUBMIT,
        {
            "input": {
                "category": "PLUMBING",
                "description": "漏水",
                "house": gid("House", repairs.house.pk),
                "community": gid("Community", repairs.x.pk),
            }
        },
    )
    assert codes(result(body, "workOrderSubmit")) == [("house", "HOUSE_OR_AREA")]


def test_public_area_needs_a_place_and_a_building_of_that_community(repairs: Repairs) -> None:
    desk = repairs.client(repairs.desk)
    community = gid("Community", repairs.x.pk)
    body = desk.execute(SUBMIT, {"input": {"category": "PUBLIC_AREA", "description": "x", "community": community}})
    assert codes(result(body, "workOrderSubmit")) == [("location", "PLACE_REQUIRED")]
    building_y = repairs.house_y.building
    body = desk.execute(
        SUBMIT,
        {
            "input": {
                "category": "PUBLIC_AREA",
                "description": "x",
                "community": community,
                "building": gid("Building", building_y.pk),
            }
        },
    )
    assert codes(result(body, "workOrderSubmit")) == [("building", "BUILDING_NOT_IN_COMMUNITY")]


# --- dispatch -------------------------------------------------------------------------------------


def test_assign_mode_leaves_it_to_the_desk(repairs: Repairs, owner_report: Callable[..., dict[str, Any]]) -> None:
    order = owner_report()["workOrder"]
    assert (order["state"], order["assigneeName"]) == ("SUBMITTED", None)
    assert repairs.in_schema(lambda: Notification.objects.filter(recipient__is_staff=True).count()) == 0


def test_auto_mode_picks_the_least_busy_matching_technician_on_duty(
    repairs: Repairs, owner_report: Callable[..., dict[str, Any]]
) -> None:
    repairs.dispatch(repairs.x, DispatchMode.AUTO)
    first = owner_report()["workOrder"]
    second = owner_report()["workOrder"]
    assert {first["assigneeName"], second["assigneeName"]} == {"马强", "刘海波"}  # one each: fewest open orders
    assert first["state"] == "ASSIGNED"
    third = owner_report(category="ELECTRICAL")["workOrder"]
    assert third["assigneeName"] == "刘海波"  # the only electrician
    elevator = owner_report(category="ELEVATOR")["workOrder"]
    assert (elevator["state"], elevator["assigneeName"]) == ("SUBMITTED", None)  # 赵刚 is off duty
    with tenant_context(repairs.company):
        kinds = list(Notification.objects.filter(recipient=repairs.liu).values_list("kind", flat=True))
        assert kinds.count(NotificationKind.WORK_ORDER_ASSIGNED) == 2
        updates = Notification.objects.filter(recipient=repairs.owner, kind=NotificationKind.WORK_ORDER_UPDATED)
        assert updates.count() == 3  # 待接单 for each order a technician got


def test_auto_mode_ranks_technicians_by_their_latest_assignment_not_their_whole_history(
    repairs: Repairs, owner_report: Callable[..., dict[str, Any]]
) -> None:
    """The ranking runs while the community's turn is held, so its cost must not grow with the
    years of orders behind each technician: with 1,500 closed orders for 马强, his latest
    assignment is read from the (assignee, assigned_at) index. Without it PostgreSQL read every
    one of his orders (100 technicians with 1,000 each: 20–30 ms per pick instead of 3–5, every
    submission of the community waiting behind it)."""
    repairs.dispatch(repairs.x, DispatchMode.AUTO)
    first = owner_report()["workOrder"]
    with tenant_context(repairs.company):
        template = WorkOrder.objects.get(pk=int(first["number"].rsplit("-", 1)[1]))
        long_ago = timezone.now() - timedelta(days=400)
        same = {f.attname: getattr(template, f.attname) for f in WorkOrder._meta.concrete_fields if not f.primary_key}
        closed = {"state": State.CLOSED, "assignee_id": repairs.ma.pk}
        WorkOrder.objects.bulk_create(
            WorkOrder(**{**same, **closed, "assigned_at": long_ago + timedelta(hours=n)}) for n in range(1500)
        )
        WorkOrder.objects.filter(pk=template.pk).update(state=State.CLOSED)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE workorders_workorder")
            cursor.execute(
                "EXPLAIN " + dispatch._ASSIGN_LEAST_BUSY_SQL,
                {
                    "assigned": State.ASSIGNED.value, "category": "plumbing", "role": "technician",
                    "community": repairs.x.pk, "codename": dispatch.WORK_IN_COMMUNITY,
                    "open": [str(state) for state in dispatch.OPEN_STATES], "order": template.pk,
                },
            )  # fmt: skip
            plan = "\n".join(line for (line,) in cursor.fetchall())
    assert "work_order_latest_assignment" in plan, plan
    # 马强 got the first order a moment ago; 刘海波 has never had one, so he has waited longest.
    assert owner_report()["workOrder"]["assigneeName"] == "刘海波"


def test_grab_mode_offers_every_matching_technician_on_duty(
    repairs: Repairs, owner_report: Callable[..., dict[str, Any]]
) -> None:
    repairs.dispatch(repairs.x, DispatchMode.GRAB)
    order = owner_report()["workOrder"]
    assert (order["state"], order["assigneeName"]) == ("SUBMITTED", None)
    with tenant_context(repairs.company):
        offered = set(WorkOrderOffer.objects.values_list("technician__username", flat=True))
        assert offered == {"ma", "liu"}  # not 吴师傅 of the other community, not 赵刚 (elevator)
        notified = set(
            Notification.objects.filter(kind=NotificationKind.WORK_ORDER_OFFERED).values_list(
                "recipient__username", flat=True
            )
        )
        assert notified == {"ma", "liu"}
        assert list(WorkOrderEvent.objects.values_list("action", flat=True)) == ["submitted", "offered"]
