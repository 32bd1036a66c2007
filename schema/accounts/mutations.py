from __future__ import annotations

import strawberry
from django.conf import settings

from saas.accounts.errors import AuthErrorCode
from saas.accounts.login import user_log_in, user_log_out
from saas.accounts.services import user_update_profile
from saas.core.unset import UNSET
from schema.accounts.errors import AuthError, ProfileError
from schema.accounts.types import (
    LoginInput,
    LoginPayload,
    LogoutPayload,
    ViewerType,
    ViewerUpdateInput,
    ViewerUpdatePayload,
)
from schema.core.context import Info
from schema.core.errors import RateLimit, payload_of
from schema.core.permissions import IsAuthenticated


@strawberry.type
class AccountMutations:
    @strawberry.mutation(description="Log in on this host; returns an API token valid on this host only.")
    def login(self, info: Info, input: LoginInput) -> LoginPayload:
        request = info.context.request
        limited = AuthErrorCode.RATE_LIMITED
        return payload_of(
            LoginPayload,
            AuthError,
            lambda result: {"token": result.token, "expires_at": result.expires_at, "viewer": result.user},
            lambda: user_log_in(request=request, identifier=input.username, password=input.password),
            request=request,
            limits=[
                RateLimit("login", settings.LOGIN_ADDRESS_RATE, limited),
                RateLimit("login-account", settings.LOGIN_ACCOUNT_RATE, limited, subject=input.username),
            ],
        )

    @strawberry.mutation(
        description="Revoke the token this request carries and end the browser session.",
        permission_classes=[IsAuthenticated],
    )
    def logout(self, info: Info) -> LogoutPayload:
        user_log_out(request=info.context.request)
        return LogoutPayload(ok=True)

    @strawberry.mutation(description="Change your own display name or email.", permission_classes=[IsAuthenticated])
    def viewer_update(self, info: Info, input: ViewerUpdateInput) -> ViewerUpdatePayload:
        return payload_of(
            ViewerUpdatePayload,
            ProfileError,
            "viewer",
            lambda: user_update_profile(
                user=info.context.viewer,
                display_name=input.display_name if input.display_name is not None else UNSET,
                email=input.email if input.email is not None else UNSET,
            ),
        )


@strawberry.type
class AccountQueries:
    @strawberry.field(description="The logged-in account.", permission_classes=[IsAuthenticated])
    def me(self, info: Info) -> ViewerType:
        return info.context.viewer  # type: ignore[return-value]
