"""A demo booked tells the vendor's sales team (issue 15): by SMS through the platform's SMS backend
to active console staff with a mobile number, after the commit, and in the console as a new booking
until one of them takes it (demoBookings(unacknowledged: true) with totalCount: the badge)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from saas.core import sms
from tenants.models import DemoBooking
from tests.factories import UserFactory
from tests.graphql import GraphQLClient, QueryLog
from tests.tenants.test_console import NEW, TAKE, gid
from tests.tenants.test_public_site import BOOK, demo_input

SCHEDULE = """mutation ($id: ID!, $at: DateTime!) {
  demoBookingSchedule(input: {id: $id, scheduledAt: $at}) { errors { code } demoBooking { acknowledgedByName } }
}"""


@pytest.fixture
def outbox() -> Iterator[list[sms.SmsMessage]]:
    sms.outbox.clear()
    yield sms.outbox
    sms.outbox.clear()


@pytest.fixture
def sales(db: None) -> dict[str, User]:
    return {
        "wang": UserFactory(username="sales-wang", display_name="销售 王芳", phone="13700000001", is_staff=True),
        "li": UserFactory(username="sales-li", display_name="销售 李明", phone="13700000002", is_staff=True),
        "no_phone": UserFactory(username="ops-zhao", phone="", is_staff=True),
        "left": UserFactory(username="sales-gone", phone="13700000003", is_staff=True, is_active=False),
        "customer": UserFactory(username="not-staff", phone="13700000004", is_staff=False),
    }


def console(user: User) -> GraphQLClient:
    return GraphQLClient("localhost", token=api_token_issue(user=user).raw)


def book(public_client: GraphQLClient, capture: Any, **overrides: object) -> dict[str, Any]:
    with capture(execute=True):
        return public_client.data(BOOK, {"input": demo_input(**overrides)})["bookDemo"]  # type: ignore[no-any-return]


def test_a_booking_texts_the_active_sales_staff_after_the_commit(
    public_client: GraphQLClient,
    sales: dict[str, User],
    outbox: list[sms.SmsMessage],
    django_capture_on_commit_callbacks: Any,
) -> None:
    assert book(public_client, django_capture_on_commit_callbacks)["errors"] == []
    assert sorted(m.phone for m in outbox) == ["13700000001", "13700000002"]
    text = outbox[0].message
    assert "北京通州运河湾物业有限公司" in text and "赵丽" in text and "运营后台" in text
    assert "18701234567" not in text  # the prospect's number stays in the console


def test_a_refused_booking_tells_nobody(
    public_client: GraphQLClient,
    sales: dict[str, User],
    outbox: list[sms.SmsMessage],
    django_capture_on_commit_callbacks: Any,
) -> None:
    body = book(public_client, django_capture_on_commit_callbacks, phone="12345")
    assert [e["code"] for e in body["errors"]] == ["PHONE_INVALID"]
    assert outbox == [] and not DemoBooking.objects.exists()


def test_one_sales_phone_failing_neither_undoes_the_booking_nor_skips_the_others(
    public_client: GraphQLClient,
    sales: dict[str, User],
    outbox: list[sms.SmsMessage],
    django_capture_on_commit_callbacks: Any,
    settings: Any,
) -> None:
    settings.SMS_BACKEND = "tests.tenants.test_demo_alerts.FailingFirstBackend"
    FailingFirstBackend.calls = 0
    assert book(public_client, django_capture_on_commit_callbacks)["errors"] == []
    assert [m.phone for m in outbox] == ["13700000002"] and DemoBooking.objects.count() == 1


class FailingFirstBackend(sms.RecordingSmsBackend):
    calls = 0

    def send(self, phone: str, message: str) -> None:
        FailingFirstBackend.calls += 1
        if FailingFirstBackend.calls == 1:
            raise ConnectionError("provider down")
        super().send(phone, message)


def test_new_bookings_stay_on_the_badge_until_one_of_the_team_takes_them(
    public_client: GraphQLClient, sales: dict[str, User], django_capture_on_commit_callbacks: Any
) -> None:
    book(public_client, django_capture_on_commit_callbacks)
    book(public_client, django_capture_on_commit_callbacks, companyName="北京朝阳望京物业有限公司")
    wang, li = console(sales["wang"]), console(sales["li"])
    badge = wang.data(NEW, {"unacknowledged": True})["demoBookings"]
    assert badge["totalCount"] == 2
    assert {n["node"]["acknowledgedAt"] for n in badge["edges"]} == {None}
    first, second = DemoBooking.objects.order_by("pk")

    taken = wang.data(TAKE, {"id": gid("DemoBooking", first.pk)})["demoBookingAcknowledge"]
    assert taken["errors"] == [] and taken["demoBooking"]["acknowledgedByName"] == "销售 王芳"
    assert taken["demoBooking"]["acknowledgedAt"].endswith("+08:00")
    assert li.data(NEW, {"unacknowledged": True})["demoBookings"]["totalCount"] == 1  # the team shares one badge
    again = li.data(TAKE, {"id": gid("DemoBooking", first.pk)})["demoBookingAcknowledge"]
    assert [(e["field"], e["code"], e["message"]) for e in again["errors"]] == [
        ("id", "ALREADY_ACKNOWLEDGED", "该预约已由 销售 王芳 认领。")
    ]
    assert again["demoBooking"] is None
    first.refresh_from_db()
    assert first.acknowledged_by == sales["wang"]  # unchanged by the refused second take

    # Scheduling a booking nobody took takes it for whoever scheduled it.
    soon = (timezone.now() + timedelta(days=1)).isoformat()
    scheduled = li.data(SCHEDULE, {"id": gid("DemoBooking", second.pk), "at": soon})["demoBookingSchedule"]
    assert scheduled == {"errors": [], "demoBooking": {"acknowledgedByName": "销售 李明"}}
    assert wang.data(NEW, {"unacknowledged": True})["demoBookings"]["totalCount"] == 0
    assert wang.data(NEW, {"unacknowledged": False})["demoBookings"]["totalCount"] == 2
    unknown = wang.data(TAKE, {"id": gid("DemoBooking", 999_999)})["demoBookingAcknowledge"]
    assert [e["code"] for e in unknown["errors"]] == ["NOT_FOUND"]


def test_the_badge_reads_in_a_fixed_number_of_statements(sales: dict[str, User]) -> None:
    """The token, the page (presenter and taker joined), the count."""
    wang = console(sales["wang"])
    wang.data(NEW)  # the token's first use is recorded once
    counts = []
    for taker in (sales["wang"], sales["li"], None):
        DemoBooking.objects.create(
            company_name="北京海淀智园物业服务有限公司",
            contact_name="陈志强",
            phone="15810203040",
            preferred_time=timezone.now() + timedelta(days=2),
            city="北京",
            acknowledged_at=timezone.now() if taker else None,
            acknowledged_by=taker,
        )
        with QueryLog() as log:
            wang.data(NEW, {"unacknowledged": None})
        counts.append(log.count())
    assert counts == [3, 3, 3], log.statements


def test_the_demo_console_has_one_booking_taken_and_two_new(db: None) -> None:
    from tenants.management.commands.seed_demo import Command

    command = Command()
    command._vendor_staff()
    command._demo_bookings()
    vendor = console(User.objects.get(username="vendor"))
    assert vendor.data(NEW, {"unacknowledged": True})["demoBookings"]["totalCount"] == 2
    taken = vendor.data(NEW, {"unacknowledged": False})["demoBookings"]["edges"]
    assert [n["node"]["acknowledgedByName"] for n in taken] == ["物业云运营 李娜"]
