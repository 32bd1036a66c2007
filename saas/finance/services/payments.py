"""Offline payments (cash, bank transfer, POS, cheque) and their reversals (冲正)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import connection, transaction
from django.db.models import Sum
from django.utils import timezone

from saas.core.errors import DomainError, ErrorCollector
from saas.core.money import fen_to_yuan
from saas.finance.errors import PaymentErrorCode
from saas.finance.messages import payment_received_tell
from saas.finance.models import (
    ONLINE_PAYMENT_METHODS,
    Allocation,
    Bill,
    BillStatus,
    Payment,
    PaymentMethod,
    PrepaidEntry,
    PrepaidKind,
)
from saas.finance.services.ledger import (
    MAX_AMOUNT_FEN,
    Source,
    allocate_prepare,
    allocations_insert,
    bills_locked,
    house_lock,
    open_bills_locked,
    prepaid_balance,
    receipt_number_next,
    unapply,
)

NAME_LIMIT = 64
REFERENCE_LIMIT = 64
REASON_LIMIT = 200


def _check_text(errors: ErrorCollector, field: str, value: str, limit: int) -> str:
    value = value.strip()
    if len(value) > limit:
        errors.add(PaymentErrorCode.TOO_LONG, field=field, limit=limit)
    return value


def _chosen_bills(house_id: int, bill_ids: Sequence[int], *, skip_unusable: bool = False) -> list[Bill]:
    """The bills a payment names, in the order named, after checking each is the house's own.
    ``skip_unusable``: money that has already arrived (online) leaves out bills that are gone,
    cancelled or another house's instead of being refused."""
    if len(set(bill_ids)) != len(bill_ids):
        raise DomainError(PaymentErrorCode.BILL_REPEATED, field="bills")
    locked = bills_locked(bill_ids)
    chosen = []
    for bill_id in bill_ids:
        bill = locked.get(bill_id)
        if skip_unusable and (bill is None or bill.house_id != house_id or bill.status == BillStatus.CANCELLED):
            continue
        if bill is None:
            raise DomainError(PaymentErrorCode.BILL_NOT_FOUND, field="bills")
        if bill.house_id != house_id:
            raise DomainError(PaymentErrorCode.BILL_OF_ANOTHER_HOUSE, field="bills")
        if bill.status == BillStatus.CANCELLED:
            raise DomainError(PaymentErrorCode.BILL_CANCELLED, field="bills")
        chosen.append(bill)
    return chosen


@transaction.atomic
def payment_record(
    *,
    house_id: int,
    amount_fen: int,
    method: str,
    cashier: Any,
    payer_name: str = "",
    reference: str = "",
    bill_ids: Sequence[int] | None = None,
    at: datetime | None = None,
) -> Payment:
    """Record money received for a house and give it the next receipt number.

    It pays the house's open bills oldest first (or ``bill_ids``, same house only, in that order);
    whatever is left — all of it when the bills are already paid — goes to the house's prepaid
    balance. ``at`` backdates the booking (imports and the demo seed; the API never passes it).
    Online methods (Alipay, Stripe, sandbox) are booked by the payment layer with no cashier.
    """
    return payment_book(
        house_id=house_id,
        amount_fen=amount_fen,
        method=method,
        cashier=cashier,
        payer_name=payer_name,
        reference=reference,
        bill_ids=bill_ids,
        at=at,
    ).payment


@dataclass(frozen=True)
class Booked:
    payment: Payment
    to_prepaid_fen: int  # what the bills did not take (0 when they took it all)


