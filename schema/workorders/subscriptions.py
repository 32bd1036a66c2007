"""``workOrderEvents``: every step of the work orders the subscriber may see, as it happens.

Staff get the orders of their scope (technicians: assigned or offered to them), owners the orders
they reported. Each event is reloaded for each subscriber, in their company and through
``visible_to``, with their token checked again (a deactivated account or revoked token ends the
subscription, a changed role or scope applies to the next event). The payload is a snapshot:
plain values only, so resolving it needs no database; the details are one ``workOrder(id:)``
away over HTTP. It carries no personal data (the contact phone stays behind the masking rules).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from dataclasses import dataclass
from typing import Annotated, Any

import strawberry
from strawberry import relay

from permissions.roles import Capability
from saas.workorders.live import MESSAGE_TYPE, subscriber_groups
from saas.workorders.models import Category, Priority, State, WorkOrderEvent
from saas.workorders.selectors import work_order_events_for
from schema.core.errors import ApiError, ApiMessage
from schema.core.permissions import HasCapability
from schema.core.relay import pk_from_global_id
from schema.core.websocket import TenantSession, session_of
from schema.workorders.types import WorkOrderEventType


@strawberry.type(
    name="WorkOrderUpdate",
    description="One step of a work order, pushed to subscribers: the step (as in WorkOrder.timeline) and "
    "the order as it is now.",
)
class WorkOrderUpdate:
    event: WorkOrderEventType = strawberry.field(description="The step that happened.")
    work_order_id: relay.GlobalID = strawberry.field(description="The order's global ID (a WorkOrder).")
    number: str = strawberry.field(description="The order's number (工单号), e.g. BX20261128-42.")
    state: State = strawberry.field(description="The order's state now (this step's toState, or later).")
    category: Category = strawberry.field(description="What kind of repair (报修类别).")
    priority: Priority = strawberry.field(description="How urgent it is.")
    community_name: str = strawberry.field(description="The community's name (小区名称).")
    place: str = strawberry.field(description="The house, or the public-area place, as one line of text.")
    assignee_name: str | None = strawberry.field(description="The assigned technician's name; null: none yet.")
    is_overdue: bool = strawberry.field(description="True when it has missed a deadline (超时).")

    @classmethod
    def of(cls, event: WorkOrderEvent) -> WorkOrderUpdate:
        order = event.work_order
        return cls(
            event=WorkOrderEventType.of(event),
            work_order_id=relay.GlobalID("WorkOrder", str(order.pk)),
            number=order.number,
            state=State(order.state),
            category=Category(order.category),
            priority=Priority(order.priority),
            community_name=order.community.name,
            place=order.place,
            assignee_name=order.assignee.display_name if order.assignee is not None else None,
            is_overdue=order.overdue_at is not None,
        )


@dataclass(frozen=True)
class _Ended:
    """The subscriber's token no longer works."""


ENDED = _Ended()


def _updates_for(
    session: TenantSession, event_ids: list[int], community_id: int | None
) -> list[WorkOrderUpdate] | _Ended:
    user = session.reauthenticate()
    if user is None:
        return ENDED
    events = work_order_events_for(user, event_ids=event_ids, community_id=community_id)
    return [WorkOrderUpdate.of(event) for event in events]


@strawberry.type
class WorkOrderSubscriptions:
    @strawberry.subscription(
        permission_classes=[HasCapability(Capability.WORKORDER_VIEW, owners=True)],
        description="Live steps of the work orders you may see (optionally of one community). Over the "
        "graphql-transport-ws websocket at /graphql, token in the connection_init payload.",
    )
    async def work_order_events(
        self,
        info: strawberry.Info,
        community: Annotated[
            relay.GlobalID | None, strawberry.argument(description="Only orders of this community; null: all.")
        ] = None,
    ) -> AsyncGenerator[WorkOrderUpdate, None]:
        session = session_of(info)
        community_id = pk_from_global_id(community, "Community") if community is not None else None
        groups = await session.run(lambda: subscriber_groups(session.user, community_id=community_id))
        consumer: Any = info.context.ws
        async with consumer.listen_to_channel(MESSAGE_TYPE, groups=groups) as messages:
            async for message in messages:
                updates = await session.run(_updates_for, session, [int(i) for i in message["events"]], community_id)
                if isinstance(updates, _Ended):
                    raise ApiError(ApiMessage.UNAUTHENTICATED)
                for update in updates:
                    yield update
