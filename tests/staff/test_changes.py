"""Changing staff: roles and scopes take effect on the member's next request, deactivation stops
their tokens and sessions at once, and nobody locks the company out (self and last-admin rules)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from permissions.roles import Role
from permissions.services import community_scope_of
from saas.accounts.errors import StaffErrorCode
from saas.accounts.models import ApiToken, User
from saas.accounts.staff import staff_deactivate, staff_role, staff_update
from saas.core.errors import DomainError, DomainErrors
from saas.core.sms import SmsMessage
from tenants.models import Company
from tenants.routing import tenant_host
from tests.conftest_values import PASSWORD
from tests.factories import staff_member
from tests.graphql import GraphQLClient, client_for, error_codes
from tests.staff.conftest import PHONE, Alpha, Communities, code_in, codes, gid, payload
from tests.staff.documents import COMMUNITIES, DEACTIVATE, LOGIN, ME, REACTIVATE, UPDATE

Activate = Callable[..., dict[str, Any]]


@pytest.fixture
def desk(alpha: Alpha, communities: Communities) -> User:
    """王静, service desk of 望京花园 with residents' personal information there."""
    with alpha():
        return staff_member("wangjing-desk", "service", (communities.wangjing,), (communities.wangjing,))


@pytest.fixture
def desk_client(company_a: Company, desk: User, alpha: Alpha) -> GraphQLClient:
    with alpha():
        return client_for(company_a, desk)


def _member(user: User) -> str:
    return gid("StaffMember", user.pk)


def _update(client: GraphQLClient, **fields: Any) -> dict[str, Any]:
    return payload(client.execute(UPDATE, {"input": fields}), "staffUpdate")


def _names(client: GraphQLClient) -> list[str]:
    return [e["node"]["name"] for e in client.data(COMMUNITIES)["communities"]["edges"]]


def _access(user: User) -> tuple[Any, ...]:
    user.refresh_from_db()
    return (user.display_name, user.is_active, staff_role(user), community_scope_of(user))


def test_a_new_role_and_scope_apply_on_the_next_request_with_the_same_token(
    staff_a: GraphQLClient, desk: User, desk_client: GraphQLClient, communities: Communities
) -> None:
    assert desk_client.data(ME)["me"]["role"] == "SERVICE"
    assert _names(desk_client) == ["望京花园"]
    qinghe = gid("Community", communities.qinghe.pk)
    result = _update(staff_a, id=_member(desk), role="MANAGER", communities=[qinghe], piiCommunities=[])
    assert result["errors"] == []
    member = result["staffMember"]
    assert member["role"] == "MANAGER" and [c["name"] for c in member["communities"]] == ["清河嘉园"]
    assert member["piiCommunities"] == []
    me = desk_client.data(ME)["me"]
    assert me["role"] == "MANAGER" and "ESTATE_MANAGE" in me["capabilities"]
    assert _names(desk_client) == ["清河嘉园"]


def test_fields_left_out_stay_as_they_are(
    staff_a: GraphQLClient, desk: User, communities: Communities, alpha: Alpha
) -> None:
    result = _update(staff_a, id=_member(desk), name=" 王静静 ")
    assert result["errors"] == [] and result["staffMember"]["name"] == "王静静"
    with alpha():
        assert _access(desk) == (
            "王静静",
            True,
            staff_role(desk),
            ([communities.wangjing.pk], [communities.wangjing.pk]),
        )


def test_a_left_out_scope_shrinks_to_what_the_new_role_allows(
    staff_a: GraphQLClient, desk: User, communities: Communities, alpha: Alpha
) -> None:
    technician = _update(staff_a, id=_member(desk), role="TECHNICIAN")["staffMember"]
    assert [c["name"] for c in technician["communities"]] == ["望京花园"]
    assert technician["piiCommunities"] == [], "technicians do not see residents"
    admin = _update(staff_a, id=_member(desk), role="ADMIN")["staffMember"]
    assert admin["role"] == "ADMIN" and admin["communities"] == [], "admins work everywhere"
    back = _update(staff_a, id=_member(desk), role="FINANCE")
    assert codes(back) == [("communities", "COMMUNITIES_REQUIRED")]
    with alpha():
        assert community_scope_of(desk) == ([], [])


def test_narrowing_communities_narrows_personal_information(
    staff_a: GraphQLClient, desk: User, communities: Communities
) -> None:
    both = [gid("Community", c.pk) for c in (communities.wangjing, communities.qinghe)]
    widened = _update(staff_a, id=_member(desk), communities=both)["staffMember"]
    assert [c["name"] for c in widened["piiCommunities"]] == ["望京花园"]
    narrowed = _update(staff_a, id=_member(desk), communities=both[1:])["staffMember"]
    assert [c["name"] for c in narrowed["communities"]] == ["清河嘉园"] and narrowed["piiCommunities"] == []


