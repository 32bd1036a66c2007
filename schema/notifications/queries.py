"""Your notifications, newest first."""

from __future__ import annotations

from typing import Annotated

import strawberry
import strawberry_django
from django.db.models import QuerySet

from saas.notifications.models import Notification
from saas.notifications.selectors import notifications_of
from schema.core.context import Info
from schema.core.permissions import IsAuthenticated
from schema.core.relay import CountedConnection
from schema.notifications.types import NotificationType


@strawberry.type
class NotificationQueries:
    @strawberry_django.connection(
        CountedConnection[NotificationType],
        permission_classes=[IsAuthenticated],
        description="Your notifications, newest first; unreadOnly with totalCount gives the badge number.",
    )
    def notifications(
        self,
        info: Info,
        unread_only: Annotated[
            bool, strawberry.argument(description="Only those not yet read; default false.")
        ] = False,
    ) -> QuerySet[Notification]:
        return notifications_of(user=info.context.viewer, unread_only=unread_only)
