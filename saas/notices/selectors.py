"""Reads of announcements: the staff list, an owner's notices (pinned first), reach per notice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    F,
    FilteredRelation,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Now

from permissions.masking import shown
from permissions.roles import Capability, may
from permissions.scoping import colleagues_of, visible_to
from saas.accounts.models import User
from saas.estates.models import House
from saas.notices.models import (
    Announcement,
    AnnouncementReceipt,
    AnnouncementRecipient,
    AnnouncementTarget,
    Audience,
    State,
    Status,
)
from saas.notices.scoping import received_by

PINNED = Q(pinned_until__gt=Now()) & Q(state=State.PUBLISHED)


@dataclass(frozen=True)
class AnnouncementFilter:
    statuses: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    community_id: int | None = None
    search: str | None = None


def _status_condition(status: str) -> Q:
    started = Q(valid_from__isnull=True) | Q(valid_from__lte=Now())
    not_ended = Q(valid_until__isnull=True) | Q(valid_until__gt=Now())
    published = Q(state=State.PUBLISHED)
    return {
        Status.DRAFT: Q(state=State.DRAFT),
        Status.WITHDRAWN: Q(state=State.WITHDRAWN),
        Status.SCHEDULED: published & ~started,
        Status.PUBLISHED: published & started & not_ended,
        Status.EXPIRED: published & ~not_ended,
    }[Status(status)]


def announcements(user: Any, where: AnnouncementFilter) -> QuerySet[Announcement]:
    """Newest first (drafts by creation), within what ``user`` may see; every filter given must match."""
    queryset = Announcement.objects.all()
    if where.statuses:
        condition = Q()
        for status in where.statuses:
            condition |= _status_condition(status)
        queryset = queryset.filter(condition)
    if where.categories:
        queryset = queryset.filter(category__in=where.categories)
    if where.community_id is not None:
        targeted = AnnouncementTarget.objects.filter(announcement_id=OuterRef("pk"), community_id=where.community_id)
        queryset = queryset.filter(Q(target_level="company") | Q(Exists(targeted)))
    if where.search:
        queryset = queryset.filter(Q(title__icontains=where.search) | Q(body__icontains=where.search))
    return visible_to(user, queryset).order_by("-created_at", "-id")


def read_by(user: Any) -> Exists:
    return Exists(AnnouncementReceipt.objects.filter(announcement_id=OuterRef("pk"), user_id=user.pk))


def my_announcements(user: Any, *, unread_only: bool = False) -> QuerySet[Announcement]:
    """What an owner (or, staff notices, a staff account) received: pinned ones first, then newest
    published first."""
    queryset = Announcement.objects.filter(received_by(user)).annotate(
        pinned=Case(When(PINNED, then=Value(True)), default=Value(False), output_field=BooleanField())
    )
    if unread_only:
        queryset = queryset.exclude(read_by(user))
    return queryset.order_by("-pinned", "-published_at", "-id")


@dataclass(frozen=True)
class HomeNotices:
    announcements: Sequence[Announcement]  # the first ``limit``, each carrying the reader's receipt
    unread: int  # as ``unread_count``


def for_home(user: Any, *, limit: int) -> HomeNotices:
    """An owner's first notices for the home page (pinned, then unread, then newest) and how many
    they have not read, in one statement whatever the number of notices: the reader's receipt is a
    LEFT JOIN (``my_read_at``, ``my_acknowledged_at`` on each row) and the unread count a window
    over the same rows (published, received, started; no receipt), which is ``unread_count``."""
    rows = (
        my_announcements(user)
        .filter(state=State.PUBLISHED)
        .annotate(
            mine=FilteredRelation("receipts", condition=Q(receipts__user_id=user.pk)),
            my_read_at=F("mine__read_at"),
            my_acknowledged_at=F("mine__acknowledged_at"),
            unread=Window(Count("pk", filter=Q(mine__id__isnull=True))),
        )
        .select_related("published_by", "supersedes")
        .order_by("-pinned", F("my_read_at").asc(nulls_first=True), "-published_at", "-id")
    )
    first = list(rows[:limit])
    return HomeNotices(announcements=first, unread=first[0].unread if first else 0)


def unread_count(user: Any) -> int:
    return Announcement.objects.filter(received_by(user), state=State.PUBLISHED).exclude(read_by(user)).count()


@dataclass(frozen=True)
class Reach:
    recipients: int  # people
    houses: int
    read: int  # people who read it
    acknowledged: int
    houses_not_reached: int  # houses where nobody read it yet
    staff_not_reached: int = 0  # staff notices: staff accounts that have not read it yet


def reach(announcement_id: int, audience: str) -> Reach:
    """One statement: people, houses, readers, acknowledgers, unreached houses (for a staff
    notice: staff accounts, readers, acknowledgers, staff not reached)."""
    if audience == Audience.STAFF:
        return _staff_reach(announcement_id)
    receipts = AnnouncementReceipt.objects.filter(
        announcement_id=announcement_id, user_id=OuterRef("resident__user_id")
    )
    rows = AnnouncementRecipient.objects.filter(announcement_id=announcement_id).annotate(
        was_read=Exists(receipts), was_acknowledged=Exists(receipts.filter(acknowledged_at__isnull=False))
    )
    houses_read = rows.filter(was_read=True).values("house_id")
    totals = AnnouncementRecipient.objects.filter(announcement_id=announcement_id).aggregate(
        recipients=Count("resident_id", distinct=True),
        houses=Count("house_id", distinct=True),
        read=Count("resident_id", distinct=True, filter=Q(pk__in=rows.filter(was_read=True).values("pk"))),
        acknowledged=Count(
            "resident_id", distinct=True, filter=Q(pk__in=rows.filter(was_acknowledged=True).values("pk"))
        ),
        houses_not_reached=Count("house_id", distinct=True, filter=~Q(house_id__in=Subquery(houses_read))),
    )
    return Reach(**totals)


def _staff_reach(announcement_id: int) -> Reach:
    receipts = AnnouncementReceipt.objects.filter(announcement_id=announcement_id, user_id=OuterRef("user_id"))
    totals = (
        AnnouncementRecipient.objects.filter(announcement_id=announcement_id, user__isnull=False)
        .annotate(was_read=Exists(receipts), was_acknowledged=Exists(receipts.filter(acknowledged_at__isnull=False)))
        .aggregate(
            recipients=Count("pk"),
            read=Count("pk", filter=Q(was_read=True)),
            acknowledged=Count("pk", filter=Q(was_acknowledged=True)),
            staff_not_reached=Count("pk", filter=Q(was_read=False)),
        )
    )
    return Reach(houses=0, houses_not_reached=0, **totals)


@dataclass(frozen=True)
class StaffRecipient:
    name: str  # the login name when none was entered
    phone: str  # masked unless the viewer may see staff contact details


def staff_not_reached(announcement_id: int, viewer: Any) -> list[StaffRecipient]:
    """Staff accounts a staff notice reached that have not read it yet, by name (for a reminder),
    as ``viewer`` may see them: a scoped viewer only those working in one of their communities;
    phones in full only for who may manage staff (``STAFF_MANAGE``: the admin). One statement."""
    read = AnnouncementReceipt.objects.filter(announcement_id=announcement_id).values("user_id")
    recipients = AnnouncementRecipient.objects.filter(announcement_id=announcement_id, user__isnull=False)
    rows = (
        User.objects.filter(colleagues_of(viewer), pk__in=recipients.values("user_id"))
        .exclude(pk__in=read)
        .order_by("display_name", "pk")
        .values_list("display_name", "username", "phone")
    )
    full = may(viewer, Capability.STAFF_MANAGE)
    return [StaffRecipient(name=name or username, phone=shown(phone, full=full)) for name, username, phone in rows]


def houses_not_reached(announcement_id: int, viewer: Any) -> QuerySet[House]:
    """Houses that received the notice where nobody has read it yet (for the 管家's door-to-door),
    those ``viewer`` may see (a scoped viewer: of their communities, even for a company-wide notice)."""
    recipients = AnnouncementRecipient.objects.filter(announcement_id=announcement_id)
    read = recipients.filter(
        Exists(
            AnnouncementReceipt.objects.filter(announcement_id=announcement_id, user_id=OuterRef("resident__user_id"))
        )
    ).values("house_id")
    return visible_to(viewer, House.objects.filter(pk__in=recipients.values("house_id")).exclude(pk__in=read))
