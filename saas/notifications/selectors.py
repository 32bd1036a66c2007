"""Reading the notification centre: one account's own notifications only."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from saas.notifications.models import Notification


def notifications_of(*, user: Any, unread_only: bool = False) -> QuerySet[Notification]:
    """Newest first."""
    inbox = Notification.objects.filter(recipient_id=user.pk)
    return inbox.filter(read_at__isnull=True) if unread_only else inbox


def notification_of(*, user: Any, notification_id: int) -> Notification | None:
    return Notification.objects.filter(pk=notification_id, recipient_id=user.pk).first()
