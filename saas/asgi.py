"""ASGI entry point: HTTP through Django, websockets through Channels (subscriptions)."""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saas.settings.base")

from django.core.asgi import get_asgi_application

django_application = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from django.urls import path  # noqa: E402

from saas.server import limited  # noqa: E402
from schema.core.websocket import TenantGraphQLWSConsumer  # noqa: E402
from schema.tenant import schema as tenant_schema  # noqa: E402
from tenants.middleware import TenantWebsocketMiddleware  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": limited(django_application),
        "websocket": TenantWebsocketMiddleware(
            URLRouter([path("graphql", TenantGraphQLWSConsumer.as_asgi(schema=tenant_schema))])
        ),
    }
)
