"""billCancel: cancel an unpaid bill, with a reason."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.finance.models import Bill
from saas.finance.services import (
    bill_cancel,
)
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import authorize
from schema.core.relay import pk_from_global_id
from schema.finance.errors import BillError
from schema.finance.inputs import (
    BillCancelInput,
)
from schema.finance.mutations.common import FEE_SETUP
from schema.finance.types import BillType


@strawberry.type
class BillCancelPayload:
    errors: list[BillError]
    bill: BillType | None = None


@strawberry.type
class BillMutations:
    @strawberry.mutation(
        permission_classes=FEE_SETUP,
        description="作废: cancel a bill issued by mistake, with a reason, before anything was paid, waived or "
        "accrued on it (reverse its payments first). The bill stays, marked cancelled; no run re-issues it.",
    )
    def bill_cancel(self, info: Info, input: BillCancelInput) -> BillCancelPayload:
        bill_id = pk_from_global_id(input.id, "Bill")
        authorize(info, Capability.FEE_SETUP, Bill, bill_id)
        return payload_of(
            BillCancelPayload,
            BillError,
            "bill",
            lambda: bill_cancel(bill_id=bill_id, reason=input.reason, cancelled_by=info.context.viewer),
        )
