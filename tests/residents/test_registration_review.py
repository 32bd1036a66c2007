"""Reviewing a registration for a house that already has an owner: the reviewer sees that owner
(masked as usual) and the joint-owner policy; once approved, the new owner sees the house's bills
and payments from their own move-in on, never the previous owner's history."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.utils import timezone
from django_tenants.utils import tenant_context

from permissions.roles import Role
from permissions.services import role_set
from saas.accounts.models import User
from saas.estates.models import House
from saas.finance.models import Bill
from saas.finance.services import billing_run_create, fee_item_create, payment_record
from saas.residents.models import ResidentPolicy
from tenants.models import Company
from tenants.routing import tenant_host
from tests.billing.conftest import configure_sandbox
from tests.factories import CommunityFactory, HouseFactory, OccupancyFactory, ResidentFactory, UserFactory, staff_member
from tests.graphql import GraphQLClient, QueryLog, client_for, error_codes
from tests.residents.conftest import ID_1, codes, gid, payload

PREVIOUS_PHONE = "13600001111"
MOVE_IN = datetime.date(2026, 3, 20)
REVIEW = """
{ registrationRequests(status: PENDING) {
    edges { node { id name jointOwnersAllowed currentOwners { name phone moveIn } } } } }
"""
MINE = "{ myRegistrationRequests { edges { node { jointOwnersAllowed currentOwners { name } } } } }"
REQUEST_CREATE = """
mutation($input: RegistrationRequestCreateInput!) {
  registrationRequestCreate(input: $input) { errors { field code } registrationRequest { id } }
}
"""
APPROVE = """
mutation($input: RegistrationApproveInput!) {
  registrationApprove(input: $input) {
    errors { field code } registrationRequest { status currentOwners { name phone } } }
}
"""
BILLS = "{ bills { edges { node { period } } } }"
PAYMENTS = "{ payments { edges { node { amount receivedAt } } } }"


@dataclass
class Sold:
    """A 京华园 flat its first owner 李先生 has paid for since 2020; 刘女士 bought into it."""

    company: Company
    house: House
    previous: User
    desk: User  # service, no personal-information grant
    desk_pii: User  # service with the grant
    cashier: User  # finance: no registration review


def _at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


@pytest.fixture
def sold(company_a: Company) -> Sold:
    with tenant_context(company_a):
        community = CommunityFactory(name="京华园")
        house = HouseFactory(community=community, building_area=Decimal("100.00"), room_number="1502")
        previous = UserFactory(username=PREVIOUS_PHONE, phone=PREVIOUS_PHONE, is_staff=False)
        role_set(user=previous, role=Role.OWNER)
        resident = ResidentFactory(name="李先生", phone=PREVIOUS_PHONE, phone_last4="1111", user=previous)
        OccupancyFactory(resident=resident, house=house, role="owner", move_in=datetime.date(2020, 1, 1))
        cashier = staff_member("caiwu", "finance", (community,))
        fee_item_create(
            name="物业费",
            kind="area",
            unit_price=Decimal("3.00"),
            cycle_months=1,
            community_ids=[community.pk],
            effective_from=datetime.date(2026, 1, 1),
        )
        for month in (1, 2, 3, 4):
            period = datetime.date(2026, month, 1)
            billing_run_create(period=period, community_ids=[community.pk], created_by=None, today=period)
        for day in (datetime.date(2026, 1, 15), datetime.date(2026, 3, 19), datetime.date(2026, 3, 25)):
            payment_record(house_id=house.pk, amount_fen=30000, method="cash", cashier=cashier, at=_at(day))
        return Sold(
            company=company_a,
            house=house,
            previous=previous,
            desk=staff_member("kefu", "service", (community,)),
            desk_pii=staff_member("kefu2", "service", (community,), (community,)),
            cashier=cashier,
        )


def _ask(owner: GraphQLClient, sold: Sold) -> str:
    data = {
        "house": gid("House", sold.house.pk),
        "name": "刘女士",
        "idType": "RESIDENT_ID",
        "idNumber": ID_1,
        "moveIn": str(MOVE_IN),
    }
    result = payload(owner.execute(REQUEST_CREATE, {"input": data}), "registrationRequestCreate")
    assert result["errors"] == []
    return result["registrationRequest"]["id"]  # type: ignore[no-any-return]


def _client(sold: Sold, user: User) -> GraphQLClient:
    return client_for(sold.company, user)


def test_anonymous_and_staff_without_review_rights_see_no_request(sold: Sold, owner_a: GraphQLClient) -> None:
    _ask(owner_a, sold)
    assert error_codes(GraphQLClient(tenant_host("alpha")).execute(REVIEW)) == ["UNAUTHENTICATED"]
    assert error_codes(_client(sold, sold.cashier).execute(REVIEW)) == ["FORBIDDEN"]


def test_the_applicant_does_not_see_the_owner_in_force(sold: Sold, owner_a: GraphQLClient) -> None:
    _ask(owner_a, sold)
    (mine,) = owner_a.data(MINE)["myRegistrationRequests"]["edges"]
    assert mine["node"] == {"jointOwnersAllowed": True, "currentOwners": None}


def test_the_reviewer_sees_the_owner_in_force_masked_and_the_policy(sold: Sold, owner_a: GraphQLClient) -> None:
    _ask(owner_a, sold)
    (row,) = _client(sold, sold.desk).data(REVIEW)["registrationRequests"]["edges"]
    assert row["node"]["jointOwnersAllowed"] is True
    assert row["node"]["currentOwners"] == [{"name": "李先生", "phone": "136****1111", "moveIn": "2020-01-01"}]
    (full,) = _client(sold, sold.desk_pii).data(REVIEW)["registrationRequests"]["edges"]
    assert full["node"]["currentOwners"][0]["phone"] == PREVIOUS_PHONE  # the grant shows it, as everywhere
    with tenant_context(sold.company):
        ResidentPolicy.objects.update_or_create(pk=1, defaults={"allow_joint_owners": False})
    (row,) = _client(sold, sold.desk).data(REVIEW)["registrationRequests"]["edges"]
    assert row["node"]["jointOwnersAllowed"] is False
    body = _client(sold, sold.desk).execute(APPROVE, {"input": {"id": row["node"]["id"]}})
    assert codes(payload(body, "registrationApprove")) == [("id", "JOINT_OWNER_FORBIDDEN")]


def _request_for_another_sold_house(sold: Sold, n: int) -> None:
    with tenant_context(sold.company):
        house = HouseFactory(community=sold.house.community, room_number=f"1{n}01")
        OccupancyFactory(house=house, role="owner", resident=ResidentFactory(name=f"原业主{n}"))
        applicant = UserFactory(username=f"1370000100{n}", phone=f"1370000100{n}", is_staff=False)
    data = {"house": gid("House", house.pk), "name": f"申请人{n}", "idType": "RESIDENT_ID", "idNumber": ID_1}
    result = payload(
        client_for(sold.company, applicant).execute(REQUEST_CREATE, {"input": data}), "registrationRequestCreate"
    )
    assert result["errors"] == []


def test_reviewing_many_requests_costs_the_same_statements_as_one(sold: Sold, owner_a: GraphQLClient) -> None:
    _ask(owner_a, sold)
    reviewer = _client(sold, sold.desk)
    reviewer.data(REVIEW)  # the token's first use of the minute writes last_used_at
    with QueryLog() as one:
        assert len(reviewer.data(REVIEW)["registrationRequests"]["edges"]) == 1
    for n in range(3):
        _request_for_another_sold_house(sold, n)
    with QueryLog() as many:
        edges = reviewer.data(REVIEW)["registrationRequests"]["edges"]
    assert sorted(len(e["node"]["currentOwners"]) for e in edges) == [1, 1, 1, 1]
    assert many.count() == one.count() == 5  # token, requests (+ policy), houses, owners, residents


def test_the_new_owner_sees_money_from_their_move_in_on(sold: Sold, owner_a: GraphQLClient) -> None:
    request_id = _ask(owner_a, sold)
    approved = payload(_client(sold, sold.desk).execute(APPROVE, {"input": {"id": request_id}}), "registrationApprove")
    assert approved["errors"] == [] and approved["registrationRequest"]["status"] == "APPROVED"
    assert approved["registrationRequest"]["currentOwners"] == [{"name": "李先生", "phone": "136****1111"}]
    periods = [e["node"]["period"] for e in owner_a.data(BILLS)["bills"]["edges"]]
    assert periods == ["2026-03-01", "2026-04-01"]  # from the month they moved in
    received = [e["node"]["receivedAt"][:10] for e in owner_a.data(PAYMENTS)["payments"]["edges"]]
    assert received == ["2026-03-25"]  # not 李先生's payments of January or the day before
    previous = _client(sold, sold.previous)
    assert len(previous.data(BILLS)["bills"]["edges"]) == 4  # the earlier owner keeps his history
    assert len(previous.data(PAYMENTS)["payments"]["edges"]) == 3


def test_the_new_owner_cannot_pay_the_previous_owners_bills(sold: Sold, owner_a: GraphQLClient) -> None:
    request_id = _ask(owner_a, sold)
    assert (
        payload(_client(sold, sold.desk).execute(APPROVE, {"input": {"id": request_id}}), "registrationApprove")[
            "errors"
        ]
        == []
    )
    configure_sandbox(sold.company)
    with tenant_context(sold.company):
        february = Bill.objects.get(house=sold.house, period=datetime.date(2026, 2, 1))
    body = owner_a.execute(
        "mutation($b: [ID!]!) { billsPay(input: {bills: $b, gateway: SANDBOX, channel: QR_CODE}) { errors { code } } }",
        {"b": [gid("Bill", february.pk)]},
    )
    assert [e["code"] for e in payload(body, "billsPay")["errors"]] == ["BILL_NOT_FOUND"]
