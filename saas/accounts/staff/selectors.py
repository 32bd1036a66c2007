"""Reads of staff accounts: the filtered list the admin's staff page shows."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from permissions.models import CommunityUserObjectPermission
from permissions.roles import Role
from permissions.scoping import WORK_IN_COMMUNITY
from saas.accounts.models import User


@dataclass(frozen=True)
class StaffFilters:
    role: Role | None = None
    community_id: int | None = None  # assigned to it (admins work everywhere and are not listed)
    active: bool | None = None
    search: str | None = None  # name, login name or phone contains this


def staff_list(*, filters: StaffFilters) -> QuerySet[User]:
    """Staff accounts (never owners) narrowed by ``filters``, oldest first."""
    staff = User.objects.filter(is_staff=True)
    if filters.role is not None:
        staff = staff.filter(groups__name=filters.role.value)
    if filters.community_id is not None:
        assigned = CommunityUserObjectPermission.objects.filter(
            content_object_id=filters.community_id,
            permission__codename=WORK_IN_COMMUNITY,
            permission__content_type__app_label="estates",
        ).values("user_id")
        staff = staff.filter(pk__in=assigned)
    if filters.active is not None:
        staff = staff.filter(is_active=filters.active)
    text = (filters.search or "").strip()
    if text:
        staff = staff.filter(Q(display_name__icontains=text) | Q(username__icontains=text) | Q(phone__contains=text))
    return staff.order_by("date_joined", "id")
