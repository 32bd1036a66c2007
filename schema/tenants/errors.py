"""GraphQL error types of the tenants payloads: ``{ field, message, code }``, each ``code`` an enum
of the app's error codes (declared once, in the app's ``errors.py``)."""

from __future__ import annotations

import strawberry

from schema.core.errors import CODE_DESCRIPTION, PayloadError
from tenants.errors import CorsErrorCode, DemoBookingErrorCode, SignupErrorCode, TenantErrorCode

strawberry.enum(TenantErrorCode, name="TenantErrorCode", description="Codes of TenantError.")


@strawberry.type(description="Why a change to a company was refused.")
class TenantError(PayloadError):
    code: TenantErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(SignupErrorCode, name="SignUpErrorCode", description="Codes of SignUpError.")


@strawberry.type(description="Why a signup was refused.")
class SignUpError(PayloadError):
    code: SignupErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(DemoBookingErrorCode, name="DemoBookingErrorCode", description="Codes of DemoBookingError.")


@strawberry.type(description="Why a demo booking change was refused.")
class DemoBookingError(PayloadError):
    code: DemoBookingErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(CorsErrorCode, name="CorsErrorCode", description="Codes of CorsError.")


@strawberry.type(description="Why a list of allowed origins was refused.")
class CorsError(PayloadError):
    code: CorsErrorCode = strawberry.field(description=CODE_DESCRIPTION)
