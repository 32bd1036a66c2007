"""What a published notice tells its recipients: in-app, and by SMS / WeChat through the outbox,
once per person whatever their houses (the recipients snapshot has a row per person and house;
staff are told on their account's phone).
A scheduled notice's messages wait for ``valid_from``; an emergency skips quiet hours and falls
back to SMS when WeChat refuses it."""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, Min, OuterRef, Subquery
from django.utils import timezone

from permissions.models import CommunityUserObjectPermission
from permissions.scoping import WORK_IN_COMMUNITY
from saas.notices.models import Announcement, AnnouncementRecipient, Audience, Category, TargetLevel
from saas.notifications.models import NotificationKind
from saas.notifications.outbox import Letter, messages_send
from saas.notifications.services import NotificationText, Target
from saas.notifications.templates import MessageKind


def announcement_published_tell(announcement: Announcement) -> int:
    """Letters for every person of the snapshot; returns how many people."""
    text = NotificationText(
        title=f"新公告：{announcement.title}"[:100],
        body=f"{Category(announcement.category).label}：{announcement.title}"[:300],
        title_en=f"New notice: {announcement.title}"[:100],
        body_en=f"A new notice was published: {announcement.title}"[:300],
    )
    if announcement.audience == Audience.STAFF:
        letters = _staff_letters(announcement, text)
    else:
        letters = _resident_letters(announcement, text)
    scheduled = announcement.valid_from is not None and announcement.valid_from > timezone.now()
    messages_send(
        kind=MessageKind.NOTICE,
        letters=letters,
        # Readers cannot open a scheduled notice before valid_from: no in-app message to point at it.
        in_app_kind=None if scheduled else NotificationKind.ANNOUNCEMENT,
        target=Target("Announcement", announcement.pk),
        urgent=announcement.category == Category.EMERGENCY,
        available_at=announcement.valid_from if scheduled else None,
    )
    return len(letters)


def _resident_letters(announcement: Announcement, text: NotificationText) -> list[Letter]:
    """One letter per resident, whatever their houses (named after the community of the first)."""
    rows = (
        AnnouncementRecipient.objects.filter(announcement=announcement)
        .order_by("resident_id", "house_id")
        .values_list(
            "resident_id", "resident__phone", "resident__user_id", "house__community__name", "house__community_id"
        )
    )
    letters: dict[int, Letter] = {}
    for resident_id, phone, user_id, community, community_id in rows.iterator(chunk_size=5000):
        if resident_id not in letters:
            letters[resident_id] = Letter(
                key=f"n{announcement.pk}.r{resident_id}",
                user_id=user_id,
                phone=phone,
                resident_id=resident_id,
                params={"community": community, "title": announcement.title},
                text=text,
                community_id=community_id,
            )
    return list(letters.values())


def _staff_letters(announcement: Announcement, text: NotificationText) -> list[Letter]:
    """One letter per staff account of the snapshot, to the phone on its account; the SMS names the
    first targeted community, or the company for a company-wide notice. The outbox files each
    letter under the one community the recipient works in among those targeted (any, company-wide),
    so that community's managers see it; under none (the admin's view alone) for the admin and for
    someone working in several of them."""
    first = announcement.targets.order_by("community__name", "community_id")
    placed = CommunityUserObjectPermission.objects.filter(
        user_id=OuterRef("user_id"),
        permission__codename=WORK_IN_COMMUNITY,
        permission__content_type__app_label="estates",
    )
    if announcement.target_level != TargetLevel.COMPANY:
        placed = placed.filter(content_object_id__in=announcement.targets.values("community_id"))
    only = (
        placed.order_by()
        .values("user_id")
        .annotate(places=Count("content_object_id", distinct=True), place=Min("content_object_id"))
        .filter(places=1)
        .values("place")
    )
    rows = (
        AnnouncementRecipient.objects.filter(announcement=announcement, user__isnull=False)
        .annotate(community=Subquery(first.values("community__name")[:1]), home=Subquery(only[:1]))
        .order_by("user_id")
        .values_list("user_id", "user__phone", "community", "home")
    )
    company = connection.tenant.name  # type: ignore[attr-defined]
    return [
        Letter(
            key=f"n{announcement.pk}.u{user_id}",
            user_id=user_id,
            phone=phone,
            params={"community": community or company, "title": announcement.title},
            text=text,
            community_id=home,
        )
        for user_id, phone, community, home in rows
    ]
