"""Fee-collection day: 200 owners log in at once, then read their home and bills and pay.

The production server command (``python -m saas.server``: a worker per core, bounded requests,
pooled connections; a Celery worker settles payments when REDIS_URL is set) serves a fresh company
whose 200 owners each have a house and six months of bills, passwords hashed with the production
Argon2 parameters, the sandbox gateway configured.

1. Login storm: all 200 ``login`` mutations at once.
2. Owners: all 200 at once, each in turn: home (``OwnerMyHouses``), my bills (``OwnerMyBills``,
   20 a page), ``billsPay`` with the sandbox for the oldest bill, "确认支付" on the sandbox page,
   my bills again; the documents are the contract's own.
3. Baseline, same run, same concurrency and request count: a plain Django view answering the same
   "my bills" JSON from hand-written SQL (``tests/bench/peak_site.py``).

CPU per request is the server's process tree's user+system time from /proc over the phase.

RESULT peak owners=200 req_per_s=… baseline_req_per_s=… ratio=… p95_ms=… login_p95_ms=… errors=0 five_xx=0
"""

from __future__ import annotations

import asyncio
import os
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from django.contrib.auth.hashers import make_password
from django.db import connection
from django_tenants.utils import schema_context

from billing.services.credentials import credentials_configure
from saas.accounts.models import User
from saas.accounts.passwords import Argon2Hasher
from saas.estates.models import Building, Community, House, Unit
from saas.finance.models import Bill, Payment
from saas.finance.services import billing_run_create, fee_item_create
from saas.residents.models import Occupancy, Resident
from tenants.models import Company
from tests.bench.common import bench_company, celery_worker, cpu_seconds, free_port, p95, production_server, server_env

OWNERS = int(os.environ.get("BENCH_PEAK_OWNERS", "200"))
PASSWORD = "Owner@peak2026"
PERIODS = [date(2025, month, 1) for month in range(7, 13)]
OPERATIONS = Path(__file__).resolve().parents[2] / "frontend_contract" / "operations" / "tenant"
MY_BILLS = (OPERATIONS / "OwnerMyBills.graphql").read_text()
MY_HOUSES = (OPERATIONS / "OwnerMyHouses.graphql").read_text()
LOGIN = "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token errors { code } } }"
PAY = """mutation($b: [ID!]!) { billsPay(input: {bills: $b, gateway: SANDBOX, channel: QR_CODE}) {
  errors { code } checkout { qrCodeUrl } } }"""


def _seed(company: Company) -> list[str]:
    """200 owners with a house and six months of bills each; their usernames."""
    password = make_password(PASSWORD, hasher=Argon2Hasher())  # the production costs, made once
    with schema_context(company.schema_name):
        community = Community.objects.create(name="高峰花园", address="北京市朝阳区高峰路1号", district="chaoyang")
        building = Building.objects.create(community=community, name="1号楼", floors_above=30)
        unit = Unit.objects.create(building=building, name="1单元")
        houses = House.objects.bulk_create(
            House(
                community=community, building=building, unit=unit, room_number=f"{n // 20 + 1}{n % 20 + 1:02d}",
                floor=n // 20 + 1, layout="3室2厅1卫", building_area=Decimal("100.00"), usable_area=Decimal("80.00"),
                kind="residential", status="self_occupied",
            )
            for n in range(OWNERS)
        )  # fmt: skip
        users = User.objects.bulk_create(
            User(
                username=f"138{n:08d}", phone=f"138{n:08d}", display_name=f"业主{n}", is_staff=False, password=password
            )
            for n in range(OWNERS)
        )
        residents = Resident.objects.bulk_create(
            Resident(name=f"业主{n}", phone=f"138{n:08d}", phone_last4=f"{n:04d}"[-4:], household_size=3, user=user)
            for n, user in enumerate(users)
        )
        Occupancy.objects.bulk_create(
            Occupancy(resident=r, house=h, role="owner", move_in=date(2020, 5, 1), is_primary_contact=True)
            for r, h in zip(residents, houses, strict=True)
        )
        fee_item_create(
            name="物业费", kind="area", unit_price=Decimal("2.80"), cycle_months=1, community_ids=[community.pk],
            effective_from=PERIODS[0],
        )  # fmt: skip
        for period in PERIODS:
            billing_run_create(period=period, community_ids=[community.pk], created_by=None, today=period)
        credentials_configure(provider="sandbox", values=None)
        return [u.username for u in users]


class Tally:
    def __init__(self) -> None:
        self.timings: list[float] = []
        self.errors = 0
        self.five_xx = 0
        self.examples: list[str] = []

    def note(self, started: float, response: httpx.Response, ok: bool) -> None:
        self.timings.append((time.perf_counter() - started) * 1000)
        if response.status_code >= 500:
            self.five_xx += 1
        if not ok or response.status_code >= 400:
            self.errors += 1
            if len(self.examples) < 3:
                self.examples.append(f"{response.status_code} {response.text[:200]}")


async def _gql(client: httpx.AsyncClient, tally: Tally, host: str, token: str | None, body: dict[str, Any]) -> Any:
    headers = {"Host": host, **({"Authorization": f"Bearer {token}"} if token else {})}
    started = time.perf_counter()
    response = await client.post("/graphql", json=body, headers=headers)
    data = response.json() if response.headers.get("content-type", "").startswith("application/json") else {}
    tally.note(started, response, response.status_code == 200 and "errors" not in data)
    return data.get("data") or {}


