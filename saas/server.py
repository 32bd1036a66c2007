"""The production server: ``python -m saas.server`` (docker/, ``make demo``).

Uvicorn with one worker process per core (``SERVER_WORKERS``, 0 = the cores this process may
use; one without ``REDIS_URL``, see ``default_workers``). Each worker lets at most
``SERVER_CONCURRENCY`` HTTP requests run at once; up to
``SERVER_BACKLOG`` more wait, each at most ``SERVER_QUEUE_SECONDS``, and anything past that is
answered at once with 503, ``Retry-After`` and the ``SERVER_BUSY`` code rather than piling up
threads (Django runs each sync request in a thread of its own and nothing else bounds them).
The database pool of a worker is sized from the same number (saas.settings.base), so a request
that is admitted never waits for a connection. On Linux each worker listens on a socket of its own
(``SO_REUSEPORT``, ``WorkerLoop``), so new connections are spread over the workers by the kernel.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import socket
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from django.db import OperationalError
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.views.defaults import server_error as django_server_error

from tenants.errors import PlatformMessage

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def busy_body(language: str, retry_after: int) -> bytes:
    with translation.override("en" if language.lower().startswith("en") else "zh-hans"):
        text = PlatformMessage.SERVER_BUSY.message(seconds=retry_after)
    body = {"errors": [{"message": text, "extensions": {"code": PlatformMessage.SERVER_BUSY.value}}]}
    return json.dumps(body, ensure_ascii=False).encode()


class ConcurrencyLimit:
    """ASGI middleware: a bounded number of HTTP requests in flight, a bounded queue, 503 past it."""

    def __init__(self, app: Any, *, limit: int, backlog: int, wait_seconds: float, retry_after_seconds: int) -> None:
        self.app = app
        self.limit = limit
        self.backlog = backlog
        self.wait_seconds = wait_seconds
        self.retry_after = retry_after_seconds
        self.slots = asyncio.Semaphore(limit)
        self.waiting = 0
        self.refused = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not await self._admit():
            await self._refuse(scope, send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self.slots.release()

    async def _admit(self) -> bool:
        if self.slots.locked() and self.waiting >= self.backlog:
            return False
        self.waiting += 1
        try:
            async with asyncio.timeout(self.wait_seconds):
                await self.slots.acquire()
        except TimeoutError:
            return False
        finally:
            self.waiting -= 1
        return True

    async def _refuse(self, scope: Scope, send: Send) -> None:
        self.refused += 1
        headers = dict(scope.get("headers") or [])
        body = busy_body(headers.get(b"accept-language", b"").decode("latin-1"), self.retry_after)
        await send(
            {
                "type": "http.response.start",
                "status": 503,
                "headers": [
                    (b"content-type", b"application/json; charset=utf-8"),
                    (b"retry-after", str(self.retry_after).encode()),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def limited(app: Any) -> ConcurrencyLimit:
    from django.conf import settings

    return ConcurrencyLimit(
        app,
        limit=settings.SERVER_CONCURRENCY,
        backlog=settings.SERVER_BACKLOG,
        wait_seconds=settings.SERVER_QUEUE_SECONDS,
        retry_after_seconds=settings.SERVER_RETRY_AFTER_SECONDS,
    )


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a database that is out of connections (or away) is a 503 to retry, not a 500."""
    from django.conf import settings

    exc = sys.exc_info()[1]
    if not isinstance(exc, OperationalError):
        return django_server_error(request)
    retry_after = settings.SERVER_RETRY_AFTER_SECONDS
    body = busy_body(request.headers.get("Accept-Language", ""), retry_after)
    response = HttpResponse(body, status=503, content_type="application/json; charset=utf-8")
    response["Retry-After"] = str(retry_after)
    return response


def heap_settle() -> None:
    """Once a process has loaded everything (the app, the schema), before it serves: what exists then
    lives as long as the process, so it is frozen out of the collector's full passes, and young
    collections run less often (``GC_THRESHOLDS``). With Python's defaults a request spent ~15 % of
    its CPU in the collector, most of it re-scanning the start-up heap."""
    from django.conf import settings

    gc.collect()
    gc.freeze()
    gc.set_threshold(*settings.GC_THRESHOLDS)


