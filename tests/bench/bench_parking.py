"""200 offer-and-pay flows race for 50 spaces through the HTTP stack; every notification comes three times.

A fresh company: one community, 50 rentable spaces, 200 owners each with a car and a waiting
application, a PARKING fee item (the rent), Alipay configured against the tests' emulator. The
production server (``python -m saas.server``) serves it on loopback. 200 flows run at once (50 in
flight): the office offers space ``n % 50`` to application ``n`` (``parkingApplicationOffer``:
four flows contend for each space, PostgreSQL's exclusion constraint lets one hold it), and each
owner whose offer stood pays it (``parkingOfferPay``, the real alipay-sdk-python against the
emulator). Then the emulator marks every trade paid and 20 senders post every signed notification
three times, shuffled; a Celery worker settles the inbox (inline in the server without REDIS_URL).

Counted by SQL afterwards: active rights, overlapping holding rights on one space (``overlaps``),
rights or applications activated by more than one payment (``double_activations``).

Baseline in the same run: the same senders posting notifications the app refuses after verifying
the signature (a wrong app id); ``ratio`` is what recording a real one costs over refusing.

RESULT parking flows=200 active=50 overlaps=0 double_activations=0 p95_ms=… notify_p95_ms=…
cpu_ms_per_flow=… ratio=…
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
from django.utils import timezone
from django_tenants.utils import schema_context
from strawberry.relay import to_base64

from billing.models import InboxEntry, OrderState, PaymentOrder
from billing.services.credentials import credentials_configure
from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from saas.estates.models import Building, Community, House, Unit
from saas.finance.services import fee_item_create
from saas.parking.models import (
    AreaKind,
    ParkingApplication,
    ParkingArea,
    ParkingSpace,
    SpaceKind,
    Vehicle,
)
from saas.residents.models import Occupancy, Resident
from tenants.models import Company
from tests.bench.bench_payments import _deliver, _drain
from tests.bench.common import bench_company, celery_worker, cpu_seconds, free_port, p95, production_server, server_env
from tests.billing.emulators.alipay import AlipayEmulator

FLOWS = int(os.environ.get("BENCH_PARKING_FLOWS", "200"))
SPACES = 50
DELIVERIES = 3
IN_FLIGHT = 50
OFFER = """mutation($id: ID!, $s: ID!) { parkingApplicationOffer(input: {id: $id, space: $s}) {
  errors { code } application { state } } }"""
PAY = """mutation($id: ID!) { parkingOfferPay(input: {id: $id, gateway: ALIPAY, channel: QR_CODE}) {
  errors { code } order { outTradeNo } } }"""
OVERLAPS = """
SELECT count(*) FROM parking_parkingright a JOIN parking_parkingright b
  ON a.space_id = b.space_id AND a.id < b.id AND a.period && b.period
WHERE a.state IN ('reserved', 'active') AND b.state IN ('reserved', 'active')
"""
DOUBLE_ACTIVATIONS = """
SELECT (SELECT count(*) FROM (SELECT right_id FROM parking_parkingpayment WHERE outcome = 'activated'
                              GROUP BY right_id HAVING count(*) > 1) r)
     + (SELECT count(*) FROM (SELECT application_id FROM parking_parkingpayment WHERE outcome = 'activated'
                              GROUP BY application_id HAVING count(*) > 1) a)
"""


def _plate(n: int) -> str:
    letters = "ABCDEFGHJK"
    return f"京{letters[n // 100 % 10]}{n % 100:02d}{n // 1000 % 10}{7}{n % 7}"


def _seed(company: Company, emulator: AlipayEmulator) -> tuple[str, list[tuple[str, str, str]]]:
    """The office's token and, per flow, (owner token, application ID, space ID)."""
    with schema_context(company.schema_name):
        community = Community.objects.create(name="基准花园", address="北京市朝阳区基准路1号", district="chaoyang")
        building = Building.objects.create(community=community, name="1号楼", floors_above=30)
        unit = Unit.objects.create(building=building, name="1单元")
        houses = House.objects.bulk_create(
            House(
                community=community, building=building, unit=unit, room_number=f"{n // 20 + 1}{n % 20 + 1:02d}",
                floor=n // 20 + 1, layout="3室2厅1卫", building_area=Decimal("100.00"), usable_area=Decimal("80.00"),
                kind="residential", status="self_occupied",
            )
            for n in range(FLOWS)
        )  # fmt: skip
        users = User.objects.bulk_create(
            User(username=f"139{n:08d}", phone=f"139{n:08d}", display_name=f"业主{n}", is_staff=False, password="!")
            for n in range(FLOWS)
        )
        residents = Resident.objects.bulk_create(
            Resident(name=f"业主{n}", phone=f"139{n:08d}", phone_last4=f"{n:04d}"[-4:], household_size=3, user=user)
            for n, user in enumerate(users)
        )
        Occupancy.objects.bulk_create(
            Occupancy(resident=r, house=h, role="owner", move_in=date(2020, 5, 1), is_primary_contact=True)
            for r, h in zip(residents, houses, strict=True)
        )
        vehicles = Vehicle.objects.bulk_create(Vehicle(resident=r, plate=_plate(n)) for n, r in enumerate(residents))
        area = ParkingArea.objects.create(
            community=community, name="地下车库B1", kind=AreaKind.UNDERGROUND, capacity=SPACES
        )
        spaces = ParkingSpace.objects.bulk_create(
            ParkingSpace(area=area, community=community, number=f"B1-{n + 1:03d}", kind=SpaceKind.RENTABLE)
            for n in range(SPACES)
        )
        applications = ParkingApplication.objects.bulk_create(
            ParkingApplication(
                community=community, applicant=r, vehicle=v, is_owner=True, months=1, start=timezone.localdate()
            )
            for r, v in zip(residents, vehicles, strict=True)
        )
        fee_item_create(
            name="车位租金", kind="parking", unit_price=Decimal("300.00"), cycle_months=1,
            community_ids=[community.pk], effective_from=date(2025, 1, 1),
        )  # fmt: skip
        credentials_configure(
            provider="alipay",
            values={
                "app_id": emulator.app_id,
                "app_private_key": emulator.app_private_pem,
                "alipay_public_key": emulator.alipay_public_pem,
                "seller_id": emulator.seller_id,
            },
        )
        office = api_token_issue(user=User.objects.get(username="admin")).raw
        flows = [
            (
                api_token_issue(user=u).raw,
                to_base64("ParkingApplication", a.pk),
                to_base64("ParkingSpace", spaces[n % SPACES].pk),
            )
            for n, (u, a) in enumerate(zip(users, applications, strict=True))
        ]
        random.shuffle(flows)
        return office, flows


