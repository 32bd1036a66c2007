"""GraphQL error types of the staff payloads: ``{ field, message, code }``, each ``code`` an enum
of the app's error codes (declared once, in the app's ``errors.py``)."""

from __future__ import annotations

import strawberry

from saas.accounts.errors import StaffErrorCode
from schema.core.errors import CODE_DESCRIPTION, PayloadError

strawberry.enum(StaffErrorCode, name="StaffErrorCode", description="Codes of StaffError.")


@strawberry.type(description="Why a staff change or an activation was refused.")
class StaffError(PayloadError):
    code: StaffErrorCode = strawberry.field(description=CODE_DESCRIPTION)
