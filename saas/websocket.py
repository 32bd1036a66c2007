"""Websockets bypass Django's middleware, so the tenant is resolved here from the Host header.

Connections to an unknown host, the public host or a suspended company are refused before the
consumer runs; accepted ones carry the company in ``scope["tenant"]``. The consumer
(``schema.core.websocket.TenantGraphQLWSConsumer``) activates ``scope["tenant"]`` around every
database call and authenticates the connection payload's token in that schema, since worker
threads keep whatever ``search_path`` they last had.
"""

from __future__ import annotations

from typing import Any

from channels.db import database_sync_to_async
from django.db import close_old_connections

from tenants.routing import HostRoute, hostname_of, route_for_host

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
