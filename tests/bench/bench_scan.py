"""Checkpoint scans through a real server: the production server command (``python -m saas.server``,
one worker per core, bounded requests, pooled connections), 100 technicians of one community each
scanning checkpoints of a 20-stop route whose plan has a round open now, over HTTP.

* ``scan``: 1,000 scans sent at once (each its own request and client scan id), plus 100 of them
  sent a second time at the same instant, as a phone retries after a timeout. A request the server
  sheds (503 + Retry-After) is sent again after the pause with the same scan id, as the app does.
  ``p95_ms``: from a scan's first send to its accepted answer. ``duplicates``: rows beyond one per
  scan id, plus retries answered with another scan than the original (both must be 0).
  ``cpu_ms_per_scan``: the server's CPU (all its processes, from /proc) per scan.
* Baseline in the same run, ``scan_paced``: 50 scans one at a time, nothing queued in front of them;
  ``ratio`` = the burst's p50 ÷ the paced p50.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from datetime import timedelta
from decimal import Decimal
from typing import Any

import httpx
from django.db.models import Count
from django.utils import timezone
from django_tenants.utils import schema_context
from strawberry.relay import to_base64

from permissions.roles import Role
from permissions.services import community_scope_set, role_set
from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from saas.equipment.models import Checkpoint, CheckpointScan
from saas.equipment.services.plans import PlanData, ShiftData, inspection_plan_create
from saas.equipment.services.rounds import CheckpointData, checkpoint_create, inspection_route_create
from saas.equipment.tokens import checkpoint_token
from saas.estates.models import Community
from tenants.models import Company
from tests.bench.common import bench_company, cpu_seconds, free_port, p95, production_server, server_env

TECHNICIANS, STOPS, SCANS, RETRIES, PACED = 100, 20, 1000, 100, 50
ORIGIN = (Decimal("39.996200"), Decimal("116.470300"))
SCAN = """
mutation Scan($input: CheckpointScanInput!) {
  checkpointScan(input: $input) { errors { code } created scan { id round { id } } }
}
"""


def _seed(company: Company) -> tuple[str, list[tuple[int, str, Decimal, Decimal]], list[str]]:
    """The route's id, its checkpoints (id, token, position) and the technicians' API tokens."""
    with schema_context(company.schema_name):
        community = Community.objects.create(name="京华园", address="北京市朝阳区望京西路1号", district="chaoyang")
        tokens, crew = [], []
        for n in range(TECHNICIANS):
            user = User.objects.create(username=f"tech{n:03d}", display_name=f"师傅{n:03d}", is_staff=True)
            role_set(user=user, role=Role.TECHNICIAN)
            community_scope_set(user=user, communities=[community.pk])
            crew.append(user)
            tokens.append(api_token_issue(user=user).raw)
        checkpoints = [
            checkpoint_create(
                data=CheckpointData(community.pk, f"巡检点{i:02d}", ORIGIN[0] + Decimal("0.000450") * i, ORIGIN[1], 30)
            )
            for i in range(STOPS)
        ]
        route = inspection_route_create(
            community_id=community.pk, name="夜间巡检", checkpoint_ids=[c.pk for c in checkpoints]
        )
        started = timezone.localtime() - timedelta(minutes=30)
        inspection_plan_create(
            data=PlanData(
                community.pk,
                route.pk,
                "夜间巡检计划",
                [ShiftData("巡检班", started.time().replace(second=0, microsecond=0), 240)],
                [u.pk for u in crew[:20]],
                starts_on=started.date(),
            ),
            today=started.date(),
        )
        stops = [
            (c.pk, checkpoint_token(Checkpoint.objects.get(pk=c.pk)), c.latitude, c.longitude) for c in checkpoints
        ]
        return to_base64("InspectionRoute", route.pk), stops, tokens


class Scans:
    """Scans of one batch: when each was first sent, when it was accepted, what the server kept."""

    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.kept: dict[str, str] = {}  # client scan id → scan id
        self.created = 0
        self.shed = 0  # 503s answered and retried
        self.mismatched = 0  # a retry answered with another scan than the original

    async def send(self, http: httpx.AsyncClient, token: str, body: dict[str, Any]) -> None:
        started = time.perf_counter()
        while True:
            response = await http.post("/graphql", json=body, headers={"Authorization": f"Bearer {token}"})
            if response.status_code == 503:
                self.shed += 1
                await asyncio.sleep(float(response.headers.get("retry-after", "1")))
                continue
            break
        payload = response.json()["data"]["checkpointScan"]
        assert payload["errors"] == [] and payload["scan"]["round"], payload
        self.latencies.append((time.perf_counter() - started) * 1000)
        client_id, scan_id = body["variables"]["input"]["clientScanId"], payload["scan"]["id"]
        if client_id in self.kept and self.kept[client_id] != scan_id:
            self.mismatched += 1
        self.kept.setdefault(client_id, scan_id)
        self.created += bool(payload["created"])


def _body(route: str, stop: tuple[int, str, Decimal, Decimal], client_id: str) -> dict[str, Any]:
    pk, token, lat, lng = stop
    return {
        "query": SCAN,
        "variables": {
            "input": {
                "route": route,
                "checkpoint": to_base64("Checkpoint", pk),
                "token": token,
                "clientScanId": client_id,
                "deviceTime": timezone.now().isoformat(),
                "latitude": float(lat),
                "longitude": float(lng),
            }
        },
    }


async def _run(
    port: int, host: str, route: str, stops: list[Any], tokens: list[str], pid: int
) -> tuple[Scans, float, float, float]:
    """The paced baseline (printed), then the burst: (burst, seconds, CPU ms per scan, paced p50)."""
    limits = httpx.Limits(max_connections=SCANS + RETRIES, max_keepalive_connections=SCANS + RETRIES)
    async with httpx.AsyncClient(
        base_url=f"http://127.0.0.1:{port}", headers={"Host": host}, limits=limits, timeout=120
    ) as http:
        paced = Scans()
        began, cpu = time.perf_counter(), cpu_seconds(pid)
        for n in range(PACED):
            await paced.send(http, tokens[n % TECHNICIANS], _body(route, stops[n % STOPS], f"paced-{n}"))
        paced_seconds, paced_cpu = time.perf_counter() - began, (cpu_seconds(pid) - cpu) * 1000 / PACED
        burst = Scans()
        jobs = [
            (tokens[n % TECHNICIANS], _body(route, stops[(n // TECHNICIANS) % STOPS], f"burst-{n}"))
            for n in range(SCANS)
        ]
        jobs += jobs[:: SCANS // RETRIES][:RETRIES]  # the same scans again, at the same time
        began, cpu = time.perf_counter(), cpu_seconds(pid)
        await asyncio.gather(*(burst.send(http, token, body) for token, body in jobs))
        burst_seconds, burst_cpu = time.perf_counter() - began, (cpu_seconds(pid) - cpu) * 1000 / SCANS
    paced_p50 = statistics.median(paced.latencies)
    print(
        f"RESULT scan_paced scans={PACED} p50_ms={paced_p50:.0f} p95_ms={p95(paced.latencies):.0f} "
        f"cpu_ms_per_scan={paced_cpu:.1f} seconds={paced_seconds:.1f}",
        flush=True,
    )
    return burst, burst_seconds, burst_cpu, paced_p50


def _result(burst: Scans, seconds: float, cpu_ms: float, paced_p50: float) -> None:
    stored = CheckpointScan.objects.filter(client_scan_id__startswith="burst-")
    extra_rows = sum(row["n"] - 1 for row in stored.values("client_scan_id").annotate(n=Count("pk")).filter(n__gt=1))
    p50 = statistics.median(burst.latencies)
    print(
        f"RESULT scan scans={SCANS} retried_same_id={RETRIES} stored={stored.count()} created={burst.created} "
        f"duplicates={extra_rows + burst.mismatched} in_rounds={stored.filter(round__isnull=False).count()} "
        f"p50_ms={p50:.0f} p95_ms={p95(burst.latencies):.0f} shed_503={burst.shed} "
        f"cpu_ms_per_scan={cpu_ms:.1f} seconds={seconds:.1f} throughput_per_s={SCANS / seconds:.0f} "
        f"ratio={p50 / paced_p50:.1f} load={os.getloadavg()[0]:.1f}",
        flush=True,
    )


def main() -> None:
    with bench_company("bench-scan", houses=10) as company:
        started = time.perf_counter()
        route, stops, tokens = _seed(company)
        print(f"seeded {TECHNICIANS} technicians and {STOPS} checkpoints in {time.perf_counter() - started:.1f}s")
        host = company.domains.get(is_primary=True).domain
        port = free_port()
        server = production_server(port, server_env())
        try:
            burst, seconds, cpu_ms, paced_p50 = asyncio.run(_run(port, host, route, stops, tokens, server.pid))
        finally:
            server.terminate()
            server.wait(timeout=30)
        with schema_context(company.schema_name):
            _result(burst, seconds, cpu_ms, paced_p50)