async def _login_storm(base: str, host: str, usernames: list[str]) -> tuple[Tally, list[str]]:
    tally = Tally()
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:

        async def one(username: str) -> str:
            data = await _gql(client, tally, host, None, {"query": LOGIN, "variables": {"u": username, "p": PASSWORD}})
            result = data.get("login") or {}
            if result.get("errors"):
                tally.errors += 1
            return str(result.get("token") or "")

        tokens = await asyncio.gather(*(one(u) for u in usernames))
    return tally, list(tokens)


async def _owners(base: str, host: str, tokens: list[str]) -> Tally:
    tally = Tally()
    bills_body = {"query": MY_BILLS, "operationName": "OwnerMyBills", "variables": {"first": 20}}
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:

        async def one(token: str) -> None:
            await _gql(client, tally, host, token, {"query": MY_HOUSES, "operationName": "OwnerMyHouses"})
            bills = (await _gql(client, tally, host, token, bills_body)).get("bills") or {"edges": []}
            open_bills = [e["node"]["id"] for e in bills["edges"] if e["node"]["status"] != "PAID"]
            if not open_bills:
                tally.errors += 1
                return
            paid = await _gql(client, tally, host, token, {"query": PAY, "variables": {"b": open_bills[:1]}})
            url = urlsplit(((paid.get("billsPay") or {}).get("checkout") or {}).get("qrCodeUrl") or "")
            started = time.perf_counter()
            response = await client.post(
                f"{url.path}?{url.query}", data={"action": "pay"}, headers={"Host": host, "Accept": "application/json"}
            )
            tally.note(started, response, response.status_code == 200 and response.json().get("result") == "recorded")
            await _gql(client, tally, host, token, bills_body)

        await asyncio.gather(*(one(t) for t in tokens))
    return tally


async def _baseline(base: str, host: str, tokens: list[str], per_owner: int) -> Tally:
    tally = Tally()
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:

        async def one(token: str) -> None:
            for _ in range(per_owner):
                started = time.perf_counter()
                response = await client.get(
                    "/bench/my-bills?first=20", headers={"Host": host, "Authorization": f"Bearer {token}"}
                )
                tally.note(started, response, response.status_code == 200 and "errors" not in response.json())

        await asyncio.gather(*(one(t) for t in tokens))
    return tally


def main() -> None:
    with bench_company("peak", houses=OWNERS) as company:
        usernames = _seed(company)
        host = company.domains.get(is_primary=True).domain
        port = free_port()
        env = server_env(
            DJANGO_SETTINGS_MODULE="tests.bench.peak_settings",
            PAYMENT_NOTIFY_BASE_URL=f"http://localhost:{port}",
            PUBLIC_PORT=str(port),
        )
        server = production_server(port, env)
        worker = celery_worker(env) if os.environ.get("REDIS_URL") else None
        base = f"http://127.0.0.1:{port}"
        try:
            cpu_before = cpu_seconds(server.pid)
            started = time.perf_counter()
            logins, tokens = asyncio.run(_login_storm(base, host, usernames))
            login_seconds = time.perf_counter() - started
            login_cpu = cpu_seconds(server.pid) - cpu_before
            tokens = [t for t in tokens if t]
            cpu_before = cpu_seconds(server.pid)
            started = time.perf_counter()
            owners = asyncio.run(_owners(base, host, tokens))
            seconds = time.perf_counter() - started
            owners_cpu = cpu_seconds(server.pid) - cpu_before
            per_owner = round(len(owners.timings) / max(len(tokens), 1))
            cpu_before = cpu_seconds(server.pid)
            started = time.perf_counter()
            baseline = asyncio.run(_baseline(base, host, tokens, per_owner))
            baseline_seconds = time.perf_counter() - started
            baseline_cpu = cpu_seconds(server.pid) - cpu_before
        finally:
            for process in (server, worker):
                if process is not None:
                    process.terminate()
                    process.wait(timeout=30)
        connection.close()
        time.sleep(1)
        with schema_context(company.schema_name):
            payments = Payment.objects.filter(method="sandbox").count()
            paid_bills = Bill.objects.filter(status="paid").count()
    requests, base_requests = len(owners.timings), len(baseline.timings)
    req_per_s, base_per_s = requests / seconds, base_requests / baseline_seconds
    errors = logins.errors + owners.errors + baseline.errors
    five_xx = logins.five_xx + owners.five_xx + baseline.five_xx
    print(
        f"logins={len(logins.timings)} tokens={len(tokens)} login_storm_s={login_seconds:.1f} "
        f"cpu_ms_per_login={login_cpu * 1000 / max(len(logins.timings), 1):.1f} owner_requests={requests} "
        f"cpu_ms_per_request={owners_cpu * 1000 / max(requests, 1):.1f} baseline_requests={base_requests} "
        f"baseline_cpu_ms_per_request={baseline_cpu * 1000 / max(base_requests, 1):.1f} "
        f"baseline_p95_ms={p95(baseline.timings):.0f} sandbox_payments={payments} paid_bills={paid_bills} "
        f"settled_by={'celery worker' if worker else 'the server (no REDIS_URL)'} "
        f"examples={logins.examples + owners.examples + baseline.examples}"
    )
    print(
        f"RESULT peak owners={len(usernames)} req_per_s={req_per_s:.1f} baseline_req_per_s={base_per_s:.1f} "
        f"ratio={base_per_s / req_per_s:.2f} p95_ms={p95(owners.timings):.0f} login_p95_ms={p95(logins.timings):.0f} "
        f"errors={errors} five_xx={five_xx}",
        flush=True,
    )
