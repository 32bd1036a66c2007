"""What the work-order mutations share: the order's id, checked against the caller's scope, and the
payload every move of an order answers with."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry
from django.db.models import Exists, OuterRef
from strawberry import relay

from permissions.roles import Capability, Role, role_of
from permissions.scoping import visible_to
from saas.workorders.models import WorkOrder
from schema.core.context import Info
from schema.core.errors import ApiError, ApiMessage, payload_of
from schema.core.permissions import authorize
from schema.core.relay import pk_from_global_id
from schema.workorders.errors import WorkOrderError
from schema.workorders.types import WorkOrderType


def order_pk(info: Info, global_id: relay.GlobalID, capability: Capability) -> int:
    """The order's id, or FORBIDDEN when it is outside the caller's scope: for staff, the orders
    they may use ``capability`` on; for an owner (where the mutation lets owners in), the orders
    they reported. A missing order passes, for the service to answer NOT_FOUND (one query)."""
    pk = pk_from_global_id(global_id, "WorkOrder")
    user = info.context.viewer
    if role_of(user) is not Role.OWNER:
        authorize(info, capability, WorkOrder, pk)
        return pk
    own = visible_to(user, WorkOrder.objects.filter(pk=OuterRef("pk")))
    mine = WorkOrder.objects.filter(pk=pk).values_list(Exists(own), flat=True).first()
    if mine is False:
        raise ApiError(ApiMessage.FORBIDDEN)
    return pk


@strawberry.type(description="What a move of a work order answers.")
class WorkOrderPayload:
    errors: list[WorkOrderError] = strawberry.field(description="Why the move was refused; empty when it was made.")
    work_order: WorkOrderType | None = strawberry.field(default=None, description="The order after the move.")


def order_payload(payload: Any, change: Callable[[], Any]) -> Any:
    return payload_of(payload, WorkOrderError, "work_order", change)
