"""Live updates through real websockets (graphql-transport-ws) with the Redis channel layer.

Non-delivery is checked with a fence: the event the subscriber must not get is published first,
one it must get right after; the first message to arrive has to be the second (each subscriber's
messages arrive in the order they were sent), so no test waits out a timeout to prove a silence.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import pytest_asyncio
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.test.utils import override_settings
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from saas.accounts.services import api_token_issue, api_token_revoke
from saas.asgi import application
from saas.notifications.services import inbox_group
from saas.workorders.live import all_orders_group, community_group, person_group
from saas.workorders.models import DispatchMode
from tests.factories import staff_member
from tests.workorders.live import (
    EVENTS,
    NOTIFICATIONS,
    PROTOCOL,
    Y_RESIDENT_PHONE,
    LiveCompany,
    committed_companies,
    connected,
    over_http,
)

pytestmark = [
    pytest.mark.skipif(not settings.REDIS_URL, reason="the live tests drive the Redis channel layer (set REDIS_URL)"),
    pytest.mark.asyncio,
    # The database must exist; the tests' own transaction stays empty (everything here commits).
    pytest.mark.django_db(transaction=False),
]

# The settings' Redis layer under a prefix of its own.
REDIS_LAYER = {
    "default": {
        "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
        "CONFIG": {**settings.CHANNEL_LAYERS["default"].get("CONFIG", {}), "prefix": "wuye-test-live"},
    }
}
SUBMIT = """
mutation Submit($input: WorkOrderSubmitInput!) {
  workOrderSubmit(input: $input) { errors { code } workOrder { id number } }
}
"""
ASSIGN = """
mutation Assign($input: WorkOrderAssignInput!) { workOrderAssign(input: $input) { errors { code } } }
"""


@pytest.fixture(scope="module")
def companies(django_db_setup: None, django_db_blocker: Any) -> Iterator[tuple[LiveCompany, LiveCompany]]:
    with (
        django_db_blocker.unblock(),
        override_settings(CHANNEL_LAYERS=REDIS_LAYER),
        committed_companies("live-a", "live-b") as (a, b),
    ):
        yield a, b


@pytest.fixture
def a(companies: tuple[LiveCompany, LiveCompany]) -> LiveCompany:
    return companies[0]


@pytest.fixture
def b(companies: tuple[LiveCompany, LiveCompany]) -> LiveCompany:
    return companies[1]


def group(live: LiveCompany, name: Any, *args: Any) -> str:
    with tenant_context(live.company):
        return str(name(*args))


async def submit(live: LiveCompany, *, house: Any = None, description: str = "厨房水管漏水") -> dict[str, Any]:
    house = house or live.house
    reporter = live.owner if house == live.house else live.desk_y
    report = {"category": "PLUMBING", "description": description, "house": to_base64("House", house.pk)}
    if reporter is live.desk_y:
        report["contactPhone"] = Y_RESIDENT_PHONE
    body = await over_http(live.http(reporter), SUBMIT, {"input": report})
    assert body["data"]["workOrderSubmit"]["errors"] == [], body
    order: dict[str, Any] = body["data"]["workOrderSubmit"]["workOrder"]
    return order


async def assign(live: LiveCompany, order: dict[str, Any], technician: Any) -> None:
    variables = {"input": {"id": order["id"], "technician": to_base64("Technician", technician.user.pk)}}
    body = await over_http(live.http(live.admin), ASSIGN, variables)
    assert body["data"]["workOrderAssign"]["errors"] == [], body


@pytest_asyncio.fixture(autouse=True)
async def _assign_mode(a: LiveCompany, b: LiveCompany) -> None:
    """Every test starts with both companies' communities in assign mode."""
    await a.dispatch()
    await b.dispatch()


