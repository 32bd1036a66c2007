from __future__ import annotations

import strawberry
from django.conf import settings

from saas.accounts.errors import AuthErrorCode
from saas.accounts.login import user_log_in, user_log_out
from saas.accounts.services import user_update_profile
from saas.core.errors import DomainError, DomainErrors
from saas.core.ratelimit import over_limit
from schema.accounts.types import (
    AuthError,
    LoginInput,
    LoginPayload,
    LogoutPayload,
    ProfileError,
    ViewerType,
    ViewerUpdateInput,
    ViewerUpdatePayload,
)
from schema.core.errors import errors_from
from schema.core.permissions import IsAuthenticated


@strawberry.type
class AccountMutations:
    @strawberry.mutation(description="Log in on this host; returns an API token valid on this host only.")
    def login(self, info: strawberry.Info, input: LoginInput) -> LoginPayload:
        request = info.context.request
        limited_address = over_limit(request, group="login", rate=settings.LOGIN_ADDRESS_RATE)
        limited_account = over_limit(
            request, group="login-account", rate=settings.LOGIN_ACCOUNT_RATE, subject=input.username
        )
        if limited_address or limited_account:
            return LoginPayload(errors=errors_from(DomainError(AuthErrorCode.RATE_LIMITED), AuthError))
        try:
            result = user_log_in(request=request, identifier=input.username, password=input.password)
        except DomainError as exc:
            return LoginPayload(errors=errors_from(exc, AuthError))
        return LoginPayload(
            errors=[],
            token=result.token,
            expires_at=result.expires_at,
            viewer=result.user,  # type: ignore[arg-type]
        )

    @strawberry.mutation(
        description="Revoke the token this request carries and end the browser session.",
        permission_classes=[IsAuthenticated],
    )
    def logout(self, info: strawberry.Info) -> LogoutPayload:
        user_log_out(request=info.context.request)
        return LogoutPayload(ok=True)

    @strawberry.mutation(description="Change your own display name or email.", permission_classes=[IsAuthenticated])
    def viewer_update(self, info: strawberry.Info, input: ViewerUpdateInput) -> ViewerUpdatePayload:
        try:
            user = user_update_profile(
                user=info.context.request.user, display_name=input.display_name, email=input.email
            )
        except DomainErrors as exc:
            return ViewerUpdatePayload(errors=errors_from(exc, ProfileError))
        return ViewerUpdatePayload(errors=[], viewer=user)  # type: ignore[arg-type]


@strawberry.type
class AccountQueries:
    @strawberry.field(description="The logged-in account.", permission_classes=[IsAuthenticated])
    def me(self, info: strawberry.Info) -> ViewerType:
        return info.context.request.user  # type: ignore[no-any-return]
