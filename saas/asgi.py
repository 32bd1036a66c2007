"""ASGI entry point: HTTP through Django, websockets through Channels (subscriptions)."""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saas.settings.base")

import asyncio
import contextlib
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast

import django
from asgiref.sync import ThreadSensitiveContext, sync_to_async
from django.core import signals
from django.core.exceptions import RequestAborted
from django.core.handlers.asgi import ASGIHandler, get_script_prefix
from django.http import HttpResponseBase
from django.urls import set_script_prefix


class SyncChainASGIHandler(ASGIHandler):
    """Django's ASGI handler with the middleware chain and the view run in one worker thread.

    Every view and several middlewares here are synchronous (the tenant's ``search_path`` lives on
    the thread's connection). Django's own handler starts the chain from an async base, so each
    request hopped thread → event loop → thread at the first sync-only middleware from the inside
    (``async_to_sync`` there, ``sync_to_async`` again for the view): CPU and latency for nothing.
    Here the chain is built synchronously and entered once, request_started included.

    A request's sync work still runs on one thread of its own (its connection, its ``search_path``),
    but the thread is reused: Django starts and joins a new thread for every request, a sixth of a
    payment notification's CPU. Idle single-thread executors wait in a free list (at most as many
    as requests ever ran at once: ``SERVER_CONCURRENCY`` per worker) and serve one request at a time,
    as a WSGI server's threads do; Django's request signals still close the connection each time.

    A request leaves no garbage for the collector (``handle``): under a burst of payment
    notifications a worker's young collections, each 40,000 objects of dead requests, froze all
    its requests for 25–360 ms at a time.
    """

    def __init__(self) -> None:
        super().__init__()
        self._idle: list[ThreadPoolExecutor] = []

    def load_middleware(self, is_async: bool = False) -> None:
        super().load_middleware(is_async=False)
        chain = self._middleware_chain  # type: ignore[has-type]

        def started_then_chain(request: Any) -> HttpResponseBase:
            # Django sends request_started from the event loop, its receivers (closing stale
            # connections, resetting the query log) hopping to this thread on their own: ~0.2 ms
            # of CPU per request for the hop. Here they run at the start of the chain's one hop.
            signals.request_started.send(sender=self.__class__, scope=request.scope)
            return cast(HttpResponseBase, chain(request))

        self._middleware_chain = sync_to_async(started_then_chain, thread_sensitive=True)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            raise ValueError(f"Django can only handle ASGI/HTTP connections, not {scope['type']}.")
        executor = self._idle.pop() if self._idle else ThreadPoolExecutor(1, thread_name_prefix="request")
        try:
            async with ThreadSensitiveContext(executor=executor):
                await self.handle(scope, receive, send)
        finally:
            self._idle.append(executor)

    async def handle(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """Django's ``handle`` without its pair of tasks, and with the request's cycles broken.

        Django runs the response in one task and waits for the client's disconnect in another, to
        cancel the first. Here that cancels nothing: the view runs to its end in its thread either
        way, and uvicorn drops what is sent to a client that left. But the second task always ends
        by raising (uvicorn reports a disconnect once the answer is complete), and the exception's
        traceback holds the frame that holds the tasks: every request became a reference cycle of
        ~100 objects (tasks, contexts, the request, its session, the response) that only the
        collector frees. The request's own cycles (``request.user``'s closure, the message storages
        that point back at it) are broken once the response is closed, so a dead request is freed
        at once, by reference counting.
        """
        try:
            body_file = await self.read_body(receive)
        except RequestAborted:
            return
        set_script_prefix(get_script_prefix(scope))
        # request_started is sent in the request's thread, as its chain starts (load_middleware); an
        # unreadable request gets its answer without it (nothing of it touched the database).
        request, response = self.create_request(scope, body_file)  # a request, or the answer to a bad one
        try:
            if request is not None:
                try:
                    response = await self.run_get_response(request)
                except asyncio.CancelledError:  # the server is stopping: the connection goes back
                    await signals.request_finished.asend(sender=self.__class__)
                    raise
            answer = cast(HttpResponseBase, response)
            with contextlib.suppress(asyncio.CancelledError):  # the client left meanwhile (as Django's)
                await self.send_response(answer, send)
            await sync_to_async(answer.close)()
            if request is not None:  # its view has returned (not so when cancelled above)
                request.__dict__.clear()
        finally:
            body_file.close()


django.setup(set_prefix=False)
django_application = SyncChainASGIHandler()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from django.urls import path  # noqa: E402

from saas.server import heap_settle, limited  # noqa: E402
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
# The URL confs (and with them both GraphQL schemas) load now rather than on the first request, so
# they are part of the start-up heap that heap_settle freezes.
import saas.urls_public  # noqa: E402
import saas.urls_tenant  # noqa: E402, F401

heap_settle()
