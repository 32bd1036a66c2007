"""Waivers and discounts (减免): one person asks with a reason, a different person decides."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from saas.core.errors import DomainError, ErrorCollector
from saas.core.money import fen_to_yuan
from saas.finance.errors import WaiverErrorCode
from saas.finance.models import Bill, BillStatus, Waiver, WaiverStatus
from saas.finance.services.ledger import MAX_AMOUNT_FEN, Source, allocate, bills_locked, house_lock

REASON_LIMIT = 200


def _reason(errors: ErrorCollector, field: str, text: str, *, required: bool) -> str:
    text = text.strip()
    if required and not text:
        errors.add(WaiverErrorCode.REASON_REQUIRED, field=field)
    elif len(text) > REASON_LIMIT:
        errors.add(WaiverErrorCode.TOO_LONG, field=field, limit=REASON_LIMIT)
    return text


def _locked_bill(bill_id: int) -> Bill:
    bill = Bill.objects.filter(pk=bill_id).only("house_id").first()
    if bill is None:
        raise DomainError(WaiverErrorCode.BILL_NOT_FOUND, field="bill")
    house_lock(bill.house_id, WaiverErrorCode.BILL_NOT_FOUND)
    locked = bills_locked([bill_id])[bill_id]
    if locked.status == BillStatus.CANCELLED:
        raise DomainError(WaiverErrorCode.BILL_CANCELLED, field="bill")
    return locked


@transaction.atomic
def waiver_request(*, bill_id: int, amount_fen: int, reason: str, requested_by: Any) -> Waiver:
    """Ask to waive ``amount_fen`` of a bill; with the other pending requests it may not exceed
    what is still unpaid."""
    errors = ErrorCollector()
    if amount_fen <= 0 or amount_fen >= MAX_AMOUNT_FEN:
        errors.add(WaiverErrorCode.AMOUNT_NOT_POSITIVE, field="amount")
    reason = _reason(errors, "reason", reason, required=True)
    errors.raise_if_any()
    bill = _locked_bill(bill_id)
    pending = Waiver.objects.filter(bill=bill, status=WaiverStatus.PENDING).aggregate(s=Sum("amount_fen"))["s"] or 0
    if amount_fen + pending > bill.balance_fen:
        raise DomainError(
            WaiverErrorCode.EXCEEDS_BALANCE, field="amount", balance=fen_to_yuan(max(bill.balance_fen - pending, 0))
        )
    return Waiver.objects.create(bill=bill, amount_fen=amount_fen, reason=reason, requested_by=requested_by)


def _pending_locked(waiver_id: int, by: Any) -> tuple[Waiver, Bill]:
    waiver = Waiver.objects.filter(pk=waiver_id).first()
    if waiver is None:
        raise DomainError(WaiverErrorCode.NOT_FOUND, field="id")
    bill = _locked_bill(waiver.bill_id)
    waiver = Waiver.objects.select_for_update().get(pk=waiver_id)
    if waiver.status != WaiverStatus.PENDING:
        raise DomainError(WaiverErrorCode.NOT_PENDING, field="id")
    if waiver.requested_by_id == by.pk:
        raise DomainError(WaiverErrorCode.SAME_PERSON, field="id")
    return waiver, bill


@transaction.atomic
def waiver_approve(*, waiver_id: int, decided_by: Any, note: str = "") -> Waiver:
    """Approve a pending waiver: its amount is applied to the bill's unpaid lines (fee-item order,
    late fee last). A bill left with nothing to pay and nothing paid becomes ``waived``."""
    errors = ErrorCollector()
    note = _reason(errors, "note", note, required=False)
    errors.raise_if_any()
    waiver, bill = _pending_locked(waiver_id, decided_by)
    if waiver.amount_fen > bill.balance_fen:
        raise DomainError(WaiverErrorCode.EXCEEDS_BALANCE, field="id", balance=fen_to_yuan(bill.balance_fen))
    now = timezone.now()
    allocate(bills=[bill], amount_fen=waiver.amount_fen, source=Source(waiver=waiver), at=now)
    return _decide(waiver, WaiverStatus.APPROVED, decided_by, note, now)


@transaction.atomic
def waiver_reject(*, waiver_id: int, decided_by: Any, note: str) -> Waiver:
    """Reject a pending waiver with a reason; the bill is unchanged."""
    errors = ErrorCollector()
    note = _reason(errors, "note", note, required=True)
    errors.raise_if_any()
    waiver, _ = _pending_locked(waiver_id, decided_by)
    return _decide(waiver, WaiverStatus.REJECTED, decided_by, note, timezone.now())


def _decide(waiver: Waiver, status: str, by: Any, note: str, at: Any) -> Waiver:
    waiver.status = status
    waiver.decided_by = by
    waiver.decided_at = at
    waiver.decision_note = note
    waiver.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    return waiver
