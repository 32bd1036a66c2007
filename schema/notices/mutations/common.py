"""What the announcement mutations share: the caller's right to write a notice or its targets, the
right to read one, and the payload every change answers with."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import strawberry
from django.db.models import Exists, OuterRef
from strawberry import relay

from permissions.roles import Capability, role_of
from permissions.scoping import visible_to
from saas.estates.models import Community
from saas.notices.models import Announcement, TargetLevel
from saas.notices.scoping import writable_by
from saas.notices.services.common import target_communities
from schema.core.context import Info
from schema.core.errors import ApiError, ApiMessage, payload_of
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.notices.errors import AnnouncementError
from schema.notices.types import AnnouncementType

PUBLISH = [HasCapability(Capability.ANNOUNCEMENT_PUBLISH)]
_TARGET_TYPE = {
    TargetLevel.COMMUNITIES: "Community",
    TargetLevel.BUILDINGS: "Building",
    TargetLevel.UNITS: "Unit",
    TargetLevel.HOUSES: "House",
}


def target_pks(level: TargetLevel, ids: Sequence[relay.GlobalID]) -> list[int]:
    type_name = _TARGET_TYPE.get(level, "Community")
    return [pk_from_global_id(gid, type_name) for gid in ids]


def authorize_targets(info: Info, level: TargetLevel, pks: Sequence[int]) -> None:
    """FORBIDDEN unless the caller may publish to every target: scoped staff in their communities
    only, a company-wide notice only the admin."""
    role = role_of(info.context.viewer)
    if role is None or not role.is_scoped:
        return
    if level == TargetLevel.COMPANY:
        raise ApiError(ApiMessage.FORBIDDEN)
    for community_id in sorted(target_communities(level, pks)):
        authorize(info, Capability.ANNOUNCEMENT_PUBLISH, Community, community_id)


def writable_pk(info: Info, global_id: relay.GlobalID) -> int:
    """The notice's id, or FORBIDDEN when the caller may not write it; a missing one passes, for the
    service to answer NOT_FOUND (one query; none for the admin)."""
    pk = pk_from_global_id(global_id, "Announcement")
    user = info.context.viewer
    role = role_of(user)
    if role is not None and role.is_scoped:
        mine = writable_by(user).filter(pk=OuterRef("pk"))
        if Announcement.objects.filter(pk=pk).values_list(Exists(mine), flat=True).first() is False:
            raise ApiError(ApiMessage.FORBIDDEN)
    return pk


def readable_pk(info: Info, global_id: relay.GlobalID) -> int:
    """The notice's id, or FORBIDDEN when the caller did not receive it (owners) or may not see it."""
    pk = pk_from_global_id(global_id, "Announcement")
    seen = visible_to(info.context.viewer, Announcement.objects.filter(pk=OuterRef("pk")))
    if Announcement.objects.filter(pk=pk).values_list(Exists(seen), flat=True).first() is False:
        raise ApiError(ApiMessage.FORBIDDEN)
    return pk


@strawberry.type(description="What a change to a notice answers.")
class AnnouncementPayload:
    errors: list[AnnouncementError] = strawberry.field(description="Why it was refused; empty when it was done.")
    announcement: AnnouncementType | None = strawberry.field(default=None, description="The notice after it.")


def announcement_payload(payload: Any, change: Callable[[], Any]) -> Any:
    return payload_of(payload, AnnouncementError, "announcement", change)
