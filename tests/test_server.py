"""The production server's promises: a pooled connection never carries one company's schema into
another company's request, and overload is answered 503 + Retry-After with a code, never a 500."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.db import close_old_connections, connection, connections
from django.test import Client, override_settings
from django_tenants.utils import tenant_context

from saas.accounts.models import ApiToken, User
from saas.accounts.services import api_token_issue
from saas.asgi import django_application
from saas.server import ConcurrencyLimit
from tenants.models import Company
from tenants.services.provisioning import tenant_host
from tests.graphql import GraphQLClient

ME = "{ me { username phone } }"


def _in_thread(function: Callable[[], Any]) -> Any:
    """Run ``function`` in a thread of its own: its own connection, outside the test transaction
    (committed data only), the way a server thread meets the pool."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = function()
        except BaseException as exc:  # re-raised in the test thread
            outcome["error"] = exc
        finally:
            connection.close()

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(timeout=60)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


@pytest.fixture
def pool_of(db: None) -> Iterator[Callable[[int, float], None]]:
    """Turn Django's psycopg pool on for the default database, with ``size`` connections."""
    options = connections["default"].settings_dict.setdefault("OPTIONS", {})

    def configure(size: int, timeout: float = 5.0) -> None:
        options["pool"] = {"min_size": size, "max_size": size, "timeout": timeout}

    try:
        yield configure
    finally:
        pool = connections["default"]._connection_pools.pop("default", None)  # type: ignore[attr-defined]
        if pool is not None:
            pool.close()
        options.pop("pool", None)


