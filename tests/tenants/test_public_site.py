"""What anyone can do on the public host without an account: read plans, book a demo."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from tenants.models import DemoBooking
from tests.graphql import GraphQLClient

BOOK = """
mutation ($input: BookDemoInput!) {
  bookDemo(input: $input) { errors { field code message } demoBooking { companyName status preferredTime } }
}
"""


def demo_input(**overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        "companyName": "北京通州运河湾物业有限公司",
        "contactName": "赵丽",
        "phone": "18701234567",
        "email": "zhaoli@yunhe.example.cn",
        "preferredTime": (timezone.now() + timedelta(days=3)).isoformat(),
        "city": "北京",
        "housesManaged": 8000,
        "notes": "需要迁移旧系统历史账单",
    }
    values.update(overrides)
    return values


def test_plans_are_listed_cheapest_first_with_yuan_prices(public_client: GraphQLClient) -> None:
    plans = public_client.data("{ plans { code monthlyPrice maxHouses } }")["plans"]
    assert [p["code"] for p in plans] == ["trial", "standard", "professional", "enterprise"]
    assert plans[1] == {"code": "standard", "monthlyPrice": "990.00", "maxHouses": 2000}
    assert plans[3]["maxHouses"] is None


def test_a_prospect_books_a_demo(public_client: GraphQLClient) -> None:
    result = public_client.data(BOOK, {"input": demo_input()})["bookDemo"]
    assert result["errors"] == []
    assert result["demoBooking"]["status"] == "REQUESTED"
    assert DemoBooking.objects.get().notes == "需要迁移旧系统历史账单"


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"companyName": ""}, "companyName", "REQUIRED"),
        ({"contactName": " "}, "contactName", "REQUIRED"),
        ({"phone": "0101234"}, "phone", "PHONE_INVALID"),
        ({"email": "nope"}, "email", "EMAIL_INVALID"),
        ({"preferredTime": None}, "preferredTime", "REQUIRED"),
        ({"preferredTime": "2020-01-01T10:00:00+08:00"}, "preferredTime", "TIME_IN_PAST"),
        ({"city": ""}, "city", "REQUIRED"),
        ({"housesManaged": -5}, "housesManaged", "HOUSES_INVALID"),
        ({"notes": "长" * 2001}, "notes", "TOO_LONG"),
    ],
)
def test_bad_demo_requests_are_refused(
    public_client: GraphQLClient, overrides: dict[str, object], field: str, code: str
) -> None:
    result = public_client.data(BOOK, {"input": demo_input(**overrides)})["bookDemo"]
    assert (field, code) in {(e["field"], e["code"]) for e in result["errors"]}
    assert result["demoBooking"] is None and not DemoBooking.objects.exists()


@override_settings(DEMO_BOOKING_RATE="2/h")
def test_demo_bookings_are_rate_limited(public_client: GraphQLClient) -> None:
    for _ in range(2):
        assert public_client.data(BOOK, {"input": demo_input()})["bookDemo"]["errors"] == []
    blocked = public_client.data(BOOK, {"input": demo_input()})["bookDemo"]
    assert [e["code"] for e in blocked["errors"]] == ["RATE_LIMITED"]
    assert DemoBooking.objects.count() == 2
