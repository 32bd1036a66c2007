"""Moving an order along: the service desk (assign, cancel, close), technicians (accept — also the
grab of an offered order —, arrive, complete), owners (cancel, rate, reopen)."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.workorders.services import transitions
from schema.core.context import Info
from schema.core.permissions import HasCapability, IsOwnerAccount
from schema.core.relay import pk_from_global_id
from schema.workorders.inputs import (
    WorkOrderAcceptInput,
    WorkOrderArriveInput,
    WorkOrderAssignInput,
    WorkOrderCancelInput,
    WorkOrderCloseInput,
    WorkOrderCompleteInput,
    WorkOrderRateInput,
    WorkOrderReopenInput,
)
from schema.workorders.mutations.common import WorkOrderPayload, order_payload, order_pk


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


@strawberry.type
class WorkOrderTransitionMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WORKORDER_MANAGE)],
        description="派单: give the order to a technician of its community (or to another one).",
    )
    def work_order_assign(self, info: Info, input: WorkOrderAssignInput) -> WorkOrderAssignPayload:
        pk = order_pk(info, input.id, Capability.WORKORDER_MANAGE)
        technician_id = pk_from_global_id(input.technician, "Technician")
        user = info.context.viewer
        return order_payload(
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
        return order_payload(
            WorkOrderAcceptPayload, lambda: transitions.work_order_accept(order_id=pk, technician=user)
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WORKORDER_WORK)], description="到场: you are at the place."
    )
    def work_order_arrive(self, info: Info, input: WorkOrderArriveInput) -> WorkOrderArrivePayload:
        pk = order_pk(info, input.id, Capability.WORKORDER_WORK)
        user = info.context.viewer
        return order_payload(
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
        return order_payload(
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
        return order_payload(
            WorkOrderCancelPayload,
            lambda: transitions.work_order_cancel(order_id=pk, actor=user, reason=input.reason),
        )

    @strawberry.mutation(
        permission_classes=[IsOwnerAccount], description="评价: 1–5 stars for a completed order you reported."
    )
    def work_order_rate(self, info: Info, input: WorkOrderRateInput) -> WorkOrderRatePayload:
        pk = order_pk(info, input.id, Capability.WORKORDER_VIEW)
        user = info.context.viewer
        return order_payload(
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
        return order_payload(
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
        return order_payload(
            WorkOrderClosePayload,
            lambda: transitions.work_order_close(order_id=pk, actor=user, note=input.note),
        )
