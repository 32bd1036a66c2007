"""What a published notice tells its recipients: in-app, and by SMS / WeChat through the outbox,
once per person whatever their houses (the recipients snapshot has a row per person and house).
A scheduled notice's messages wait for ``valid_from``; an emergency skips quiet hours and falls
back to SMS when WeChat refuses it."""

from __future__ import annotations

from django.utils import timezone

from saas.notices.models import Announcement, AnnouncementRecipient, Category
from saas.notifications.models import NotificationKind
from saas.notifications.outbox import Letter, messages_send
from saas.notifications.services import NotificationText, Target
from saas.notifications.templates import MessageKind


def announcement_published_tell(announcement: Announcement) -> int:
    """Letters for every person of the snapshot; returns how many people."""
    rows = (
        AnnouncementRecipient.objects.filter(announcement=announcement)
        .order_by("resident_id", "house_id")
        .values_list("resident_id", "resident__phone", "resident__user_id", "house__community__name")
    )
    text = NotificationText(
        title=f"新公告：{announcement.title}"[:100],
        body=f"{Category(announcement.category).label}：{announcement.title}"[:300],
        title_en=f"New notice: {announcement.title}"[:100],
        body_en=f"A new notice was published: {announcement.title}"[:300],
    )
    letters: dict[int, Letter] = {}
    for resident_id, phone, user_id, community in rows.iterator(chunk_size=5000):
        if resident_id not in letters:
            letters[resident_id] = Letter(
                key=f"n{announcement.pk}.r{resident_id}",
                user_id=user_id,
                phone=phone,
                resident_id=resident_id,
                params={"community": community, "title": announcement.title},
                text=text,
            )
    scheduled = announcement.valid_from is not None and announcement.valid_from > timezone.now()
    messages_send(
        kind=MessageKind.NOTICE,
        letters=list(letters.values()),
        # Owners cannot open a scheduled notice before valid_from: no in-app message to point at it.
        in_app_kind=None if scheduled else NotificationKind.ANNOUNCEMENT,
        target=Target("Announcement", announcement.pk),
        urgent=announcement.category == Category.EMERGENCY,
        available_at=announcement.valid_from if scheduled else None,
    )
    return len(letters)
