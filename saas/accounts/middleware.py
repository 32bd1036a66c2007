"""Bearer-token authentication, after Django's session authentication.

A request with ``Authorization: Bearer <token>`` is authenticated by that token alone, looked up
in the schema the tenant middleware selected; a token that is unknown there (another company's,
expired, revoked, or its user deactivated) leaves the request anonymous and marks it, so the API
can answer UNAUTHENTICATED rather than silently ignoring the header.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse

from saas.accounts.services import api_token_authenticate


class ApiTokenMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        header = request.headers.get("Authorization", "")
        request.auth_method = "session" if request.user.is_authenticated else None  # type: ignore[attr-defined]
        request.auth_token = None  # type: ignore[attr-defined]
        request.auth_token_invalid = False  # type: ignore[attr-defined]
        if header:
            scheme, _, raw = header.partition(" ")
            user = api_token_authenticate(raw_token=raw.strip()) if scheme.lower() == "bearer" else None
            if user is None:
                request.user = AnonymousUser()
                request.auth_method = None  # type: ignore[attr-defined]
                request.auth_token_invalid = True  # type: ignore[attr-defined]
            else:
                request.user = user
                request.auth_method = "token"  # type: ignore[attr-defined]
                request.auth_token = raw.strip()  # type: ignore[attr-defined]
        return self.get_response(request)
