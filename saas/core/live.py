"""Live updates: what the domain tells subscribers, through the Channels layer, after a commit.

A message goes to channel-layer groups whose names start with the tenant's schema name, so two
companies never share a group whatever ids their rows have; the websocket side joins only groups
of the company its Host header resolved to. A message carries ids, never data: each subscriber
reloads the row in its own tenant and scope (see ``schema/core/websocket.py``), so routing may be
generous and visibility is still decided by ``permissions.scoping``.

Messages are sent on commit: a rolled-back change tells nobody, and a subscriber that reloads the
row always finds it. Over Redis (channels_redis's Pub/Sub layer) a message reaches the processes
listening to its groups when it is published, at most once: nothing waits in Redis for a
subscriber that is away, and the row itself is there for its next read.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from asgiref.sync import SyncToAsync, async_to_sync
from channels.layers import get_channel_layer
from channels_redis.pubsub import RedisPubSubChannelLayer
from django.db import connection, transaction

logger = logging.getLogger(__name__)


def tenant_group(*parts: object) -> str:
    """A group name of the current tenant: ``<schema>.<part>.<part>…`` (ASCII, under 100 chars)."""
    schema_name = str(connection.schema_name)  # type: ignore[attr-defined]  # django-tenants' wrapper
    return ".".join([schema_name, *(str(p) for p in parts)])


@dataclass(frozen=True)
class LiveMessage:
    groups: tuple[str, ...]
    payload: dict[str, Any]  # must hold a "type" (the channels message type) and only JSON values


async def _send(messages: Sequence[LiveMessage]) -> None:
    layer = get_channel_layer()
    if layer is None:
        return
    for message in messages:
        for group in dict.fromkeys(message.groups):  # each message's groups once, in order
            await layer.group_send(group, message.payload)  # one PUBLISH: nothing is kept for an empty group


def _server_loop() -> asyncio.AbstractEventLoop | None:
    """The event loop of the ASGI server this thread runs a request for (found as asgiref finds it),
    or None: a test client, a Celery task, a management command."""
    if getattr(SyncToAsync.threadlocal, "main_event_loop_pid", None) != os.getpid():
        return None
    loop: asyncio.AbstractEventLoop | None = getattr(SyncToAsync.threadlocal, "main_event_loop", None)
    return None if loop is None or loop.is_closed() else loop


_own_loop: tuple[int, asyncio.AbstractEventLoop] | None = None
_own_loop_lock = threading.Lock()


def _process_loop() -> asyncio.AbstractEventLoop:
    """An event loop of this process's own, on a daemon thread, started on first use (after a
    fork, once more in the child): a Celery worker's publishes go through it. A new loop per send
    (``async_to_sync``) made the Redis layer open a new connection per send, and left the loop, its
    pool and its socket to the collector: ~400 of each per worker process in one payment burst."""
    global _own_loop
    with _own_loop_lock:
        if _own_loop is None or _own_loop[0] != os.getpid():
            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, name="live-publish", daemon=True).start()
            _own_loop = (os.getpid(), loop)
        return _own_loop[1]


def _reported(sent: Future[None]) -> None:
    if not sent.cancelled() and sent.exception() is not None:
        logger.error("a live message was not sent", exc_info=sent.exception())


def publish(messages: Sequence[LiveMessage]) -> None:
    """Send now (one hop to the event loop for all of them); use ``publish_on_commit`` in services.

    In the server the sends are handed to its event loop and the request goes on: the answer no
    longer waits for Redis, nor the thread for the loop (which serves other requests and sockets
    meanwhile). They leave one after the other, in the order they were handed over (the lock is
    fair). Elsewhere this waits for the send: with the Redis layer on the process's own loop
    (``_process_loop``), with another layer (in memory, tests) as ``async_to_sync`` runs it."""
    if not messages:
        return
    loop = _server_loop()
    if loop is None:
        if isinstance(get_channel_layer(), RedisPubSubChannelLayer):
            asyncio.run_coroutine_threadsafe(_send_in_turn(list(messages)), _process_loop()).result()
        else:
            async_to_sync(_send)(list(messages))
        return
    asyncio.run_coroutine_threadsafe(_send_in_turn(list(messages)), loop).add_done_callback(_reported)


_TURNS: dict[asyncio.AbstractEventLoop, asyncio.Lock] = {}


async def _send_in_turn(messages: Sequence[LiveMessage]) -> None:
    async with _TURNS.setdefault(asyncio.get_running_loop(), asyncio.Lock()):
        await _send(messages)


def publish_on_commit(messages: Iterable[LiveMessage] | Callable[[], Iterable[LiveMessage]]) -> None:
    """Send after the commit: ``messages``, or what a function gives at the commit (for rows whose
    keys are read at the commit: ``rows_insert(…, keys_at_commit=True)``)."""
    if callable(messages):
        made = messages
        transaction.on_commit(lambda: publish(list(made())))
        return
    pending = list(messages)
    if pending:
        transaction.on_commit(lambda: publish(pending))
