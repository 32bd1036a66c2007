"""GraphQL error types of the finance payloads: ``{ field, message, code }``, each ``code`` an enum
of the app's error codes (declared once, in the app's ``errors.py``)."""

from __future__ import annotations

import strawberry

from saas.finance.errors import (
    BillErrorCode,
    BillingErrorCode,
    FeeItemErrorCode,
    FinancePolicyErrorCode,
    MeterReadingErrorCode,
    PaymentErrorCode,
    WaiverErrorCode,
)
from schema.core.errors import CODE_DESCRIPTION, PayloadError

strawberry.enum(FeeItemErrorCode, name="FeeItemErrorCode", description="Codes of FeeItemError.")


@strawberry.type(description="Why a fee item change was refused.")
class FeeItemError(PayloadError):
    code: FeeItemErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(MeterReadingErrorCode, name="MeterReadingErrorCode", description="Codes of MeterReadingError.")


@strawberry.type(description="Why a reading was refused.")
class MeterReadingError(PayloadError):
    code: MeterReadingErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(BillingErrorCode, name="BillingErrorCode", description="Codes of BillingError.")


@strawberry.type(description="Why a billing run (or preview) was refused.")
class BillingError(PayloadError):
    code: BillingErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(BillErrorCode, name="BillErrorCode", description="Codes of BillError.")


@strawberry.type(description="Why a bill could not be cancelled.")
class BillError(PayloadError):
    code: BillErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(FinancePolicyErrorCode, name="FinancePolicyErrorCode", description="Codes of FinancePolicyError.")


@strawberry.type(description="Why a policy change was refused.")
class FinancePolicyError(PayloadError):
    code: FinancePolicyErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(PaymentErrorCode, name="PaymentErrorCode", description="Codes of PaymentError.")


@strawberry.type(description="Why a payment or reversal was refused.")
class PaymentError(PayloadError):
    code: PaymentErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(WaiverErrorCode, name="WaiverErrorCode", description="Codes of WaiverError.")


@strawberry.type(description="Why a waiver request or decision was refused.")
class WaiverError(PayloadError):
    code: WaiverErrorCode = strawberry.field(description=CODE_DESCRIPTION)
