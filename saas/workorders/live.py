"""Live work-order events: which channel-layer groups hear of a timeline event, and which groups a
subscriber listens to.

Groups only route; what a subscriber receives is decided when it reloads the event through
``visible_to`` (``selectors.work_order_event_for``), so a stale group (a scope changed since the
subscription started) delivers nothing it should not.

* ``<schema>.workorders.all``: admins;
* ``<schema>.workorders.community.<id>``: staff who see every order of that community;
* ``<schema>.workorders.user.<id>``: one person: the reporter, the assignee, technicians offered it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from permissions.roles import Role, role_of
from permissions.scoping import assigned_communities
from saas.core.live import LiveMessage, publish_on_commit, tenant_group
from saas.workorders.models import WorkOrder, WorkOrderEvent, WorkOrderOffer
from saas.workorders.scoping import WORK_ORDER_SCOPE

MESSAGE_TYPE = "workorder.event"


def all_orders_group() -> str:
    return tenant_group("workorders", "all")


def community_group(community_id: int) -> str:
    return tenant_group("workorders", "community", community_id)


def person_group(user_id: int) -> str:
    return tenant_group("workorders", "user", user_id)


def audience_of(order: WorkOrder, *, offered: Sequence[int] | None = None) -> tuple[str, ...]:
    """Every group that may care about this order now (one query for the offers, unless the caller
    knows them: ``offered``)."""
    people = [order.reporter_id, order.assignee_id]
    if offered is None:
        offered = list(WorkOrderOffer.objects.filter(work_order=order).values_list("technician_id", flat=True))
    people += offered
    return (
        all_orders_group(),
        community_group(order.community_id),
        *(person_group(pk) for pk in dict.fromkeys(people) if pk is not None),
    )


def events_publish_on_commit(
    order: WorkOrder, events: Sequence[WorkOrderEvent], *, offered: Sequence[int] | None = None
) -> None:
    """One message per group for all of a transaction's events of ``order`` (oldest first)."""
    if events:
        groups = audience_of(order, offered=offered)
        payload = {"type": MESSAGE_TYPE, "work_order": order.pk}  # the events' keys: at the commit
        publish_on_commit(lambda: [LiveMessage(groups=groups, payload={**payload, "events": [e.pk for e in events]})])


def subscriber_groups(user: Any, *, community_id: int | None = None) -> list[str]:
    """The groups a subscriber of ``workOrderEvents`` joins (one query for scoped staff)."""
    role = role_of(user)
    if role is None:
        return []
    if role is Role.OWNER or role in WORK_ORDER_SCOPE.within:
        return [person_group(user.pk)]
    if not role.is_scoped:
        return [community_group(community_id) if community_id is not None else all_orders_group()]
    communities = assigned_communities(user).values_list("content_object_id", flat=True)
    if community_id is not None:
        communities = communities.filter(content_object_id=community_id)
    return [community_group(pk) for pk in communities]
