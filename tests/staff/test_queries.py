"""The staff list (filters, paging, pinned SQL statements), the role catalogue and ``node``."""

from __future__ import annotations

from typing import Any

import pytest

from permissions.roles import ROLE_CAPABILITIES, Role
from saas.accounts.models import User
from tests.factories import UserFactory, staff_member
from tests.graphql import GraphQLClient, QueryLog
from tests.staff.conftest import Alpha, Communities, gid
from tests.staff.documents import NODE, ROLES, STAFF_MEMBERS


@pytest.fixture
def team(alpha: Alpha, communities: Communities) -> dict[str, User]:
    """Five staff members besides the company's admin, and an owner (never listed)."""
    with alpha():
        members = {
            "manager": staff_member(
                "zhou", "manager", (communities.wangjing, communities.qinghe), display_name="周经理"
            ),
            "desk": staff_member(
                "sun", "service", (communities.wangjing,), (communities.wangjing,), display_name="孙丽"
            ),
            "tech": staff_member("li", "technician", (communities.qinghe,), display_name="李师傅", phone="13655556666"),
            "cashier": staff_member("qian", "finance", (communities.yunhe,), display_name="钱会计"),
            "gone": staff_member("zhao", "service", (communities.yunhe,), display_name="赵离职", is_active=False),
        }
        UserFactory(username="owner-1", display_name="孙业主", is_staff=False)
    return members


def _names(client: GraphQLClient, **variables: Any) -> list[str]:
    edges = client.data(STAFF_MEMBERS, variables)["staffMembers"]["edges"]
    return [e["node"]["name"] for e in edges]


@pytest.mark.usefixtures("team")
def test_the_list_shows_staff_only_with_their_roles_and_communities(staff_a: GraphQLClient) -> None:
    data = staff_a.data(STAFF_MEMBERS)["staffMembers"]
    assert data["totalCount"] == 6
    rows = {e["node"]["name"]: e["node"] for e in data["edges"]}
    assert set(rows) == {"管理员", "周经理", "孙丽", "李师傅", "钱会计", "赵离职"}
    assert rows["管理员"]["role"] == "ADMIN" and rows["管理员"]["communities"] == []
    assert [c["name"] for c in rows["周经理"]["communities"]] == ["望京花园", "清河嘉园"]
    assert [c["name"] for c in rows["孙丽"]["piiCommunities"]] == ["望京花园"]
    assert rows["赵离职"]["active"] is False
    assert not any(row["invitationPending"] for row in rows.values())
    assert all(row["invitationExpiresAt"] is None for row in rows.values())


@pytest.mark.usefixtures("team")
def test_filters(staff_a: GraphQLClient, communities: Communities) -> None:
    assert _names(staff_a, role="SERVICE") == ["孙丽", "赵离职"]
    assert _names(staff_a, role="SERVICE", active=True) == ["孙丽"]
    assert _names(staff_a, active=False) == ["赵离职"]
    assert _names(staff_a, community=gid("Community", communities.qinghe.pk)) == ["周经理", "李师傅"]
    assert _names(staff_a, search="孙") == ["孙丽"], "owners are never listed"
    assert _names(staff_a, search="5555") == ["李师傅"]
    assert _names(staff_a, search="qian") == ["钱会计"]


def test_the_list_costs_the_same_statements_for_any_page_size(
    staff_a: GraphQLClient, alpha: Alpha, communities: Communities
) -> None:
    with alpha():
        for n in range(12):
            scope = (communities.wangjing, communities.qinghe)
            staff_member(f"desk-{n}", "service", scope, scope[:1])

    def statements(first: int) -> int:
        staff_a.data(STAFF_MEMBERS)  # warm: host lookup cached, the token's last use recorded
        query = STAFF_MEMBERS.replace("staffMembers(role", f"staffMembers(first: {first}, role")
        with QueryLog() as log:
            data = staff_a.data(query)
        assert len(data["staffMembers"]["edges"]) == first
        return log.count()

    # token + role, count, page (role, invitation annotated), assigned communities, PII communities
    assert statements(2) == statements(12) == 5


def test_roles_describe_every_role_for_any_staff_member(manager_a: GraphQLClient) -> None:
    roles = {r["role"]: r for r in manager_a.data(ROLES)["roles"]}
    assert list(roles) == ["ADMIN", "MANAGER", "SERVICE", "TECHNICIAN", "FINANCE", "OWNER"]
    assert roles["SERVICE"]["label"] == "客服" and roles["SERVICE"]["scoped"] is True
    assert roles["ADMIN"]["scoped"] is False and roles["OWNER"]["isStaffRole"] is False
    technician = {c.name for c in ROLE_CAPABILITIES[Role.TECHNICIAN]}
    assert set(roles["TECHNICIAN"]["capabilities"]) == technician


def test_node_gives_a_staff_member_to_admins_only(
    staff_a: GraphQLClient,
    manager_a: GraphQLClient,
    owner_a: GraphQLClient,
    owner_user_a: User,
    team: dict[str, User],
) -> None:
    member = gid("StaffMember", team["desk"].pk)
    assert staff_a.data(NODE, {"id": member})["node"] == {"id": member, "name": "孙丽", "role": "SERVICE"}
    assert manager_a.data(NODE, {"id": member})["node"] is None
    assert owner_a.data(NODE, {"id": member})["node"] is None
    owner = staff_a.data(NODE, {"id": gid("StaffMember", owner_user_a.pk)})
    assert owner["node"] is None, "owners are not staff members"
