"""Logging in by username or phone, in the schema of the host the request came to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import login as session_login
from django.contrib.auth import logout as session_logout
from django.http import HttpRequest

from saas.accounts.errors import AuthErrorCode
from saas.accounts.models import User
from saas.accounts.passwords import PasswordChecksBusy, password_authenticate
from saas.accounts.services import api_token_issue, api_token_revoke
from saas.core.errors import DomainError


@dataclass(frozen=True)
class LoginResult:
    user: User
    token: str
    expires_at: datetime


def _username_for(identifier: str) -> str:
    """A phone number logs in as the account that owns it, when exactly one does."""
    if User.objects.filter(username=identifier).exists():
        return identifier
    matches = list(User.objects.filter(phone=identifier).values_list("username", flat=True)[:2])
    return matches[0] if len(matches) == 1 else identifier


def user_log_in(*, request: HttpRequest, identifier: str, password: str) -> LoginResult:
    """Check the password, start a session for browsers and issue an API token for apps."""
    identifier = identifier.strip()
    if not identifier or not password:
        raise DomainError(AuthErrorCode.REQUIRED, field="username" if not identifier else "password")
    try:
        user = password_authenticate(username=_username_for(identifier), password=password)
    except PasswordChecksBusy:
        raise DomainError(AuthErrorCode.BUSY) from None
    if user is None:
        raise DomainError(AuthErrorCode.INVALID_CREDENTIALS)
    session_login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    token = api_token_issue(user=user)  # type: ignore[arg-type]
    return LoginResult(user=user, token=token.raw, expires_at=token.expires_at)  # type: ignore[arg-type]


def user_log_out(*, request: HttpRequest) -> None:
    """Revoke the token the request came with and end the browser session."""
    token = getattr(request, "auth_token", None)
    if token:
        api_token_revoke(raw_token=token)
    session_logout(request)
