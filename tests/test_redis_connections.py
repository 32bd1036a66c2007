"""A process keeps its Redis connections: the cache's pool is shared by every request's backend, and
publishing outside the server (a Celery task) reuses one connection of the channel layer."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import redis
from django.conf import settings
from django.core.cache import CacheHandler
from django.test.utils import override_settings

from saas.core.live import LiveMessage, publish

pytestmark = pytest.mark.skipif(not settings.REDIS_URL, reason="Redis connections (set REDIS_URL)")


def _connections_received() -> int:
    return int(redis.Redis.from_url(settings.REDIS_URL).info("stats")["total_connections_received"])


def test_every_requests_cache_backend_uses_the_process_pool() -> None:
    """Django makes a cache backend per request context; each opened a connection of its own."""
    seen: list[Any] = []

    def request() -> None:
        platform = CacheHandler()["platform"]  # what a new context gets
        platform.get("wuye-test-absent")
        seen.append(platform._cache._get_connection_pool(False))  # type: ignore[attr-defined]

    request()
    before = _connections_received()
    for _ in range(5):
        worker = threading.Thread(target=request)
        worker.start()
        worker.join()
    assert all(pool is seen[0] for pool in seen)
    assert _connections_received() - before <= 1  # the probe's own


REDIS_LAYER = {
    "default": {
        "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
        "CONFIG": {**settings.CHANNEL_LAYERS["default"].get("CONFIG", {}), "prefix": "wuye-test-publish"},
    }
}


def test_publishing_outside_the_server_reuses_one_connection() -> None:
    """A settlement task's live messages opened a connection (and an event loop) per publish."""
    message = LiveMessage(groups=("wuye-test.nobody",), payload={"type": "order.changed", "id": 1})
    with override_settings(CHANNEL_LAYERS=REDIS_LAYER):
        publish([message])
        before = _connections_received()
        for _ in range(5):
            publish([message])
        assert _connections_received() - before <= 1  # the probe's own
