"""Giving and taking roles and community scopes. The only writers of role groups and community
object permissions; domain code calls these, never guardian directly."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from django.contrib.auth.models import Group
from django.db import transaction
from guardian.shortcuts import assign_perm, remove_perm

from permissions.models import CommunityUserObjectPermission
from permissions.roles import Role, forget_role, role_group
from permissions.scoping import VIEW_RESIDENT_PII, WORK_IN_COMMUNITY
from saas.estates.models import Community

ROLE_NAMES = tuple(role.value for role in Role)


@transaction.atomic
def role_set(*, user: Any, role: Role) -> None:
    """Make ``role`` the account's only role (effective from its next request)."""
    user.groups.remove(*Group.objects.filter(name__in=ROLE_NAMES).exclude(name=role.value))
    user.groups.add(role_group(role))
    forget_role(user)


def _set_grants(user: Any, codename: str, community_ids: Collection[int]) -> None:
    held = set(
        CommunityUserObjectPermission.objects.filter(
            user=user, permission__codename=codename, permission__content_type__app_label="estates"
        ).values_list("content_object_id", flat=True)
    )
    wanted = set(community_ids)
    perm = f"estates.{codename}"
    if held - wanted:
        remove_perm(perm, user, Community.objects.filter(pk__in=held - wanted))  # type: ignore[arg-type]
    if wanted - held:
        assign_perm(perm, user, Community.objects.filter(pk__in=wanted - held))  # type: ignore[arg-type]


@transaction.atomic
def community_scope_set(*, user: Any, communities: Collection[int], pii_communities: Collection[int] = ()) -> None:
    """Assign the account to exactly ``communities``, with residents' personal information in full
    in ``pii_communities`` (a subset; the caller validates both)."""
    _set_grants(user, WORK_IN_COMMUNITY, communities)
    _set_grants(user, VIEW_RESIDENT_PII, pii_communities)


def community_scope_of(user: Any) -> tuple[list[int], list[int]]:
    """(assigned community ids, community ids with personal information in full), sorted."""
    rows = CommunityUserObjectPermission.objects.filter(
        user=user,
        permission__codename__in=(WORK_IN_COMMUNITY, VIEW_RESIDENT_PII),
        permission__content_type__app_label="estates",
    ).values_list("permission__codename", "content_object_id")
    assigned = sorted(pk for codename, pk in rows if codename == WORK_IN_COMMUNITY)
    pii = sorted(pk for codename, pk in rows if codename == VIEW_RESIDENT_PII)
    return assigned, pii
