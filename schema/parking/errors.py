"""The payload error type of the parking mutations: a declared class, its codes the domain's enum."""

from __future__ import annotations

import strawberry

from saas.parking.errors import ParkingErrorCode

strawberry.enum(ParkingErrorCode, name="ParkingErrorCode", description="Codes of ParkingError.")


@strawberry.type(description="Why a parking change was refused; nothing was changed.")
class ParkingError:
    field: str | None
    message: str
    code: ParkingErrorCode
