"""Consents (PIPL art. 14, 29): one per purpose in force, withdrawal keeps the record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from saas.residents.models import Consent, Resident
from tests.factories import UserFactory
from tests.graphql import GraphQLClient, client_for, error_codes
from tests.privacy.conftest import Alpha, World
from tests.residents.conftest import codes, gid, payload

RECORD = """
mutation($input: ConsentRecordInput!) {
  consentRecord(input: $input) {
    errors { field message code }
    consent { id purpose noticeVersion channel grantedAt withdrawnAt isActive isSensitive resident { name } }
  }
}
"""
WITHDRAW = """
mutation($id: ID!) {
  consentWithdraw(input: {id: $id}) { errors { field code } consent { isActive withdrawnAt } }
}
"""
GIVE = """
mutation($purpose: ConsentPurpose!) {
  myConsentGive(input: {purpose: $purpose, noticeVersion: "2026-01"}) {
    errors { field code } consent { id purpose channel isActive }
  }
}
"""
TAKE_BACK = """
mutation($purpose: ConsentPurpose!) {
  myConsentWithdraw(input: {purpose: $purpose}) { errors { field code } consent { purpose isActive } }
}
"""
MINE = "query($active: Boolean) { myConsents(activeOnly: $active) { totalCount edges { node { purpose isActive } } } }"
OF_RESIDENT = "query($id: ID!) { resident(id: $id) { consents { purpose channel isActive } } }"


def record(client: GraphQLClient, world: World, **fields: Any) -> dict[str, Any]:
    values = {"resident": world.r_id(), "purpose": "FACE_ACCESS", "noticeVersion": "2026-01", **fields}
    return payload(client.execute(RECORD, {"input": values}), "consentRecord")


@pytest.fixture
def consents(alpha: Alpha) -> Callable[[], list[tuple[str, bool]]]:
    def rows() -> list[tuple[str, bool]]:
        with alpha():
            return [(c.purpose, c.withdrawn_at is None) for c in Consent.objects.order_by("id")]

    return rows


def test_staff_record_a_signed_consent(world: World, alpha: Alpha) -> None:
    signed = (timezone.now() - timedelta(days=3)).replace(microsecond=0)
    result = record(world.client("desk"), world, channel="PAPER", grantedAt=signed.isoformat())
    assert result["errors"] == []
    consent = result["consent"]
    assert (consent["purpose"], consent["channel"], consent["isActive"], consent["isSensitive"]) == (
        "FACE_ACCESS",
        "PAPER",
        True,
        True,
    )
    assert datetime.fromisoformat(consent["grantedAt"]) == signed
    assert consent["resident"] == {"name": "业主甲"}
    with alpha():
        assert Consent.objects.get().recorded_by == world.users["desk"]


def test_one_consent_per_purpose_in_force_and_withdrawal_keeps_the_row(
    world: World, consents: Callable[[], list[tuple[str, bool]]]
) -> None:
    desk = world.client("desk")
    first = record(desk, world)["consent"]
    assert codes(record(desk, world)) == [("purpose", "ALREADY_GIVEN")]
    assert record(desk, world, purpose="MARKETING")["errors"] == []
    withdrawn = payload(desk.execute(WITHDRAW, {"id": first["id"]}), "consentWithdraw")
    assert withdrawn["consent"]["isActive"] is False and withdrawn["consent"]["withdrawnAt"]
    again = payload(desk.execute(WITHDRAW, {"id": first["id"]}), "consentWithdraw")
    assert codes(again) == [("id", "ALREADY_WITHDRAWN")]
    assert record(desk, world, noticeVersion="2026-06")["errors"] == [], "a new consent after the withdrawal"
    assert consents() == [("face_access", False), ("marketing", True), ("face_access", True)]
    listed = desk.data(OF_RESIDENT, {"id": world.r_id()})["resident"]["consents"]
    assert [(c["purpose"], c["isActive"]) for c in listed] == [
        ("FACE_ACCESS", True),
        ("MARKETING", True),
        ("FACE_ACCESS", False),
    ], "newest first"


def test_the_database_holds_the_one_in_force_rule(world: World, alpha: Alpha) -> None:
    with alpha():
        Consent.objects.create(resident=world.r, purpose="marketing", notice_version="1", channel="staff")
        with pytest.raises(IntegrityError), transaction.atomic():
            Consent.objects.create(resident=world.r, purpose="marketing", notice_version="2", channel="staff")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"noticeVersion": "  "}, [("noticeVersion", "REQUIRED")]),
        ({"noticeVersion": "v" * 33}, [("noticeVersion", "TOO_LONG")]),
        ({"channel": "OWNER_APP"}, [("channel", "CHANNEL_INVALID")]),
        ({"grantedAt": (timezone.now() + timedelta(days=1)).isoformat()}, [("grantedAt", "GRANTED_IN_FUTURE")]),
        ({"resident": gid("Resident", 999999)}, [("resident", "RESIDENT_NOT_FOUND")]),
    ],
)
def test_bad_input_records_nothing(
    world: World, fields: dict[str, Any], expected: list[Any], consents: Callable[[], Any], staff_a: GraphQLClient
) -> None:
    assert codes(record(staff_a, world, **fields)) == expected
    assert consents() == []


def test_an_anonymised_resident_cannot_consent(
    world: World, alpha: Alpha, owner_a: GraphQLClient, consents: Callable[[], Any]
) -> None:
    with alpha():
        Resident.objects.filter(pk=world.r.pk).update(anonymised_at=timezone.now())
    assert codes(record(world.client("desk"), world)) == [("resident", "RESIDENT_ANONYMISED")]
    assert codes(payload(owner_a.execute(GIVE, {"purpose": "MARKETING"}), "myConsentGive")) == [
        ("resident", "RESIDENT_ANONYMISED")
    ]
    assert consents() == []


def test_owners_give_and_withdraw_their_own(
    world: World, owner_a: GraphQLClient, consents: Callable[[], list[tuple[str, bool]]]
) -> None:
    given = payload(owner_a.execute(GIVE, {"purpose": "MARKETING"}), "myConsentGive")
    assert given["errors"] == [] and given["consent"]["channel"] == "OWNER_APP"
    assert codes(payload(owner_a.execute(GIVE, {"purpose": "MARKETING"}), "myConsentGive")) == [
        ("purpose", "ALREADY_GIVEN")
    ]
    taken = payload(owner_a.execute(TAKE_BACK, {"purpose": "MARKETING"}), "myConsentWithdraw")
    assert taken["consent"] == {"purpose": "MARKETING", "isActive": False}
    again = payload(owner_a.execute(TAKE_BACK, {"purpose": "MARKETING"}), "myConsentWithdraw")
    assert codes(again) == [("purpose", "NOT_GIVEN")]
    assert consents() == [("marketing", False)]
    assert owner_a.data(MINE, {"active": False})["myConsents"]["totalCount"] == 1
    assert owner_a.data(MINE, {"active": True})["myConsents"]["totalCount"] == 0


def test_an_account_without_a_resident_record(world: World, alpha: Alpha) -> None:
    with alpha():
        newcomer = client_for(world.company, UserFactory(username="13700005555", is_staff=False))
    body = payload(newcomer.execute(GIVE, {"purpose": "MARKETING"}), "myConsentGive")
    assert codes(body) == [(None, "NO_RESIDENT_RECORD")]
    assert newcomer.data(MINE) == {"myConsents": {"totalCount": 0, "edges": []}}


def test_who_sees_which_consents(world: World, alpha: Alpha, client_a: GraphQLClient, owner_a: GraphQLClient) -> None:
    with alpha():
        consent = Consent.objects.create(resident=world.r, purpose="marketing", notice_version="1", channel="staff")
        Consent.objects.create(resident=world.s, purpose="marketing", notice_version="1", channel="staff")
    assert error_codes(client_a.execute(MINE)) == ["UNAUTHENTICATED"]
    assert owner_a.data(MINE)["myConsents"]["totalCount"] == 1
    node = "query($id: ID!) { node(id: $id) { ... on Consent { purpose } } }"
    consent_id = gid("Consent", consent.pk)
    assert owner_a.data(node, {"id": consent_id}) == {"node": {"purpose": "MARKETING"}}
    assert world.client("desk").data(node, {"id": consent_id}) == {"node": {"purpose": "MARKETING"}}
    assert world.client("elsewhere").data(node, {"id": consent_id}) == {"node": None}
    assert world.client("technician").data(node, {"id": consent_id}) == {"node": None}


STAFF_DENIED = [
    ("anonymous", "UNAUTHENTICATED"),
    ("owner", "FORBIDDEN"),
    ("technician", "FORBIDDEN"),  # no resident capabilities
    ("finance", "FORBIDDEN"),  # sees residents, may not change them
    ("elsewhere", "FORBIDDEN"),  # may, in another community
]


@pytest.mark.parametrize(("actor", "code"), STAFF_DENIED)
def test_staff_operations_refused(
    world: World,
    alpha: Alpha,
    actor: str,
    code: str,
    client_a: GraphQLClient,
    owner_a: GraphQLClient,
    consents: Callable[[], Any],
) -> None:
    with alpha():
        consent = Consent.objects.create(resident=world.r, purpose="marketing", notice_version="1", channel="staff")
    client = {"anonymous": client_a, "owner": owner_a}.get(actor) or world.client(actor)
    calls = [
        (RECORD, {"input": {"resident": world.r_id(), "purpose": "FACE_ACCESS", "noticeVersion": "1"}}),
        (WITHDRAW, {"id": gid("Consent", consent.pk)}),
    ]
    for document, variables in calls:
        body = client.execute(document, variables)
        assert error_codes(body) == [code] and body["data"] is None
    assert consents() == [("marketing", True)]


@pytest.mark.parametrize("actor", ["admin", "desk", "desk_pii", "manager"])
def test_staff_operations_permitted(world: World, alpha: Alpha, actor: str, staff_a: GraphQLClient) -> None:
    client = staff_a if actor == "admin" else world.client(actor)
    consent = record(client, world)["consent"]
    assert payload(client.execute(WITHDRAW, {"id": consent["id"]}), "consentWithdraw")["errors"] == []


@pytest.mark.parametrize("actor", ["anonymous", "admin", "desk"])
def test_owner_operations_refused(
    world: World, actor: str, client_a: GraphQLClient, staff_a: GraphQLClient, consents: Callable[[], Any]
) -> None:
    client = {"anonymous": client_a, "admin": staff_a}.get(actor) or world.client(actor)
    for document in (GIVE, TAKE_BACK):
        body = client.execute(document, {"purpose": "MARKETING"})
        assert error_codes(body) == ["UNAUTHENTICATED" if actor == "anonymous" else "FORBIDDEN"]
    assert consents() == []
