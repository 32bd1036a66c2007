"""How a line's amount is computed and rounded, in Python and as the SQL the billing run uses.

amount (fen) = quantity × unit price (yuan) × months (1 for metered and parking fees) × 100, exact, then rounded
to the item's unit (fen, jiao, yuan) by its mode: 四舍五入 (half up), 抹零 (down), 进位 (up). Both
versions must agree; a property test compares them.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, localcontext

from saas.finance.models import BillStatus, FeeKind, RoundingMode

# Their quantity already counts what the cycle consumed (units read, space-months leased).
PER_UNIT_KINDS = (FeeKind.METERED, FeeKind.PARKING)
_PY_ROUNDING = {RoundingMode.HALF_UP: ROUND_HALF_UP, RoundingMode.DOWN: ROUND_FLOOR, RoundingMode.UP: ROUND_CEILING}


def line_amount_fen(*, quantity: Decimal, unit_price: Decimal, months: int, kind: str, mode: str, unit: int) -> int:
    factor = 1 if kind in PER_UNIT_KINDS else months
    with localcontext() as context:
        context.prec = 60
        exact = quantity * unit_price * factor * 100 / unit
        return int(exact.quantize(Decimal(1), rounding=_PY_ROUNDING[RoundingMode(mode)])) * unit


def amount_fen_sql(quantity: str, item: str) -> str:
    """The same computation over columns: ``quantity`` an SQL expression, ``item`` a fee-item alias.

    The exact product is widened to scale 10 before dividing by the unit (10 or 100 fen), so the
    division is exact however large the amount; PostgreSQL's ``round`` rounds halves away from
    zero, which is half-up for these non-negative amounts.
    """
    exact = (
        f"(({quantity}) * {item}.unit_price * (CASE WHEN {item}.kind IN ('metered', 'parking') THEN 1 "
        f"ELSE {item}.cycle_months END)"
        f" * 100)::numeric(38, 10) / {item}.rounding_unit"
    )
    return (
        f"((CASE {item}.rounding_mode WHEN 'half_up' THEN round({exact}) WHEN 'down' THEN floor({exact}) "
        f"ELSE ceil({exact}) END) * {item}.rounding_unit)::bigint"
    )


def bill_status(
    *, status: str, amount: int, late_fee: int, paid: int, waived: int, late_paid: int, late_waived: int
) -> str:
    """Unpaid until something is settled, partially paid until nothing is left, then paid — or
    waived when nothing of it was paid. Cancelled stays cancelled."""
    if status == BillStatus.CANCELLED:
        return BillStatus.CANCELLED
    settled_paid, settled_waived = paid + late_paid, waived + late_waived
    if amount + late_fee - settled_paid - settled_waived > 0:
        return BillStatus.PARTIALLY_PAID if settled_paid + settled_waived > 0 else BillStatus.UNPAID
    return BillStatus.WAIVED if settled_paid == 0 and settled_waived > 0 else BillStatus.PAID


def bill_status_sql(bill: str, amount: str) -> str:
    """``bill_status`` over a bill row aliased ``bill`` whose principal is the expression ``amount``."""
    paid = f"({bill}.paid_fen + {bill}.late_fee_paid_fen)"
    waived = f"({bill}.waived_fen + {bill}.late_fee_waived_fen)"
    return (
        f"CASE WHEN {bill}.status = 'cancelled' THEN 'cancelled' "
        f"WHEN ({amount}) + {bill}.late_fee_fen - {paid} - {waived} > 0 "
        f"THEN (CASE WHEN {paid} + {waived} > 0 THEN 'partially_paid' ELSE 'unpaid' END) "
        f"WHEN {paid} = 0 AND {waived} > 0 THEN 'waived' ELSE 'paid' END"
    )


def cycle_bills_in(period: date, cycle_months: int) -> bool:
    """Cycles are anchored at January: quarterly fees bill in Jan/Apr/Jul/Oct, yearly in January."""
    return (period.month - 1) % cycle_months == 0


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(period: date, months: int) -> date:
    index = period.year * 12 + period.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