class _Statements:
    """(backend pid, SQL) of every statement this thread's connection runs."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, str]] = []

    def __call__(self, execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        self.seen.append((context["connection"].connection.info.backend_pid, sql))
        return execute(sql, params, many, context)


def test_a_pool_of_one_connection_alternating_between_two_companies_never_mixes_them(
    company_a: Company, company_b: Company, pool_of: Callable[[int, float], None]
) -> None:
    pool_of(1, 5.0)
    companies = [company_a, company_b]
    hosts = [tenant_host("alpha"), tenant_host("beta")]

    def tokens() -> list[str]:
        raws = []
        for company in companies:
            with tenant_context(company):
                raws.append(api_token_issue(user=User.objects.get(username="admin")).raw)
        return raws

    raw_tokens = _in_thread(tokens)

    def alternate() -> list[tuple[str, dict[str, Any], list[tuple[int, str]]]]:
        results = []
        for _round in range(4):
            for company, host, raw in zip(companies, hosts, raw_tokens, strict=True):
                statements = _Statements()
                client = GraphQLClient(host, token=raw)
                with connection.execute_wrapper(statements):
                    body = client.execute(ME)
                close_old_connections()  # what the server does when a request finishes
                results.append((company.schema_name, body, statements.seen))
        return results

    try:
        results = _in_thread(alternate)
    finally:

        def cleanup() -> None:
            for company in companies:
                with tenant_context(company):
                    ApiToken.objects.filter(user__username="admin").delete()

        _in_thread(cleanup)

    phones = {company_a.schema_name: "13800000001", company_b.schema_name: "13800000002"}
    pids = {pid for _schema, _body, statements in results for pid, _sql in statements}
    assert len(pids) == 1, pids  # one physical connection served every request
    for schema, body, statements in results:
        assert body == {"data": {"me": {"username": "admin", "phone": phones[schema]}}}, body
        # The connection from the pool is never trusted: each request sets its own path first,
        # and the company's tables are read only after the company's path was set.
        sqls = [sql for _pid, sql in statements]
        assert sqls[0].startswith("SET search_path"), sqls
        tenant_sets = [
            i for i, sql in enumerate(sqls) if sql.startswith("SET search_path") and sql != 'SET search_path = "public"'
        ]
        assert [sqls[i] for i in tenant_sets] == [f'SET search_path = "{schema}","public"'], sqls
        assert all("accounts_" not in sql for sql in sqls[: tenant_sets[0]]), sqls


def test_a_request_that_cannot_get_a_connection_is_answered_503_with_retry_after(
    company_a: Company, pool_of: Callable[[int, float], None]
) -> None:
    pool_of(1, 0.2)

    def hold_the_only_connection_and_ask() -> tuple[int, str | None, dict[str, Any]]:
        pool = connection.pool  # type: ignore[attr-defined]
        pool.open()
        held = pool.getconn()
        try:
            outcome: dict[str, Any] = {}

            def ask() -> None:
                http = Client(HTTP_HOST=tenant_host("alpha"), raise_request_exception=False)
                response = http.post(
                    "/graphql", {"query": ME}, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
                )
                outcome["response"] = response
                connection.close()

            asker = threading.Thread(target=ask)
            asker.start()
            asker.join(timeout=30)
        finally:
            pool.putconn(held)
        response = outcome["response"]
        return response.status_code, response.headers.get("Retry-After"), json.loads(response.content)

    with override_settings(SERVER_RETRY_AFTER_SECONDS=3):
        status, retry_after, body = _in_thread(hold_the_only_connection_and_ask)
    assert status == 503
    assert retry_after == "3"
    assert body["errors"][0]["extensions"]["code"] == "SERVER_BUSY"
    assert body["errors"][0]["message"] == "The server is busy; retry in 3 s."


# --- the per-worker bound (saas.server.ConcurrencyLimit) ------------------------------------


class _Gate:
    """An ASGI app whose requests wait until released: requests in flight we control."""

    def __init__(self) -> None:
        self.entered = 0
        self.release = asyncio.Event()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        self.entered += 1
        await self.release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


async def _request(app: Any, language: str = "zh-hans") -> tuple[int, dict[bytes, bytes], bytes]:
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    scope = {"type": "http", "method": "GET", "path": "/", "headers": [(b"accept-language", language.encode())]}
    await app(scope, receive, send)
    start, body = messages[0], messages[1]
    return start["status"], dict(start["headers"]), body["body"]


def test_past_the_bound_and_the_backlog_requests_are_refused_503_at_once() -> None:
    async def scenario() -> None:
        gate = _Gate()
        app = ConcurrencyLimit(gate, limit=2, backlog=1, wait_seconds=30, retry_after_seconds=2)
        running = [asyncio.create_task(_request(app)) for _ in range(3)]  # 2 run, 1 waits
        await asyncio.sleep(0.05)
        assert gate.entered == 2 and app.waiting == 1
        status, headers, body = await asyncio.wait_for(_request(app), 1)  # no room: refused at once
        assert status == 503
        assert headers[b"retry-after"] == b"2"
        error = json.loads(body)["errors"][0]
        assert error["extensions"]["code"] == "SERVER_BUSY"
        assert error["message"] == "服务器繁忙，请 2 秒后重试。"
        gate.release.set()
        assert [r[0] for r in await asyncio.gather(*running)] == [200, 200, 200]  # the waiter got its turn
        assert gate.entered == 3 and app.refused == 1

    asyncio.run(scenario())


def test_a_request_that_waits_longer_than_the_queue_allows_is_refused_503() -> None:
    async def scenario() -> None:
        gate = _Gate()
        app = ConcurrencyLimit(gate, limit=1, backlog=10, wait_seconds=0.1, retry_after_seconds=1)
        running = asyncio.create_task(_request(app))
        await asyncio.sleep(0.02)
        status, headers, body = await _request(app, language="en")
        assert (status, headers[b"retry-after"]) == (503, b"1")
        assert json.loads(body)["errors"][0]["message"] == "The server is busy; retry in 1 s."
        gate.release.set()
        assert (await running)[0] == 200
        assert app.waiting == 0 and app.slots._value == 1  # every slot handed back

    asyncio.run(scenario())


def test_the_asgi_application_is_the_bounded_one() -> None:
    from saas.asgi import application

    http = application.application_mapping["http"]
    assert isinstance(http, ConcurrencyLimit) and http.app is django_application


LOGIN = 'mutation { login(input: {username: "admin", password: "%s"}) { errors { code } token } }'


def test_a_login_waiting_for_its_password_check_holds_no_connection(
    company_a: Company, pool_of: Callable[[int, float], None]
) -> None:
    """With a pool of ONE connection, a login parked in the password-check queue leaves that
    connection to another request, and finishes once its turn comes."""
    from saas.accounts.passwords import password_check_slot
    from tests.conftest_values import PASSWORD

    pool_of(1, 2.0)
    held = threading.Event()
    release = threading.Event()

    def hasher_busy_elsewhere() -> None:
        with password_check_slot():
            held.set()
            release.wait(timeout=20)

    def log_in() -> dict[str, Any]:
        body = GraphQLClient(tenant_host("alpha")).execute(LOGIN % PASSWORD)
        close_old_connections()
        return body

    def scenario() -> tuple[dict[str, Any], dict[str, Any]]:
        busy = threading.Thread(target=hasher_busy_elsewhere)
        busy.start()
        held.wait(timeout=10)
        outcome: dict[str, Any] = {}
        waiting_login = threading.Thread(target=lambda: outcome.setdefault("login", _in_thread(log_in)))
        waiting_login.start()
        time_for_the_login_to_queue = 0.5
        waiting_login.join(timeout=time_for_the_login_to_queue)
        other = GraphQLClient(tenant_host("alpha")).execute("{ me { username } }")  # needs the connection
        close_old_connections()
        release.set()
        busy.join()
        waiting_login.join(timeout=20)
        return other, outcome["login"]

    with override_settings(PASSWORD_CHECK_CONCURRENCY=1, PASSWORD_CHECK_WAIT_SECONDS=15):
        try:
            other, logged_in = _in_thread(scenario)
        finally:

            def cleanup() -> None:
                with tenant_context(company_a):
                    ApiToken.objects.filter(user__username="admin").delete()

            _in_thread(cleanup)
    assert other["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"  # served, not a pool timeout
    assert logged_in["data"]["login"]["errors"] == [] and logged_in["data"]["login"]["token"]


def test_without_redis_the_server_runs_one_process_so_subscribers_and_caches_are_shared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In-process channel layer and caches: a second worker would never hear the first's events."""
    from saas.server import default_workers, main

    assert default_workers(redis_url="") == 1
    assert default_workers(redis_url="redis://127.0.0.1:6379/1") >= 1
    monkeypatch.delenv("REDIS_URL", raising=False)
    with pytest.raises(SystemExit) as refused:
        main(["--workers", "2"])
    assert refused.value.code == 2  # argparse's usage error, before anything is served