async def test_technician_hears_the_order_auto_dispatch_gives_them(a: LiveCompany) -> None:
    await a.dispatch(x=DispatchMode.AUTO)
    async with connected(a.host, a.technician.token) as technician:
        await technician.subscribe(EVENTS, ready=group(a, person_group, a.technician.user.pk))
        order = await submit(a)
        first = (await technician.next_data())["workOrderEvents"]
        second = (await technician.next_data())["workOrderEvents"]
    assert (first["event"]["action"], first["workOrderId"], first["number"]) == (
        "SUBMITTED",
        order["id"],
        order["number"],
    )
    step = second["event"]
    assert (step["action"], step["fromState"], step["toState"], second["state"]) == (
        "ASSIGNED",
        "SUBMITTED",
        "ASSIGNED",
        "ASSIGNED",
    )
    assert (second["assigneeName"], step["actorName"], second["communityName"]) == ("tech师傅", "系统", "京华园")


async def test_an_idle_subscription_outlives_the_redis_clients_read_timeout(a: LiveCompany) -> None:
    """Nothing is published for longer than redis-py's 5 s read timeout; the socket still hears."""
    async with connected(a.host, a.owner.token) as owner:
        await owner.subscribe(EVENTS, ready=group(a, person_group, a.owner.user.pk))
        await asyncio.sleep(6)
        order = await submit(a)
        assert (await owner.next_data())["workOrderEvents"]["workOrderId"] == order["id"]


async def test_owner_hears_each_step_of_their_own_order(a: LiveCompany) -> None:
    async with connected(a.host, a.owner.token) as owner:
        await owner.subscribe(EVENTS, ready=group(a, person_group, a.owner.user.pk))
        order = await submit(a)
        assert (await owner.next_data())["workOrderEvents"]["event"]["action"] == "SUBMITTED"
        await assign(a, order, a.technician)
        update = (await owner.next_data())["workOrderEvents"]
    assert (update["event"]["action"], update["state"], update["assigneeName"]) == ("ASSIGNED", "ASSIGNED", "tech师傅")


async def test_staff_hear_their_communities_and_not_the_others(a: LiveCompany) -> None:
    async with connected(a.host, a.desk_y.token) as desk_y:
        await desk_y.subscribe(EVENTS, ready=group(a, community_group, a.y.pk))
        await submit(a)  # in X: not for the desk of Y
        fence = await submit(a, house=a.house_y, description="卫生间漏水")
        update = (await desk_y.next_data())["workOrderEvents"]
    assert (update["workOrderId"], update["communityName"]) == (fence["id"], "清河嘉园")


async def test_a_technician_hears_nothing_of_orders_not_theirs_until_assigned(a: LiveCompany) -> None:
    async with connected(a.host, a.technician.token) as technician:
        await technician.subscribe(EVENTS, ready=group(a, person_group, a.technician.user.pk))
        first = await submit(a)  # assign mode: offered to nobody
        await submit(a, description="阳台地漏堵塞")
        await assign(a, first, a.technician)
        update = (await technician.next_data())["workOrderEvents"]
    assert (update["workOrderId"], update["event"]["action"]) == (first["id"], "ASSIGNED")


async def test_nothing_crosses_companies_even_with_the_same_account_id(a: LiveCompany, b: LiveCompany) -> None:
    assert a.technician.user.pk == b.technician.user.pk and a.admin.user.pk == b.admin.user.pk
    await a.dispatch(x=DispatchMode.AUTO)
    await b.dispatch(x=DispatchMode.AUTO)
    async with connected(b.host, b.technician.token) as technician_b, connected(b.host, b.admin.token) as admin_b:
        await technician_b.subscribe(EVENTS, ready=group(b, person_group, b.technician.user.pk))
        await admin_b.subscribe(EVENTS, ready=group(b, all_orders_group))
        await submit(a)  # company A, auto-assigned to A's technician, whose id B's technician shares
        fence = await submit(b)
        for subscriber in (technician_b, admin_b):
            update = (await subscriber.next_data())["workOrderEvents"]
            assert update["workOrderId"] == fence["id"] and update["number"] == fence["number"]


