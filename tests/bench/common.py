"""What the benchmarks share: a throwaway company, paired timing, statement counting, a
GraphQL caller through the whole in-process stack, a lean HTTP client for the bursts."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import os
import secrets
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import override_settings
from django_tenants.utils import schema_context

from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from tenants.models import Company, Domain
from tenants.schemas import activate_public
from tenants.services.provisioning import AdminAccount, CompanyProfile, template_ensure, tenant_provision


@contextmanager
def bench_company(prefix: str, *, houses: int) -> Iterator[Company]:
    """A freshly provisioned company, dropped afterwards (kept with BENCH_KEEP=1 for EXPLAIN)."""
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    template_ensure()
    call_command("migrate_schemas", tenant=True, interactive=False, verbosity=0)
    activate_public()
    slug = f"{prefix}-{secrets.token_hex(3)}"
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        company = tenant_provision(
            profile=CompanyProfile(
                name="基准物业", slug=slug, contact_name="基准", contact_phone="13800000000",
                contact_email="", city="北京", houses_managed=houses,
            ),
            admin=AdminAccount(username="admin", password="bench-pass-1", display_name="管理员", phone="", email=""),
        ).company  # fmt: skip
    try:
        yield company
    finally:
        activate_public()
        if os.environ.get("BENCH_KEEP"):
            print(f"kept schema {company.schema_name}")
        else:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(f'DROP SCHEMA IF EXISTS "{company.schema_name}" CASCADE')
                Domain.objects.filter(tenant=company).delete()
                Company.objects.filter(pk=company.pk).delete()


def graphql_caller(company: Company, user: User, query: str, variables: dict[str, Any]) -> Callable[[], bytes]:
    """A function posting ``query`` to the company's host as ``user`` and returning the answer's bytes,
    undecoded, where a server's work ends (``graphql_data`` decodes them); an answer with errors raises.

    Decoding is client work: for a 50 KB page ``json.loads`` cost ~3 ms, near a tenth of the request.
    Only an answer that may carry errors (a non-200, or the key anywhere in it) is decoded here."""
    with schema_context(company.schema_name):
        token = api_token_issue(user=user).raw
    client = Client(HTTP_HOST=company.domains.get(is_primary=True).domain)
    body = json.dumps({"query": query, "variables": variables})

    def call() -> bytes:
        response = client.post(
            "/graphql", data=body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
        )
        content: bytes = response.content
        if response.status_code != 200 or b'"errors"' in content:
            answer = json.loads(content)
            assert "errors" not in answer, answer["errors"]
        return content

    return call


def graphql_data(answer: bytes) -> Any:
    """``data`` of an answer from a ``graphql_caller`` function."""
    return json.loads(answer)["data"]


def paired_medians(first: Callable[[], object], second: Callable[[], object], samples: int) -> tuple[float, float]:
    """Median wall time (ms) of each, sampled alternately so both see the same machine noise."""
    for _ in range(3):
        first()
        second()
    timings: tuple[list[float], list[float]] = ([], [])
    for _ in range(samples):
        for step, bucket in ((first, timings[0]), (second, timings[1])):
            gc.collect()
            started = time.perf_counter()
            step()
            bucket.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings[0]), statistics.median(timings[1])


def count_statements(step: Callable[[], object]) -> int:
    statements: list[str] = []

    def log(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(log):
        step()
    return sum(1 for s in statements if not s.startswith("SET search_path"))


def cpu_seconds(root_pid: int) -> float:
    """User + system CPU used so far by a process and all its descendants, read from /proc."""
    parents: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) "
        parents[int(entry)] = int(fields[1])
        ticks[int(entry)] = int(fields[11]) + int(fields[12])  # utime + stime
    tree, frontier = {root_pid}, [root_pid]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    return sum(ticks.get(pid, 0) for pid in tree) / os.sysconf("SC_CLK_TCK")


def script_run(sql: str, params: dict[str, Any]) -> None:
    """Several statements with parameters at once (a seed), in the current schema. The settings bind
    parameters server-side, which takes one statement per call; this binds them in the client
    (psycopg's ``ClientCursor``) on the same connection, after Django has set its ``search_path``."""
    with connection.cursor():  # connects and sets the schema's search_path
        pass
    with psycopg.ClientCursor(connection.connection) as cursor:
        cursor.execute(sql, params)


def server_env(**extra: str) -> dict[str, str]:
    """The environment of a production-like server or worker for the benchmark's database."""
    from django.conf import settings

    db = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "saas.settings.base",
        "DEBUG": "false",
        "SECRET_KEY": settings.SECRET_KEY,  # merchant keys were encrypted with it by this process
        "LOG_LEVEL": "ERROR",
        **extra,
    }
    if not os.environ.get("DATABASE_URL"):
        env["DATABASE_URL"] = f"postgres://{db['USER']}@/{db['NAME']}?host={db['HOST']}"
    return env


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def production_server(port: int, env: dict[str, str]) -> Any:
    """``python -m saas.server`` (the production command) on loopback, waited for."""
    import subprocess
    import sys
    from pathlib import Path

    import httpx

    process = subprocess.Popen(
        [sys.executable, "-m", "saas.server", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/graphql", headers={"Host": "localhost"}, timeout=1)
            return process
        except httpx.HTTPError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("the server did not start")


def celery_worker(env: dict[str, str]) -> Any:
    """A Celery worker (needs REDIS_URL: without it tasks run inline in the server)."""
    import subprocess
    import sys
    from pathlib import Path

    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "saas", "worker", "-l", "warning", "--concurrency", "2"],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)


