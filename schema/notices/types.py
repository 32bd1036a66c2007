"""GraphQL types of announcements. An announcement scopes itself (``get_queryset`` → ``visible_to``):
staff see those of their communities and the company-wide ones, an owner those they received."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
import strawberry_django
from django.db.models import OuterRef, QuerySet, Subquery
from django.utils import timezone
from strawberry import auto, relay

from permissions.scoping import visible_to
from saas.notices import selectors
from saas.notices.models import (
    Announcement,
    AnnouncementReceipt,
    Audience,
    Category,
    Status,
    StatutoryKind,
    TargetLevel,
)
from saas.notifications.selectors import channel_reach
from saas.notifications.services import Target
from schema.core.context import Info
from schema.core.fields import model_field, model_type
from schema.core.relay import CountedConnection
from schema.notices.views import UNREACHED_PATH
from schema.notifications.types import MessageChannelReachType

strawberry.enum(Category, name="AnnouncementCategory", description="公告类别")
strawberry.enum(Audience, name="AnnouncementAudience", description="公告对象: owners, all residents, or staff.")
strawberry.enum(TargetLevel, name="AnnouncementTargetLevel", description="公告范围")
strawberry.enum(Status, name="AnnouncementStatus", description="Draft, scheduled, published, withdrawn, expired.")
strawberry.enum(
    StatutoryKind,
    name="AnnouncementStatutoryKind",
    description="法定公示: owners'-meeting topics (≥ 15 days before the meeting) or decisions (within 3 days).",
)


def _receipt(column: str) -> Any:
    return lambda info: Subquery(
        AnnouncementReceipt.objects.filter(announcement_id=OuterRef("pk"), user_id=info.context.viewer.pk).values(
            column
        )[:1]
    )


def _receipt_of(root: Announcement, info: Info, column: str) -> datetime | None:
    """The viewer's receipt column: the list's annotation, or (a mutation's payload) one query for both."""
    if not hasattr(root, f"my_{column}"):
        receipt = AnnouncementReceipt.objects.filter(announcement_id=root.pk, user_id=info.context.viewer.pk)
        read_at, acknowledged_at = receipt.values_list("read_at", "acknowledged_at").first() or (None, None)
        root.my_read_at, root.my_acknowledged_at = read_at, acknowledged_at  # type: ignore[attr-defined]
    value: datetime | None = getattr(root, f"my_{column}")
    return value


@model_type(Announcement, name="Announcement", description="公告 A notice to owners, residents or staff.")
class AnnouncementType(relay.Node):
    title: auto
    body: str = model_field(description="Sanitised HTML.")
    category: Category
    audience: Audience
    target_level: TargetLevel
    valid_from: datetime | None = model_field(description="Shown from; null: from publishing.")
    valid_until: datetime | None = model_field(description="Expires then; null: never.")
    pinned_until: datetime | None = model_field(description="置顶 until then.")
    requires_acknowledgement: bool = model_field(description="Readers are asked to confirm they received it.")
    statutory_kind: StatutoryKind | None = model_field(description="For statutory notices.")
    statutory_date: auto
    content_hash: str = model_field(description="SHA-256 of the published content (empty for drafts).")
    created_at: auto
    published_at: auto
    withdrawn_at: auto
    withdrawal_reason: auto
    supersedes: AnnouncementType | None = model_field(description="The notice this one corrects.")

    @strawberry_django.field(
        only=["state", "valid_from", "valid_until"], description="What a reader sees now (state plus time)."
    )
    def status(self, root: Announcement) -> Status:
        return root.status_at()

    @strawberry_django.field(only=["pinned_until", "state"], description="置顶 now.")
    def is_pinned(self, root: Announcement) -> bool:
        return root.state == "published" and root.is_pinned_at()

    @strawberry_django.field(
        only=["published_by__display_name"], select_related=["published_by"], description="Who published it."
    )
    def published_by_name(self, root: Announcement) -> str | None:
        return root.published_by.display_name if root.published_by is not None else None

    @strawberry_django.field(annotate={"my_read_at": _receipt("read_at")}, description="When you read it.")
    def read_at(self, root: Announcement, info: Info) -> datetime | None:
        return _receipt_of(root, info, "read_at")

    @strawberry_django.field(
        annotate={"my_acknowledged_at": _receipt("acknowledged_at")}, description="When you confirmed it."
    )
    def acknowledged_at(self, root: Announcement, info: Info) -> datetime | None:
        return _receipt_of(root, info, "acknowledged_at")

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Announcement], info: Info, **kwargs: Any) -> QuerySet[Announcement]:
        return visible_to(info.context.viewer, queryset)


