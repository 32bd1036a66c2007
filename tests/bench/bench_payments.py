"""1,000 owners pay at once, then every Alipay notification arrives three times, shuffled.

The real ASGI app (uvicorn, two workers, in a subprocess) serves a fresh company on loopback; the
real alipay-sdk-python talks to the Alipay emulator of the tests. 1,000 owners call ``billsPay``
over HTTP (50 in flight), the emulator marks every trade paid, and 20 concurrent senders post the
3,000 signed notifications in shuffled order to the public host. Afterwards the ledger must hold
exactly one payment per order.

The server is the production command (``python -m saas.server``: a worker per core, pooled
connections); notifications are recorded in the inbox and answered, and a Celery worker (started
here when REDIS_URL is set; without it tasks run inline in the server) settles them. Phases: a
fixed rate (20/s, open loop) of first deliveries, then the 20-sender burst of the rest, three
times each. ``lost`` is counted once the inbox has drained. CPU per request comes from /proc.

Baseline in the same run: the same senders posting notifications the app refuses after checking
the signature (a wrong app id), so ``ratio`` is what recording costs over verifying.

RESULT payments notifications=… per_s=… p95_ms=… fixed_rate_p95_ms=… cpu_ms_per_notification=…
cpu_ms_per_settle=… sender_cpu_ms=… ratio=… double_posted=0 lost=0

The senders are lean (``common.KeepAlive``): they stand for the provider's servers, which do not
share our cores, and ``sender_cpu_ms`` shows what they cost the box per notification.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import time
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import httpx
from django.db import connection
from django.db.models import Count
from django_tenants.utils import schema_context

from billing.models import InboxEntry, OrderState, PaymentOrder
from billing.services.credentials import credentials_configure
from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from saas.estates.models import Building, Community, House, Unit
from saas.finance.models import Bill, Payment
from saas.finance.services import billing_run_create, fee_item_create
from saas.residents.models import Occupancy, Resident
from tenants.models import Company
from tests.bench.common import (
    KeepAlive,
    bench_company,
    celery_worker,
    cpu_seconds,
    free_port,
    p95,
    production_server,
    server_env,
)
from tests.billing.emulators.alipay import AlipayEmulator

OWNERS = int(os.environ.get("BENCH_PAYMENT_OWNERS", "1000"))
DELIVERIES = 3
SENDERS = 20
PAYERS_IN_FLIGHT = 50
FIXED_RATE = 20.0  # notifications per second in the paced phase
PERIOD = date(2026, 1, 1)
PAY = """mutation($b: [ID!]!) { billsPay(input: {bills: $b, gateway: ALIPAY, channel: QR_CODE}) {
  errors { code } order { outTradeNo } } }"""


def _seed(company: Company, emulator: AlipayEmulator) -> list[tuple[str, int]]:
    """Houses with an owner each, one bill each, Alipay configured; (token, bill id) per owner."""
    from strawberry.relay import to_base64

    with schema_context(company.schema_name):
        community = Community.objects.create(name="基准花园", address="北京市朝阳区基准路1号", district="chaoyang")
        building = Building.objects.create(community=community, name="1号楼", floors_above=30)
        unit = Unit.objects.create(building=building, name="1单元")
        houses = House.objects.bulk_create(
            House(
                community=community, building=building, unit=unit, room_number=f"{n // 40 + 1}{n % 40 + 1:02d}",
                floor=n // 40 + 1, layout="3室2厅1卫", building_area=Decimal("100.00"), usable_area=Decimal("80.00"),
                kind="residential", status="self_occupied",
            )
            for n in range(OWNERS)
        )  # fmt: skip
        users = User.objects.bulk_create(
            User(username=f"139{n:08d}", phone=f"139{n:08d}", display_name=f"业主{n}", is_staff=False, password="!")
            for n in range(OWNERS)
        )
        residents = Resident.objects.bulk_create(
            Resident(name=f"业主{n}", phone=f"139{n:08d}", phone_last4=f"{n:04d}"[-4:], household_size=3, user=user)
            for n, user in enumerate(users)
        )
        Occupancy.objects.bulk_create(
            Occupancy(resident=r, house=h, role="owner", move_in=date(2020, 5, 1), is_primary_contact=True)
            for r, h in zip(residents, houses, strict=True)
        )
        admin = User.objects.get(username="admin")
        fee_item_create(
            name="物业费", kind="area", unit_price=Decimal("2.80"), cycle_months=1, community_ids=[community.pk],
            effective_from=PERIOD,
        )  # fmt: skip
        billing_run_create(period=PERIOD, community_ids=[community.pk], created_by=admin, today=date(2026, 1, 5))
        credentials_configure(
            provider="alipay",
            values={
                "app_id": emulator.app_id,
                "app_private_key": emulator.app_private_pem,
                "alipay_public_key": emulator.alipay_public_pem,
                "seller_id": emulator.seller_id,
            },
        )
        bills = dict(Bill.objects.filter(period=PERIOD).values_list("house_id", "pk"))
        return [
            (api_token_issue(user=u).raw, to_base64("Bill", bills[h.pk])) for u, h in zip(users, houses, strict=True)
        ]  # type: ignore[misc]


async def _pay_all(base: str, host: str, owners: list[tuple[str, int]]) -> list[float]:
    limit = asyncio.Semaphore(PAYERS_IN_FLIGHT)
    timings: list[float] = []
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:

        async def one(token: str, bill: Any) -> None:
            async with limit:
                started = time.perf_counter()
                response = await client.post(
                    "/graphql",
                    json={"query": PAY, "variables": {"b": [bill]}},
                    headers={"Host": host, "Authorization": f"Bearer {token}"},
                )
                timings.append((time.perf_counter() - started) * 1000)
                body = response.json()
                assert (body.get("data") or {}).get("billsPay", {}).get("errors") == [], body

        await asyncio.gather(*(one(token, bill) for token, bill in owners))
    return timings


async def _deliver(port: int, path: str, bodies: list[bytes]) -> tuple[list[float], int]:
    """20 senders take bodies off one shuffled queue; returns latencies and non-success answers."""
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    timings: list[float] = []
    failures = 0
    headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}

    async def sender() -> None:
        nonlocal failures
        connection = KeepAlive(port, headers)
        try:
            while not queue.empty():
                body = queue.get_nowait()
                started = time.perf_counter()
                response = await connection.post(path, body)
                timings.append((time.perf_counter() - started) * 1000)
                if response.text != "success":
                    failures += 1
        finally:
            await connection.close()

    await asyncio.gather(*(sender() for _ in range(SENDERS)))
    return timings, failures


async def _fixed_rate(base: str, path: str, bodies: list[bytes], rate: float) -> tuple[list[float], int]:
    """Open loop: one delivery every 1/rate s whatever the answers take (what providers do)."""
    timings: list[float] = []
    failures = 0
    headers = {"Host": "localhost", "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:

        async def one(body: bytes) -> None:
            nonlocal failures
            started = time.perf_counter()
            response = await client.post(path, content=body, headers=headers)
            timings.append((time.perf_counter() - started) * 1000)
            failures += response.text != "success"

        tasks = []
        for body in bodies:
            tasks.append(asyncio.create_task(one(body)))
            await asyncio.sleep(1 / rate)
        await asyncio.gather(*tasks)
    return timings, failures


def _drain(company: Company, timeout: float = 300) -> float:
    """Seconds until no inbox entry waits to be settled (-1: still waiting at the timeout; what is
    left then counts as lost)."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        with schema_context(company.schema_name):
            if not InboxEntry.objects.filter(settled_at__isnull=True).exists():
                return time.perf_counter() - started
        connection.close()
        time.sleep(0.5)
    return -1.0


