"""Inputs of the announcement mutations."""

from __future__ import annotations

from datetime import date, datetime

import strawberry
from strawberry import Maybe, relay

from schema.notices.types import Audience, Category, StatutoryKind, TargetLevel  # registered as enums there

TARGETS = "IDs of the level's kind (Community, Building, Unit or House); none for COMPANY."
BODY = "HTML; kept through an allow-list (paragraphs, emphasis, lists, tables, links, images)."


@strawberry.input(description="A new draft notice.")
class AnnouncementCreateInput:
    title: str = strawberry.field(description="Up to 100 characters.")
    body: str = strawberry.field(description=BODY)
    category: Category
    audience: Audience
    target_level: TargetLevel
    targets: list[relay.GlobalID] = strawberry.field(default_factory=list, description=TARGETS)
    valid_from: datetime | None = strawberry.field(default=None, description="Null: from publishing.")
    valid_until: datetime | None = None
    pinned_until: datetime | None = strawberry.field(default=None, description="置顶 until then.")
    requires_acknowledgement: bool = False
    statutory_kind: StatutoryKind | None = strawberry.field(default=None, description="Statutory notices only.")
    statutory_date: date | None = strawberry.field(
        default=None, description="The meeting's date (topics) or the decision's (decisions)."
    )


@strawberry.input(description="Change a draft: only the fields given change.")
class AnnouncementUpdateInput:
    id: relay.GlobalID
    title: Maybe[str]
    body: Maybe[str]
    category: Maybe[Category]
    audience: Maybe[Audience]
    target_level: Maybe[TargetLevel] = strawberry.field(description="Given together with targets.")
    targets: Maybe[list[relay.GlobalID]] = strawberry.field(description=TARGETS)
    valid_from: Maybe[datetime | None]
    valid_until: Maybe[datetime | None]
    pinned_until: Maybe[datetime | None]
    requires_acknowledgement: Maybe[bool]
    statutory_kind: Maybe[StatutoryKind | None]
    statutory_date: Maybe[date | None]


@strawberry.input
class AnnouncementPublishInput:
    id: relay.GlobalID


@strawberry.input
class AnnouncementWithdrawInput:
    id: relay.GlobalID
    reason: str = strawberry.field(description="Kept with the notice; up to 200 characters.")


@strawberry.input(description="更正: publish a corrected version; the old one is withdrawn with the reason.")
class AnnouncementSupersedeInput:
    id: relay.GlobalID
    title: str
    body: str = strawberry.field(description=BODY)
    reason: str = strawberry.field(description="Why it was corrected; up to 200 characters.")


@strawberry.input
class AnnouncementReadInput:
    id: relay.GlobalID


@strawberry.input
class AnnouncementAcknowledgeInput:
    id: relay.GlobalID