# --- a dead request is freed at once (saas.asgi.SyncChainASGIHandler, LeanExecutionContext) ---------


async def _asgi_graphql(host: str, token: str, query: str) -> bytes:
    """One POST through the real handler, with uvicorn's protocol: once the body is read, ``receive``
    waits, and reports a disconnect when the answer is complete."""
    messages: list[dict[str, Any]] = []
    body_read, answered = False, asyncio.Event()

    async def receive() -> dict[str, Any]:
        nonlocal body_read
        if body_read:
            await answered.wait()
            return {"type": "http.disconnect"}
        body_read = True
        return {"type": "http.request", "body": json.dumps({"query": query}).encode(), "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)
        if message["type"] == "http.response.body" and not message.get("more_body"):
            answered.set()

    headers = [
        (b"host", host.encode()),
        (b"content-type", b"application/json"),
        (b"authorization", f"Bearer {token}".encode()),
    ]
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
        "path": "/graphql", "raw_path": b"/graphql", "query_string": b"", "headers": headers,
        "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000),
    }  # fmt: skip
    await django_application(scope, receive, send)
    assert messages[0]["status"] == 200
    return bytes(messages[1]["body"])


def test_a_served_request_leaves_nothing_for_the_garbage_collector(company_a: Company) -> None:
    """A worker's young collections of dead requests (~40,000 objects each) froze all its requests for
    25–360 ms at a time under a burst. Django's pair of tasks per request and graphql-core's bound
    helpers each made every request a reference cycle (about 170 objects in all)."""

    def issue() -> str:
        with tenant_context(company_a):
            return api_token_issue(user=User.objects.get(username="admin")).raw

    token = _in_thread(issue)

    async def unreachable_after(requests: int) -> tuple[int, bytes]:
        answer = await _asgi_graphql(tenant_host("alpha"), token, ME)  # warm: caches, lazy imports
        gc.collect()
        gc.disable()
        try:
            for _ in range(requests):
                answer = await _asgi_graphql(tenant_host("alpha"), token, ME)
            return gc.collect(), answer
        finally:
            gc.enable()

    def cleanup() -> None:
        with tenant_context(company_a):
            ApiToken.objects.filter(user__username="admin").delete()

    try:
        found, answer = _in_thread(lambda: asyncio.run(unreachable_after(20)))
    finally:
        _in_thread(cleanup)
    assert json.loads(answer)["data"]["me"]["username"] == "admin"
    assert found == 0