def test_bad_updates_are_typed_and_change_nothing(
    staff_a: GraphQLClient, desk: User, communities: Communities, alpha: Alpha
) -> None:
    qinghe = gid("Community", communities.qinghe.pk)
    cases: list[tuple[dict[str, Any], list[tuple[str, str]]]] = [
        ({"name": ""}, [("name", "REQUIRED")]),
        ({"role": "OWNER"}, [("role", "ROLE_NOT_STAFF")]),
        ({"communities": []}, [("communities", "COMMUNITIES_REQUIRED")]),
        ({"communities": [gid("Community", 999_999)]}, [("communities", "COMMUNITY_NOT_FOUND")]),
        ({"piiCommunities": [qinghe]}, [("piiCommunities", "PII_NOT_IN_COMMUNITIES")]),
        ({"role": "TECHNICIAN", "piiCommunities": [qinghe]}, [("piiCommunities", "PII_NOT_ALLOWED")]),
        ({"role": "ADMIN", "communities": [qinghe]}, [("communities", "ADMIN_NOT_SCOPED")]),
        ({"name": "x" * 65, "role": "OWNER"}, [("name", "TOO_LONG"), ("role", "ROLE_NOT_STAFF")]),
    ]
    with alpha():
        before = _access(desk)
    for fields, expected in cases:
        result = _update(staff_a, id=_member(desk), **fields)
        assert codes(result) == expected, fields
        assert result["staffMember"] is None
    with alpha():
        assert _access(desk) == before


def test_nobody_changes_their_own_role_or_status(staff_a: GraphQLClient, admin_a: User, alpha: Alpha) -> None:
    me = _member(admin_a)
    assert codes(_update(staff_a, id=me, role="MANAGER")) == [("role", "CANNOT_CHANGE_SELF")]
    assert _update(staff_a, id=me, role="ADMIN")["errors"] == [], "the same role is no change"
    assert _update(staff_a, id=me, name="总管理员")["errors"] == [], "but their own name, yes"
    deactivated = payload(staff_a.execute(DEACTIVATE, {"input": {"id": me}}), "staffDeactivate")
    assert codes(deactivated) == [("id", "CANNOT_CHANGE_SELF")]
    with alpha():
        admin_a.refresh_from_db()
        assert admin_a.is_active and staff_role(admin_a) is Role.ADMIN


def test_another_admin_may_be_demoted_and_loses_superuser(
    company_a: Company, staff_a: GraphQLClient, admin_a: User, communities: Communities, alpha: Alpha
) -> None:
    with alpha():
        second = staff_member("second-admin", "admin")
        second_client = client_for(company_a, second)
    demoted = _update(
        second_client, id=_member(admin_a), role="MANAGER", communities=[gid("Community", communities.yunhe.pk)]
    )
    assert demoted["errors"] == [] and demoted["staffMember"]["role"] == "MANAGER"
    with alpha():
        admin_a.refresh_from_db()
        assert not admin_a.is_superuser, "the signup admin's superuser flag goes with the admin role"


def test_the_last_active_admin_is_neither_demoted_nor_deactivated(
    admin_a: User, desk: User, alpha: Alpha, communities: Communities
) -> None:
    """Through the API the caller is itself an active admin, so only a race reaches this rule:
    the services refuse it for any caller."""
    with alpha():
        retired = staff_member("retired-admin", "admin", is_active=False)
        with pytest.raises(DomainErrors) as refused:
            staff_update(staff_id=admin_a.pk, by=retired, role=Role.MANAGER, community_ids=[communities.qinghe.pk])
        assert [(e.field, e.code) for e in refused.value] == [("role", StaffErrorCode.LAST_ADMIN)]
        with pytest.raises(DomainError) as not_deactivated:
            staff_deactivate(staff_id=admin_a.pk, by=desk)
        assert not_deactivated.value.code is StaffErrorCode.LAST_ADMIN
        admin_a.refresh_from_db()
        assert admin_a.is_active and staff_role(admin_a) is Role.ADMIN


