"""Writing, publishing, withdrawing and correcting announcements.

A draft changes freely; publishing checks the statutory display periods, fixes the content hash
and takes the recipients snapshot in one ``INSERT … SELECT``; a published notice never changes
again except to be withdrawn (with a reason) or superseded by a correction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from permissions.roles import Capability
from permissions.scoping import staff_holding
from saas.accounts.models import User
from saas.core.errors import DomainError, ErrorCollector
from saas.core.unset import UNSET, Unset, given
from saas.notices.errors import AnnouncementErrorCode
from saas.notices.messages import announcement_published_tell
from saas.notices.models import (
    Announcement,
    AnnouncementRecipient,
    AnnouncementTarget,
    Audience,
    Category,
    State,
    StatutoryKind,
    TargetLevel,
)
from saas.notices.sanitize import clean_html
from saas.notices.services.common import (
    BODY_LIMIT,
    REASON_LIMIT,
    TITLE_LIMIT,
    check_statutory,
    check_text,
    check_validity,
    locked,
    locked_draft,
    target_rows,
)
from saas.notifications.outbox import outbox_cancel
from saas.notifications.services import Target
from saas.residents.models import Occupancy, OccupancyRole

TOPIC_DAYS_BEFORE_MEETING = 15  # 北京市物业管理条例: topics shown ≥ 15 days before the meeting
DECISION_DAYS = 3  # … and the meeting's decisions published within 3 days


@dataclass(frozen=True)
class AnnouncementDraft:
    title: str
    body: str
    category: str
    audience: str
    target_level: str
    target_ids: Sequence[int] = field(default_factory=tuple)
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    pinned_until: datetime | None = None
    requires_acknowledgement: bool = False
    statutory_kind: str = ""
    statutory_date: date | None = None


def _checked(announcement: Announcement) -> None:
    errors = ErrorCollector()
    announcement.title = check_text(errors, announcement.title, field="title", limit=TITLE_LIMIT)
    announcement.body = clean_html(check_text(errors, announcement.body, field="body", limit=BODY_LIMIT))
    if not announcement.body.strip() and not errors.has("body"):
        errors.add(AnnouncementErrorCode.REQUIRED, field="body")
    check_validity(errors, announcement.valid_from, announcement.valid_until)
    check_statutory(errors, announcement)
    errors.raise_if_any()


@transaction.atomic
def announcement_create(*, actor: User, draft: AnnouncementDraft) -> Announcement:
    announcement = Announcement(
        title=draft.title,
        body=draft.body,
        category=draft.category,
        audience=draft.audience,
        target_level=draft.target_level,
        valid_from=draft.valid_from,
        valid_until=draft.valid_until,
        pinned_until=draft.pinned_until,
        requires_acknowledgement=draft.requires_acknowledgement,
        statutory_kind=draft.statutory_kind,
        statutory_date=draft.statutory_date,
        created_by=actor,
    )
    _checked(announcement)
    targets = target_rows(draft.target_level, draft.target_ids)
    announcement.save()
    _save_targets(announcement, targets)
    return announcement


def _save_targets(announcement: Announcement, targets: list[AnnouncementTarget]) -> None:
    for target in targets:
        target.announcement = announcement
    AnnouncementTarget.objects.bulk_create(targets)


@transaction.atomic
def announcement_update(
    *,
    announcement_id: int,
    title: str | Unset = UNSET,
    body: str | Unset = UNSET,
    category: str | Unset = UNSET,
    audience: str | Unset = UNSET,
    targets: tuple[str, Sequence[int]] | Unset = UNSET,
    valid_from: datetime | Unset | None = UNSET,
    valid_until: datetime | Unset | None = UNSET,
    pinned_until: datetime | Unset | None = UNSET,
    requires_acknowledgement: bool | Unset = UNSET,
    statutory_kind: str | Unset = UNSET,
    statutory_date: date | Unset | None = UNSET,
) -> Announcement:
    """Change a draft; published notices answer NOT_DRAFT."""
    a = locked_draft(announcement_id)
    a.title, a.body = given(title, a.title), given(body, a.body)
    a.category, a.audience = given(category, a.category), given(audience, a.audience)
    a.valid_from, a.valid_until = given(valid_from, a.valid_from), given(valid_until, a.valid_until)
    a.pinned_until = given(pinned_until, a.pinned_until)
    a.requires_acknowledgement = given(requires_acknowledgement, a.requires_acknowledgement)
    a.statutory_kind = given(statutory_kind, a.statutory_kind)
    a.statutory_date = given(statutory_date, a.statutory_date)
    _checked(a)
    if targets is not UNSET:
        level, ids = targets
        rows = target_rows(level, ids)
        a.target_level = level
        a.targets.all().delete()
        _save_targets(a, rows)
    a.updated_at = timezone.now()
    a.save()
    return a


def check_display_period(announcement: Announcement, start: datetime) -> None:
    """Refuse statutory notices shown for less than the law's minimum (one rule per kind)."""
    if announcement.category != Category.STATUTORY or announcement.statutory_date is None:
        return
    day = timezone.localdate(start)
    if announcement.statutory_kind == StatutoryKind.MEETING_TOPIC:
        if (announcement.statutory_date - day).days < TOPIC_DAYS_BEFORE_MEETING:
            raise DomainError(
                AnnouncementErrorCode.STATUTORY_TOPIC_TOO_LATE, field="validFrom", days=TOPIC_DAYS_BEFORE_MEETING
            )
        until = announcement.valid_until
        if until is not None and timezone.localdate(until) < announcement.statutory_date:
            raise DomainError(AnnouncementErrorCode.STATUTORY_TOPIC_TOO_SHORT, field="validUntil")
    elif day > announcement.statutory_date + timedelta(days=DECISION_DAYS):
        raise DomainError(AnnouncementErrorCode.STATUTORY_DECISION_LATE, field="validFrom", days=DECISION_DAYS)


