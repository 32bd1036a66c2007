"""financePolicyUpdate (COMPANY_SETTINGS): when bills fall due and the late-fee policy."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.finance.services import (
    finance_policy_update,
)
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability
from schema.estates.mutations.common import maybe
from schema.finance.errors import FinancePolicyError
from schema.finance.inputs import (
    FinancePolicyUpdateInput,
)
from schema.finance.types import FinancePolicyType


@strawberry.type
class FinancePolicyUpdatePayload:
    errors: list[FinancePolicyError]
    finance_policy: FinancePolicyType | None = None


@strawberry.type
class FinancePolicyMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.COMPANY_SETTINGS)],
        description="Change when bills fall due and whether late fees (滞纳金) accrue. Admin only.",
    )
    def finance_policy_update(self, info: Info, input: FinancePolicyUpdateInput) -> FinancePolicyUpdatePayload:
        return payload_of(
            FinancePolicyUpdatePayload,
            FinancePolicyError,
            "finance_policy",
            lambda: finance_policy_update(
                bill_due_days=maybe(input.bill_due_days),
                late_fee_enabled=maybe(input.late_fee_enabled),
                late_fee_daily_rate=maybe(input.late_fee_daily_rate),
                late_fee_grace_days=maybe(input.late_fee_grace_days),
            ),
        )
