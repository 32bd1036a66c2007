"""Finance services: fee items, meter readings, billing runs, payments and reversals, prepaid
balances, waivers, late fees. Keyword-only, typed, atomic; refusals are ``DomainError``s."""

from saas.finance.services.billing import BillingPreview, FeeItemPreview, billing_run_create, billing_run_preview
from saas.finance.services.bills import bill_cancel
from saas.finance.services.fee_items import fee_item_create, fee_item_update
from saas.finance.services.late_fees import finance_policy_update, late_fees_accrue
from saas.finance.services.ledger import prepaid_balance
from saas.finance.services.meters import meter_reading_record
from saas.finance.services.payments import payment_record, payment_reverse
from saas.finance.services.prepaid import prepaid_settle
from saas.finance.services.waivers import waiver_approve, waiver_reject, waiver_request

__all__ = [
    "BillingPreview",
    "FeeItemPreview",
    "bill_cancel",
    "billing_run_create",
    "billing_run_preview",
    "fee_item_create",
    "fee_item_update",
    "finance_policy_update",
    "late_fees_accrue",
    "meter_reading_record",
    "payment_record",
    "payment_reverse",
    "prepaid_balance",
    "prepaid_settle",
    "waiver_approve",
    "waiver_reject",
    "waiver_request",
]
