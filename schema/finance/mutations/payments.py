"""paymentRecord / paymentReverse (PAYMENT_RECORD): offline payments and their reversals."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.estates.models import House
from saas.finance.models import Payment
from saas.finance.services import payment_record, payment_reverse
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.finance.errors import PaymentError
from schema.finance.inputs import (
    PaymentRecordInput,
    PaymentReverseInput,
)
from schema.finance.mutations.common import pks
from schema.finance.types import PaymentMethod, PaymentType


@strawberry.type
class PaymentRecordPayload:
    errors: list[PaymentError]
    payment: PaymentType | None = strawberry.field(default=None, description="With its receipt number.")


@strawberry.type
class PaymentReversePayload:
    errors: list[PaymentError]
    reversal: PaymentType | None = strawberry.field(default=None, description="The new, negative payment.")


PAYMENT_RECORDERS = [HasCapability(Capability.PAYMENT_RECORD)]


@strawberry.type
class PaymentMutations:
    @strawberry.mutation(
        permission_classes=PAYMENT_RECORDERS,
        description="Record an offline payment (cash, transfer, POS, cheque) for a house; it gets the next receipt "
        "number. It pays the house's open bills oldest first (or the bills given, in that order); the rest goes "
        "to the house's prepaid balance.",
    )
    def payment_record(self, info: Info, input: PaymentRecordInput) -> PaymentRecordPayload:
        house_id = pk_from_global_id(input.house, "House")
        bills = pks(input.bills, "Bill") if input.bills is not None else None
        authorize(info, Capability.PAYMENT_RECORD, House, house_id)
        return payload_of(
            PaymentRecordPayload,
            PaymentError,
            "payment",
            lambda: payment_record(
                house_id=house_id,
                amount_fen=int(input.amount),
                method=PaymentMethod(input.method).value,
                cashier=info.context.viewer,
                payer_name=input.payer_name,
                reference=input.reference,
                bill_ids=bills,
            ),
        )

    @strawberry.mutation(
        permission_classes=PAYMENT_RECORDERS,
        description="冲正: reverse a payment with a reason, as a new negative payment with its own receipt number. "
        "Once per payment; refused when its prepaid part has since paid bills.",
    )
    def payment_reverse(self, info: Info, input: PaymentReverseInput) -> PaymentReversePayload:
        payment_id = pk_from_global_id(input.id, "Payment")
        authorize(info, Capability.PAYMENT_RECORD, Payment, payment_id)
        return payload_of(
            PaymentReversePayload,
            PaymentError,
            "reversal",
            lambda: payment_reverse(payment_id=payment_id, reason=input.reason, cashier=info.context.viewer),
        )