def test_deactivation_stops_the_token_at_once_and_login_fails(
    staff_a: GraphQLClient, desk: User, desk_client: GraphQLClient, alpha: Alpha
) -> None:
    assert desk_client.data(ME)["me"]["username"] == "wangjing-desk"
    result = payload(staff_a.execute(DEACTIVATE, {"input": {"id": _member(desk)}}), "staffDeactivate")
    assert result == {"errors": [], "staffMember": {"id": _member(desk), "active": False}}
    body = desk_client.execute(ME)
    assert error_codes(body) == ["UNAUTHENTICATED"] and body["errors"][0]["extensions"]["reason"] == "TOKEN_INVALID"
    login = GraphQLClient(tenant_host("alpha")).data(LOGIN, {"username": "wangjing-desk", "password": PASSWORD})
    assert [e["code"] for e in login["login"]["errors"]] == ["INVALID_CREDENTIALS"]
    with alpha():
        assert not ApiToken.objects.filter(user=desk, revoked_at__isnull=True).exists()


def test_deactivation_ends_a_browser_session(staff_a: GraphQLClient, desk: User) -> None:
    browser = GraphQLClient(tenant_host("alpha"))
    login = browser.data(LOGIN, {"username": "wangjing-desk", "password": PASSWORD})["login"]
    assert login["errors"] == []
    assert browser.data(ME)["me"]["username"] == "wangjing-desk", "the session cookie logs in"
    staff_a.execute(DEACTIVATE, {"input": {"id": _member(desk)}})
    assert error_codes(browser.execute(ME)) == ["UNAUTHENTICATED"]


def test_reactivation_needs_a_new_login(
    staff_a: GraphQLClient, desk: User, desk_client: GraphQLClient, alpha: Alpha
) -> None:
    staff_a.execute(DEACTIVATE, {"input": {"id": _member(desk)}})
    again = payload(staff_a.execute(DEACTIVATE, {"input": {"id": _member(desk)}}), "staffDeactivate")
    assert again["errors"] == [], "deactivating twice changes nothing"
    result = payload(staff_a.execute(REACTIVATE, {"input": {"id": _member(desk)}}), "staffReactivate")
    assert result == {"errors": [], "staffMember": {"id": _member(desk), "active": True}}
    assert error_codes(desk_client.execute(ME)) == ["UNAUTHENTICATED"], "old tokens stay revoked"
    login = GraphQLClient(tenant_host("alpha")).data(LOGIN, {"username": "wangjing-desk", "password": PASSWORD})
    token = login["login"]["token"]
    me = GraphQLClient(tenant_host("alpha"), token=token).data(ME)["me"]
    assert me["role"] == "SERVICE", "role and scope kept"


def test_deactivation_withdraws_an_outstanding_invitation(
    invite: Callable[..., dict[str, Any]],
    activate: Activate,
    staff_a: GraphQLClient,
    outbox: list[SmsMessage],
) -> None:
    staff_id = payload(invite(), "staffInvite")["staffMember"]["id"]
    staff_a.execute(DEACTIVATE, {"input": {"id": staff_id}})
    assert codes(activate(code_in(outbox, PHONE))) == [("token", "INVITATION_INVALID")]
    staff_a.execute(REACTIVATE, {"input": {"id": staff_id}})
    assert codes(activate(code_in(outbox, PHONE))) == [("token", "INVITATION_INVALID")], "a new invitation is needed"


@pytest.mark.parametrize(
    ("document", "name", "extra"),
    [
        (UPDATE, "staffUpdate", {"name": "改名"}),
        (DEACTIVATE, "staffDeactivate", {}),
        (REACTIVATE, "staffReactivate", {}),
    ],
)
def test_owners_and_unknown_ids_are_not_staff(
    staff_a: GraphQLClient, owner_user_a: User, alpha: Alpha, document: str, name: str, extra: dict[str, Any]
) -> None:
    for pk in (owner_user_a.pk, 999_999):
        result = payload(staff_a.execute(document, {"input": {"id": gid("StaffMember", pk), **extra}}), name)
        assert codes(result) == [("id", "NOT_FOUND")]
    with alpha():
        owner_user_a.refresh_from_db()
        assert owner_user_a.is_active and owner_user_a.display_name != "改名"


def test_another_companys_admin_cannot_touch_alphas_staff(
    admin_b: GraphQLClient, company_b: Company, desk: User, alpha: Alpha
) -> None:
    with alpha():
        before = _access(desk)
    on_alpha = GraphQLClient(tenant_host("alpha"), token=admin_b.token)
    for document, extra in ((UPDATE, {"role": "ADMIN"}), (DEACTIVATE, {})):
        body = on_alpha.execute(document, {"input": {"id": _member(desk), **extra}})
        assert error_codes(body) == ["UNAUTHENTICATED"] and body["data"] is None
    for document, name in ((UPDATE, "staffUpdate"), (DEACTIVATE, "staffDeactivate")):
        result = payload(admin_b.execute(document, {"input": {"id": _member(desk)}}), name)
        assert codes(result) == [("id", "NOT_FOUND")], "alpha's id means nothing in beta"
    with alpha():
        assert _access(desk) == before
