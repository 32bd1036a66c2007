from strawberry.tools import merge_types

from schema.finance.mutations.fees import FeeMutations
from schema.finance.mutations.payments import PaymentMutations

FinanceMutations = merge_types("FinanceMutations", (FeeMutations, PaymentMutations))

__all__ = ["FinanceMutations"]
