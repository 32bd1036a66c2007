"""Fees (收费): fee items, meter readings, billing runs, bills and their lines, and the ledger.

Money is integer fen (``*_fen`` columns, ``BigIntegerField``); prices are yuan per unit with four
decimals. The ledger — payments, allocations, prepaid entries and late-fee accruals —
is insert-only (database triggers refuse UPDATE and DELETE): corrections are new rows. The paid,
waived and late-fee columns of bills and lines are caches the services keep in the same
transaction as the ledger rows they summarise; a test recomputes them from the ledger.

One module per topic, named like the services (``saas/finance/services/<topic>.py``); import
the models from here: ``from saas.finance.models import Bill``."""

from saas.finance.models.billing import BillingRun
from saas.finance.models.bills import OPEN_STATUSES, Bill, BillLine, BillStatus
from saas.finance.models.fee_items import BillingCycle, FeeItem, FeeKind, MeterType, RoundingMode, RoundingUnit
from saas.finance.models.late_fees import FinancePolicy, LateFeeAccrual
from saas.finance.models.ledger import Allocation
from saas.finance.models.meters import MeterReading
from saas.finance.models.payments import ONLINE_PAYMENT_METHODS, Payment, PaymentMethod, ReceiptCounter
from saas.finance.models.prepaid import PrepaidEntry, PrepaidKind
from saas.finance.models.waivers import Waiver, WaiverStatus

__all__ = [
    "ONLINE_PAYMENT_METHODS",
    "OPEN_STATUSES",
    "Allocation",
    "Bill",
    "BillLine",
    "BillStatus",
    "BillingCycle",
    "BillingRun",
    "FeeItem",
    "FeeKind",
    "FinancePolicy",
    "LateFeeAccrual",
    "MeterReading",
    "MeterType",
    "Payment",
    "PaymentMethod",
    "PrepaidEntry",
    "PrepaidKind",
    "ReceiptCounter",
    "RoundingMode",
    "RoundingUnit",
    "Waiver",
    "WaiverStatus",
]
