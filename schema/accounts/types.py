from __future__ import annotations

from datetime import datetime

import strawberry
import strawberry_django
from strawberry import auto

from permissions.roles import Capability, Role, capabilities_of, role_of
from saas.accounts.models import User
from schema.accounts.errors import AuthError, ProfileError
from schema.core.context import Info
from schema.core.fields import model_type

strawberry.enum(
    Role,
    name="Role",
    description="角色 admin: the whole company; manager, service, technician, finance: their assigned "
    "communities; owner: their own houses.",
)
strawberry.enum(Capability, name="Capability", description="One thing a role may do.")


@model_type(User, name="Viewer", description="The account making the request.")
class ViewerType:
    username: auto
    display_name: auto
    email: auto
    phone: auto
    is_staff: auto
    is_superuser: auto
    date_joined: auto

    @strawberry_django.field(
        only=["is_staff", "is_active"], description="Your role in this company; null on the vendor's host."
    )
    def role(self, root: User, info: Info) -> Role | None:
        return role_of(root) if info.context.company is not None else None

    @strawberry_django.field(
        only=["is_staff", "is_active"],
        description="What your role lets you do (the staff app shows what these allow); empty for owners.",
    )
    def capabilities(self, root: User, info: Info) -> list[Capability]:
        if info.context.company is None:
            return []
        return sorted(capabilities_of(root))


@strawberry.input(description="Log in with a username (or the account's phone) and password.")
class LoginInput:
    username: str = strawberry.field(description="The account's username, or its phone number.")
    password: str = strawberry.field(description="The account's password.")


@strawberry.type
class LoginPayload:
    errors: list[AuthError]
    token: str | None = strawberry.field(default=None, description="Send as `Authorization: Bearer <token>`.")
    expires_at: datetime | None = strawberry.field(
        default=None, description="When the token stops working (+08:00); null when `errors` is not empty."
    )
    viewer: ViewerType | None = strawberry.field(
        default=None, description="The account now logged in; null when `errors` is not empty."
    )


@strawberry.type
class LogoutPayload:
    ok: bool = strawberry.field(description="True: the token is revoked and no longer works.")


@strawberry.input(description="Fields left out stay as they are.")
class ViewerUpdateInput:
    display_name: str | None = strawberry.field(default=None, description="The name others see; null: unchanged.")
    email: str | None = strawberry.field(default=None, description="Your e-mail address; null: unchanged.")


@strawberry.type
class ViewerUpdatePayload:
    errors: list[ProfileError]
    viewer: ViewerType | None = None
