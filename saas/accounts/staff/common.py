"""What the staff services share: finding a staff member, the admin lock, and the checks of a
name, a role and a community scope."""

from __future__ import annotations

from collections.abc import Collection

from django.db import connection
from django.db.models import Q

from permissions.roles import ROLE_CAPABILITIES, STAFF_ROLE_NAMES, Capability, Role
from saas.accounts.errors import StaffErrorCode
from saas.accounts.models import User
from saas.core.errors import DomainError, ErrorCollector
from saas.core.validators import check_text
from saas.estates.models import Community

codes = StaffErrorCode
NAME_LIMIT = 64


def staff_role(user: User) -> Role | None:
    """The staff role ``user`` holds, read from the database (active or not, unlike ``role_of``)."""
    name = user.groups.filter(name__in=STAFF_ROLE_NAMES).values_list("name", flat=True).first()
    return Role(name) if name else None


def staff_locked(staff_id: int) -> User:
    """The staff account, locked for the change; NOT_FOUND for owners and unknown ids alike."""
    staff = User.objects.select_for_update().filter(pk=staff_id, is_staff=True).first()
    if staff is None:
        raise DomainError(codes.NOT_FOUND, field="id")
    return staff


def lock_staff_changes() -> None:
    """Serialise changes of roles and account status within this company (until commit)."""
    key = f"staff:{connection.schema_name}"  # type: ignore[attr-defined]
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [key])


def is_last_active_admin(staff: User) -> bool:
    """Whether ``staff`` (an admin) is the only active admin left."""
    others = User.objects.filter(is_active=True, is_staff=True, groups__name=Role.ADMIN.value).exclude(pk=staff.pk)
    return staff.is_active and not others.exists()


def phone_taken(phone: str) -> bool:
    # Logging in by phone must stay unambiguous, so a phone on any account counts (owners too).
    return User.objects.filter(Q(username=phone) | Q(phone=phone)).exists()


def clean_name(errors: ErrorCollector, name: str) -> str:
    name = name.strip()
    check_text(errors, codes, "name", name, limit=NAME_LIMIT)
    return name


def check_role(errors: ErrorCollector, role: Role) -> bool:
    if not role.is_staff_role:
        errors.add(codes.ROLE_NOT_STAFF, field="role")
        return False
    return True


def check_scope(errors: ErrorCollector, role: Role, communities: Collection[int], pii: Collection[int]) -> None:
    """Admins work everywhere; other staff roles need communities that exist, and residents'
    personal information in full only within them and only if the role sees residents at all."""
    if role is Role.ADMIN:
        if communities:
            errors.add(codes.ADMIN_NOT_SCOPED, field="communities")
        if pii:
            errors.add(codes.ADMIN_NOT_SCOPED, field="piiCommunities")
        return
    if not communities:
        errors.add(codes.COMMUNITIES_REQUIRED, field="communities")
    elif Community.objects.filter(pk__in=communities).count() != len(set(communities)):
        errors.add(codes.COMMUNITY_NOT_FOUND, field="communities")
    if not pii:
        return
    if Capability.RESIDENT_VIEW not in ROLE_CAPABILITIES[role]:
        errors.add(codes.PII_NOT_ALLOWED, field="piiCommunities")
    elif not set(pii) <= set(communities):
        errors.add(codes.PII_NOT_IN_COMMUNITIES, field="piiCommunities")


def scope_allowed(role: Role | None, communities: Collection[int], pii: Collection[int]) -> tuple[set[int], set[int]]:
    """The part of a scope that ``role`` can hold: nothing for an admin (who works everywhere),
    personal information only within the communities and only for roles that see residents."""
    if role is None or not role.is_scoped:
        return set(), set()
    kept = set(communities)
    if Capability.RESIDENT_VIEW not in ROLE_CAPABILITIES[role]:
        return kept, set()
    return kept, set(pii) & kept