def content_hash(announcement: Announcement) -> str:
    targets = sorted(
        announcement.targets.values_list("community_id", "building_id", "unit_id", "house_id"),
        key=lambda row: tuple(v or 0 for v in row),
    )
    content = {
        "title": announcement.title,
        "body": announcement.body,
        "category": announcement.category,
        "audience": announcement.audience,
        "targetLevel": announcement.target_level,
        "targets": targets,
        "validFrom": announcement.valid_from.isoformat() if announcement.valid_from else None,
        "validUntil": announcement.valid_until.isoformat() if announcement.valid_until else None,
        "requiresAcknowledgement": announcement.requires_acknowledgement,
    }
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


_TARGET_COLUMN = {
    TargetLevel.COMMUNITIES: ("house__community_id", "community_id"),
    TargetLevel.BUILDINGS: ("house__building_id", "building_id"),
    TargetLevel.UNITS: ("house__unit_id", "unit_id"),
    TargetLevel.HOUSES: ("house_id", "house_id"),
}


def snapshot_recipients(announcement: Announcement) -> None:
    """Fix who the notice reaches, in one ``INSERT … SELECT``: every person in force in a targeted
    house (owners only when the audience is owners), one row per person and house; for a staff
    notice every active staff account working in a targeted community (the admin everywhere), or
    in the whole company for a company-wide one."""
    if announcement.audience == Audience.STAFF:
        _snapshot_staff(announcement)
        return
    occupancies = Occupancy.objects.active()
    if announcement.audience == Audience.OWNERS:
        occupancies = occupancies.filter(role=OccupancyRole.OWNER)
    if announcement.target_level != TargetLevel.COMPANY:
        lookup, column = _TARGET_COLUMN[TargetLevel(announcement.target_level)]
        chosen = announcement.targets.values(column)
        occupancies = occupancies.filter(Q(**{f"{lookup}__in": chosen}))
    select, params = occupancies.order_by().values("resident_id", "house_id").distinct().query.sql_with_params()
    table = AnnouncementRecipient._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f'INSERT INTO "{table}" (announcement_id, resident_id, house_id) '
            f"SELECT %s, q.resident_id, q.house_id FROM ({select}) q ON CONFLICT DO NOTHING",
            [announcement.pk, *params],
        )


