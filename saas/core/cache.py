"""Django's Redis cache with one client, and so one connection pool, per process.

Django keeps a cache backend per context (``caches`` is an asgiref ``Local``), and each backend
builds its own client, which builds its own connection pool on first use: under the ASGI server,
every request opened a new connection to Redis (a TCP handshake and a ``HELLO``) to read the
host's tenant, and left the pool to the garbage collector. Backends of the same settings now share
the client made first; redis-py's pools are thread-safe and start afresh in a forked child.
"""

from __future__ import annotations

import threading
from typing import Any

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from django.utils.functional import cached_property

_clients: dict[str, RedisCacheClient] = {}
_clients_lock = threading.Lock()


class RedisCache(DjangoRedisCache):
    @cached_property
    def _cache(self) -> Any:
        made: Any = self  # Django's private attributes, which the stubs do not declare
        key = repr((made._class, made._servers, sorted(made._options.items())))
        with _clients_lock:
            client = _clients.get(key)
            if client is None:
                client = _clients[key] = made._class(made._servers, **made._options)
        return client
