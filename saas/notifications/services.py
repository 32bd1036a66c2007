"""Writing to the notification centre and marking notifications read."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from saas.core.live import LiveMessage, publish_on_commit, tenant_group
from saas.core.rows import rows_insert
from saas.notifications.models import Notification, NotificationKind

MESSAGE_TYPE = "notification.created"


def inbox_group(user_id: int) -> str:
    """The channel-layer group of one account's notifications in the current tenant."""
    return tenant_group("inbox", user_id)


@dataclass(frozen=True)
class NotificationText:
    title: str
    body: str
    title_en: str
    body_en: str


@dataclass(frozen=True)
class Target:
    type_name: str  # the GraphQL type name, e.g. "WorkOrder"
    pk: int


def notifications_push(
    *, recipient_ids: Iterable[int], kind: NotificationKind, text: NotificationText, target: Target | None = None
) -> list[Notification]:
    """One notification per recipient (each once), inside the caller's transaction; subscribers
    of ``myNotifications`` hear of it after the commit."""
    return notifications_push_each(
        [Addressed(recipient_id, text, target) for recipient_id in dict.fromkeys(recipient_ids)], kind=kind
    )


@dataclass(frozen=True)
class Addressed:
    recipient_id: int
    text: NotificationText
    target: Target | None = None


def notifications_push_each(items: Iterable[Addressed], *, kind: NotificationKind) -> list[Notification]:
    """Several notifications of one kind, each with its own text and target, in one INSERT."""
    rows = notifications_made(items, kind=kind)
    rows_insert(rows)
    notifications_announced(rows)
    return rows


def notifications_made(items: Iterable[Addressed], *, kind: NotificationKind) -> list[Notification]:
    """The notifications, not saved yet: for a caller that saves them with its own rows in one
    round trip (``rows_insert``) and then calls ``notifications_announced``."""
    return [
        Notification(
            recipient_id=item.recipient_id,
            kind=kind,
            title=item.text.title[:100],
            body=item.text.body[:300],
            title_en=item.text.title_en[:100],
            body_en=item.text.body_en[:300],
            target_type=item.target.type_name if item.target else "",
            target_id=item.target.pk if item.target else None,
        )
        for item in items
    ]


def notifications_announced(rows: Iterable[Notification]) -> None:
    """Saved notifications: subscribers of ``myNotifications`` hear of them after the commit."""
    saved = list(rows)
    if saved:  # the keys are read at the commit when the rows went with it
        publish_on_commit(
            lambda: (
                LiveMessage(groups=(inbox_group(n.recipient_id),), payload={"type": MESSAGE_TYPE, "notification": n.pk})
                for n in saved
            )
        )


@transaction.atomic
def notifications_mark_read(*, user: Any, ids: Collection[int] | None) -> int:
    """Mark the caller's own notifications read: those ``ids`` (others' ids are ignored), or all
    unread ones when ``ids`` is None. Returns how many changed."""
    unread = Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=ids)
    return unread.update(read_at=timezone.now())
