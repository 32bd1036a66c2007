"""GraphQL error types of the estates payloads: ``{ field, message, code }``, each ``code`` an enum
of the app's error codes (declared once, in the app's ``errors.py``)."""

from __future__ import annotations

import strawberry

from saas.estates.errors import BuildingErrorCode, CommunityErrorCode, HouseErrorCode, UnitErrorCode
from schema.core.errors import CODE_DESCRIPTION, PayloadError

strawberry.enum(UnitErrorCode, name="UnitErrorCode", description="Codes of UnitError.")


@strawberry.type(description="Why a change to a unit was refused.")
class UnitError(PayloadError):
    code: UnitErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(BuildingErrorCode, name="BuildingErrorCode", description="Codes of BuildingError.")


@strawberry.type(description="Why a change to a building was refused.")
class BuildingError(PayloadError):
    code: BuildingErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(HouseErrorCode, name="HouseErrorCode", description="Codes of HouseError.")


@strawberry.type(description="Why a change to a house was refused.")
class HouseError(PayloadError):
    code: HouseErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(CommunityErrorCode, name="CommunityErrorCode", description="Codes of CommunityError.")


@strawberry.type(description="Why a change to a community was refused.")
class CommunityError(PayloadError):
    code: CommunityErrorCode = strawberry.field(description=CODE_DESCRIPTION)
