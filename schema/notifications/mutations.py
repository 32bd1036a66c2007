"""Marking your notifications read."""

from __future__ import annotations

import strawberry
from strawberry import relay

from saas.core.errors import DomainError
from saas.notifications.errors import NotificationErrorCode
from saas.notifications.services import notifications_mark_read
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import IsAuthenticated
from schema.core.relay import pk_from_global_id
from schema.notifications.errors import NotificationError

MARK_LIMIT = 200


@strawberry.input(description="The ids given, or every unread notification when ids is left out.")
class NotificationsMarkReadInput:
    ids: list[relay.GlobalID] | None = None


@strawberry.type
class NotificationsMarkReadPayload:
    errors: list[NotificationError]
    marked: int = strawberry.field(default=0, description="How many notifications were unread and are now read.")


@strawberry.type
class NotificationMutations:
    @strawberry.mutation(permission_classes=[IsAuthenticated], description="Mark your notifications read.")
    def notifications_mark_read(self, info: Info, input: NotificationsMarkReadInput) -> NotificationsMarkReadPayload:
        ids = [pk_from_global_id(i, "Notification") for i in input.ids] if input.ids is not None else None
        user = info.context.viewer

        def mark() -> int:
            if ids is not None and len(ids) > MARK_LIMIT:
                raise DomainError(NotificationErrorCode.TOO_MANY, field="ids", limit=MARK_LIMIT)
            return notifications_mark_read(user=user, ids=ids)

        return payload_of(NotificationsMarkReadPayload, NotificationError, "marked", mark)
