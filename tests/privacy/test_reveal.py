"""residentRevealPii: break-glass for staff whose lists are masked, every call in the access log."""

from __future__ import annotations

from typing import Any

import pytest

from permissions.models import PiiAccessLog
from saas.residents.models import Resident
from tests.graphql import GraphQLClient, error_codes
from tests.privacy.conftest import R_EMERGENCY, R_ID, R_PHONE, R_SECOND, Alpha, World, masked
from tests.residents.conftest import codes, payload

REVEAL = """
mutation($input: ResidentRevealPiiInput!) {
  residentRevealPii(input: $input) {
    errors { field message code }
    resident { name phone }
    revealed { fields phone secondPhone emergencyContactPhone idNumber }
  }
}
"""
REASON = "业主来电报修，需回拨确认上门时间"


def reveal(client: GraphQLClient, world: World, **extra: Any) -> dict[str, Any]:
    client.http.defaults["REMOTE_ADDR"] = "10.1.2.3"
    return client.execute(REVEAL, {"input": {"id": world.r_id(), "reason": REASON, **extra}})


def test_a_masked_desk_sees_the_full_values_and_the_log_says_so(world: World, alpha: Alpha) -> None:
    desk = world.client("desk")
    result = payload(reveal(desk, world), "residentRevealPii")
    assert result["errors"] == []
    assert result["revealed"] == {
        "fields": ["PHONE", "SECOND_PHONE", "EMERGENCY_CONTACT_PHONE", "ID_NUMBER"],
        "phone": R_PHONE,
        "secondPhone": R_SECOND,
        "emergencyContactPhone": R_EMERGENCY,
        "idNumber": R_ID,
    }
    assert result["resident"] == {"name": "业主甲", "phone": masked(R_PHONE)}, "the resident itself stays masked"
    with alpha():
        entry = PiiAccessLog.objects.get()
    assert (entry.actor_id, entry.actor_name, entry.resident_id) == (
        world.users["desk"].pk,
        world.users["desk"].display_name,
        world.r.pk,
    )
    assert entry.action == "reveal"
    assert entry.fields == ["phone", "second_phone", "emergency_contact_phone", "id_number"]
    assert (entry.reason, entry.client_address) == (REASON, "10.1.2.3")


def test_only_the_fields_asked_for(world: World, alpha: Alpha) -> None:
    result = payload(reveal(world.client("desk"), world, fields=["ID_NUMBER"]), "residentRevealPii")
    assert result["revealed"] == {
        "fields": ["ID_NUMBER"],
        "phone": None,
        "secondPhone": None,
        "emergencyContactPhone": None,
        "idNumber": R_ID,
    }
    with alpha():
        assert PiiAccessLog.objects.get().fields == ["id_number"]


@pytest.mark.parametrize(
    ("reason", "code"),
    [("", "REQUIRED"), ("   ", "REQUIRED"), ("看看", "REASON_TOO_SHORT"), ("很" * 201, "TOO_LONG")],
)
def test_a_reason_is_required(world: World, log_count: Any, reason: str, code: str) -> None:
    body = world.client("desk").execute(REVEAL, {"input": {"id": world.r_id(), "reason": reason}})
    result = payload(body, "residentRevealPii")
    assert codes(result) == [("reason", code)] and result["revealed"] is None
    assert log_count() == 0


def test_asking_for_no_field_at_all_is_refused(world: World, log_count: Any) -> None:
    result = payload(reveal(world.client("desk"), world, fields=[]), "residentRevealPii")
    assert codes(result) == [("fields", "REQUIRED")]
    assert log_count() == 0


def test_an_unknown_resident(world: World, staff_a: GraphQLClient, log_count: Any) -> None:
    body = staff_a.execute(REVEAL, {"input": {"id": "UmVzaWRlbnQ6OTk5OTk5", "reason": REASON}})  # Resident:999999
    assert codes(payload(body, "residentRevealPii")) == [("id", "RESIDENT_NOT_FOUND")]
    assert log_count() == 0


def test_an_anonymised_resident_has_nothing_to_reveal(world: World, alpha: Alpha, log_count: Any) -> None:
    with alpha():
        Resident.objects.filter(pk=world.r.pk).update(anonymised_at="2026-01-01T00:00:00Z")
    result = payload(reveal(world.client("desk"), world), "residentRevealPii")
    assert codes(result) == [("id", "RESIDENT_ANONYMISED")] and result["revealed"] is None
    assert log_count() == 0


def test_english_messages(world: World) -> None:
    desk = world.client("desk")
    desk.language = "en"
    body = desk.execute(REVEAL, {"input": {"id": world.r_id(), "reason": "ok"}})
    assert payload(body, "residentRevealPii")["errors"][0]["message"].startswith("Give a specific reason")


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        ("anonymous", "UNAUTHENTICATED"),
        ("owner", "FORBIDDEN"),  # even their own record: owners see it in full anyway
        ("technician", "FORBIDDEN"),  # no PII_REVEAL
        ("elsewhere", "FORBIDDEN"),  # PII_REVEAL, in another community
    ],
)
def test_refused_and_nothing_logged(
    world: World, actor: str, code: str, client_a: GraphQLClient, owner_a: GraphQLClient, log_count: Any
) -> None:
    client = {"anonymous": client_a, "owner": owner_a}.get(actor) or world.client(actor)
    body = reveal(client, world)
    assert error_codes(body) == [code] and body["data"] is None
    assert log_count() == 0


@pytest.mark.parametrize("actor", ["admin", "desk_pii", "desk", "manager", "finance"])
def test_permitted(world: World, actor: str, staff_a: GraphQLClient, log_count: Any) -> None:
    client = staff_a if actor == "admin" else world.client(actor)
    assert payload(reveal(client, world), "residentRevealPii")["revealed"]["phone"] == R_PHONE
    assert log_count() == 1
