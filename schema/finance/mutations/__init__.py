"""Mutations of the finance domain, one module per service topic (``saas/finance/services/<topic>.py``),
merged into one root part for schema/tenant.py."""

from strawberry.tools import merge_types

from schema.finance.mutations.billing import BillingRunMutations
from schema.finance.mutations.bills import BillMutations
from schema.finance.mutations.fee_items import FeeItemMutations
from schema.finance.mutations.late_fees import FinancePolicyMutations
from schema.finance.mutations.meters import MeterMutations
from schema.finance.mutations.payments import PaymentMutations
from schema.finance.mutations.waivers import WaiverMutations

FinanceMutations = merge_types(
    "FinanceMutations",
    (
        FeeItemMutations,
        MeterMutations,
        BillingRunMutations,
        BillMutations,
        FinancePolicyMutations,
        PaymentMutations,
        WaiverMutations,
    ),
)

__all__ = ["FinanceMutations"]