def _snapshot_staff(announcement: Announcement) -> None:
    """A building, unit or house reaches the staff of its community (targets carry it): staff
    work per community, not per building."""
    communities = None
    if announcement.target_level != TargetLevel.COMPANY:
        communities = announcement.targets.values("community_id")
    staff = User.objects.filter(staff_holding(Capability.ANNOUNCEMENT_VIEW, communities), is_staff=True)
    select, params = staff.order_by().values(staff_id=F("pk")).distinct().query.sql_with_params()
    table = AnnouncementRecipient._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f'INSERT INTO "{table}" (announcement_id, user_id) '
            f"SELECT %s, q.staff_id FROM ({select}) q ON CONFLICT DO NOTHING",
            [announcement.pk, *params],
        )


def _publish(announcement: Announcement, actor: User) -> Announcement:
    now = timezone.now()
    check_display_period(announcement, announcement.valid_from or now)
    announcement.state = State.PUBLISHED
    announcement.published_by, announcement.published_at = actor, now
    announcement.content_hash = content_hash(announcement)
    announcement.updated_at = now
    announcement.save()
    snapshot_recipients(announcement)
    announcement_published_tell(announcement)
    return announcement


@transaction.atomic
def announcement_publish(*, announcement_id: int, actor: User) -> Announcement:
    """发布 now, or (``valid_from`` ahead) scheduled: either way the recipients are fixed now."""
    return _publish(locked_draft(announcement_id), actor)


def _withdraw(announcement: Announcement, actor: User, reason: str) -> None:
    announcement.state = State.WITHDRAWN
    announcement.withdrawn_by, announcement.withdrawn_at = actor, timezone.now()
    announcement.withdrawal_reason = reason
    announcement.updated_at = announcement.withdrawn_at
    announcement.save(update_fields=["state", "withdrawn_by", "withdrawn_at", "withdrawal_reason", "updated_at"])
    outbox_cancel(target=Target("Announcement", announcement.pk))


def _reason(reason: str) -> str:
    errors = ErrorCollector()
    reason = check_text(errors, reason, field="reason", limit=REASON_LIMIT)
    errors.raise_if_any()
    return reason


@transaction.atomic
def announcement_withdraw(*, announcement_id: int, actor: User, reason: str) -> Announcement:
    """撤回, with a reason that stays with it; readers see it withdrawn."""
    reason = _reason(reason)
    announcement = locked(announcement_id)
    if announcement.state != State.PUBLISHED:
        raise DomainError(AnnouncementErrorCode.NOT_PUBLISHED, field="id")
    _withdraw(announcement, actor, reason)
    return announcement


@transaction.atomic
def announcement_supersede(*, announcement_id: int, actor: User, title: str, body: str, reason: str) -> Announcement:
    """更正: a new version with the same audience, targets and dates is published at once and the
    old one withdrawn with ``reason``; the new one points back at it."""
    reason = _reason(reason)
    old = locked(announcement_id)
    if old.state != State.PUBLISHED:
        raise DomainError(
            AnnouncementErrorCode.ALREADY_SUPERSEDED
            if Announcement.objects.filter(supersedes=old).exists()
            else AnnouncementErrorCode.NOT_PUBLISHED,
            field="id",
        )
    new = Announcement(
        title=title,
        body=body,
        supersedes=old,
        created_by=actor,
        **{
            name: getattr(old, name)
            for name in (
                "category",
                "audience",
                "target_level",
                "valid_from",
                "valid_until",
                "pinned_until",
                "requires_acknowledgement",
                "statutory_kind",
                "statutory_date",
            )
        },
    )
    _checked(new)
    new.save()
    _save_targets(new, [AnnouncementTarget(**_target_fields(t)) for t in old.targets.all()])
    _withdraw(old, actor, reason)
    return _publish(new, actor)


def _target_fields(target: AnnouncementTarget) -> dict[str, int | None]:
    return {
        "community_id": target.community_id,
        "building_id": target.building_id,
        "unit_id": target.unit_id,
        "house_id": target.house_id,
    }