def test_a_served_request_hops_to_its_thread_twice_and_starts_there(
    company_a: Company, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each hop between the event loop and a request's thread is ~0.2 ms of CPU. Django sent
    request_started from the loop, its receivers hopping on their own: three hops per request.
    Now request_started and the chain share one, and closing the response is the other."""
    from concurrent.futures import ThreadPoolExecutor

    from django.core import signals

    def issue() -> str:
        with tenant_context(company_a):
            return api_token_issue(user=User.objects.get(username="admin")).raw

    token = _in_thread(issue)
    hops: list[Any] = []
    started_in: list[int] = []
    submit = ThreadPoolExecutor.submit

    def counted(self: ThreadPoolExecutor, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        hops.append(fn)
        return submit(self, fn, *args, **kwargs)

    def started(**_: Any) -> None:
        started_in.append(threading.get_ident())

    async def served() -> tuple[int, bytes]:
        await _asgi_graphql(tenant_host("alpha"), token, ME)  # warm: caches, lazy imports
        hops.clear()
        started_in.clear()
        return threading.get_ident(), await _asgi_graphql(tenant_host("alpha"), token, ME)

    monkeypatch.setattr(ThreadPoolExecutor, "submit", counted)
    signals.request_started.connect(started, weak=False)
    try:
        loop_thread, answer = _in_thread(lambda: asyncio.run(served()))
    finally:
        signals.request_started.disconnect(started)
        monkeypatch.undo()

        def cleanup() -> None:
            with tenant_context(company_a):
                ApiToken.objects.filter(user__username="admin").delete()

        _in_thread(cleanup)
    assert json.loads(answer)["data"]["me"]["username"] == "admin"
    assert len(hops) == 2
    assert len(started_in) == 1 and started_in[0] != loop_thread


# --- new connections are spread over the workers (saas.server.WorkerLoop) ---------------------------


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:  # closed meanwhile
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    return inodes


def _server_sockets(port: int) -> dict[str, str]:
    """The kernel's TCP sockets whose local port is ``port``: inode → state (0A listening, 01 open)."""
    sockets = {}
    with open("/proc/net/tcp") as table:
        for line in table.readlines()[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port:
                sockets[fields[9]] = fields[3]
    return sockets


def _children(pid: int) -> list[int]:
    children = []
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except (OSError, ValueError):
            continue
        if entry.isdigit() and int(stat[stat.rindex(")") + 2 :].split()[1]) == pid:
            children.append(int(entry))
    return children


@pytest.mark.skipif(sys.platform != "linux", reason="the kernel spreads connections over SO_REUSEPORT on Linux")
def test_new_connections_arriving_at_once_are_spread_over_the_workers() -> None:
    """32 connections opened at once to a two-worker server: each worker accepts a share of them
    (on one shared socket, the first worker awake accepted them all)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "REDIS_URL": os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15"}
    server = subprocess.Popen(
        [sys.executable, "-m", "saas.server", "--port", str(port), "--workers", "2", "--log-level", "warning"],
        env=env,
    )
    clients: list[socket.socket] = []
    try:
        deadline = time.monotonic() + 90

        def listening(pid: int) -> bool:
            states = _server_sockets(port)
            return any(states.get(inode) == "0A" for inode in _socket_inodes(pid))

        workers: list[int] = []
        while len(workers) < 2:  # the supervisor's other child is multiprocessing's resource tracker
            assert server.poll() is None and time.monotonic() < deadline, "the workers never listened"
            time.sleep(0.2)
            states = _server_sockets(port)
            workers = [pid for pid in _children(server.pid) if any(states.get(i) == "0A" for i in _socket_inodes(pid))]
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(32)]
        while True:
            states = _server_sockets(port)
            accepted = [sum(states.get(i) == "01" for i in _socket_inodes(pid)) for pid in workers]
            if sum(accepted) == 32 or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert sum(accepted) == 32
        assert min(accepted) >= 4, accepted  # a fair split is 16 + 16; under 4 is a chance of 1 in 10⁵
    finally:
        for client in clients:
            client.close()
        server.terminate()
        server.wait(timeout=30)


def test_a_second_server_on_a_taken_port_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Both workers' sockets share the port; a second server started by mistake must not join them."""
    from saas.server import main, port_hold, port_socket

    held = port_hold("127.0.0.1", 0)
    port = held.getsockname()[1]
    worker = port_socket("127.0.0.1", port)  # what WorkerLoop listens on
    worker.listen()
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        with pytest.raises(OSError):
            port_hold("127.0.0.1", port)
        with pytest.raises(SystemExit) as refused:
            main(["--port", str(port), "--workers", "2"])
    finally:
        held.close()
        worker.close()
    assert refused.value.code == 3  # uvicorn's start-up failure, before any worker starts
    assert "cannot listen on" in capsys.readouterr().err
