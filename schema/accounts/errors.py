"""GraphQL error types of the accounts payloads: ``{ field, message, code }``, each ``code`` an enum
of the app's error codes (declared once, in the app's ``errors.py``)."""

from __future__ import annotations

import strawberry

from saas.accounts.errors import AuthErrorCode, ProfileErrorCode
from schema.core.errors import CODE_DESCRIPTION, PayloadError

strawberry.enum(AuthErrorCode, name="AuthErrorCode", description="Codes of AuthError.")


@strawberry.type(description="Why logging in failed.")
class AuthError(PayloadError):
    code: AuthErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(ProfileErrorCode, name="ProfileErrorCode", description="Codes of ProfileError.")


@strawberry.type(description="Why a profile change was refused.")
class ProfileError(PayloadError):
    code: ProfileErrorCode = strawberry.field(description=CODE_DESCRIPTION)
