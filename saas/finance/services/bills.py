"""Cancelling a bill (作废): for a bill issued by mistake, before anything was paid, waived or
accrued on it. The bill stays (with who, when and why); reports leave it out from then on, and
no run re-issues that house's bill for the period."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from saas.core.errors import DomainError, ErrorCollector
from saas.finance.errors import BillErrorCode
from saas.finance.models import Bill, BillStatus, Waiver, WaiverStatus
from saas.finance.services.ledger import bills_locked, house_lock

REASON_LIMIT = 200


@transaction.atomic
def bill_cancel(*, bill_id: int, reason: str, cancelled_by: Any) -> Bill:
    errors = ErrorCollector()
    reason = reason.strip()
    if not reason:
        errors.add(BillErrorCode.REASON_REQUIRED, field="reason")
    elif len(reason) > REASON_LIMIT:
        errors.add(BillErrorCode.TOO_LONG, field="reason", limit=REASON_LIMIT)
    errors.raise_if_any()
    found = Bill.objects.filter(pk=bill_id).only("house_id").first()
    if found is None:
        raise DomainError(BillErrorCode.NOT_FOUND, field="id")
    house_lock(found.house_id, BillErrorCode.NOT_FOUND)
    bill = bills_locked([bill_id])[bill_id]
    if bill.status == BillStatus.CANCELLED:
        raise DomainError(BillErrorCode.ALREADY_CANCELLED, field="id")
    if bill.settled_fen or bill.late_fee_fen:
        raise DomainError(BillErrorCode.HAS_SETTLEMENTS, field="id")
    if Waiver.objects.filter(bill=bill, status=WaiverStatus.PENDING).exists():
        raise DomainError(BillErrorCode.HAS_PENDING_WAIVERS, field="id")
    bill.status = BillStatus.CANCELLED
    bill.cancelled_at = timezone.now()
    bill.cancel_reason = reason
    bill.cancelled_by = cancelled_by
    bill.save(update_fields=["status", "cancelled_at", "cancel_reason", "cancelled_by"])
    return bill
