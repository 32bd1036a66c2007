"""The notification centre in GraphQL: one account's own notifications."""

from __future__ import annotations

from typing import Any

import strawberry
import strawberry_django
from django.db.models import QuerySet
from django.utils.translation import get_language
from strawberry import auto, relay

from saas.notifications.models import Notification, NotificationKind, ReachChannel
from saas.notifications.selectors import ChannelReach
from schema.core.context import Info
from schema.core.fields import model_type

strawberry.enum(NotificationKind, name="NotificationKind", description="What a notification is about.")
strawberry.enum(ReachChannel, name="MessageReachChannel", description="In the app, or one of the channels outside it.")


def _english() -> bool:
    return (get_language() or "").startswith("en")


@model_type(Notification, name="Notification", description="消息 An in-app notification to you.")
class NotificationType(relay.Node):
    kind: NotificationKind
    read_at: auto
    created_at: auto

    @strawberry_django.field(only=["title", "title_en"])
    def title(self, root: Notification) -> str:
        return root.title_en if _english() else root.title

    @strawberry_django.field(only=["body", "body_en"])
    def body(self, root: Notification) -> str:
        return root.body_en if _english() else root.body

    @strawberry_django.field(only=["read_at"], description="True once you have marked it read.")
    def is_read(self, root: Notification) -> bool:
        return root.is_read

    @strawberry_django.field(
        only=["target_type", "target_id"], description="The ID of what it is about (a WorkOrder…), if anything."
    )
    def target(self, root: Notification) -> relay.GlobalID | None:
        if not root.target_type or root.target_id is None:
            return None
        return relay.GlobalID(root.target_type, str(root.target_id))

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Notification], info: Info, **kwargs: Any) -> QuerySet[Notification]:
        user = info.context.viewer
        return queryset.filter(recipient_id=user.pk) if user.is_authenticated else queryset.none()


@strawberry.type(name="MessageChannelReach", description="How the messages about one thing fared on one channel.")
class MessageChannelReachType:
    channel: ReachChannel = strawberry.field(description="In the app, SMS, WeChat template or subscribe message.")
    sent: int = strawberry.field(description="Sent (in the app: delivered to the inbox; outside: accepted).")
    failed: int = strawberry.field(
        description="Refused for good or after the last retry (outboxMessages with state FAILED; retry there)."
    )
    waiting: int = strawberry.field(
        description="Not sent yet: quiet hours, the SMS budget, a scheduled start or a retry's backoff."
    )
    cancelled: int = strawberry.field(description="Not sent: what it was about was withdrawn first.")

    @classmethod
    def of(cls, reach: ChannelReach) -> MessageChannelReachType:
        return cls(
            channel=reach.channel,
            sent=reach.sent,
            failed=reach.failed,
            waiting=reach.waiting,
            cancelled=reach.cancelled,
        )
