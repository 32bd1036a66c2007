"""Selects the schema for each request from its host; refuses unknown hosts and suspended companies.

The lookup is cached (tenants.routing), so a request to a tenant host costs no query to find its
company, and ``search_path`` is set once, by the first query the request makes.

Websockets bypass Django's middleware, so ``TenantWebsocketMiddleware`` (the ASGI twin) resolves
the host the same way: connections to an unknown host, the public host or a suspended company are
refused before the consumer runs; accepted ones carry the company in ``scope["tenant"]``. The
consumer (``schema.core.websocket.TenantGraphQLWSConsumer``) activates ``scope["tenant"]`` around
every database call and authenticates the connection payload's token in that schema, since worker
threads keep whatever ``search_path`` they last had.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from channels.db import database_sync_to_async
from django.conf import settings
from django.db import close_old_connections
from django.http import HttpRequest, HttpResponse
from django.urls import set_urlconf
from django.utils import translation

from tenants.errors import PlatformMessage
from tenants.routing import HostRoute, hostname_of, route_for_host
from tenants.schemas import activate, activate_public


def _error_response(request: HttpRequest, status: int, message: PlatformMessage, **params: str) -> HttpResponse:
    with translation.override(translation.get_language_from_request(request)):
        text = message.message(**params)
    body = {"errors": [{"message": text, "extensions": {"code": message.value}}]}
    return HttpResponse(
        json.dumps(body, ensure_ascii=False), status=status, content_type="application/json; charset=utf-8"
    )


class TenantMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        hostname = hostname_of(request.get_host())
        route = route_for_host(hostname)
        if route.is_public:
            activate_public()
            # No ``request.tenant`` on the public host: django-tenants' admin templates read a missing
            # attribute as "the public schema" (a None there is a 500 on every admin page), and our
            # code asks ``getattr(request, "tenant", None)``.
            request.urlconf = settings.PUBLIC_SCHEMA_URLCONF  # type: ignore[attr-defined]
            set_urlconf(request.urlconf)  # type: ignore[attr-defined]
            return self.get_response(request)
        company = route.company
        if company is None:
            activate_public()
            return _error_response(request, 404, PlatformMessage.UNKNOWN_HOST, host=hostname)
        if company.is_suspended:
            activate_public()
            return _error_response(request, 403, PlatformMessage.TENANT_SUSPENDED, company=company.name)
        company.domain_url = hostname  # type: ignore[assignment]
        request.tenant = company  # type: ignore[attr-defined]
        activate(company)
        set_urlconf(None)
        return self.get_response(request)


CLOSE_UNKNOWN_HOST = 4404
CLOSE_SUSPENDED = 4403


@database_sync_to_async
def _route(hostname: str) -> HostRoute:
    close_old_connections()
    return route_for_host(hostname)


def _host_of(scope: dict[str, Any]) -> str:
    for name, value in scope.get("headers", []):
        if name == b"host":
            return hostname_of(value.decode("latin-1"))
    return ""


class TenantWebsocketMiddleware:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> Any:
        route = await _route(_host_of(scope))
        company = route.company
        if company is None or company.is_suspended:
            await receive()  # the websocket.connect event
            code = CLOSE_SUSPENDED if company is not None else CLOSE_UNKNOWN_HOST
            await send({"type": "websocket.close", "code": code})
            return None
        return await self.app({**scope, "tenant": company}, receive, send)
