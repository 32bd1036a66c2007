"""paymentRecord / paymentReverse (PAYMENT_RECORD) and the waiver workflow (WAIVER_REQUEST to ask,
WAIVER_APPROVE — held by someone else — to decide)."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.estates.models import House
from saas.finance.models import Bill, Payment, Waiver
from saas.finance.services import payment_record, payment_reverse, waiver_approve, waiver_reject, waiver_request
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.finance.errors import PaymentError, WaiverError
from schema.finance.inputs import (
    PaymentRecordInput,
    PaymentReverseInput,
    WaiverApproveInput,
    WaiverRejectInput,
    WaiverRequestInput,
)
from schema.finance.mutations.common import pks
from schema.finance.types import PaymentMethod, PaymentType, WaiverType


@strawberry.type
class PaymentRecordPayload:
    errors: list[PaymentError]
    payment: PaymentType | None = strawberry.field(default=None, description="With its receipt number.")


@strawberry.type
class PaymentReversePayload:
    errors: list[PaymentError]
    reversal: PaymentType | None = strawberry.field(default=None, description="The new, negative payment.")


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


PAYMENT_RECORDERS = [HasCapability(Capability.PAYMENT_RECORD)]
WAIVER_APPROVERS = [HasCapability(Capability.WAIVER_APPROVE)]


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
