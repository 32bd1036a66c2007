"""报修: reporting a repair (owners for their house, staff in their communities), dispatched at once."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability, Role, role_of
from saas.estates.models import Community, House
from saas.workorders.services.submission import WorkOrderReport, work_order_submit
from schema.core.context import Info
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.workorders.inputs import (
    WorkOrderSubmitInput,
)
from schema.workorders.mutations.common import WorkOrderPayload, order_payload


@strawberry.type(description="The order as recorded and dispatched.")
class WorkOrderSubmitPayload(WorkOrderPayload):
    pass


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
class WorkOrderSubmissionMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WORKORDER_MANAGE, owners=True)],
        description="报修. Owners for a house they live in; staff for a house or public area in their "
        "communities. Dispatched at once by the community's mode. Photos: a GraphQL multipart request.",
    )
    def work_order_submit(self, info: Info, input: WorkOrderSubmitInput) -> WorkOrderSubmitPayload:
        report = _report(info, input)
        user = info.context.viewer
        return order_payload(
            WorkOrderSubmitPayload, lambda: work_order_submit(reporter=user, report=report, photos=input.photos)
        )
