"""Who may manage staff: only the admin (STAFF_MANAGE). Anonymous callers, owners and staff without
the capability (a manager) get a top-level error, no data, no change and no SMS."""

from __future__ import annotations

from typing import Any

import pytest

from permissions.models import CommunityUserObjectPermission
from saas.accounts.models import ApiToken, StaffInvitation, User
from saas.core.sms import SmsMessage
from tests.factories import staff_member
from tests.graphql import GraphQLClient, error_codes
from tests.staff.conftest import Alpha, Communities, gid, invite_input
from tests.staff.documents import DEACTIVATE, INVITE, REACTIVATE, RESEND, ROLES, STAFF_MEMBERS, UPDATE


@pytest.fixture
def member(alpha: Alpha, communities: Communities) -> User:
    with alpha():
        return staff_member("li-tech", "technician", (communities.qinghe,))


def _snapshot() -> list[Any]:
    return [
        list(User.objects.order_by("id").values_list("id", "display_name", "is_active", "is_superuser")),
        list(User.groups.through.objects.order_by("id").values_list()),
        list(CommunityUserObjectPermission.objects.order_by("id").values_list()),
        list(StaffInvitation.objects.order_by("id").values_list()),
        list(ApiToken.objects.filter(revoked_at__isnull=False).values_list("id")),
    ]


def _writes(communities: Communities, member: User) -> list[tuple[str, dict[str, Any]]]:
    staff_id = gid("StaffMember", member.pk)
    return [
        (INVITE, {"input": invite_input(communities)}),
        (RESEND, {"input": {"id": staff_id}}),
        (UPDATE, {"input": {"id": staff_id, "role": "ADMIN", "communities": []}}),
        (DEACTIVATE, {"input": {"id": staff_id}}),
        (REACTIVATE, {"input": {"id": staff_id}}),
    ]


@pytest.mark.parametrize(
    ("caller", "code"),
    [("anonymous_a", "UNAUTHENTICATED"), ("owner_a", "FORBIDDEN"), ("manager_a", "FORBIDDEN")],
)
def test_only_the_admin_manages_staff(
    request: pytest.FixtureRequest,
    caller: str,
    code: str,
    communities: Communities,
    member: User,
    alpha: Alpha,
    outbox: list[SmsMessage],
    django_capture_on_commit_callbacks: Any,
) -> None:
    client: GraphQLClient = request.getfixturevalue(caller)
    with alpha():
        before = _snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        for document, variables in _writes(communities, member):
            body = client.execute(document, variables)
            assert error_codes(body) == [code], document
            assert body["data"] is None
    body = client.execute(STAFF_MEMBERS)
    assert error_codes(body) == [code] and body["data"] is None
    with alpha():
        assert _snapshot() == before
    assert outbox == []


def test_the_admin_may_do_all_of_it(
    staff_a: GraphQLClient, communities: Communities, member: User, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        for document, variables in _writes(communities, member):
            body = staff_a.execute(document, variables)
            assert "errors" not in body, document
    assert staff_a.data(STAFF_MEMBERS)["staffMembers"]["totalCount"] == 3


@pytest.mark.parametrize(("caller", "code"), [("anonymous_a", "UNAUTHENTICATED"), ("owner_a", "FORBIDDEN")])
def test_the_role_catalogue_is_for_staff(request: pytest.FixtureRequest, caller: str, code: str) -> None:
    body = request.getfixturevalue(caller).execute(ROLES)
    assert error_codes(body) == [code] and body["data"] is None


def test_a_manager_with_the_forbidden_answer_reads_in_chinese_or_english(manager_a: GraphQLClient) -> None:
    assert manager_a.execute(STAFF_MEMBERS)["errors"][0]["message"] == "您没有执行此操作的权限。"
    english = manager_a.execute(STAFF_MEMBERS, accept_language="en")
    assert english["errors"][0]["message"] == "You are not allowed to do this."
