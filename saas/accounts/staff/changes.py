"""Changing a staff member: name, role and community scope; deactivating and reactivating.

Two rules keep a company manageable: nobody changes their own role, scope or status (another
admin must), and the last active admin can be neither demoted nor deactivated.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from permissions.roles import Role
from permissions.services import community_scope_of, community_scope_set, role_set
from saas.accounts.errors import StaffErrorCode
from saas.accounts.models import ApiToken, StaffInvitation, User
from saas.accounts.staff.common import (
    check_role,
    check_scope,
    clean_name,
    is_last_active_admin,
    lock_staff_changes,
    scope_allowed,
    staff_locked,
    staff_role,
)
from saas.core.errors import DomainError, ErrorCollector
from saas.core.unset import UNSET, Unset, given

codes = StaffErrorCode


@dataclass(frozen=True)
class _Access:
    role: Role | None
    communities: frozenset[int]
    pii: frozenset[int]


def _current_access(staff: User) -> _Access:
    communities, pii = community_scope_of(staff)
    return _Access(staff_role(staff), frozenset(communities), frozenset(pii))


def _planned_access(
    errors: ErrorCollector,
    current: _Access,
    role: Role | Unset,
    community_ids: Collection[int] | Unset,
    pii_community_ids: Collection[int] | Unset,
) -> _Access:
    """What is given, as given (and checked); what is left out keeps its current value, narrowed
    to what the new role and communities allow (so promoting to admin clears the scope)."""
    new_role = given(role, current.role)
    if role is UNSET and community_ids is UNSET and pii_community_ids is UNSET:
        return current
    if new_role is None:  # an account without a role (none of ours) needs one before a scope
        errors.add(StaffErrorCode.REQUIRED, field="role")
        return current
    kept_communities, kept_pii = scope_allowed(
        new_role, given(community_ids, current.communities), current.pii if pii_community_ids is UNSET else ()
    )
    communities = kept_communities if community_ids is UNSET else set(community_ids)
    pii = kept_pii if pii_community_ids is UNSET else set(pii_community_ids)
    if check_role(errors, new_role):
        check_scope(errors, new_role, communities, pii)
    return _Access(new_role, frozenset(communities), frozenset(pii))


def _refuse_own_access_change(staff: User, by: User, *, role_changed: bool, scope_changed: bool) -> None:
    """Another admin must do it; the other problems of the input do not matter then."""
    if staff.pk == by.pk and (role_changed or scope_changed):
        raise DomainError(codes.CANNOT_CHANGE_SELF, field="role" if role_changed else "communities")


@transaction.atomic
def staff_update(
    *,
    staff_id: int,
    by: User,
    name: str | Unset = UNSET,
    role: Role | Unset = UNSET,
    community_ids: Collection[int] | Unset = UNSET,
    pii_community_ids: Collection[int] | Unset = UNSET,
) -> User:
    """Change the given fields (``UNSET`` leaves one as it is). A new role or scope is in force
    from the staff member's next request."""
    lock_staff_changes()
    staff = staff_locked(staff_id)
    errors = ErrorCollector()
    new_name = clean_name(errors, name) if name is not UNSET else staff.display_name
    current = _current_access(staff)
    planned = _planned_access(errors, current, role, community_ids, pii_community_ids)
    role_changed = planned.role is not current.role
    scope_changed = (planned.communities, planned.pii) != (current.communities, current.pii)
    _refuse_own_access_change(staff, by, role_changed=role_changed, scope_changed=scope_changed)
    if role_changed and current.role is Role.ADMIN and is_last_active_admin(staff):
        errors.add(codes.LAST_ADMIN, field="role")
    errors.raise_if_any()

    if new_name != staff.display_name:
        staff.display_name = new_name
        staff.save(update_fields=["display_name"])
    if role_changed and planned.role is not None:
        role_set(user=staff, role=planned.role)
        if staff.is_superuser and planned.role is not Role.ADMIN:
            # A superuser made outside the API (a shell, an old schema) must not keep it once demoted.
            staff.is_superuser = False
            staff.save(update_fields=["is_superuser"])
    if scope_changed:
        community_scope_set(user=staff, communities=planned.communities, pii_communities=planned.pii)
    return staff


@transaction.atomic
def staff_deactivate(*, staff_id: int, by: User) -> User:
    """Stop the account at once: its API tokens are revoked and its outstanding invitation
    withdrawn; Django refuses the sessions and logins of an inactive account. Role and scope stay,
    for reactivation. Deactivating an inactive account changes nothing."""
    lock_staff_changes()
    staff = staff_locked(staff_id)
    if staff.pk == by.pk:
        raise DomainError(codes.CANNOT_CHANGE_SELF, field="id")
    if staff_role(staff) is Role.ADMIN and is_last_active_admin(staff):
        raise DomainError(codes.LAST_ADMIN, field="id")
    now = timezone.now()
    if staff.is_active:
        staff.is_active = False
        staff.save(update_fields=["is_active"])
    ApiToken.objects.filter(user=staff, revoked_at__isnull=True).update(revoked_at=now)
    StaffInvitation.objects.outstanding().filter(user=staff).update(revoked_at=now)
    return staff


@transaction.atomic
def staff_reactivate(*, staff_id: int, by: User) -> User:
    """Let a deactivated account log in again with its role and scope; its old tokens stay
    revoked. One that never activated needs a new invitation (``staff_invite_resend``)."""
    lock_staff_changes()
    staff = staff_locked(staff_id)
    if staff.pk == by.pk:
        raise DomainError(codes.CANNOT_CHANGE_SELF, field="id")
    if not staff.is_active:
        staff.is_active = True
        staff.save(update_fields=["is_active"])
    return staff
