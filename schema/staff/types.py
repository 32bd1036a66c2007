"""GraphQL types of staff management: a staff member (admins only) and the role catalogue.

A staff list is one query for the page plus one per community list asked for: role, invitation
state and expiry come as SQL annotations, communities as prefetches. Objects loaded without them
(a mutation's payload) read the same facts with a query each.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
import strawberry_django
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.models import Group
from django.db.models import BooleanField, ExpressionWrapper, OuterRef, Prefetch, Q, QuerySet, Subquery
from strawberry import auto, relay

import schema.accounts.types  # noqa: F401  (registers Role and Capability as GraphQL enums)
from permissions.models import CommunityUserObjectPermission
from permissions.roles import ROLE_CAPABILITIES, STAFF_ROLE_NAMES, Capability, Role, may
from permissions.scoping import VIEW_RESIDENT_PII, WORK_IN_COMMUNITY
from saas.accounts.models import StaffInvitation, User
from saas.accounts.staff import staff_role
from saas.estates.models import Community
from schema.core.context import Info
from schema.core.fields import model_field, model_type
from schema.estates.types import CommunityType

_ROLE_ATTR = "staff_role_name"
_PENDING_ATTR = "staff_invitation_pending"
_EXPIRES_ATTR = "staff_invitation_expires_at"
_MISSING = object()


def _grants(codename: str) -> QuerySet[CommunityUserObjectPermission]:
    return (
        CommunityUserObjectPermission.objects.filter(
            permission__codename=codename, permission__content_type__app_label="estates"
        )
        .select_related("content_object")
        .order_by("content_object__name", "content_object_id")
    )


def _prefetch(codename: str, attr: str) -> Prefetch[Any]:
    return Prefetch("communityuserobjectpermission_set", _grants(codename), to_attr=attr)


def _communities_of(root: User, codename: str, attr: str) -> list[Community]:
    grants = getattr(root, attr, None)
    if grants is None:
        grants = list(_grants(codename).filter(user=root))
    return [grant.content_object for grant in grants]


def _role_name() -> Subquery:
    return Subquery(Group.objects.filter(user=OuterRef("pk"), name__in=STAFF_ROLE_NAMES).values("name")[:1])


def _outstanding_expiry() -> Subquery:
    invitations = StaffInvitation.objects.outstanding().filter(user=OuterRef("pk")).order_by("-created_at")
    return Subquery(invitations.values("expires_at")[:1])


@model_type(User, name="StaffMember", description="员工 A staff account of the company (admins only).")
class StaffMemberType(relay.Node):
    name: str = model_field(field_name="display_name", description="姓名")
    username: str = model_field(description="Login name: the phone number for invited staff.")
    phone: str = model_field(description="Mainland mobile, 11 digits; the invitation was texted to it.")
    active: bool = model_field(field_name="is_active", description="False once deactivated: cannot log in.")
    last_login: auto
    date_joined: auto

    @strawberry_django.field(
        annotate={
            _ROLE_ATTR: Subquery(
                Group.objects.filter(user=OuterRef("pk"), name__in=STAFF_ROLE_NAMES).values("name")[:1]
            )
        },
        description="Null only for an account created outside staff management without a role.",
    )
    def role(self, root: User) -> Role | None:
        name = getattr(root, _ROLE_ATTR, _MISSING)
        if name is _MISSING:
            return staff_role(root)
        return Role(str(name)) if name else None

    @strawberry_django.field(
        prefetch_related=[_prefetch(WORK_IN_COMMUNITY, "staff_assigned")],
        description="The communities this member works in; empty for admins (they work everywhere).",
    )
    def communities(self, root: User) -> list[CommunityType]:
        return _communities_of(root, WORK_IN_COMMUNITY, "staff_assigned")  # type: ignore[return-value]

    @strawberry_django.field(
        prefetch_related=[
            Prefetch("communityuserobjectpermission_set", _grants(VIEW_RESIDENT_PII), to_attr="staff_pii")
        ],
        description="Communities where this member sees residents' phone and ID numbers in full.",
    )
    def pii_communities(self, root: User) -> list[CommunityType]:
        return _communities_of(root, VIEW_RESIDENT_PII, "staff_pii")  # type: ignore[return-value]

    @strawberry_django.field(
        annotate={
            _PENDING_ATTR: ExpressionWrapper(
                Q(password__startswith=UNUSABLE_PASSWORD_PREFIX), output_field=BooleanField()
            )
        },
        description="Invited but not activated yet (no password set); see invitationExpiresAt.",
    )
    def invitation_pending(self, root: User) -> bool:
        pending = getattr(root, _PENDING_ATTR, _MISSING)
        return not root.has_usable_password() if pending is _MISSING else bool(pending)

    @strawberry_django.field(
        annotate={_EXPIRES_ATTR: _outstanding_expiry()},
        description="When the outstanding invitation link stops working (past: send a new one); null if none.",
    )
    def invitation_expires_at(self, root: User) -> datetime | None:
        expires = getattr(root, _EXPIRES_ATTR, _MISSING)
        if expires is _MISSING:
            invitation = StaffInvitation.objects.outstanding().filter(user=root).order_by("-created_at").first()
            return invitation.expires_at if invitation is not None else None
        return expires  # type: ignore[return-value]

    @classmethod
    def get_queryset(cls, queryset: QuerySet[User], info: Info, **kwargs: Any) -> QuerySet[User]:
        if not may(info.context.viewer, Capability.STAFF_MANAGE):
            return queryset.none()
        return queryset.filter(is_staff=True)


@strawberry.type(name="RoleInfo", description="角色 A role the company can give, and what it allows.")
class RoleInfoType:
    role: Role = strawberry.field(description="The role (角色).")
    label: str = strawberry.field(description="The role's name as staff see it, e.g. 客服.")
    description: str = strawberry.field(description="What the role is for, in a sentence.")
    capabilities: list[Capability] = strawberry.field(description="Everything the role allows.")
    is_staff_role: bool = strawberry.field(description="False for owner: staff cannot be invited as owners.")
    scoped: bool = strawberry.field(description="Works only in the communities assigned to the member.")

    @classmethod
    def of(cls, role: Role) -> RoleInfoType:
        return cls(
            role=role,
            label=role.label,
            description=role.description,
            capabilities=sorted(ROLE_CAPABILITIES[role]),
            is_staff_role=role.is_staff_role,
            scoped=role.is_scoped,
        )
