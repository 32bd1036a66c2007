"""Websockets resolve the company from the Host header, like HTTP does (Channels skips Django's middleware)."""

from __future__ import annotations

import pytest
from channels.testing import WebsocketCommunicator

from saas.asgi import application


async def _connect(host: str) -> tuple[bool, int | None]:
    communicator = WebsocketCommunicator(
        application, "/graphql", headers=[(b"host", host.encode())], subprotocols=["graphql-transport-ws"]
    )
    connected, code = await communicator.connect(timeout=5)
    await communicator.disconnect()
    return connected, code


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=False)
async def test_unknown_host_is_refused() -> None:
    assert await _connect("nobody.localhost") == (False, 4404)


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=False)
async def test_public_host_has_no_subscriptions() -> None:
    assert await _connect("localhost") == (False, 4404)


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=False)
async def test_company_host_is_accepted() -> None:
    connected, _ = await _connect("alpha.localhost")
    assert connected
