"""``myNotifications``: your new notifications as they are written."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import Any

import strawberry

from saas.notifications.models import Notification
from saas.notifications.selectors import notification_of
from saas.notifications.services import MESSAGE_TYPE, inbox_group
from schema.core.errors import ApiError, ApiMessage
from schema.core.permissions import IsAuthenticated
from schema.core.websocket import TenantSession, session_of
from schema.notifications.types import NotificationType


def _notification_for(session: TenantSession, notification_id: int) -> Notification | bool | None:
    user = session.reauthenticate()
    if user is None:
        return False
    return notification_of(user=user, notification_id=notification_id)


@strawberry.type
class NotificationSubscriptions:
    @strawberry.subscription(
        permission_classes=[IsAuthenticated],
        description="Your new notifications, live (graphql-transport-ws at /graphql, token in connection_init).",
    )
    async def my_notifications(self, info: strawberry.Info) -> AsyncGenerator[NotificationType, None]:
        session = session_of(info)
        group = await session.run(lambda: inbox_group(session.user.pk))
        consumer: Any = info.context.ws
        async with consumer.listen_to_channel(MESSAGE_TYPE, groups=[group]) as messages:
            async for message in messages:
                found = await session.run(_notification_for, session, int(message["notification"]))
                if found is False:
                    raise ApiError(ApiMessage.UNAUTHENTICATED)
                if isinstance(found, Notification):
                    yield found  # type: ignore[misc]
