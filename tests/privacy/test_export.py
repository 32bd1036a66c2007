"""residentDataExport (PIPL art. 45): everything held about a person, as JSON; admin only, audited."""

from __future__ import annotations

import json
from typing import Any

import pytest

from permissions.models import PiiAccessLog
from saas.residents import privacy
from saas.residents.models import Consent
from tests.graphql import GraphQLClient, error_codes
from tests.privacy.conftest import R_EMERGENCY, R_ID, R_PHONE, R_SECOND, REQUEST_ID, REQUEST_PHONE, Alpha, World
from tests.residents.conftest import codes, payload

EXPORT = """
mutation($input: ResidentDataExportInput!) {
  residentDataExport(input: $input) { errors { field code } export }
}
"""
REASON = "业主书面申请查阅本人信息（2026-11-28）"
# What residents and permissions register; finance, work orders … add theirs.
OWN_SECTIONS = {"resident", "occupancies", "registrationRequests", "consents", "account", "accessLog"}


def export(client: GraphQLClient, world: World, reason: str = REASON) -> dict[str, Any]:
    return client.execute(EXPORT, {"input": {"id": world.r_id(), "reason": reason}})


def test_everything_about_the_person(world: World, alpha: Alpha, staff_a: GraphQLClient) -> None:
    with alpha():
        Consent.objects.create(resident=world.r, purpose="face_access", notice_version="2026-01", channel="paper")
    result = payload(export(staff_a, world), "residentDataExport")
    assert result["errors"] == []
    document = result["export"]
    assert document["residentId"] == world.r.pk and document["company"] == "北京阿尔法物业有限公司"
    sections = document["sections"]
    assert set(sections) >= OWN_SECTIONS, "other modules' sections come on top"
    person = sections["resident"]
    assert (person["name"], person["phone"], person["secondPhone"]) == ("业主甲", R_PHONE, R_SECOND)
    assert (person["idNumber"], person["emergencyContactPhone"], person["notes"]) == (R_ID, R_EMERGENCY, "喜欢早上联系")
    (occupancy,) = sections["occupancies"]
    assert occupancy["house"]["community"] == "京华园" and occupancy["moveIn"] == "2020-05-01"
    assert occupancy["house"]["roomNumber"] == world.house_x.room_number
    (request,) = sections["registrationRequests"]
    assert (request["phone"], request["idNumber"], request["status"]) == (REQUEST_PHONE, REQUEST_ID, "pending")
    assert [(c["purpose"], c["noticeVersion"], c["withdrawnAt"]) for c in sections["consents"]] == [
        ("face_access", "2026-01", None)
    ]
    assert sections["account"]["username"] == world.owner_user.username and sections["account"]["dateJoined"]
    (entry,) = sections["accessLog"]
    assert (entry["action"], entry["reason"], entry["actor"]) == ("export", REASON, "管理员"), "the export itself"
    text = json.dumps(document, ensure_ascii=False)
    assert "password" not in text and "pbkdf2" not in text and "md5$" not in text


def test_the_export_is_in_the_access_log(world: World, alpha: Alpha, staff_a: GraphQLClient) -> None:
    export(staff_a, world)
    with alpha():
        entry = PiiAccessLog.objects.get()
    assert (entry.action, entry.resident_id, entry.reason) == ("export", world.r.pk, REASON)
    assert set(entry.fields) >= OWN_SECTIONS and entry.fields == list(privacy.export_sections())


def test_other_modules_add_their_sections(
    world: World, staff_a: GraphQLClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(privacy._export_sections, "probe", lambda resident: [{"residentName": resident.name}])
    document = payload(export(staff_a, world), "residentDataExport")["export"]
    assert document["sections"]["probe"] == [{"residentName": "业主甲"}]


def test_a_reason_is_required(world: World, staff_a: GraphQLClient, log_count: Any) -> None:
    assert codes(payload(export(staff_a, world, reason="查"), "residentDataExport")) == [("reason", "REASON_TOO_SHORT")]
    assert log_count() == 0


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        ("anonymous", "UNAUTHENTICATED"),
        ("owner", "FORBIDDEN"),  # owners ask the company; staff handle the request
        ("manager", "FORBIDDEN"),  # no PRIVACY_REQUEST
        ("desk_pii", "FORBIDDEN"),
        ("elsewhere", "FORBIDDEN"),
    ],
)
def test_admin_only_and_nothing_logged_on_refusal(
    world: World, actor: str, code: str, client_a: GraphQLClient, owner_a: GraphQLClient, log_count: Any
) -> None:
    client = {"anonymous": client_a, "owner": owner_a}.get(actor) or world.client(actor)
    body = export(client, world)
    assert error_codes(body) == [code] and body["data"] is None
    assert log_count() == 0
