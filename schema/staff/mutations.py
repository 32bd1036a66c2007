"""Staff mutations: the admin invites, changes, deactivates and reactivates staff
(``STAFF_MANAGE``); the invited person activates their account anonymously with the SMS code."""

from __future__ import annotations

from datetime import datetime

import strawberry
from django.conf import settings
from strawberry import relay

from permissions.roles import Capability
from saas.accounts.errors import StaffErrorCode
from saas.accounts.staff import (
    staff_activate,
    staff_deactivate,
    staff_invite,
    staff_invite_resend,
    staff_reactivate,
    staff_update,
)
from saas.core.unset import UNSET, Unset
from schema.accounts.types import ViewerType
from schema.core.context import Info
from schema.core.errors import RateLimit, payload_of
from schema.core.permissions import HasCapability
from schema.core.relay import pk_from_global_id
from schema.estates.mutations.common import maybe
from schema.staff.errors import StaffError
from schema.staff.inputs import (
    StaffActivateInput,
    StaffDeactivateInput,
    StaffInviteInput,
    StaffInviteResendInput,
    StaffReactivateInput,
    StaffUpdateInput,
)
from schema.staff.types import StaffMemberType

STAFF_MANAGERS = [HasCapability(Capability.STAFF_MANAGE)]


@strawberry.type
class StaffInvitePayload:
    errors: list[StaffError]
    staff_member: StaffMemberType | None = None


@strawberry.type
class StaffInviteResendPayload:
    errors: list[StaffError]
    staff_member: StaffMemberType | None = None


@strawberry.type
class StaffUpdatePayload:
    errors: list[StaffError]
    staff_member: StaffMemberType | None = None


@strawberry.type
class StaffDeactivatePayload:
    errors: list[StaffError]
    staff_member: StaffMemberType | None = None


@strawberry.type
class StaffReactivatePayload:
    errors: list[StaffError]
    staff_member: StaffMemberType | None = None


@strawberry.type
class StaffActivatePayload:
    errors: list[StaffError]
    token: str | None = strawberry.field(default=None, description="Send as `Authorization: Bearer <token>`.")
    expires_at: datetime | None = strawberry.field(
        default=None, description="When the token stops working (+08:00); null when `errors` is not empty."
    )
    viewer: ViewerType | None = strawberry.field(
        default=None, description="The account now activated and logged in; null when `errors` is not empty."
    )


def _community_pks(ids: list[relay.GlobalID]) -> list[int]:
    return [pk_from_global_id(gid, "Community") for gid in ids]


def _maybe_community_pks(ids: strawberry.Maybe[list[relay.GlobalID]]) -> list[int] | Unset:
    return UNSET if ids is None else _community_pks(ids.value)


@strawberry.type
class StaffMutations:
    @strawberry.mutation(
        permission_classes=STAFF_MANAGERS,
        description="Create a staff account (login: the phone) with a role and communities, and text it a one-time "
        "activation link valid 72 hours. Admin only.",
    )
    def staff_invite(self, info: Info, input: StaffInviteInput) -> StaffInvitePayload:
        communities, pii = _community_pks(input.communities), _community_pks(input.pii_communities)
        return payload_of(
            StaffInvitePayload,
            StaffError,
            "staff_member",
            lambda: staff_invite(
                invited_by=info.context.viewer,
                name=input.name,
                phone=input.phone,
                role=input.role,
                community_ids=communities,
                pii_community_ids=pii,
            ),
        )

    @strawberry.mutation(
        permission_classes=STAFF_MANAGERS,
        description="Text a new activation link to a member who has not activated yet; the previous link dies.",
    )
    def staff_invite_resend(self, info: Info, input: StaffInviteResendInput) -> StaffInviteResendPayload:
        staff_id = pk_from_global_id(input.id, "StaffMember")
        return payload_of(
            StaffInviteResendPayload,
            StaffError,
            "staff_member",
            lambda: staff_invite_resend(staff_id=staff_id, by=info.context.viewer),
        )

    @strawberry.mutation(
        permission_classes=STAFF_MANAGERS,
        description="Change a member's name, role or communities; in force from their next request. Not your own "
        "role or communities; never the last active admin's role.",
    )
    def staff_update(self, info: Info, input: StaffUpdateInput) -> StaffUpdatePayload:
        staff_id = pk_from_global_id(input.id, "StaffMember")
        communities, pii = _maybe_community_pks(input.communities), _maybe_community_pks(input.pii_communities)
        return payload_of(
            StaffUpdatePayload,
            StaffError,
            "staff_member",
            lambda: staff_update(
                staff_id=staff_id,
                by=info.context.viewer,
                name=maybe(input.name),
                role=maybe(input.role),
                community_ids=communities,
                pii_community_ids=pii,
            ),
        )

    @strawberry.mutation(
        permission_classes=STAFF_MANAGERS,
        description="Stop a member's account at once: existing tokens stop working, logging in fails. Not yourself, "
        "never the last active admin; deactivating an inactive member changes nothing.",
    )
    def staff_deactivate(self, info: Info, input: StaffDeactivateInput) -> StaffDeactivatePayload:
        staff_id = pk_from_global_id(input.id, "StaffMember")
        return payload_of(
            StaffDeactivatePayload,
            StaffError,
            "staff_member",
            lambda: staff_deactivate(staff_id=staff_id, by=info.context.viewer),
        )

    @strawberry.mutation(
        permission_classes=STAFF_MANAGERS,
        description="Let a deactivated member log in again (with a new login: old tokens stay revoked).",
    )
    def staff_reactivate(self, info: Info, input: StaffReactivateInput) -> StaffReactivatePayload:
        staff_id = pk_from_global_id(input.id, "StaffMember")
        return payload_of(
            StaffReactivatePayload,
            StaffError,
            "staff_member",
            lambda: staff_reactivate(staff_id=staff_id, by=info.context.viewer),
        )

    @strawberry.mutation(
        description="Staff app, no login needed: set your password with the code from the invitation link; "
        "returns an API token. Limited per client address."
    )
    def staff_activate(self, info: Info, input: StaffActivateInput) -> StaffActivatePayload:
        return payload_of(
            StaffActivatePayload,
            StaffError,
            lambda result: {"token": result.token, "expires_at": result.expires_at, "viewer": result.user},
            lambda: staff_activate(token=input.token, password=input.password),
            request=info.context.request,
            limits=[RateLimit("staff_activate", settings.STAFF_ACTIVATE_RATE, StaffErrorCode.RATE_LIMITED)],
        )