def payment_book(
    *,
    house_id: int,
    amount_fen: int,
    method: str,
    cashier: Any,
    payer_name: str = "",
    reference: str = "",
    bill_ids: Sequence[int] | None = None,
    at: datetime | None = None,
    skip_unusable: bool = False,
) -> Booked:
    """``payment_record`` inside a transaction the caller holds (online settlement: no savepoint
    of its own), saying what went to prepaid. ``skip_unusable``: see ``_chosen_bills``.

    The receipt counter is the one lock every payment of the company shares, so it is taken as late
    as the payment row allows: after the bills and lines are written, right before the payment's
    insert; what follows it until the commit is the payment's own rows and its messages."""
    if not connection.in_atomic_block:
        raise RuntimeError("payment_book runs inside a transaction (payment_record opens one)")
    errors = ErrorCollector()
    if amount_fen <= 0:
        errors.add(PaymentErrorCode.AMOUNT_NOT_POSITIVE, field="amount")
    elif amount_fen >= MAX_AMOUNT_FEN:
        errors.add(PaymentErrorCode.AMOUNT_TOO_LARGE, field="amount")
    payer_name = _check_text(errors, "payerName", payer_name, NAME_LIMIT)
    reference = _check_text(errors, "reference", reference, REFERENCE_LIMIT)
    if method not in PaymentMethod.values:
        raise ValueError(f"unknown payment method {method!r}")
    if method in ONLINE_PAYMENT_METHODS and cashier is not None:
        errors.add(PaymentErrorCode.METHOD_ONLINE_ONLY, field="method")
    if method not in ONLINE_PAYMENT_METHODS and cashier is None:
        raise ValueError("an offline payment needs the cashier who took it")
    errors.raise_if_any()
    house = house_lock(house_id, PaymentErrorCode.HOUSE_NOT_FOUND)
    if bill_ids is None:
        bills = open_bills_locked(house_id)
    else:
        bills = _chosen_bills(house_id, bill_ids, skip_unusable=skip_unusable)
    when = at or timezone.now()
    payment = Payment(
        house=house,
        community_id=house.community_id,
        amount_fen=amount_fen,
        method=method,
        received_at=when,
        cashier=cashier,
        payer_name=payer_name,
        reference=reference,
        created_at=when,
    )
    allocations, left = allocate_prepare(bills=bills, amount_fen=amount_fen, source=Source(payment=payment), at=when)
    payment.receipt_no = receipt_number_next()  # the shared lock, from here to the commit
    payment.save(force_insert=True)
    allocations_insert(allocations)
    if left:
        PrepaidEntry.objects.create(
            house=house, amount_fen=left, kind=PrepaidKind.DEPOSIT, payment=payment, created_at=when
        )
    if at is None:  # a live payment; backdated bookings (imports, the seed) tell nobody
        payment_received_tell(payment)
    return Booked(payment, left)


@transaction.atomic
def payment_reverse(*, payment_id: int, reason: str, cashier: Any, at: datetime | None = None) -> Payment:
    """Reverse (冲正) a payment: a new payment of the negative amount with its own receipt number,
    negative allocations mirroring the original's and a negative prepaid entry for what went to
    prepaid. Refused when that prepaid money has since paid bills: a prepaid balance never goes
    negative."""
    errors = ErrorCollector()
    reason = reason.strip()
    if not reason:
        errors.add(PaymentErrorCode.REASON_REQUIRED, field="reason")
    elif len(reason) > REASON_LIMIT:
        errors.add(PaymentErrorCode.TOO_LONG, field="reason", limit=REASON_LIMIT)
    errors.raise_if_any()
    original = Payment.objects.filter(pk=payment_id).first()
    if original is None:
        raise DomainError(PaymentErrorCode.NOT_FOUND, field="id")
    if original.reversal_of_id is not None:
        raise DomainError(PaymentErrorCode.REVERSAL_NOT_REVERSIBLE, field="id")
    house = house_lock(original.house_id, PaymentErrorCode.HOUSE_NOT_FOUND)
    if Payment.objects.filter(reversal_of=original).exists():
        raise DomainError(PaymentErrorCode.ALREADY_REVERSED, field="id")
    allocations = list(Allocation.objects.filter(payment=original).order_by("id"))
    bills = bills_locked({a.bill_id for a in allocations})
    to_prepaid = int(
        PrepaidEntry.objects.filter(payment=original, kind=PrepaidKind.DEPOSIT).aggregate(s=Sum("amount_fen"))["s"] or 0
    )
    if to_prepaid and prepaid_balance(house.pk) < to_prepaid:
        raise DomainError(PaymentErrorCode.PREPAID_ALREADY_SPENT, field="id", amount=fen_to_yuan(to_prepaid))
    when = at or timezone.now()
    reversal = Payment.objects.create(
        house=house,
        community_id=house.community_id,
        amount_fen=-original.amount_fen,
        method=original.method,
        received_at=when,
        cashier=cashier,
        payer_name=original.payer_name,
        reference=original.reference,
        receipt_no=receipt_number_next(),
        reversal_of=original,
        reason=reason,
        created_at=when,
    )
    unapply(allocations=allocations, bills=bills, source=Source(payment=reversal), at=when)
    if to_prepaid:
        PrepaidEntry.objects.create(
            house=house, amount_fen=-to_prepaid, kind=PrepaidKind.REVERSAL, payment=reversal, created_at=when
        )
    return reversal
