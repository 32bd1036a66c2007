"""Queries of announcements: the staff list and reach, an owner's notices (pinned first)."""

from __future__ import annotations

from typing import Annotated

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import relay

from permissions.roles import Capability
from saas.estates.models import House
from saas.notices import selectors
from saas.notices.models import Announcement
from schema.core.context import Info
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import CountedConnection, NodeIdCheck, pk_from_global_id
from schema.estates.types import HouseType
from schema.notices.types import (
    AnnouncementReachType,
    AnnouncementType,
    Category,
    MyAnnouncementConnection,
    Status,
)

REACH = [HasCapability(Capability.ANNOUNCEMENT_PUBLISH)]
READERS = [HasCapability(Capability.ANNOUNCEMENT_VIEW, owners=True)]


def _reach_pk(info: Info, global_id: relay.GlobalID) -> int:
    pk = pk_from_global_id(global_id, "Announcement")
    authorize(info, Capability.ANNOUNCEMENT_PUBLISH, Announcement, pk)
    return pk


@strawberry.type
class NoticeQueries:
    announcement: AnnouncementType | None = strawberry_django.node(
        description="A notice by ID, if you may see it.", extensions=[NodeIdCheck()]
    )

    @strawberry_django.connection(
        CountedConnection[AnnouncementType],
        permission_classes=[HasCapability(Capability.ANNOUNCEMENT_VIEW)],
        description="Staff: the notices of your communities and the company-wide ones, newest first. Every "
        "filter given must match.",
    )
    def announcements(
        self,
        info: Info,
        statuses: list[Status] | None = None,
        categories: list[Category] | None = None,
        community: relay.GlobalID | None = None,
        search: Annotated[str | None, strawberry.argument(description="Words of the title or body.")] = None,
    ) -> QuerySet[Announcement]:
        return selectors.announcements(
            info.context.viewer,
            selectors.AnnouncementFilter(
                statuses=[s.value for s in statuses or ()],
                categories=[c.value for c in categories or ()],
                community_id=pk_from_global_id(community, "Community") if community else None,
                search=search or None,
            ),
        )

    @strawberry_django.connection(
        MyAnnouncementConnection,
        permission_classes=READERS,
        description="The notices you received (owners: those of your houses; staff: the staff notices addressed "
        "to you): pinned first, then newest; withdrawn ones show their reason.",
    )
    def my_announcements(
        self,
        info: Info,
        unread_only: Annotated[bool, strawberry.argument(description="Only those you have not read yet.")] = False,
    ) -> QuerySet[Announcement]:
        return selectors.my_announcements(info.context.viewer, unread_only=unread_only)

    @strawberry.field(
        permission_classes=REACH,
        description="触达 of a published notice: recipients, readers, confirmations, houses nobody has read it in "
        "(a staff notice: the staff who have not read it).",
    )
    def announcement_reach(
        self,
        info: Info,
        id: Annotated[relay.GlobalID, strawberry.argument(description="The Announcement's global ID.")],
    ) -> AnnouncementReachType | None:
        pk = _reach_pk(info, id)
        audience = Announcement.objects.filter(pk=pk).values_list("audience", flat=True).first()
        if audience is None:
            return None
        return AnnouncementReachType.of(selectors.reach(pk, audience), pk)

    @strawberry_django.connection(
        CountedConnection[HouseType],
        permission_classes=REACH,
        description="Houses that received the notice where nobody has read it yet, for door-to-door follow-up (those "
        "of your communities when you are limited to some, even for a company-wide notice).",
    )
    def announcement_unreached_houses(self, info: Info, id: relay.GlobalID) -> QuerySet[House]:
        return selectors.houses_not_reached(_reach_pk(info, id), info.context.viewer)
