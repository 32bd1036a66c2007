"""GraphQL error types of the billing payloads: ``{ field, message, code }``, each ``code`` an enum
of the app's error codes (declared once, in the app's ``errors.py``)."""

from __future__ import annotations

import strawberry

from billing.errors import BillsPayErrorCode, GatewaySettingsErrorCode, RefundErrorCode, SubscriptionErrorCode
from schema.core.errors import CODE_DESCRIPTION, PayloadError

strawberry.enum(
    GatewaySettingsErrorCode,
    name="PaymentGatewaySettingsErrorCode",
    description="Codes of PaymentGatewaySettingsError.",
)


@strawberry.type(description="Why gateway credentials were refused.")
class PaymentGatewaySettingsError(PayloadError):
    code: GatewaySettingsErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(BillsPayErrorCode, name="BillsPayErrorCode", description="Codes of BillsPayError.")


@strawberry.type(description="Why an online payment could not start.")
class BillsPayError(PayloadError):
    code: BillsPayErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(RefundErrorCode, name="PaymentRefundErrorCode", description="Codes of PaymentRefundError.")


@strawberry.type(description="Why a refund was refused.")
class PaymentRefundError(PayloadError):
    code: RefundErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(SubscriptionErrorCode, name="SubscriptionErrorCode", description="Codes of SubscriptionError.")


@strawberry.type(description="Why a plan checkout was refused.")
class SubscriptionError(PayloadError):
    code: SubscriptionErrorCode = strawberry.field(description=CODE_DESCRIPTION)
