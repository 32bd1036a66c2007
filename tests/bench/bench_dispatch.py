"""Instant dispatch, measured through a real server: the production server command
(``python -m saas.server``: one worker per core, as ``make demo`` and docker run it), 100
technicians subscribed to ``workOrderEvents`` over real websockets, work orders submitted over HTTP
by the service desk in a community on auto dispatch.

* ``dispatch``: 200 orders submitted at once; per order, from the moment its submit request is
  sent to the moment the technician it was dispatched to receives its first event. ``lost``:
  orders whose technician heard nothing within a minute. Baselines in the same run: the submit
  requests' own round trips (``response_p50_ms``, ``ratio`` = event p50 ÷ response p50), the push
  alone (event received − response received, ``push_p50_ms``), and ``dispatch_paced``: 20 orders
  one at a time, where nothing waits in the server's queue. ``cpu_ms_per_order``: the server's CPU
  (all its processes, from /proc) per order, the submission and the push to the technician;
  ``client_cpu_ms``: what this process (the senders and the 100 sockets) spent per order, on the
  same cores (the senders are lean: ``common.KeepAlive``).
* ``dispatch_history``: the pick alone (in process, rolled back), once the community has a history:
  ``HISTORY`` closed orders per technician (100,000 in all, a year or two of a mid-size company);
  baseline: the same pick in the same run without the ``(assignee, assigned_at)`` index, dropped
  inside a transaction that is rolled back. The pick runs while the community's turn is held.
* ``grab_race``: one order offered to every technician (grab mode); 20 of them accept at the same
  instant, each from its own thread and database connection through the whole Django stack.

With ``REDIS_URL`` set the channel layer is Redis (as in production), else in-memory.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import threading
import time
from decimal import Decimal
from typing import Any

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.db import connection, connections, transaction
from django.test import Client
from django_tenants.utils import schema_context
from websockets.asyncio.client import ClientConnection, connect

from permissions.roles import Role
from permissions.services import community_scope_set, role_set
from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from saas.estates.models import Building, Community, House, Unit
from saas.workorders.dispatch import least_busy_technician_assign
from saas.workorders.live import person_group
from saas.workorders.models import CommunityDispatch, DispatchMode, TechnicianProfile, WorkOrder
from tenants.models import Company
from tests.bench.common import KeepAlive, bench_company, cpu_seconds, free_port, production_server, server_env
from tests.channel_layer import group_subscribers

TECHNICIANS, ORDERS, PACED, CONTENDERS = 100, 200, 20, 20
HISTORY, PICKS = 1000, 20  # closed orders per technician; picks timed per variant
# Under ASGI each request runs in a thread of its own with its own database connection; the
# clients send all 200 at once, the server takes IN_FLIGHT at a time (a shared PostgreSQL allows ~100).
IN_FLIGHT = 8
EVENT_DEADLINE_SECONDS = 60
SUBMIT = """
mutation Submit($input: WorkOrderSubmitInput!) {
  workOrderSubmit(input: $input) { errors { code } workOrder { number assigneeName } }
}
"""
DESK_PHONE = "13910020002"  # the desk reports for the houses and is the contact
EVENTS = "subscription { workOrderEvents { number event { action } assigneeName } }"
ACCEPT = "mutation($id: ID!) { workOrderAccept(input: {id: $id}) { errors { code } workOrder { state } } }"


def _seed(company: Company) -> tuple[Community, list[House], User, list[tuple[User, str]]]:
    with schema_context(company.schema_name):
        community = Community.objects.create(name="京华园", address="北京市朝阳区望京西路1号", district="chaoyang")
        building = Building.objects.create(community=community, name="3号楼", floors_above=20)
        unit = Unit.objects.create(building=building, name="1单元")
        houses = House.objects.bulk_create(
            House(
                community=community, building=building, unit=unit, floor=f, room_number=f"{f}{i:02d}",
                building_area=Decimal("90"), usable_area=Decimal("70"),
            )
            for f in range(1, 21) for i in range(1, 11)
        )  # fmt: skip
        desk = User.objects.create(username="desk", display_name="客服 孙丽", phone=DESK_PHONE, is_staff=True)
        role_set(user=desk, role=Role.SERVICE)
        community_scope_set(user=desk, communities=[community.pk])
        technicians = []
        for n in range(TECHNICIANS):
            user = User.objects.create(username=f"tech{n:03d}", display_name=f"师傅{n:03d}", is_staff=True)
            role_set(user=user, role=Role.TECHNICIAN)
            community_scope_set(user=user, communities=[community.pk])
            TechnicianProfile.objects.create(user=user, skills=["plumbing"], on_duty=True)
            technicians.append((user, api_token_issue(user=user).raw))
        CommunityDispatch.objects.create(community=community, mode=DispatchMode.AUTO)
        return community, houses, desk, technicians


async def _subscribe(port: int, host: str, token: str) -> ClientConnection:
    socket = await connect(
        f"ws://{host}:{port}/graphql",
        host="127.0.0.1",
        port=port,
        subprotocols=["graphql-transport-ws"],  # type: ignore[list-item]
    )
    await socket.send(json.dumps({"type": "connection_init", "payload": {"authorization": f"Bearer {token}"}}))
    assert json.loads(await socket.recv())["type"] == "connection_ack"
    await socket.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": EVENTS}}))
    return socket


async def _listen(socket: ClientConnection, name: str, heard: dict[str, float]) -> None:
    async for raw in socket:
        message = json.loads(raw)
        if message.get("type") != "next":
            continue
        event = message["payload"]["data"]["workOrderEvents"]
        if event["assigneeName"] == name and event["number"] not in heard:
            heard[event["number"]] = time.perf_counter()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Round:
    """One batch of submissions: when each request went out and came back, by order number."""

    def __init__(self) -> None:
        self.sent: dict[str, float] = {}
        self.responded: dict[str, float] = {}
        self.assignees: dict[str, str] = {}
        self.seconds = 0.0

    async def submit(self, http: KeepAlive, house: House, n: int, *, started: float | None = None) -> None:
        """Post one order; ``started``: when it was handed to the client (default: now)."""
        description = f"厨房漏水 {n}"
        variables = {
            "input": {
                "category": "PLUMBING",
                "description": description,
                "house": _gid("House", house.pk),
                "contactPhone": DESK_PHONE,
            }
        }
        started = time.perf_counter() if started is None else started
        response = await http.post("/graphql", json_body={"query": SUBMIT, "variables": variables})
        finished = time.perf_counter()
        payload = response.json()["data"]["workOrderSubmit"]
        assert payload["errors"] == [] and payload["workOrder"]["assigneeName"], payload
        self.sent[payload["workOrder"]["number"]] = started
        self.responded[payload["workOrder"]["number"]] = finished
        self.assignees[payload["workOrder"]["number"]] = payload["workOrder"]["assigneeName"]

    async def settle(self, heard: dict[str, float]) -> None:
        """Wait until every order's technician heard of it, or the deadline passed."""
        deadline = time.perf_counter() + EVENT_DEADLINE_SECONDS
        while time.perf_counter() < deadline and not all(number in heard for number in self.sent):
            await asyncio.sleep(0.02)

    def result(self, name: str, heard: dict[str, float], **extra: object) -> str:
        latencies = [(heard[n] - started) * 1000 for n, started in self.sent.items() if n in heard]
        responses = [(self.responded[n] - started) * 1000 for n, started in self.sent.items()]
        # The push alone: event received minus response received (negative: the event came first).
        push = [(heard[n] - finished) * 1000 for n, finished in self.responded.items() if n in heard]
        p50, response_p50 = _percentile(latencies, 0.5), statistics.median(responses)
        fields = {
            "p50_ms": f"{p50:.0f}",
            "p95_ms": f"{_percentile(latencies, 0.95):.0f}",
            "lost": len(self.sent) - len(latencies),
            "response_p50_ms": f"{response_p50:.0f}",
            "ratio": f"{p50 / response_p50:.2f}",
            "push_p50_ms": f"{statistics.median(push):.0f}",
            "push_p95_ms": f"{_percentile(push, 0.95):.0f}",
            "orders": len(self.sent),
            "seconds": f"{self.seconds:.1f}",
            "winners": len(set(self.assignees.values())),  # technicians who got at least one order
            **extra,
        }
        return f"RESULT {name} " + " ".join(f"{k}={v}" for k, v in fields.items())


