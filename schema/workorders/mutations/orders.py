"""Reporting a repair and moving it along: owners (report, cancel, rate, reopen), the service desk
(report, assign, cancel, close), technicians (accept, arrive, complete)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import strawberry

from permissions.roles import Capability, Role, role_of
from saas.estates.models import Community, House
from saas.workorders.services import transitions
from saas.workorders.services.submission import WorkOrderReport, work_order_submit
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, IsOwnerAccount, authorize
from schema.core.relay import pk_from_global_id
from schema.workorders.errors import WorkOrderError
from schema.workorders.inputs import (
    WorkOrderAcceptInput,
    WorkOrderArriveInput,
    WorkOrderAssignInput,
    WorkOrderCancelInput,
    WorkOrderCloseInput,
    WorkOrderCompleteInput,
    WorkOrderRateInput,
    WorkOrderReopenInput,
    WorkOrderSubmitInput,
)
from schema.workorders.mutations.common import order_pk
from schema.workorders.types import WorkOrderType


@strawberry.type(description="What a move of a work order answers.")
class WorkOrderPayload:
    errors: list[WorkOrderError] = strawberry.field(description="Why the move was refused; empty when it was made.")
    work_order: WorkOrderType | None = strawberry.field(default=None, description="The order after the move.")


@strawberry.type(description="The order as recorded and dispatched.")
class WorkOrderSubmitPayload(WorkOrderPayload):
    pass


@strawberry.type(description="The order with its new assignee.")
class WorkOrderAssignPayload(WorkOrderPayload):
    pass


@strawberry.type(description="The order, accepted by the caller.")
class WorkOrderAcceptPayload(WorkOrderPayload):
    pass


@strawberry.type(description="The order, with the technician on site.")
class WorkOrderArrivePayload(WorkOrderPayload):
    pass


@strawberry.type(description="The completed order.")
class WorkOrderCompletePayload(WorkOrderPayload):
    pass


@strawberry.type(description="The cancelled order.")
class WorkOrderCancelPayload(WorkOrderPayload):
    pass


@strawberry.type(description="The rated order.")
class WorkOrderRatePayload(WorkOrderPayload):
    pass


@strawberry.type(description="The reopened order.")
class WorkOrderReopenPayload(WorkOrderPayload):
    pass


@strawberry.type(description="The closed order.")
class WorkOrderClosePayload(WorkOrderPayload):
    pass


def _run(payload: Any, change: Callable[[], Any]) -> Any:
    return payload_of(payload, WorkOrderError, "work_order", change)


def _report(info: Info, data: WorkOrderSubmitInput) -> WorkOrderReport:
    house_id = pk_from_global_id(data.house, "House") if data.house else None
    community_id = pk_from_global_id(data.community, "Community") if data.community else None
    if role_of(info.context.viewer) is not Role.OWNER:  # staff report only where they manage orders
        if house_id is not None:
            authorize(info, Capability.WORKORDER_MANAGE, House, house_id)
        elif community_id is not None:
            authorize(info, Capability.WORKORDER_MANAGE, Community, community_id)
    return WorkOrderReport(
        category=data.category.value,
        description=data.description,
        priority=data.priority.value,
        house_id=house_id,
        community_id=community_id,
        building_id=pk_from_global_id(data.building, "Building") if data.building else None,
        location=data.location,
        contact_name=data.contact_name,
        contact_phone=data.contact_phone,
        preferred_visit_at=data.preferred_visit_at,
    )


@strawberry.type
class WorkOrderChangeMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WORKORDER_MANAGE, owners=True)],
        description="报修. Owners for a house they live in; staff for a house or public area in their "
        "communities. Dispatched at once by the community's mode. Photos: a GraphQL multipart request.",
    )
    def work_order_submit(self, info: Info, input: WorkOrderSubmitInput) -> WorkOrderSubmitPayload:
        report = _report(info, input)
        user = info.context.viewer
        return _run(
            WorkOrderSubmitPayload, lambda: work_order_submit(reporter=user, report=report, photos=input.photos)
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WORKORDER_MANAGE)],
        description="派单: give the order to a technician of its community (or to another one).",
    )
    def work_order_assign(self, info: Info, input: WorkOrderAssignInput) -> WorkOrderAssignPayload:
        pk = order_pk(info, input.id, Capability.WORKORDER_MANAGE)
        technician_id = pk_from_global_id(input.technician, "Technician")
        user = info.context.viewer
        return _run(
            WorkOrderAssignPayload,
            lambda: transitions.work_order_assign(
                order_id=pk, technician_id=technician_id, actor=user, note=input.note
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WORKORDER_WORK)],
        description="接单: accept an order assigned to you, or take an order offered to you (抢单); "
        "ALREADY_TAKEN when another technician was faster.",
    )
    def work_order_accept(self, info: Info, input: WorkOrderAcceptInput) -> WorkOrderAcceptPayload:
        pk = order_pk(info, input.id, Capability.WORKORDER_WORK)
        user = info.context.viewer
        return _run(WorkOrderAcceptPayload, lambda: transitions.work_order_accept(order_id=pk, technician=user))

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WORKORDER_WORK)], description="到场: you are at the place."
    )
    def work_order_arrive(self, info: Info, input: WorkOrderArriveInput) -> WorkOrderArrivePayload:
        pk = order_pk(info, input.id, Capability.WORKORDER_WORK)
        user = info.context.viewer
        return _run(
            WorkOrderArrivePayload,
            lambda: transitions.work_order_arrive(order_id=pk, technician=user, note=input.note),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WORKORDER_WORK)],
        description="完工: the repair is done; say what was done in the note.",
    )
    def work_order_complete(self, info: Info, input: WorkOrderCompleteInput) -> WorkOrderCompletePayload:
        pk = order_pk(info, input.id, Capability.WORKORDER_WORK)
        user = info.context.viewer
        return _run(
            WorkOrderCompletePayload,
            lambda: transitions.work_order_complete(order_id=pk, technician=user, note=input.note),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WORKORDER_MANAGE, owners=True)],
        description="取消, before a technician is on site: the owner who reported it, or the service desk.",
    )
    def work_order_cancel(self, info: Info, input: WorkOrderCancelInput) -> WorkOrderCancelPayload:
        pk = order_pk(info, input.id, Capability.WORKORDER_MANAGE)
        user = info.context.viewer
        return _run(
            WorkOrderCancelPayload,
            lambda: transitions.work_order_cancel(order_id=pk, actor=user, reason=input.reason),
        )

    @strawberry.mutation(
        permission_classes=[IsOwnerAccount], description="评价: 1–5 stars for a completed order you reported."
    )
    def work_order_rate(self, info: Info, input: WorkOrderRateInput) -> WorkOrderRatePayload:
        pk = order_pk(info, input.id, Capability.WORKORDER_VIEW)
        user = info.context.viewer
        return _run(
            WorkOrderRatePayload,
            lambda: transitions.work_order_rate(order_id=pk, owner=user, stars=input.stars, comment=input.comment),
        )

    @strawberry.mutation(
        permission_classes=[IsOwnerAccount],
        description="返修: send a completed order you reported back to its technician, within the reopen window.",
    )
    def work_order_reopen(self, info: Info, input: WorkOrderReopenInput) -> WorkOrderReopenPayload:
        pk = order_pk(info, input.id, Capability.WORKORDER_VIEW)
        user = info.context.viewer
        return _run(
            WorkOrderReopenPayload,
            lambda: transitions.work_order_reopen(order_id=pk, owner=user, reason=input.reason),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WORKORDER_MANAGE)],
        description="关闭 a completed order without waiting for a rating.",
    )
    def work_order_close(self, info: Info, input: WorkOrderCloseInput) -> WorkOrderClosePayload:
        pk = order_pk(info, input.id, Capability.WORKORDER_MANAGE)
        user = info.context.viewer
        return _run(
            WorkOrderClosePayload,
            lambda: transitions.work_order_close(order_id=pk, actor=user, note=input.note),
        )