@strawberry.type(name="MyAnnouncementConnection", description="Your notices, pinned first, with the unread count.")
class MyAnnouncementConnection(CountedConnection[AnnouncementType]):
    @strawberry.field(description="Published notices you received and have not read yet.")
    def unread_count(self, info: Info) -> int:
        return selectors.unread_count(info.context.viewer)


@strawberry.type(name="AnnouncementStaffRecipient", description="A staff account a staff notice reached.")
class AnnouncementStaffRecipientType:
    name: str = strawberry.field(description="姓名 (the login name when none was entered).")
    phone: str = strawberry.field(
        description="The phone on the account, for a reminder; masked (138****5678) unless you manage staff; may be "
        "empty."
    )


@strawberry.type(name="AnnouncementReach", description="触达 Who a published notice reached (fixed at publish).")
class AnnouncementReachType:
    recipients: int = strawberry.field(description="People (one per person, whatever their houses).")
    houses: int = strawberry.field(description="Houses.")
    read: int = strawberry.field(description="Recipients who read it.")
    acknowledged: int = strawberry.field(description="Recipients who confirmed it.")
    houses_not_reached: int = strawberry.field(
        description="Houses where nobody read it yet (listed by announcementUnreachedHouses)."
    )
    staff_not_reached: int = strawberry.field(
        description="A staff notice: staff accounts that have not read it yet (listed by unreachedStaff); 0 otherwise."
    )
    announcement_id: strawberry.Private[int]
    measured_at: datetime = strawberry.field(description="When these were counted.")
    unreached_houses_download_url: str = strawberry.field(
        description="GET it (same login as the API) for the unread houses as an XLSX sheet (小区, 楼栋, 单元, 房号, "
        "接收人), for the 管家's door-to-door round."
    )

    @classmethod
    def of(cls, reach: selectors.Reach, announcement_id: int) -> AnnouncementReachType:
        return cls(
            announcement_id=announcement_id,
            unreached_houses_download_url=UNREACHED_PATH.format(pk=announcement_id),
            recipients=reach.recipients,
            houses=reach.houses,
            read=reach.read,
            acknowledged=reach.acknowledged,
            houses_not_reached=reach.houses_not_reached,
            staff_not_reached=reach.staff_not_reached,
            measured_at=timezone.now(),
        )

    @strawberry.field(
        description="A staff notice: who it reached and has not read it yet, by name (one statement); if you are "
        "limited to some communities, only those working in them; empty for notices to owners or residents (see "
        "announcementUnreachedHouses)."
    )
    def unreached_staff(self, info: Info) -> list[AnnouncementStaffRecipientType]:
        rows = selectors.staff_not_reached(self.announcement_id, info.context.viewer)
        return [AnnouncementStaffRecipientType(name=row.name, phone=row.phone) for row in rows]

    @strawberry.field(
        description="Per channel (in the app, SMS, WeChat template, WeChat subscribe): the messages about this "
        "notice sent, failed, waiting and cancelled (two statements)."
    )
    def channels(self) -> list[MessageChannelReachType]:
        return [MessageChannelReachType.of(c) for c in channel_reach(Target("Announcement", self.announcement_id))]
