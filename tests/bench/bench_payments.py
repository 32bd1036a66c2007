"""1,000 owners pay at once, then every Alipay notification arrives three times, shuffled.

The real ASGI app (uvicorn, two workers, in a subprocess) serves a fresh company on loopback; the
real alipay-sdk-python talks to the Alipay emulator of the tests. 1,000 owners call ``billsPay``
over HTTP (50 in flight), the emulator marks every trade paid, and 20 concurrent senders post the
3,000 signed notifications in shuffled order to the public host. Afterwards the ledger must hold
exactly one payment per order.

Baseline in the same run: the same senders posting notifications the app refuses after checking
the signature (a wrong app id), so ``ratio`` is what settling costs over verifying.

RESULT payments notifications=3000 per_s=… p95_ms=… double_posted=0 lost=0
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
from django.conf import settings
from django.db import connection
from django.db.models import Count
from django_tenants.utils import schema_context

from billing.models import OrderState, PaymentOrder
from billing.services.credentials import credentials_configure
from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from saas.estates.models import Building, Community, House, Unit
from saas.finance.models import Bill, Payment
from saas.finance.services import billing_run_create, fee_item_create
from saas.residents.models import Occupancy, Resident
from tenants.models import Company
from tests.bench.common import bench_company
from tests.billing.emulators.alipay import AlipayEmulator

OWNERS = int(os.environ.get("BENCH_PAYMENT_OWNERS", "1000"))
DELIVERIES = 3
SENDERS = 20
PAYERS_IN_FLIGHT = 50
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(port: int, emulator: AlipayEmulator) -> subprocess.Popen[bytes]:
    db = settings.DATABASES["default"]
    env = {
        **os.environ,
        # Deployment-like: persistent connections, no debug bookkeeping, the same SECRET_KEY (the
        # merchant keys were encrypted with it by this process).
        "DJANGO_SETTINGS_MODULE": "saas.settings.base",
        "DEBUG": "false",
        "SECRET_KEY": settings.SECRET_KEY,
        "LOG_LEVEL": "ERROR",
        "ALIPAY_SERVER_URL": emulator.url,
        "PAYMENT_NOTIFY_BASE_URL": f"http://localhost:{port}",
        "CONN_MAX_AGE": "0",  # ASGI threads would each keep one; the server here allows few clients
    }
    if not os.environ.get("DATABASE_URL"):
        env["DATABASE_URL"] = f"postgres://{db['USER']}@/{db['NAME']}?host={db['HOST']}"
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "saas.asgi:application", "--host", "127.0.0.1", "--port", str(port),
         "--workers", "2", "--lifespan", "off", "--log-level", "warning", "--no-access-log"],
        env=env, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/graphql", headers={"Host": "localhost"}, timeout=1)
            return process
        except httpx.HTTPError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("uvicorn did not start")


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
                assert body["data"]["billsPay"]["errors"] == [], body

        await asyncio.gather(*(one(token, bill) for token, bill in owners))
    return timings


async def _deliver(base: str, path: str, bodies: list[bytes]) -> tuple[list[float], int]:
    """20 senders take bodies off one shuffled queue; returns latencies and non-success answers."""
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    timings: list[float] = []
    failures = 0
    headers = {"Host": "localhost", "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:

        async def sender() -> None:
            nonlocal failures
            while not queue.empty():
                body = queue.get_nowait()
                started = time.perf_counter()
                response = await client.post(path, content=body, headers=headers)
                timings.append((time.perf_counter() - started) * 1000)
                if response.text != "success":
                    failures += 1

        await asyncio.gather(*(sender() for _ in range(SENDERS)))
    return timings, failures


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)


def main() -> None:
    emulator = AlipayEmulator()
    try:
        with bench_company("pay", houses=OWNERS) as company:
            owners = _seed(company, emulator)
            host = company.domains.get(is_primary=True).domain
            port = _free_port()
            server = _serve(port, emulator)
            base = f"http://127.0.0.1:{port}"
            try:
                started = time.perf_counter()
                pay_ms = asyncio.run(_pay_all(base, host, owners))
                pay_seconds = time.perf_counter() - started
                numbers = list(emulator.trades)
                notices = [urlencode(emulator.pay(n)).encode() for n in numbers]
                refused = [urlencode(emulator.notification(n, app_id="2021000999999999")).encode() for n in numbers]
                path = f"/payments/notify/alipay/{company.schema_name}/"
                baseline_ms, baseline_ok = asyncio.run(_deliver(base, path, random.sample(refused, len(refused))))
                bodies = notices * DELIVERIES
                random.shuffle(bodies)
                started = time.perf_counter()
                note_ms, failures = asyncio.run(_deliver(base, path, bodies))
                seconds = time.perf_counter() - started
            finally:
                server.terminate()
                server.wait(timeout=30)
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
        ratio = statistics.median(note_ms) / statistics.median(baseline_ms)
        print(
            f"orders={orders} checkout_s={pay_seconds:.1f} checkout_p95_ms={_p95(pay_ms):.0f} "
            f"refused_baseline_median_ms={statistics.median(baseline_ms):.1f} baseline_answers_not_refused="
            f"{len(baseline_ms) - baseline_ok} non_success_answers={failures} unpaid_bills={unpaid_bills}"
        )
        print(
            f"RESULT payments notifications={len(bodies)} per_s={len(bodies) / seconds:.0f} "
            f"p95_ms={_p95(note_ms):.0f} ratio={ratio:.2f} double_posted={doubles} lost={lost}",
            flush=True,
        )
    finally:
        emulator.stop()
