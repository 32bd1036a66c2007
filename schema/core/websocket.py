"""GraphQL subscriptions over WebSocket (``graphql-transport-ws``), in the company of the Host.

``tenants.middleware.TenantWebsocketMiddleware`` has put the company in ``scope["tenant"]``. Here:

* the token comes from the ``connection_init`` payload (``{"authorization": "Bearer wy_…"}``) and
  is looked up in that company's schema; an unknown one closes the connection (4403), none leaves
  the caller anonymous (every subscription then answers UNAUTHENTICATED);
* every database call runs through ``TenantSession.run``: in the one worker thread all consumers
  share (asgiref's thread for thread-sensitive code outside a request), with the company's schema
  activated first and public restored after (that thread serves every company in turn and keeps
  whatever ``search_path`` it last had). The thread keeps its one connection between calls
  rather than reconnecting per event as ``database_sync_to_async`` would with
  ``CONN_MAX_AGE=0``; a connection that fails is closed and the next call opens a new one;
* only subscriptions run over the socket: queries and mutations go over HTTP, where the tenant
  middleware and the request cycle do this work. A subscription's payload is built inside one
  such call and needs no database to resolve.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import strawberry
from asgiref.sync import sync_to_async
from django.contrib.auth.models import AnonymousUser
from django.db import InterfaceError, OperationalError, connection
from django.utils import translation
from graphql import ExecutionResult
from strawberry.channels import GraphQLWSConsumer
from strawberry.exceptions import ConnectionRejectionError
from strawberry.extensions import SchemaExtension
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types.graphql import OperationType
from strawberry.types.unset import UNSET, UnsetType

from saas.accounts.services import api_token_authenticate
from schema.core.errors import ApiError, ApiMessage
from tenants.schemas import activate, activate_public

T = TypeVar("T")


def _in_schema(tenant: Any, function: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
    activate(tenant)
    try:
        return function(*args, **kwargs)
    finally:
        activate_public()


@dataclass
class TenantSession:
    """The socket's company, caller and language; ``run`` is the only way to the database."""

    tenant: Any
    language: str
    user: Any = field(default_factory=AnonymousUser)
    raw_token: str | None = None
    auth_token_invalid: bool = False  # read by the permission classes, like on HTTP requests

    async def run(self, function: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        def call() -> T:
            try:
                with translation.override(self.language):
                    return _in_schema(self.tenant, function, args, kwargs)
            except (OperationalError, InterfaceError):
                connection.close()  # broken: the next call connects afresh
                raise

        return await sync_to_async(call, thread_sensitive=True)()

    def reauthenticate(self) -> Any | None:
        """The caller again, from their token (call inside ``run``): None once the token is
        revoked or expired or the account deactivated; role changes show at once."""
        return api_token_authenticate(raw_token=self.raw_token) if self.raw_token else None


@dataclass
class WebsocketContext:
    request: TenantSession  # ``info.context.request`` as on HTTP: .user, .tenant
    ws: TenantGraphQLWSConsumer
    connection_params: dict[str, Any] = field(default_factory=dict)

    @property
    def viewer(self) -> Any:
        """As ``RequestContext.viewer``: the connection's account (anonymous until authenticated)."""
        return self.request.user

    @property
    def company(self) -> Any:
        return self.request.tenant


def session_of(info: strawberry.Info) -> TenantSession:
    request = info.context.request
    if not isinstance(request, TenantSession):
        raise RuntimeError("subscriptions run over the websocket only")
    return request


def _raw_token(params: dict[str, Any]) -> str | None:
    value = params.get("authorization") or params.get("Authorization") or params.get("token")
    if not isinstance(value, str) or not value.strip():
        return None
    scheme, _, rest = value.strip().partition(" ")
    return rest.strip() if rest and scheme.lower() == "bearer" else value.strip()


def _language(headers: dict[str, str], params: dict[str, Any]) -> str:
    wanted = str(params.get("acceptLanguage") or headers.get("accept-language") or "")
    return "en" if wanted.lower().startswith("en") else "zh-hans"


class TenantGraphQLWSConsumer(GraphQLWSConsumer):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("subscription_protocols", (GRAPHQL_TRANSPORT_WS_PROTOCOL,))
        # Credentials travel only in the connection payload, never in cookies, so a page on
        # another origin gains nothing a script could not do with the token itself.
        kwargs.setdefault("allowed_origins", ("*",))
        super().__init__(**kwargs)

    async def get_context(self, request: Any, response: Any) -> WebsocketContext:  # type: ignore[override]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in self.scope.get("headers", [])}
        session = TenantSession(tenant=self.scope["tenant"], language=_language(headers, {}))
        return WebsocketContext(request=session, ws=self)

    async def on_ws_connect(self, context: Any) -> UnsetType | dict[str, object] | None:
        session: TenantSession = context.request
        params = context.connection_params if isinstance(context.connection_params, dict) else {}
        if params.get("acceptLanguage"):
            session.language = _language({}, params)
        # The operations of this socket run in tasks copied from this one: they inherit it.
        translation.activate(session.language)
        raw = _raw_token(params)
        if raw is None:
            return UNSET
        user = await session.run(lambda: api_token_authenticate(raw_token=raw))
        if user is None:
            raise ConnectionRejectionError({"code": "UNAUTHENTICATED", "reason": "TOKEN_INVALID"})
        session.user, session.raw_token = user, raw
        return UNSET


class SubscriptionsOnlyOverWebsocket(SchemaExtension):
    """Queries and mutations over the socket are refused before they run (see the module doc), and
    subscriptions over HTTP."""

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        on_socket = isinstance(context.context, WebsocketContext)
        subscription = context.operation_type == OperationType.SUBSCRIPTION
        if on_socket and not subscription:
            context.result = ExecutionResult(data=None, errors=[ApiError(ApiMessage.WEBSOCKET_SUBSCRIPTIONS_ONLY)])
        elif subscription and not on_socket:
            context.result = ExecutionResult(data=None, errors=[ApiError(ApiMessage.SUBSCRIPTION_OVER_HTTP)])
        yield