@dataclass(frozen=True)
class Answer:
    status_code: int
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode()

    def json(self) -> Any:
        return json.loads(self.content)


class KeepAlive:
    """One keep-alive HTTP/1.1 connection to the server on loopback, on asyncio streams: what a
    burst's sender needs and no more.

    The senders stand for owners' phones and a provider's servers, which do not share the server's
    cores; on this 2-core box they do. httpx spent 2.5 ms of CPU per request, as much as the server
    spent answering it, and a sender starved of CPU added its own waits to every latency it measured
    (median 54 ms measured by httpx against 13 ms inside the server). This one costs a tenth of that.
    """

    def __init__(self, port: int, headers: dict[str, str] | None = None) -> None:
        self.port = port
        self.headers = headers or {}
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(
        self, path: str, content: bytes = b"", *, json_body: Any = None, headers: dict[str, str] | None = None
    ) -> Answer:
        if json_body is not None:
            content = json.dumps(json_body).encode()
            headers = {"Content-Type": "application/json", **(headers or {})}
        return await self.request("POST", path, content, headers)

    async def request(self, method: str, path: str, content: bytes, headers: dict[str, str] | None) -> Answer:
        if self.reader is None or self.writer is None or self.reader.at_eof():
            await self.close()
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        fields = {"Host": "localhost", **self.headers, **(headers or {}), "Content-Length": str(len(content))}
        head = f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields.items()) + "\r\n"
        self.writer.write(head.encode() + content)
        lines = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        answer_headers = {}
        for line in lines[1:]:
            if line:
                name, _, value = line.partition(":")
                answer_headers[name.strip().lower()] = value.strip()
        if "content-length" in answer_headers:
            body = await self.reader.readexactly(int(answer_headers["content-length"]))
        elif answer_headers.get("transfer-encoding", "").lower() == "chunked":
            chunks = []
            while size := int((await self.reader.readuntil(b"\r\n")).strip(), 16):
                chunks.append((await self.reader.readexactly(size + 2))[:-2])
            await self.reader.readuntil(b"\r\n")
            body = b"".join(chunks)
        else:
            body = await self.reader.read()
        if answer_headers.get("connection", "").lower() == "close":
            await self.close()
        return Answer(status, body)

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None
