"""Reading the notification centre (one account's own notifications only) and how the messages
about one object fared, per channel."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet

from saas.notifications.models import Notification, OutboxMessage, OutboxState, ReachChannel
from saas.notifications.services import Target


def notifications_of(*, user: Any, unread_only: bool = False) -> QuerySet[Notification]:
    """Newest first."""
    inbox = Notification.objects.filter(recipient_id=user.pk)
    return inbox.filter(read_at__isnull=True) if unread_only else inbox


def notification_of(*, user: Any, notification_id: int) -> Notification | None:
    return Notification.objects.filter(pk=notification_id, recipient_id=user.pk).first()


@dataclass(frozen=True)
class ChannelReach:
    channel: ReachChannel
    sent: int  # in the app: written; outside: accepted by the provider
    failed: int  # refused (for good, or after the last retry): see outboxMessages, retry there
    waiting: int  # not yet sent: quiet hours, the SMS budget, a scheduled start, a retry's backoff
    cancelled: int  # what it was about was withdrawn before it went out


def channel_reach(target: Target) -> list[ChannelReach]:
    """Every channel, in ``ReachChannel`` order, with the messages about ``target``: two statements
    (the in-app notifications counted, the outbox grouped by channel and state)."""
    in_app = Notification.objects.filter(target_type=target.type_name, target_id=target.pk).count()
    rows = (
        OutboxMessage.objects.filter(target_type=target.type_name, target_id=target.pk)
        .order_by()
        .values("channel")
        .annotate(
            sent=Count("pk", filter=Q(state=OutboxState.SENT)),
            failed=Count("pk", filter=Q(state=OutboxState.FAILED)),
            waiting=Count("pk", filter=Q(state=OutboxState.PENDING) | Q(state=OutboxState.SENDING)),
            cancelled=Count("pk", filter=Q(state=OutboxState.CANCELLED)),
        )
    )
    counts = {row.pop("channel"): row for row in rows}
    empty = {"sent": 0, "failed": 0, "waiting": 0, "cancelled": 0}
    return [
        ChannelReach(ReachChannel.IN_APP, sent=in_app, failed=0, waiting=0, cancelled=0),
        *(
            ChannelReach(channel, **counts.get(channel.value, empty))
            for channel in ReachChannel
            if channel != ReachChannel.IN_APP
        ),
    ]
