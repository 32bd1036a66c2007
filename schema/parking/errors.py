"""GraphQL error type of the parking payloads: ``{ field, message, code }``, its ``code`` an enum of
the app's error codes (declared once, in ``saas/parking/errors.py``)."""

from __future__ import annotations

import strawberry

from saas.parking.errors import ParkingErrorCode
from schema.core.errors import CODE_DESCRIPTION, PayloadError

strawberry.enum(ParkingErrorCode, name="ParkingErrorCode", description="Codes of ParkingError.")


@strawberry.type(description="Why a parking change was refused; nothing was changed.")
class ParkingError(PayloadError):
    code: ParkingErrorCode = strawberry.field(description=CODE_DESCRIPTION)