def main() -> None:
    emulator = AlipayEmulator()
    try:
        with bench_company("pay", houses=OWNERS) as company:
            owners = _seed(company, emulator)
            host = company.domains.get(is_primary=True).domain
            port = free_port()
            env = server_env(ALIPAY_SERVER_URL=emulator.url, PAYMENT_NOTIFY_BASE_URL=f"http://localhost:{port}")
            server = production_server(port, env)
            worker = celery_worker(env) if os.environ.get("REDIS_URL") else None
            base = f"http://127.0.0.1:{port}"
            try:
                started = time.perf_counter()
                pay_ms = asyncio.run(_pay_all(base, host, owners))
                pay_seconds = time.perf_counter() - started
                numbers = list(emulator.trades)
                notices = [urlencode(emulator.pay(n)).encode() for n in numbers]
                refused = [urlencode(emulator.notification(n, app_id="2021000999999999")).encode() for n in numbers]
                path = f"/payments/notify/alipay/{company.schema_name}/"
                baseline_ms, baseline_ok = asyncio.run(_deliver(port, path, random.sample(refused, len(refused))))
                paced, rest = notices[: len(notices) // 5], notices[len(notices) // 5 :]
                cpu = {"server": cpu_seconds(server.pid), "worker": cpu_seconds(worker.pid) if worker else 0.0}
                fixed_ms, fixed_failures = asyncio.run(_fixed_rate(base, path, paced, FIXED_RATE))
                bodies = rest * DELIVERIES + paced * (DELIVERIES - 1)
                random.shuffle(bodies)
                server_before_burst = cpu_seconds(server.pid)
                started, sender_cpu = time.perf_counter(), time.process_time()
                note_ms, failures = asyncio.run(_deliver(port, path, bodies))
                seconds = time.perf_counter() - started
                sender_cpu = time.process_time() - sender_cpu
                server_burst_cpu = cpu_seconds(server.pid) - server_before_burst
                drain_seconds = _drain(company)
                server_cpu = cpu_seconds(server.pid) - cpu["server"]
                worker_cpu = cpu_seconds(worker.pid) - cpu["worker"] if worker else 0.0
            finally:
                for process in (server, worker):
                    if process is not None:
                        process.terminate()
                        process.wait(timeout=30)
            connection.close()
            with schema_context(company.schema_name):
                orders = PaymentOrder.objects.count()
                paid = PaymentOrder.objects.filter(state=OrderState.PAID)
                lost = len(numbers) - paid.filter(payment_id__isnull=False).count()
                doubles = (
                    Payment.objects.filter(amount_fen__gt=0, method="alipay")
                    .values("reference")
                    .annotate(n=Count("id"))
                    .filter(n__gt=1)
                    .count()
                )
                unpaid_bills = Bill.objects.exclude(status="paid").count()
                settled = InboxEntry.objects.filter(settled_at__isnull=False).count()
        requests = len(bodies) + len(paced)
        # Without a worker the server settles inline: its CPU is then both recording and settling.
        settle_cpu_ms = (worker_cpu if worker else server_cpu) * 1000 / max(settled, 1)
        ratio = statistics.median(note_ms) / statistics.median(baseline_ms)
        print(
            f"orders={orders} checkout_s={pay_seconds:.1f} checkout_p95_ms={p95(pay_ms):.0f} "
            f"refused_baseline_median_ms={statistics.median(baseline_ms):.1f} baseline_answers_not_refused="
            f"{len(baseline_ms) - baseline_ok} non_success_answers={failures + fixed_failures} "
            f"unpaid_bills={unpaid_bills} inbox_entries_settled={settled} drain_after_burst_s={drain_seconds:.1f} "
            f"worker={'celery' if worker else 'inline (no REDIS_URL)'}"
        )
        print(
            f"RESULT payments notifications={requests} per_s={len(bodies) / seconds:.0f} "
            f"p95_ms={p95(note_ms):.0f} fixed_rate_p95_ms={p95(fixed_ms):.0f} "
            f"cpu_ms_per_notification={server_burst_cpu * 1000 / len(bodies):.1f} "
            f"cpu_ms_per_settle={settle_cpu_ms:.1f} sender_cpu_ms={sender_cpu * 1000 / len(bodies):.2f} "
            f"ratio={ratio:.2f} double_posted={doubles} lost={lost}",
            flush=True,
        )
    finally:
        emulator.stop()