async def _ready(company: Company, crew: list[tuple[User, str]]) -> None:
    groups = await sync_to_async(lambda: [_group(company, user) for user, _ in crew])()
    for _ in range(600):
        members = [await group_subscribers(get_channel_layer(), g) for g in groups]
        if None in members:  # in-memory layer, inside the server: give the subscriptions time
            await asyncio.sleep(3)
            return
        if all(members):
            return
        await asyncio.sleep(0.05)
    raise RuntimeError("the technicians never all subscribed")


async def _dispatch(
    port: int, host: str, company: Company, houses: list[House], desk: User, crew: Any, server_pid: int
) -> None:
    sockets = [await _subscribe(port, host, token) for _, token in crew]
    await _ready(company, crew)
    heard: dict[str, float] = {}
    listeners = [
        asyncio.create_task(_listen(s, u.display_name, heard)) for s, (u, _) in zip(sockets, crew, strict=True)
    ]
    desk_token = await sync_to_async(_token)(company, desk)
    headers = {"Host": host, "Authorization": f"Bearer {desk_token}"}
    # Baseline: one order at a time, nothing queued in front of it.
    paced = Round()
    began, cpu = time.perf_counter(), cpu_seconds(server_pid)
    http = KeepAlive(port, headers)
    for n in range(PACED):
        await paced.submit(http, houses[n % len(houses)], n)
        await paced.settle(heard)
    await http.close()
    paced.seconds = time.perf_counter() - began
    paced_cpu_ms = (cpu_seconds(server_pid) - cpu) * 1000 / PACED
    # The burst: every order at once.
    burst = Round()
    began, cpu, client_cpu = time.perf_counter(), cpu_seconds(server_pid), time.process_time()
    # All 200 are handed over at ``began``; IN_FLIGHT senders, a connection each, post them in turn,
    # so each order's wait for a sender counts in its latency.
    queue = list(range(ORDERS))[::-1]

    async def sender() -> None:
        connection = KeepAlive(port, headers)
        while queue:
            n = queue.pop()
            await burst.submit(connection, houses[n % len(houses)], PACED + n, started=began)
        await connection.close()

    await asyncio.gather(*(sender() for _ in range(IN_FLIGHT)))
    burst.seconds = time.perf_counter() - began
    await burst.settle(heard)
    burst_cpu_ms = (cpu_seconds(server_pid) - cpu) * 1000 / ORDERS
    client_cpu_ms = (time.process_time() - client_cpu) * 1000 / ORDERS
    for task in listeners:
        task.cancel()
    for subscriber in sockets:
        await subscriber.close()
    layer = type(get_channel_layer()).__name__
    paced_line = paced.result("dispatch_paced", heard, cpu_ms_per_order=f"{paced_cpu_ms:.1f}", layer=layer)
    print(paced_line, flush=True)
    burst_line = burst.result(
        "dispatch", heard, cpu_ms_per_order=f"{burst_cpu_ms:.1f}", client_cpu_ms=f"{client_cpu_ms:.2f}",
        technicians=TECHNICIANS, in_flight=IN_FLIGHT,
        layer=layer, load=f"{os.getloadavg()[0]:.1f}",
    )  # fmt: skip
    print(burst_line, flush=True)