async def _flows(base: str, host: str, office: str, flows: list[tuple[str, str, str]]) -> tuple[list[float], int]:
    """Offer, then pay if the offer stood; per-flow latency and how many offers were refused."""
    limit = asyncio.Semaphore(IN_FLIGHT)
    timings: list[float] = []
    refused = 0
    async with httpx.AsyncClient(base_url=base, timeout=120) as client:

        async def call(token: str, query: str, variables: dict[str, str], field: str) -> dict[str, Any]:
            response = await client.post(
                "/graphql",
                json={"query": query, "variables": variables},
                headers={"Host": host, "Authorization": f"Bearer {token}"},
            )
            body = response.json()
            assert "errors" not in body, body
            data: dict[str, Any] = body["data"][field]
            return data

        async def one(token: str, application: str, space: str) -> None:
            nonlocal refused
            async with limit:
                started = time.perf_counter()
                offer = await call(office, OFFER, {"id": application, "s": space}, "parkingApplicationOffer")
                if offer["errors"]:
                    assert [e["code"] for e in offer["errors"]] == ["SPACE_UNAVAILABLE"], offer
                    refused += 1
                else:
                    paid = await call(token, PAY, {"id": application}, "parkingOfferPay")
                    assert paid["errors"] == [], paid
                timings.append((time.perf_counter() - started) * 1000)

        await asyncio.gather(*(one(*flow) for flow in flows))
    return timings, refused


def main() -> None:
    emulator = AlipayEmulator()
    try:
        with bench_company("park", houses=FLOWS) as company:
            office, flows = _seed(company, emulator)
            host = company.domains.get(is_primary=True).domain
            port = free_port()
            env = server_env(ALIPAY_SERVER_URL=emulator.url, PAYMENT_NOTIFY_BASE_URL=f"http://localhost:{port}")
            server = production_server(port, env)
            worker = celery_worker(env) if os.environ.get("REDIS_URL") else None
            base = f"http://127.0.0.1:{port}"
            try:
                cpu_before = cpu_seconds(server.pid)
                flow_ms, refused = asyncio.run(_flows(base, host, office, flows))
                flow_cpu = cpu_seconds(server.pid) - cpu_before
                numbers = list(emulator.trades)
                notices = [urlencode(emulator.pay(n)).encode() for n in numbers]
                wrong = [urlencode(emulator.notification(n, app_id="2021000999999999")).encode() for n in numbers]
                path = f"/payments/notify/alipay/{company.schema_name}/"
                baseline_ms, _ = asyncio.run(_deliver(port, path, wrong * DELIVERIES))
                bodies = notices * DELIVERIES
                random.shuffle(bodies)
                note_ms, failures = asyncio.run(_deliver(port, path, bodies))
                drained = _drain(company)
            finally:
                for process in (server, worker):
                    if process is not None:
                        process.terminate()
                        process.wait(timeout=30)
            connection.close()
            with schema_context(company.schema_name), connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM parking_parkingright WHERE state = 'active'")
                active = cursor.fetchone()[0]
                cursor.execute(OVERLAPS)
                overlaps = cursor.fetchone()[0]
                cursor.execute(DOUBLE_ACTIVATIONS)
                doubles = cursor.fetchone()[0]
                paid = PaymentOrder.objects.filter(state=OrderState.PAID).count()
                unsettled = InboxEntry.objects.filter(settled_at__isnull=True).count()
                states = dict(ParkingApplication.objects.values_list("state").annotate(n=Count("id")))
        print(
            f"offers_refused={refused} orders_paid={paid} applications={states} non_success_answers={failures} "
            f"inbox_unsettled={unsettled} drain_s={drained:.1f} "
            f"refused_baseline_median_ms={statistics.median(baseline_ms):.1f} "
            f"worker={'celery' if worker else 'inline (no REDIS_URL)'}"
        )
        print(
            f"RESULT parking flows={len(flow_ms)} active={active} overlaps={overlaps} double_activations={doubles} "
            f"p95_ms={p95(flow_ms):.0f} notify_p95_ms={p95(note_ms):.0f} "
            f"cpu_ms_per_flow={flow_cpu * 1000 / max(len(flow_ms), 1):.1f} "
            f"ratio={statistics.median(note_ms) / statistics.median(baseline_ms):.2f}",
            flush=True,
        )
    finally:
        emulator.stop()