def default_workers(redis_url: str | None = None) -> int:
    """One per core this process may use; one in all without Redis (``REDIS_URL`` unset).

    Without Redis the channel layer, the caches and the rate limits live in each process: a change
    made in one worker would never reach a technician's socket held by another, and a credential
    change would be forgotten by one worker only. One process keeps them whole.
    """
    if not (os.environ.get("REDIS_URL", "") if redis_url is None else redis_url):
        return 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def spreads_connections() -> bool:
    """Whether the kernel spreads new connections over sockets sharing a port: Linux hashes each
    one to a listening socket of the ``SO_REUSEPORT`` group (elsewhere the last bound takes all)."""
    return sys.platform == "linux" and hasattr(socket, "SO_REUSEPORT")


def port_socket(host: str, port: int, *, shared: bool = True) -> socket.socket:
    """A TCP socket bound to ``host:port``; ``shared``: others may bind it too (``SO_REUSEPORT``)."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if shared:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def port_hold(host: str, port: int) -> socket.socket:
    """The supervisor's hold on the port, which it never listens on (``WorkerLoop``). Refused when
    anything listens there already: a second server started by mistake would otherwise join the
    first one's workers and silently take a share of their connections."""
    port_socket(host, port, shared=False).close()
    held = port_socket(host, port)
    held.set_inheritable(True)
    return held


try:
    from uvloop import Loop as _BaseLoop
except ImportError:  # pragma: no cover - uvicorn[standard] brings uvloop wherever it runs
    _BaseLoop = asyncio.SelectorEventLoop  # type: ignore[assignment,misc]


class WorkerLoop(_BaseLoop):  # type: ignore[misc,valid-type]
    """A worker's event loop, which listens on a socket of its own (``SO_REUSEPORT``) in place of
    the supervisor's: the kernel then hashes each new connection to one worker. On one shared
    socket, whichever worker woke first accepted every connection waiting (libuv accepts until
    none is left), so a burst of keep-alive connections could all land on one worker while the
    others idled (measured: 7 of 8, and a dispatch burst 30 % slower). A worker that dies takes
    its socket with it, and new connections go to the others until it is replaced."""

    async def create_server(self, protocol_factory: Any, host: Any = None, port: Any = None, **kwargs: Any) -> Any:
        held = kwargs.get("sock")
        if held is not None and held.family in (socket.AF_INET, socket.AF_INET6):
            kwargs["sock"] = port_socket(*held.getsockname()[:2])
            held.close()
        return await super().create_server(protocol_factory, host, port, **kwargs)


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saas.settings.base")
    parser = argparse.ArgumentParser(prog="python -m saas.server", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("SERVER_WORKERS", "0")))
    parser.add_argument("--log-level", default=os.environ.get("SERVER_LOG_LEVEL", "info"))
    args = parser.parse_args(argv)
    workers = args.workers or default_workers()
    if workers > 1 and not os.environ.get("REDIS_URL"):
        parser.error("more than one worker needs REDIS_URL (the channel layer and caches are per process without it)")

    import uvicorn

    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "workers": workers,
        "lifespan": "off",
        "log_level": args.log_level,
        "access_log": False,
        "proxy_headers": False,  # X-Forwarded-For is read by the app (TRUSTED_PROXY_COUNT)
        "timeout_graceful_shutdown": 10,
    }
    alone = "" if os.environ.get("REDIS_URL") else " (one process: REDIS_URL is unset)"
    started = f"Wuye: {workers} worker(s) on http://{args.host}:{args.port}{alone}"
    if workers == 1 or not spreads_connections():
        print(started, flush=True)
        uvicorn.run("saas.asgi:application", **options)
        return
    from uvicorn.supervisors import Multiprocess

    try:
        held = port_hold(args.host, args.port)
    except OSError as exc:
        parser.exit(3, f"Wuye: cannot listen on {args.host}:{args.port}: {exc}\n")  # uvicorn's STARTUP_FAILURE
    print(started, flush=True)
    config = uvicorn.Config("saas.asgi:application", loop="saas.server:WorkerLoop", **options)
    with contextlib.suppress(KeyboardInterrupt):  # as uvicorn.run: Ctrl-C stops it quietly
        Multiprocess(config, sockets=[held]).run()


if __name__ == "__main__":
    main()
