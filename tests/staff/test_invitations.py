"""Inviting staff: the admin invites, the phone gets a one-time link, the person activates with a
password and works with the role and communities they were given."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from permissions.models import CommunityUserObjectPermission
from saas.accounts.models import ApiToken, StaffInvitation, User
from saas.core.sms import SmsMessage
from tenants.routing import tenant_host
from tests.factories import UserFactory
from tests.graphql import GraphQLClient
from tests.staff.conftest import PASSWORD, PHONE, Alpha, Communities, code_in, codes, gid, payload
from tests.staff.documents import ACTIVATE, COMMUNITIES, LOGIN, ME, RESEND

Invite = Callable[..., dict[str, Any]]
Activate = Callable[..., dict[str, Any]]


def _counts() -> tuple[int, int, int, int]:
    return (
        User.objects.count(),
        StaffInvitation.objects.count(),
        CommunityUserObjectPermission.objects.count(),
        Group.objects.filter(user__isnull=False).count(),
    )


def test_invite_text_activate_and_work_in_the_given_community(
    invite: Invite, activate: Activate, outbox: list[SmsMessage], communities: Communities, alpha: Alpha
) -> None:
    member = payload(invite(phone="136 1234 5678"), "staffInvite")
    assert member["errors"] == []
    staff = member["staffMember"]
    assert {k: staff[k] for k in ("name", "username", "phone", "role", "active", "invitationPending")} == {
        "name": "孙丽",
        "username": PHONE,
        "phone": PHONE,
        "role": "SERVICE",
        "active": True,
        "invitationPending": True,
    }
    assert [c["name"] for c in staff["communities"]] == ["望京花园"]
    assert [c["name"] for c in staff["piiCommunities"]] == ["望京花园"]
    assert staff["invitationExpiresAt"] is not None

    assert [m.phone for m in outbox] == [PHONE]
    text = outbox[0].message
    assert text.startswith("【北京阿尔法物业有限公司】孙丽，您已被邀请加入北京阿尔法物业有限公司员工端（客服）")
    assert "72 小时" in text and f"http://{tenant_host('alpha')}:8000/staff/activate?code=" in text

    activated = activate(code_in(outbox, PHONE))
    assert activated["errors"] == [] and activated["token"].startswith("wy_")
    assert activated["viewer"]["username"] == PHONE and activated["viewer"]["role"] == "SERVICE"
    assert "RESIDENT_VIEW" in activated["viewer"]["capabilities"]

    client = GraphQLClient(tenant_host("alpha"), token=activated["token"])
    assert client.data(ME)["me"]["role"] == "SERVICE"
    names = [e["node"]["name"] for e in client.data(COMMUNITIES)["communities"]["edges"]]
    assert names == ["望京花园"], "only the community they were given"

    login = GraphQLClient(tenant_host("alpha")).data(LOGIN, {"username": PHONE, "password": PASSWORD})["login"]
    assert login["errors"] == [] and login["token"]
    with alpha():
        assert StaffInvitation.objects.get().used_at is not None


def test_the_invitation_code_is_stored_only_as_a_digest(invite: Invite, outbox: list[SmsMessage], alpha: Alpha) -> None:
    invite()
    code = code_in(outbox, PHONE)
    with alpha():
        invitation = StaffInvitation.objects.select_related("invited_by").get()
        row = list(StaffInvitation.objects.values_list(flat=False))
        user = User.objects.get(username=PHONE)
    assert invitation.digest == hashlib.sha256(code.encode()).hexdigest()
    assert code not in repr(row)
    assert len(code) >= 32, "at least 192 bits of randomness"
    assert invitation.expires_at - invitation.created_at == timedelta(hours=72)
    assert not user.has_usable_password(), "no password until activation"
    assert invitation.invited_by is not None and invitation.invited_by.username == "admin"


def test_an_invited_account_cannot_log_in_before_activating(invite: Invite) -> None:
    invite()
    login = GraphQLClient(tenant_host("alpha")).data(LOGIN, {"username": PHONE, "password": ""})["login"]
    assert [e["code"] for e in login["errors"]] == ["REQUIRED"]
    login = GraphQLClient(tenant_host("alpha")).data(LOGIN, {"username": PHONE, "password": "!"})["login"]
    assert [e["code"] for e in login["errors"]] == ["INVALID_CREDENTIALS"]


def test_an_admin_is_invited_without_communities(invite: Invite, activate: Activate, outbox: list[SmsMessage]) -> None:
    member = payload(invite(role="ADMIN", communities=[], piiCommunities=[]), "staffInvite")
    assert member["errors"] == [] and member["staffMember"]["communities"] == []
    activated = activate(code_in(outbox, PHONE))
    assert activated["viewer"]["role"] == "ADMIN"
    assert "STAFF_MANAGE" in activated["viewer"]["capabilities"]


def _bad_inputs(communities: Communities) -> list[tuple[dict[str, Any], list[tuple[str, str]]]]:
    wangjing, qinghe = gid("Community", communities.wangjing.pk), gid("Community", communities.qinghe.pk)
    return [
        ({"name": " ", "phone": "12345"}, [("name", "REQUIRED"), ("phone", "PHONE_INVALID")]),
        ({"name": "孙" * 65}, [("name", "TOO_LONG")]),
        ({"phone": ""}, [("phone", "REQUIRED")]),
        ({"phone": "13800000001"}, [("phone", "PHONE_TAKEN")]),  # the admin's phone
        ({"role": "OWNER"}, [("role", "ROLE_NOT_STAFF")]),
        ({"role": "ADMIN"}, [("communities", "ADMIN_NOT_SCOPED"), ("piiCommunities", "ADMIN_NOT_SCOPED")]),
        ({"communities": [], "piiCommunities": []}, [("communities", "COMMUNITIES_REQUIRED")]),
        ({"communities": [wangjing, gid("Community", 999_999)]}, [("communities", "COMMUNITY_NOT_FOUND")]),
        ({"piiCommunities": [qinghe]}, [("piiCommunities", "PII_NOT_IN_COMMUNITIES")]),
        ({"role": "TECHNICIAN"}, [("piiCommunities", "PII_NOT_ALLOWED")]),
    ]


def test_every_bad_input_is_typed_and_nothing_is_created(
    invite: Invite, communities: Communities, outbox: list[SmsMessage], alpha: Alpha
) -> None:
    with alpha():
        before = _counts()
    for overrides, expected in _bad_inputs(communities):
        result = payload(invite(**overrides), "staffInvite")
        assert codes(result) == expected, overrides
        assert result["staffMember"] is None
    with alpha():
        assert _counts() == before
    assert outbox == []


def test_all_problems_are_reported_at_once_in_english(invite: Invite) -> None:
    body = invite(headers={"accept_language": "en"}, name="", phone="1", role="TECHNICIAN", communities=[])
    result = payload(body, "staffInvite")
    assert codes(result) == [
        ("name", "REQUIRED"),
        ("phone", "PHONE_INVALID"),
        ("communities", "COMMUNITIES_REQUIRED"),
        ("piiCommunities", "PII_NOT_ALLOWED"),
    ]
    assert result["errors"][2]["message"] == "Choose at least one community for this role."


def test_messages_are_chinese_by_default(invite: Invite) -> None:
    result = payload(invite(role="OWNER"), "staffInvite")
    assert result["errors"][0]["message"] == "请选择员工角色（业主不是员工角色）。"


def test_an_owners_phone_is_taken(invite: Invite, alpha: Alpha) -> None:
    with alpha():
        UserFactory(username="owner-x", phone="13611112222", is_staff=False)
    assert codes(payload(invite(phone="13611112222"), "staffInvite")) == [("phone", "PHONE_TAKEN")]


def test_a_community_id_of_another_type_is_bad_input(invite: Invite) -> None:
    body = invite(communities=[gid("House", 1)])
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


# --- activation ---------------------------------------------------------------------------------


def test_a_code_works_once(invite: Invite, activate: Activate, outbox: list[SmsMessage]) -> None:
    invite()
    code = code_in(outbox, PHONE)
    assert activate(code)["errors"] == []
    again = activate(code, "Another@2026!")
    assert codes(again) == [("token", "INVITATION_USED")] and again["token"] is None


def test_an_expired_code_is_refused_and_changes_nothing(
    invite: Invite, activate: Activate, outbox: list[SmsMessage], alpha: Alpha
) -> None:
    invite()
    with alpha():
        StaffInvitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    result = activate(code_in(outbox, PHONE))
    assert codes(result) == [("token", "INVITATION_EXPIRED")] and result["token"] is None
    with alpha():
        assert not User.objects.get(username=PHONE).has_usable_password()
        assert StaffInvitation.objects.get().used_at is None
        assert not ApiToken.objects.filter(user__username=PHONE).exists()


@pytest.mark.parametrize(
    ("token", "password", "expected"),
    [
        ("not-a-code", PASSWORD, [("token", "INVITATION_INVALID")]),
        ("", "", [("token", "REQUIRED"), ("password", "REQUIRED")]),
        (None, "", [("password", "REQUIRED")]),
        (None, "12345678", [("password", "PASSWORD_WEAK")]),
        (None, "13612345678", [("password", "PASSWORD_WEAK")]),  # like the login name
    ],
)
def test_bad_activations_change_nothing(
    invite: Invite,
    activate: Activate,
    outbox: list[SmsMessage],
    alpha: Alpha,
    token: str | None,
    password: str,
    expected: list[tuple[str, str]],
) -> None:
    invite()
    result = activate(code_in(outbox, PHONE) if token is None else token, password)
    assert codes(result) == expected and result["token"] is None
    with alpha():
        assert not User.objects.get(username=PHONE).has_usable_password()
        assert StaffInvitation.objects.get().used_at is None


def test_a_resent_invitation_kills_the_old_code(
    invite: Invite,
    activate: Activate,
    staff_a: GraphQLClient,
    outbox: list[SmsMessage],
    alpha: Alpha,
    django_capture_on_commit_callbacks: Any,
) -> None:
    staff_id = payload(invite(), "staffInvite")["staffMember"]["id"]
    old = code_in(outbox, PHONE)
    with alpha():
        StaffInvitation.objects.update(created_at=timezone.now() - timedelta(minutes=5))
    with django_capture_on_commit_callbacks(execute=True):
        resent = payload(staff_a.execute(RESEND, {"input": {"id": staff_id}}), "staffInviteResend")
    assert resent["errors"] == [] and len(outbox) == 2
    new = code_in(outbox, PHONE)
    assert new != old
    assert codes(activate(old)) == [("token", "INVITATION_INVALID")]
    assert activate(new)["errors"] == []
    again = payload(staff_a.execute(RESEND, {"input": {"id": staff_id}}), "staffInviteResend")
    assert codes(again) == [("id", "ALREADY_ACTIVATED")]


def test_a_resend_right_after_the_invitation_waits(invite: Invite, staff_a: GraphQLClient) -> None:
    staff_id = payload(invite(), "staffInvite")["staffMember"]["id"]
    again = payload(staff_a.execute(RESEND, {"input": {"id": staff_id}}), "staffInviteResend")
    assert codes(again) == [("id", "RESEND_TOO_SOON")]


def test_activation_is_rate_limited_per_client_address(
    invite: Invite, activate: Activate, outbox: list[SmsMessage], settings: Any
) -> None:
    settings.STAFF_ACTIVATE_RATE = "2/m"
    invite()
    assert codes(activate("wrong-1")) == [("token", "INVITATION_INVALID")]
    assert codes(activate("wrong-2")) == [("token", "INVITATION_INVALID")]
    limited = activate(code_in(outbox, PHONE))
    assert codes(limited) == [(None, "RATE_LIMITED")] and limited["token"] is None
    elsewhere = GraphQLClient(tenant_host("alpha"))
    elsewhere.http.defaults["REMOTE_ADDR"] = "10.0.0.9"
    body = elsewhere.execute(ACTIVATE, {"input": {"token": code_in(outbox, PHONE), "password": PASSWORD}})
    assert payload(body, "staffActivate")["errors"] == []
