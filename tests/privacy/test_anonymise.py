"""residentAnonymise (PIPL art. 47): the person goes, their history stays under a pseudonym."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from permissions.models import PiiAccessLog
from saas.accounts.models import ApiToken, User
from saas.residents import privacy
from saas.residents.models import Consent, Occupancy, RegistrationRequest, Resident, SmsCode
from saas.residents.services.privacy import resident_pseudonym
from tests.graphql import GraphQLClient, error_codes
from tests.privacy.conftest import R_PHONE, Alpha, World, occupancy_end
from tests.residents.conftest import codes, gid, payload

ANONYMISE = """
mutation($input: ResidentAnonymiseInput!) {
  residentAnonymise(input: $input) {
    errors { field message code }
    resident { name phone secondPhone idNumber idNumberLast4 emergencyContactName notes anonymisedAt hasAccount }
  }
}
"""
REASON = "业主已迁出，书面申请删除个人信息"
UPDATE = 'mutation($id: ID!) { residentUpdate(input: {id: $id, name: "新名字"}) { errors { field code } } }'
START = """
mutation($resident: ID!, $house: ID!) {
  occupancyStart(input: {resident: $resident, house: $house, role: OWNER, moveIn: "2026-12-01"}) {
    errors { field code }
  }
}
"""
REVEAL = 'mutation($id: ID!) { residentRevealPii(input: {id: $id, reason: "核实身份信息"}) { errors { code } } }'


def anonymise(client: GraphQLClient, world: World, reason: str = REASON) -> dict[str, Any]:
    return client.execute(ANONYMISE, {"input": {"id": world.r_id(), "reason": reason}})


@pytest.fixture
def moved_out(world: World, alpha: Alpha) -> World:
    occupancy_end(alpha, world.r_occupancy)
    with alpha():
        SmsCode.objects.create(phone=R_PHONE, purpose="log_in", code_hash="x", expires_at=timezone.now())
        SmsCode.objects.create(phone="13900000000", purpose="log_in", code_hash="y", expires_at=timezone.now())
        Consent.objects.create(resident=world.r, purpose="marketing", notice_version="1", channel="staff")
    return world


def test_refused_while_living_there(world: World, alpha: Alpha, staff_a: GraphQLClient, log_count: Any) -> None:
    result = payload(anonymise(staff_a, world), "residentAnonymise")
    assert codes(result) == [("id", "STILL_OCCUPYING")] and result["resident"] is None
    with alpha():
        Occupancy.objects.filter(pk=world.r_occupancy.pk).update(move_out=timezone.localdate().replace(year=2099))
    assert codes(payload(anonymise(staff_a, world), "residentAnonymise")) == [("id", "STILL_OCCUPYING")], "planned"
    with alpha():
        assert Resident.objects.get(pk=world.r.pk).name == "业主甲"
    assert log_count() == 0


def test_the_person_is_gone_their_history_stays(
    moved_out: World, alpha: Alpha, staff_a: GraphQLClient, owner_a: GraphQLClient
) -> None:
    world = moved_out
    result = payload(anonymise(staff_a, world), "residentAnonymise")
    assert result["errors"] == []
    pseudonym = result["resident"]["name"]
    assert pseudonym.startswith("住户-") and len(pseudonym) == 11
    with alpha():
        assert pseudonym == resident_pseudonym(world.r.pk), "stable: the same row gets the same name"
    assert {k: v for k, v in result["resident"].items() if k not in ("name", "anonymisedAt")} == {
        "phone": "",
        "secondPhone": "",
        "idNumber": None,
        "idNumberLast4": None,
        "emergencyContactName": "",
        "notes": "",
        "hasAccount": True,
    }
    assert result["resident"]["anonymisedAt"]
    with alpha():
        resident = Resident.objects.get(pk=world.r.pk)
        assert (resident.phone_last4, resident.id_number_hash, resident.gender, resident.emergency_contact_phone) == (
            "",
            "",
            "",
            "",
        )
        assert Occupancy.objects.filter(resident=resident).count() == 1, "occupancies (and bills) stay"
        account = User.objects.get(pk=world.owner_user.pk)
        assert not account.is_active and not account.has_usable_password()
        assert account.username.startswith("住户-") and (account.phone, account.display_name, account.email) == (
            "",
            "",
            "",
        )
        assert not ApiToken.objects.filter(user=account, revoked_at__isnull=True).exists()
        request = RegistrationRequest.objects.get(pk=world.request.pk)
        assert (request.name, request.phone, request.id_number_encrypted, request.status) == (
            pseudonym,
            "",
            "",
            "rejected",
        )
        assert list(SmsCode.objects.values_list("phone", flat=True)) == ["13900000000"]
        assert not Consent.objects.filter(withdrawn_at__isnull=True).exists(), "consents withdrawn, kept"
        entry = PiiAccessLog.objects.get()
        assert (entry.action, entry.resident_id, entry.reason) == ("anonymise", world.r.pk, REASON)
        assert "phone" in entry.fields and "account" in entry.fields
    assert error_codes(owner_a.execute("{ me { username } }")) == ["UNAUTHENTICATED"], "their token is revoked"


def test_once_only_and_nothing_more_changes(moved_out: World, alpha: Alpha, staff_a: GraphQLClient) -> None:
    world = moved_out
    anonymise(staff_a, world)
    again = payload(anonymise(staff_a, world), "residentAnonymise")
    assert codes(again) == [("id", "ALREADY_ANONYMISED")]
    r_id, house = world.r_id(), gid("House", world.house_x2.pk)
    assert codes(payload(staff_a.execute(UPDATE, {"id": r_id}), "residentUpdate")) == [("id", "RESIDENT_ANONYMISED")]
    started = payload(staff_a.execute(START, {"resident": r_id, "house": house}), "occupancyStart")
    assert codes(started) == [("resident", "RESIDENT_ANONYMISED")]
    assert payload(staff_a.execute(REVEAL, {"id": r_id}), "residentRevealPii")["errors"] == [
        {"code": "RESIDENT_ANONYMISED"}
    ]
    with alpha():
        assert PiiAccessLog.objects.count() == 1


def test_other_modules_add_their_steps(
    moved_out: World, staff_a: GraphQLClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setitem(
        privacy._anonymise_steps, "probe", lambda r, pseudonym: seen.append((r.name, r.phone, pseudonym))
    )
    anonymise(staff_a, moved_out)
    ((name, phone, pseudonym),) = seen
    assert (name, phone) == ("业主甲", R_PHONE) and pseudonym.startswith("住户-"), "called before the scrub"


def test_a_failing_step_undoes_everything(
    moved_out: World, alpha: Alpha, staff_a: GraphQLClient, monkeypatch: pytest.MonkeyPatch, log_count: Any
) -> None:
    def fail(resident: Resident, pseudonym: str) -> None:
        raise RuntimeError("work orders are down")

    monkeypatch.setitem(privacy._anonymise_steps, "probe", fail)
    body = anonymise(staff_a, moved_out)
    assert body["data"] is None and body["errors"]
    with alpha():
        assert Resident.objects.get(pk=moved_out.r.pk).anonymised_at is None
        assert User.objects.get(pk=moved_out.owner_user.pk).is_active
    assert log_count() == 0


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        ("anonymous", "UNAUTHENTICATED"),
        ("owner", "FORBIDDEN"),
        ("manager", "FORBIDDEN"),  # no PRIVACY_REQUEST
        ("desk_pii", "FORBIDDEN"),
        ("elsewhere", "FORBIDDEN"),
    ],
)
def test_admin_only_and_nothing_changes_on_refusal(
    moved_out: World,
    alpha: Alpha,
    actor: str,
    code: str,
    client_a: GraphQLClient,
    owner_a: GraphQLClient,
    log_count: Any,
) -> None:
    world = moved_out
    client = {"anonymous": client_a, "owner": owner_a}.get(actor) or world.client(actor)
    body = anonymise(client, world)
    assert error_codes(body) == [code] and body["data"] is None
    with alpha():
        assert Resident.objects.get(pk=world.r.pk).anonymised_at is None
        assert SmsCode.objects.count() == 2
    assert log_count() == 0