def _gid(type_name: str, pk: int) -> str:
    from strawberry.relay import to_base64

    return to_base64(type_name, pk)


def _group(company: Company, user: User) -> str:
    with schema_context(company.schema_name):
        return person_group(user.pk)


def _token(company: Company, user: User) -> str:
    with schema_context(company.schema_name):
        return api_token_issue(user=user).raw


class _RolledBack(Exception):
    pass


def _picks_ms(order: WorkOrder, *, without_index: bool) -> float:
    """Median ms of ``PICKS`` picks of ``order``, each rolled back."""
    timings = []
    try:
        with transaction.atomic():
            if without_index:
                with connection.cursor() as cursor:
                    cursor.execute("DROP INDEX work_order_latest_assignment")
            for _ in range(PICKS):
                with transaction.atomic():
                    started = time.perf_counter()
                    assert least_busy_technician_assign(order) is not None
                    timings.append((time.perf_counter() - started) * 1000)
                    transaction.set_rollback(True)
            raise _RolledBack
    except _RolledBack:
        pass
    return statistics.median(timings)


def _history(company: Company) -> None:
    with schema_context(company.schema_name):
        with connection.cursor() as cursor:
            cursor.execute(
                """
                INSERT INTO workorders_workorder (community_id, house_id, building_id, location, category,
                  description, priority, state, contact_name, contact_phone, reporter_id, assignee_id,
                  assigned_at, dispatch_mode, respond_by, on_site_by, complete_by, created_at,
                  escalation_level, rating_comment)
                SELECT w.community_id, w.house_id, w.building_id, w.location, w.category, w.description,
                  w.priority, 'closed', w.contact_name, w.contact_phone, w.reporter_id, p.user_id,
                  w.created_at - g * interval '1 hour', w.dispatch_mode, w.respond_by, w.on_site_by,
                  w.complete_by, w.created_at - g * interval '1 hour', 0, ''
                FROM (SELECT * FROM workorders_workorder ORDER BY id LIMIT 1) w
                CROSS JOIN workorders_technicianprofile p CROSS JOIN generate_series(1, %s) g
                """,
                [HISTORY],
            )
            closed = cursor.rowcount
            cursor.execute("ANALYZE workorders_workorder")
        order = WorkOrder.objects.filter(assignee__isnull=True).order_by("pk").first() or WorkOrder.objects.first()
        assert order is not None
        indexed = _picks_ms(order, without_index=False)
        baseline = _picks_ms(order, without_index=True)
    print(
        f"RESULT dispatch_history closed_orders={closed} pick_ms={indexed:.2f} "
        f"pick_ms_without_index={baseline:.2f} speedup={baseline / indexed:.1f}",
        flush=True,
    )


