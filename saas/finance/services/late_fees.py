"""Late fees (滞纳金) and the company's finance policy.

Off by default. When on, each day a bill is past its due date plus the grace days and still has
unpaid principal, it accrues ``round(unpaid principal × daily rate)`` fen for that day — one row
per bill and day, so running the accrual twice for a day adds nothing. The base is the principal
only, never late fees already accrued: late fees do not compound. Late fees never restrict
anything else: no feature cuts an owner's utilities or access for arrears (民法典 art. 944).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from django.db import connection, transaction
from django.utils import timezone

from saas.core.errors import ErrorCollector
from saas.core.unset import UNSET, Unset, given
from saas.finance.errors import FinancePolicyErrorCode
from saas.finance.models import FinancePolicy

DUE_DAYS_LIMIT = 365
GRACE_DAYS_LIMIT = 365
RATE_STEP = Decimal("0.000001")
RATE_LIMIT = Decimal("0.01")

ACCRUE = """
WITH accrued AS (
    INSERT INTO finance_latefeeaccrual (bill_id, day, base_fen, rate, amount_fen, created_at)
    SELECT b.id, %(day)s, b.amount_fen - b.paid_fen - b.waived_fen, %(rate)s,
           round((b.amount_fen - b.paid_fen - b.waived_fen) * %(rate)s)::bigint, %(now)s
    FROM finance_bill b
    WHERE b.status IN ('unpaid', 'partially_paid')
      AND b.due_date + %(grace)s < %(day)s
      AND b.amount_fen - b.paid_fen - b.waived_fen > 0
      AND round((b.amount_fen - b.paid_fen - b.waived_fen) * %(rate)s) > 0
    ON CONFLICT (bill_id, day) DO NOTHING
    RETURNING bill_id, amount_fen
)
UPDATE finance_bill b SET late_fee_fen = b.late_fee_fen + a.amount_fen
FROM accrued a WHERE b.id = a.bill_id
"""


@transaction.atomic
def late_fees_accrue(*, day: date | None = None) -> int:
    """Accrue one day's late fees on every overdue bill (set-based); returns the bills charged.
    Does nothing while the company's policy has late fees off."""
    policy = FinancePolicy.current()
    if not policy.late_fee_enabled:
        return 0
    with connection.cursor() as cursor:
        cursor.execute(
            ACCRUE,
            {
                "day": day or timezone.localdate(),
                "rate": policy.late_fee_daily_rate,
                "grace": policy.late_fee_grace_days,
                "now": timezone.now(),
            },
        )
        return cursor.rowcount


def _check_rate(errors: ErrorCollector, rate: Decimal) -> None:
    try:
        exact = rate.is_finite() and rate.quantize(RATE_STEP) == rate
    except InvalidOperation:
        exact = False
    if not exact or not Decimal(0) <= rate <= RATE_LIMIT:
        errors.add(FinancePolicyErrorCode.RATE_INVALID, field="lateFeeDailyRate")


@transaction.atomic
def finance_policy_update(
    *,
    bill_due_days: int | Unset = UNSET,
    late_fee_enabled: bool | Unset = UNSET,
    late_fee_daily_rate: Decimal | Unset = UNSET,
    late_fee_grace_days: int | Unset = UNSET,
) -> FinancePolicy:
    policy = FinancePolicy.objects.select_for_update().get(pk=FinancePolicy.current().pk)
    errors = ErrorCollector()
    if bill_due_days is not UNSET and not 0 <= bill_due_days <= DUE_DAYS_LIMIT:
        errors.add(FinancePolicyErrorCode.DUE_DAYS_INVALID, field="billDueDays", limit=DUE_DAYS_LIMIT)
    if late_fee_grace_days is not UNSET and not 0 <= late_fee_grace_days <= GRACE_DAYS_LIMIT:
        errors.add(FinancePolicyErrorCode.GRACE_DAYS_INVALID, field="lateFeeGraceDays", limit=GRACE_DAYS_LIMIT)
    if late_fee_daily_rate is not UNSET:
        _check_rate(errors, late_fee_daily_rate)
    errors.raise_if_any()
    policy.bill_due_days = given(bill_due_days, policy.bill_due_days)
    policy.late_fee_enabled = given(late_fee_enabled, policy.late_fee_enabled)
    policy.late_fee_daily_rate = given(late_fee_daily_rate, policy.late_fee_daily_rate)
    policy.late_fee_grace_days = given(late_fee_grace_days, policy.late_fee_grace_days)
    policy.updated_at = timezone.now()
    policy.save()
    return policy
