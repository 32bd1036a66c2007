"""The waiver workflow (减免): WAIVER_REQUEST to ask, WAIVER_APPROVE (held by someone else) to decide."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.finance.models import Bill, Waiver
from saas.finance.services import waiver_approve, waiver_reject, waiver_request
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.finance.errors import WaiverError
from schema.finance.inputs import (
    WaiverApproveInput,
    WaiverRejectInput,
    WaiverRequestInput,
)
from schema.finance.types import WaiverType


@strawberry.type
class WaiverRequestPayload:
    errors: list[WaiverError]
    waiver: WaiverType | None = None


@strawberry.type
class WaiverApprovePayload:
    errors: list[WaiverError]
    waiver: WaiverType | None = None


@strawberry.type
class WaiverRejectPayload:
    errors: list[WaiverError]
    waiver: WaiverType | None = None


WAIVER_APPROVERS = [HasCapability(Capability.WAIVER_APPROVE)]


@strawberry.type
class WaiverMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WAIVER_REQUEST)],
        description="Ask to waive (减免) part of a bill, with a reason; someone else approves or rejects it.",
    )
    def waiver_request(self, info: Info, input: WaiverRequestInput) -> WaiverRequestPayload:
        bill_id = pk_from_global_id(input.bill, "Bill")
        authorize(info, Capability.WAIVER_REQUEST, Bill, bill_id)
        return payload_of(
            WaiverRequestPayload,
            WaiverError,
            "waiver",
            lambda: waiver_request(
                bill_id=bill_id, amount_fen=int(input.amount), reason=input.reason, requested_by=info.context.viewer
            ),
        )

    @strawberry.mutation(
        permission_classes=WAIVER_APPROVERS,
        description="Approve someone else's waiver request: it is applied to the bill's unpaid lines.",
    )
    def waiver_approve(self, info: Info, input: WaiverApproveInput) -> WaiverApprovePayload:
        waiver_id = pk_from_global_id(input.id, "Waiver")
        authorize(info, Capability.WAIVER_APPROVE, Waiver, waiver_id)
        return payload_of(
            WaiverApprovePayload,
            WaiverError,
            "waiver",
            lambda: waiver_approve(waiver_id=waiver_id, decided_by=info.context.viewer, note=input.note),
        )

    @strawberry.mutation(
        permission_classes=WAIVER_APPROVERS,
        description="Reject someone else's waiver request, saying why; the bill is unchanged.",
    )
    def waiver_reject(self, info: Info, input: WaiverRejectInput) -> WaiverRejectPayload:
        waiver_id = pk_from_global_id(input.id, "Waiver")
        authorize(info, Capability.WAIVER_APPROVE, Waiver, waiver_id)
        return payload_of(
            WaiverRejectPayload,
            WaiverError,
            "waiver",
            lambda: waiver_reject(waiver_id=waiver_id, decided_by=info.context.viewer, note=input.note),
        )
