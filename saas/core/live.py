"""Live updates: what the domain tells subscribers, through the Channels layer, after a commit.

A message goes to channel-layer groups whose names start with the tenant's schema name, so two
companies never share a group whatever ids their rows have; the websocket side joins only groups
of the company its Host header resolved to. A message carries ids, never data: each subscriber
reloads the row in its own tenant and scope (see ``schema/core/websocket.py``), so routing may be
generous and visibility is still decided by ``permissions.scoping``.

Messages are sent on commit: a rolled-back change tells nobody, and a subscriber that reloads the
row always finds it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import connection, transaction


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
        for group in dict.fromkeys(message.groups):  # each group once, in order
            await layer.group_send(group, message.payload)


def publish(messages: Sequence[LiveMessage]) -> None:
    """Send now (one hop to the event loop for all of them); use ``publish_on_commit`` in services."""
    if messages:
        async_to_sync(_send)(list(messages))


def publish_on_commit(messages: Iterable[LiveMessage]) -> None:
    pending = list(messages)
    if pending:
        transaction.on_commit(lambda: publish(pending))