async def test_a_token_is_only_good_on_its_own_company(a: LiveCompany, b: LiveCompany) -> None:
    communicator = WebsocketCommunicator(
        application, "/graphql", headers=[(b"host", b.host.encode())], subprotocols=[PROTOCOL]
    )
    assert (await communicator.connect(timeout=10))[0]
    init = {"type": "connection_init", "payload": {"authorization": f"Bearer {a.admin.token}"}}
    await communicator.send_json_to(init)
    closed = await communicator.receive_output(timeout=10)
    assert closed == {"type": "websocket.close", "code": 4403, "reason": "Forbidden"}


def errors_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The errors of an ``error`` message (refused at the start) or of a ``next`` message."""
    if message["type"] == "error":
        return list(message["payload"])
    assert message["type"] == "next", message
    return list(message["payload"]["errors"])


async def test_anonymous_subscribers_are_refused(a: LiveCompany) -> None:
    async with connected(a.host, None) as anonymous:
        operation = await anonymous.subscribe(EVENTS)
        message = await anonymous.receive()
    assert message["id"] == operation
    assert [e["extensions"]["code"] for e in errors_of(message)] == ["UNAUTHENTICATED"]


async def test_staff_without_work_orders_are_refused(a: LiveCompany) -> None:
    def finance() -> str:
        with tenant_context(a.company):
            return api_token_issue(user=staff_member("cashier", "finance", (a.x,))).raw

    token = await sync_to_async(finance, thread_sensitive=True)()
    async with connected(a.host, token) as cashier:
        await cashier.subscribe(EVENTS)
        message = await cashier.receive()
    assert [e["extensions"]["code"] for e in errors_of(message)] == ["FORBIDDEN"]


async def test_queries_and_mutations_go_over_http_only(a: LiveCompany) -> None:
    async with connected(a.host, a.admin.token) as admin:
        await admin.subscribe("{ workOrders { totalCount } }")
        message = await admin.receive()
    (error,) = errors_of(message)
    assert error["extensions"]["code"] == "BAD_USER_INPUT" and "通过 HTTP 发送" in error["message"]


async def test_notifications_arrive_live_and_only_to_their_recipient(a: LiveCompany) -> None:
    async with connected(a.host, a.technician.token) as technician, connected(a.host, a.owner.token) as owner:
        await technician.subscribe(NOTIFICATIONS, ready=group(a, inbox_group, a.technician.user.pk))
        await owner.subscribe(NOTIFICATIONS, ready=group(a, inbox_group, a.owner.user.pk))
        order = await submit(a)
        await assign(a, order, a.technician)
        for_technician = (await technician.next_data())["myNotifications"]
        for_owner = (await owner.next_data())["myNotifications"]
    assert (for_technician["kind"], for_technician["target"], for_technician["isRead"]) == (
        "WORK_ORDER_ASSIGNED",
        order["id"],
        False,
    )
    assert for_technician["title"] == f"新工单 {order['number']}"
    assert (for_owner["kind"], for_owner["title"]) == ("WORK_ORDER_UPDATED", "报修进度：待接单")


async def test_notifications_in_english_when_the_socket_asks(a: LiveCompany) -> None:
    async with connected(a.host, a.technician.token, acceptLanguage="en") as technician:
        await technician.subscribe(NOTIFICATIONS, ready=group(a, inbox_group, a.technician.user.pk))
        order = await submit(a)
        await assign(a, order, a.technician)
        notification = (await technician.next_data())["myNotifications"]
    assert notification["title"] == f"New order {order['number']}"


async def test_a_revoked_token_ends_the_subscription_at_the_next_event(a: LiveCompany) -> None:
    def issue() -> str:
        with tenant_context(a.company):
            return api_token_issue(user=a.desk.user).raw

    def revoke(raw: str) -> None:
        with tenant_context(a.company):
            api_token_revoke(raw_token=raw)

    token = await sync_to_async(issue, thread_sensitive=True)()
    async with connected(a.host, token) as desk:
        operation = await desk.subscribe(EVENTS, ready=group(a, community_group, a.x.pk))
        await sync_to_async(revoke, thread_sensitive=True)(token)
        await submit(a)
        message = await desk.receive()
    assert message["id"] == operation
    assert [e["extensions"]["code"] for e in errors_of(message)] == ["UNAUTHENTICATED"]
