"""已读 and 确认收到: one receipt per account and notice, whatever houses the reader has."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from saas.accounts.models import User
from saas.core.errors import DomainError
from saas.notices.errors import AnnouncementErrorCode
from saas.notices.models import Announcement, AnnouncementReceipt


def _announcement(announcement_id: int) -> Announcement:
    announcement = Announcement.objects.filter(pk=announcement_id).first()
    if announcement is None:
        raise DomainError(AnnouncementErrorCode.NOT_FOUND, field="id")
    return announcement


@transaction.atomic
def announcement_read(*, announcement_id: int, user: User) -> Announcement:
    """Mark it read (again: nothing changes, the first time is kept)."""
    announcement = _announcement(announcement_id)
    AnnouncementReceipt.objects.get_or_create(announcement=announcement, user=user)
    return announcement


@transaction.atomic
def announcement_acknowledge(*, announcement_id: int, user: User) -> Announcement:
    """确认收到 (it also counts as read); the first acknowledgement's time is kept."""
    announcement = _announcement(announcement_id)
    if not announcement.requires_acknowledgement:
        raise DomainError(AnnouncementErrorCode.ACKNOWLEDGEMENT_NOT_REQUIRED, field="id")
    now = timezone.now()
    receipt, created = AnnouncementReceipt.objects.get_or_create(
        announcement=announcement, user=user, defaults={"acknowledged_at": now}
    )
    if not created and receipt.acknowledged_at is None:
        receipt.acknowledged_at = now
        receipt.save(update_fields=["acknowledged_at"])
    return announcement