def _grab_race(company: Company, host: str, houses: list[House], desk: User, crew: list[tuple[User, str]]) -> None:
    with schema_context(company.schema_name):
        CommunityDispatch.objects.filter(community=houses[0].community_id).update(mode=DispatchMode.GRAB)
    desk_token = _token(company, desk)
    variables = {
        "input": {
            "category": "PLUMBING",
            "description": "楼上漏水",
            "house": _gid("House", houses[0].pk),
            "contactPhone": DESK_PHONE,
        }
    }
    body = Client(HTTP_HOST=host).post(
        "/graphql", data=json.dumps({"query": SUBMIT, "variables": variables}), content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {desk_token}",
    ).json()  # fmt: skip
    number = body["data"]["workOrderSubmit"]["workOrder"]["number"]
    order_id = _gid("WorkOrder", int(number.rsplit("-", 1)[1]))
    barrier = threading.Barrier(CONTENDERS)
    outcomes: list[str] = []

    def accept(token: str) -> None:
        client = Client(HTTP_HOST=host)
        request = json.dumps({"query": ACCEPT, "variables": {"id": order_id}})
        try:
            barrier.wait(timeout=30)
            data = client.post(
                "/graphql", data=request, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
            ).json()
            errors = data["data"]["workOrderAccept"]["errors"]
            outcomes.append(errors[0]["code"] if errors else "WON")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=accept, args=(token,)) for _, token in crew[:CONTENDERS]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    won, taken = outcomes.count("WON"), outcomes.count("ALREADY_TAKEN")
    print(
        f"RESULT grab_race accepts={CONTENDERS} winners={won} already_taken={taken} "
        f"other={len(outcomes) - won - taken}",
        flush=True,
    )


def main() -> None:
    with bench_company("bench-dispatch", houses=200) as company:
        started = time.perf_counter()
        _, houses, desk, crew = _seed(company)
        print(f"seeded {TECHNICIANS} technicians and {len(houses)} houses in {time.perf_counter() - started:.1f}s")
        host = company.domains.get(is_primary=True).domain
        port = free_port()
        server = production_server(port, server_env())
        try:
            asyncio.run(_dispatch(port, host, company, houses, desk, crew, server.pid))
        finally:
            server.terminate()
            server.wait(timeout=30)
        _grab_race(company, host, houses, desk, crew)
        _history(company)
