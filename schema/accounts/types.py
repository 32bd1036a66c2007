from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import auto

from saas.accounts.login import AuthErrorCode
from saas.accounts.models import User
from saas.accounts.services import ProfileErrorCode
from schema.core.errors import payload_error_type
from schema.core.fields import model_type


@model_type(User, name="Viewer", description="The account making the request.")
class ViewerType:
    username: auto
    display_name: auto
    email: auto
    phone: auto
    is_staff: auto
    is_superuser: auto
    date_joined: auto


AuthError = payload_error_type("AuthError", AuthErrorCode, "Why logging in failed.")


@strawberry.input(description="Log in with a username (or the account's phone) and password.")
class LoginInput:
    username: str
    password: str


@strawberry.type
class LoginPayload:
    errors: list[AuthError]  # type: ignore[valid-type]
    token: str | None = strawberry.field(default=None, description="Send as `Authorization: Bearer <token>`.")
    expires_at: datetime | None = None
    viewer: ViewerType | None = None


@strawberry.type
class LogoutPayload:
    ok: bool


ProfileError = payload_error_type("ProfileError", ProfileErrorCode, "Why a profile change was refused.")


@strawberry.input(description="Fields left out stay as they are.")
class ViewerUpdateInput:
    display_name: str | None = None
    email: str | None = None


@strawberry.type
class ViewerUpdatePayload:
    errors: list[ProfileError]  # type: ignore[valid-type]
    viewer: ViewerType | None = None
