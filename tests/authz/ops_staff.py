"""The matrix for staff management: admins only, activation for anyone holding a code."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_tenants.utils import tenant_context

from permissions.roles import Role
from saas.accounts.models import StaffInvitation, User
from saas.accounts.staff import staff_invite
from tests.authz.matrix import OK, Operation, outcomes, public
from tests.authz.world import World, gid


def _member(w: World) -> str:
    """An invited, not yet activated technician of community X (made once per world)."""
    if "staff_member" not in w.extra:
        with tenant_context(w.company):
            admin = User.objects.get(username="admin")
            member = staff_invite(
                invited_by=admin,
                name="马强",
                phone="13910020004",
                role=Role.TECHNICIAN,
                community_ids=[w.community_x.pk],
            )
            # Invited a while ago, so a resend is not "too soon".
            StaffInvitation.objects.filter(user=member).update(created_at=timezone.now() - timedelta(minutes=5))
        w.extra["staff_member"] = gid("StaffMember", member.pk)
    return str(w.extra["staff_member"])


def _no_variables_once_member_exists(w: World) -> dict[str, str]:
    _member(w)  # the list must have someone to show
    return {}


ADMIN_ONLY = {"with_role": "admin", "without_role": "manager"}

OPERATIONS = [
    Operation(
        "staffMembers",
        "{ staffMembers { edges { node { id } } } }",
        lambda w: _no_variables_once_member_exists(w),
        outcomes(),
        marker=_member,
        **ADMIN_ONLY,
    ),
    Operation("roles", "{ roles { role } }", lambda w: {}, outcomes(elsewhere=OK), with_role="technician"),
    Operation(
        "staffInvite",
        'mutation($c: ID!) { staffInvite(input: {name: "孙丽", phone: "13910020009", role: SERVICE, '
        "communities: [$c]}) { errors { code } } }",
        lambda w: {"c": gid("Community", w.community_x.pk)},
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "staffInviteResend",
        "mutation($id: ID!) { staffInviteResend(input: {id: $id}) { errors { code } } }",
        lambda w: {"id": _member(w)},
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "staffUpdate",
        'mutation($id: ID!) { staffUpdate(input: {id: $id, name: "马师傅"}) { errors { code } } }',
        lambda w: {"id": _member(w)},
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "staffDeactivate",
        "mutation($id: ID!) { staffDeactivate(input: {id: $id}) { errors { code } } }",
        lambda w: {"id": _member(w)},
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "staffReactivate",
        "mutation($id: ID!) { staffReactivate(input: {id: $id}) { errors { code } } }",
        lambda w: {"id": _member(w)},
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "staffActivate",
        'mutation { staffActivate(input: {token: "not-a-code", password: "Xy-2026-abcdef"}) { errors { code } } }',
        lambda w: {},
        public(),
    ),
]
