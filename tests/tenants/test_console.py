"""The vendor console on the public host: only the vendor's own staff may use it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from strawberry.relay import to_base64

from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from tenants.models import Company, DemoBooking, DemoBookingStatus
from tenants.schemas import activate_public
from tests.factories import HouseFactory, UnitFactory
from tests.graphql import GraphQLClient, QueryLog, error_codes

TENANTS = """
query ($first: Int, $status: TenantStatus, $search: String) {
  tenants(first: $first, status: $status, search: $search) {
    totalCount
    edges { node { id name status plan { code } domains url isTrialExpired usage { users communities houses } } }
  }
}
"""
EXTEND = """
mutation ($id: ID!, $days: Int!) {
  tenantTrialExtend(input: {id: $id, days: $days}) { errors { field code message } tenant { trialEndsAt status } }
}
"""
CONVERT = """
mutation ($id: ID!, $plan: String!, $until: Date!) {
  tenantConvertToPaid(input: {id: $id, planCode: $plan, paidUntil: $until}) {
    errors { field code } tenant { status paidUntil plan { code } trialEndsAt }
  }
}
"""
SUSPEND = """
mutation ($id: ID!, $reason: String!) {
  tenantSuspend(input: {id: $id, reason: $reason}) { errors { field code } tenant { suspendedAt suspensionReason } }
}
"""
REACTIVATE = "mutation ($id: ID!) { tenantReactivate(input: {id: $id}) { errors { code } tenant { suspendedAt } } }"
BOOKINGS = "{ demoBookings { totalCount edges { node { id companyName status presenterName } } } }"
SCHEDULE = """
mutation ($id: ID!, $at: DateTime!, $url: String!) {
  demoBookingSchedule(input: {id: $id, scheduledAt: $at, meetingUrl: $url}) {
    errors { field code } demoBooking { status scheduledAt meetingUrl presenterName }
  }
}
"""
CLOSE = """
mutation ($id: ID!, $outcome: DemoBookingOutcome!) {
  demoBookingClose(input: {id: $id, outcome: $outcome}) { errors { code } demoBooking { status } }
}
"""
NEW = """query ($unacknowledged: Boolean) {
  demoBookings(unacknowledged: $unacknowledged) {
    totalCount edges { node { companyName acknowledgedAt acknowledgedByName } }
  }
}"""
TAKE = """mutation ($id: ID!) {
  demoBookingAcknowledge(input: {id: $id}) {
    errors { field code message } demoBooking { acknowledgedAt acknowledgedByName }
  }
}"""


def gid(type_name: str, pk: int) -> str:
    return to_base64(type_name, pk)


@pytest.fixture
def staff(vendor_staff: User) -> GraphQLClient:
    return GraphQLClient("localhost", token=api_token_issue(user=vendor_staff).raw)


@pytest.fixture
def non_staff(public_customer: User) -> GraphQLClient:
    return GraphQLClient("localhost", token=api_token_issue(user=public_customer).raw)


@pytest.fixture
def booking(db: None) -> DemoBooking:
    return DemoBooking.objects.create(
        company_name="北京海淀智园物业服务有限公司",
        contact_name="陈志强",
        phone="15810203040",
        preferred_time=timezone.now() + timedelta(days=2),
        city="北京",
    )


def _denied_calls(company: Company, booking: DemoBooking) -> list[tuple[str, dict[str, object]]]:
    tid, bid = gid("Tenant", company.pk), gid("DemoBooking", booking.pk)
    soon = (timezone.now() + timedelta(days=1)).isoformat()
    return [
        (TENANTS, {}),
        (BOOKINGS, {}),
        (EXTEND, {"id": tid, "days": 7}),
        (CONVERT, {"id": tid, "plan": "standard", "until": "2099-01-01"}),
        (SUSPEND, {"id": tid, "reason": "x"}),
        (REACTIVATE, {"id": tid}),
        (SCHEDULE, {"id": bid, "at": soon, "url": ""}),
        (CLOSE, {"id": bid, "outcome": "CANCELLED"}),
        (NEW, {"unacknowledged": True}),
        (TAKE, {"id": bid}),
    ]


@pytest.mark.parametrize(("caller", "code"), [("anonymous", "UNAUTHENTICATED"), ("non_staff", "FORBIDDEN")])
def test_console_is_closed_to_everyone_but_vendor_staff(
    request: pytest.FixtureRequest, caller: str, code: str, company_a: Company, booking: DemoBooking
) -> None:
    client = GraphQLClient("localhost") if caller == "anonymous" else request.getfixturevalue(caller)
    before = list(Company.objects.values_list("pk", "status", "trial_ends_at", "suspended_at", "plan_id"))
    for document, variables in _denied_calls(company_a, booking):
        body = client.execute(document, variables)
        assert error_codes(body) == [code], document
        assert body["data"] is None
    assert list(Company.objects.values_list("pk", "status", "trial_ends_at", "suspended_at", "plan_id")) == before
    booking.refresh_from_db()
    assert booking.status == DemoBookingStatus.REQUESTED and booking.acknowledged_at is None


def test_a_company_admin_cannot_reach_the_console_from_a_tenant_host(client_a: GraphQLClient) -> None:
    body = client_a.execute(TENANTS)
    assert body.get("data") is None
    assert any("Cannot query field 'tenants'" in e["extensions"]["detail"] for e in body["errors"])


def test_staff_list_companies_with_live_usage_in_a_fixed_number_of_queries(staff: GraphQLClient, in_a: Company) -> None:
    unit = UnitFactory()
    HouseFactory.create_batch(2, unit=unit)
    activate_public()
    with QueryLog() as log:
        result = staff.data(TENANTS)["tenants"]
    assert result["totalCount"] == 2
    names = {edge["node"]["name"]: edge["node"] for edge in result["edges"]}
    alpha = names["北京阿尔法物业有限公司"]
    assert alpha["domains"] == ["alpha.localhost"] and alpha["url"] == "http://alpha.localhost:8000/"
    assert alpha["usage"] == {"users": 1, "communities": 1, "houses": 2}
    assert alpha["status"] == "PAID" and alpha["plan"] == {"code": "professional"}
    # token lookup, token touch, total count, companies page (with usage), domains prefetch
    assert log.count() == 5, log.statements


def test_tenant_list_filters(staff: GraphQLClient, company_a: Company) -> None:
    assert staff.data(TENANTS, {"search": "alpha"})["tenants"]["totalCount"] == 1
    assert staff.data(TENANTS, {"search": "贝塔"})["tenants"]["totalCount"] == 1
    assert staff.data(TENANTS, {"status": "TRIAL"})["tenants"]["totalCount"] == 0


def test_staff_extend_convert_suspend_and_reactivate(staff: GraphQLClient, company_a: Company) -> None:
    tid = gid("Tenant", company_a.pk)
    Company.objects.filter(pk=company_a.pk).update(
        status="trial", trial_ends_at=timezone.now() - timedelta(days=2), plan=None
    )
    extended = staff.data(EXTEND, {"id": tid, "days": 14})["tenantTrialExtend"]
    assert extended["errors"] == []
    company_a.refresh_from_db()
    assert timedelta(days=13, hours=23) < company_a.trial_ends_at - timezone.now() <= timedelta(days=14)

    converted = staff.data(CONVERT, {"id": tid, "plan": "standard", "until": "2099-12-31"})["tenantConvertToPaid"]
    assert converted == {
        "errors": [],
        "tenant": {"status": "PAID", "paidUntil": "2099-12-31", "plan": {"code": "standard"}, "trialEndsAt": None},
    }
    suspended = staff.data(SUSPEND, {"id": tid, "reason": "合同到期未续费"})["tenantSuspend"]
    assert suspended["errors"] == [] and suspended["tenant"]["suspensionReason"] == "合同到期未续费"
    assert staff.data(REACTIVATE, {"id": tid})["tenantReactivate"] == {"errors": [], "tenant": {"suspendedAt": None}}


@pytest.mark.parametrize(
    ("document", "variables", "code"),
    [
        (EXTEND, {"days": 0}, "DAYS_INVALID"),
        (EXTEND, {"days": 91}, "DAYS_INVALID"),
        (EXTEND, {"days": 7}, "NOT_TRIAL"),
        (CONVERT, {"plan": "nope", "until": "2099-01-01"}, "PLAN_NOT_FOUND"),
        (CONVERT, {"plan": "trial", "until": "2099-01-01"}, "PLAN_NOT_PAID"),
        (CONVERT, {"plan": "standard", "until": "2020-01-01"}, "PAID_UNTIL_INVALID"),
        (SUSPEND, {"reason": "  "}, "REASON_REQUIRED"),
        (REACTIVATE, {}, "NOT_SUSPENDED"),
    ],
)
def test_bad_console_changes_are_refused_and_change_nothing(
    staff: GraphQLClient, company_a: Company, document: str, variables: dict[str, object], code: str
) -> None:
    before = Company.objects.filter(pk=company_a.pk).values().get()
    body = staff.data(document, {"id": gid("Tenant", company_a.pk), **variables})
    payload = next(iter(body.values()))
    assert [e["code"] for e in payload["errors"]] == [code] and payload["tenant"] is None
    assert Company.objects.filter(pk=company_a.pk).values().get() == before


def test_unknown_or_foreign_ids(staff: GraphQLClient, booking: DemoBooking) -> None:
    missing = staff.data(EXTEND, {"id": gid("Tenant", 999999), "days": 3})["tenantTrialExtend"]
    assert [e["code"] for e in missing["errors"]] == ["NOT_FOUND"]
    wrong_type = staff.execute(EXTEND, {"id": gid("DemoBooking", booking.pk), "days": 3})
    assert error_codes(wrong_type) == ["BAD_USER_INPUT"]
    spare = Company.objects.get(status="spare")
    hidden = staff.data(EXTEND, {"id": gid("Tenant", spare.pk), "days": 3})["tenantTrialExtend"]
    assert [e["code"] for e in hidden["errors"]] == ["NOT_FOUND"], "spares are not companies"


def test_staff_schedule_and_close_a_demo(staff: GraphQLClient, booking: DemoBooking, vendor_staff: User) -> None:
    bid = gid("DemoBooking", booking.pk)
    listed = staff.data(BOOKINGS)["demoBookings"]
    assert listed["edges"][0]["node"]["companyName"] == "北京海淀智园物业服务有限公司"
    at = (timezone.now() + timedelta(days=3)).replace(microsecond=0)
    scheduled = staff.data(SCHEDULE, {"id": bid, "at": at.isoformat(), "url": "https://meeting.example.cn/123"})
    assert scheduled["demoBookingSchedule"]["errors"] == []
    assert scheduled["demoBookingSchedule"]["demoBooking"]["status"] == "SCHEDULED"
    assert scheduled["demoBookingSchedule"]["demoBooking"]["presenterName"] == str(vendor_staff)
    assert staff.data(CLOSE, {"id": bid, "outcome": "DONE"})["demoBookingClose"]["demoBooking"] == {"status": "DONE"}
    reopened = staff.data(SCHEDULE, {"id": bid, "at": at.isoformat(), "url": ""})["demoBookingSchedule"]
    assert [e["code"] for e in reopened["errors"]] == ["CLOSED"]


def test_schedule_validation(staff: GraphQLClient, booking: DemoBooking) -> None:
    past = (timezone.now() - timedelta(hours=1)).isoformat()
    result = staff.data(SCHEDULE, {"id": gid("DemoBooking", booking.pk), "at": past, "url": "ftp://x"})
    codes = {(e["field"], e["code"]) for e in result["demoBookingSchedule"]["errors"]}
    assert codes == {("scheduledAt", "TIME_IN_PAST"), ("meetingUrl", "URL_INVALID")}
    booking.refresh_from_db()
    assert booking.status == DemoBookingStatus.REQUESTED


def test_vendor_staff_log_in_on_the_public_host_and_use_the_console(vendor_staff: User) -> None:
    client = GraphQLClient("localhost")
    login = client.data(
        'mutation { login(input: {username: "vendor-ops", password: "Correct-Horse-9"}) { token errors { code } } }'
    )["login"]
    assert login["errors"] == []
    console = GraphQLClient("localhost", token=login["token"])
    assert console.data("{ tenants { totalCount } }") == {"tenants": {"totalCount": 2}}
    assert error_codes(GraphQLClient("alpha.localhost", token=login["token"]).execute("{ me { username } }")) == [
        "UNAUTHENTICATED"
    ], "a vendor token is not a company token"
