"""GraphQL error types of the residents payloads: ``{ field, message, code }``, each ``code`` an enum
of the app's error codes (declared once, in the app's ``errors.py``)."""

from __future__ import annotations

import strawberry

from saas.residents.errors import (
    ConsentErrorCode,
    OwnerSignUpErrorCode,
    PrivacyErrorCode,
    RegistrationErrorCode,
    ResidentErrorCode,
)
from schema.core.errors import CODE_DESCRIPTION, PayloadError

strawberry.enum(ResidentErrorCode, name="ResidentErrorCode", description="Codes of ResidentError.")


@strawberry.type(description="Why a change to residents, occupancies or the policy was refused.")
class ResidentError(PayloadError):
    code: ResidentErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(RegistrationErrorCode, name="RegistrationErrorCode", description="Codes of RegistrationError.")


@strawberry.type(description="Why a registration request or its review was refused.")
class RegistrationError(PayloadError):
    code: RegistrationErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(OwnerSignUpErrorCode, name="OwnerSignUpErrorCode", description="Codes of OwnerSignUpError.")


@strawberry.type(description="Why sending a code or signing up was refused.")
class OwnerSignUpError(PayloadError):
    code: OwnerSignUpErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(ConsentErrorCode, name="ConsentErrorCode", description="Codes of ConsentError.")


@strawberry.type(description="Why recording or withdrawing a consent was refused.")
class ConsentError(PayloadError):
    code: ConsentErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(PrivacyErrorCode, name="PrivacyErrorCode", description="Codes of PrivacyError.")


@strawberry.type(description="Why revealing, exporting or anonymising a resident's information was refused.")
class PrivacyError(PayloadError):
    code: PrivacyErrorCode = strawberry.field(description=CODE_DESCRIPTION)
