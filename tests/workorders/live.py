"""Real websockets against ``saas.asgi.application`` with the Redis channel layer, and the committed
companies they need (the consumer reads the database from Channels' worker thread, which cannot
see a test's open transaction).

Two companies are provisioned for real (cold clones: the warm spare is left alone) and dropped
afterwards. Their first accounts share ids, so a leak between them would show.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Any

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.db import connection, connections
from django_tenants.utils import tenant_context

from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from saas.asgi import application
from saas.estates.models import Community, House
from saas.workorders.models import CommunityDispatch, DispatchMode, TechnicianProfile
from tenants.models import Company, CompanyStatus, Domain
from tenants.routing import tenant_host
from tenants.schemas import activate_public
from tenants.services.provisioning import AdminAccount, CompanyProfile, tenant_provision
from tests.channel_layer import group_subscribers
from tests.factories import (
    CommunityFactory,
    HouseFactory,
    OccupancyFactory,
    ResidentFactory,
    UserFactory,
    staff_member,
)
from tests.graphql import GraphQLClient

PROTOCOL = "graphql-transport-ws"
Y_RESIDENT_PHONE = "13600006666"  # lives in house_y: the contact when the desk reports there
EVENTS = """
subscription Events($community: ID) {
  workOrderEvents(community: $community) {
    event { action fromState toState note actorName createdAt }
    workOrderId number state communityName place assigneeName
  }
}
"""
NOTIFICATIONS = "subscription { myNotifications { id kind title body target isRead } }"


@dataclass
class Account:
    user: User
    token: str


@dataclass
class LiveCompany:
    company: Company
    host: str
    x: Community
    y: Community
    house: House  # the owner's, in X
    house_y: House
    owner: Account
    technician: Account  # X, plumbing, on duty (the company's first account after the admin)
    technician_y: Account  # Y
    desk: Account  # service in X
    desk_y: Account  # service in Y
    admin: Account

    def http(self, account: Account | None) -> GraphQLClient:
        return GraphQLClient(self.host, token=account.token if account else None)

    async def dispatch(self, *, x: DispatchMode = DispatchMode.ASSIGN, y: DispatchMode = DispatchMode.ASSIGN) -> None:
        """Set both communities' dispatch modes (committed, from a worker thread)."""

        def save() -> None:
            with tenant_context(self.company):
                for community, mode in ((self.x, x), (self.y, y)):
                    CommunityDispatch.objects.update_or_create(community=community, defaults={"mode": mode})
            connections.close_all()

        await sync_to_async(save, thread_sensitive=True)()


def _house_with_resident(community: Community) -> House:
    house = HouseFactory(unit__building__community=community, room_number="0808")
    OccupancyFactory(resident=ResidentFactory(name="赵敏", phone=Y_RESIDENT_PHONE), house=house)
    return house  # type: ignore[no-any-return]


def _account(user: User) -> Account:
    return Account(user=user, token=api_token_issue(user=user).raw)


def technician_in(username: str, community: Community) -> User:
    user = staff_member(username, "technician", (community,), display_name=f"{username}师傅")
    TechnicianProfile.objects.create(user=user, skills=["plumbing"], on_duty=True)
    return user


def _provision(slug: str) -> LiveCompany:
    company = tenant_provision(
        profile=CompanyProfile(
            name=f"{slug} 物业", slug=slug, contact_name="张伟", contact_phone="13900001111", contact_email="",
            city="北京", houses_managed=None,
        ),
        admin=AdminAccount(username="admin", password="Correct-Horse-9", display_name="管理员", phone="", email=""),
    ).company  # fmt: skip
    with tenant_context(company):
        technician = technician_in("tech", CommunityFactory(name="京华园"))
        x = Community.objects.get(name="京华园")
        y = CommunityFactory(name="清河嘉园")
        house = HouseFactory(unit__building__community=x, room_number="1502")
        owner = UserFactory(username="13700009999", phone="13700009999", is_staff=False)
        OccupancyFactory(resident=ResidentFactory(name="张伟", phone="13700009999", user=owner), house=house)
        live = LiveCompany(
            company=company,
            host=tenant_host(slug),
            x=x,
            y=y,
            house=house,
            house_y=_house_with_resident(y),
            owner=_account(owner),
            technician=_account(technician),
            technician_y=_account(technician_in("tech-y", y)),
            desk=_account(staff_member("desk", "service", (x,), display_name="孙丽")),
            desk_y=_account(staff_member("desk-y", "service", (y,), display_name="李娜")),
            admin=_account(User.objects.get(username="admin")),
        )
    activate_public()
    return live


@contextmanager
def committed_companies(*slugs: str) -> Iterator[list[LiveCompany]]:
    spares = list(Company.objects.filter(status=CompanyStatus.SPARE).values_list("pk", flat=True))
    Company.objects.filter(pk__in=spares).update(status=CompanyStatus.TEMPLATE)  # keep the warm spare for others
    made: list[LiveCompany] = []
    try:
        for slug in slugs:
            made.append(_provision(slug))
        yield made
    finally:
        activate_public()
        Company.objects.filter(pk__in=spares).update(status=CompanyStatus.SPARE)
        for live in made:
            with connection.cursor() as cursor:
                cursor.execute(f'DROP SCHEMA IF EXISTS "{live.company.schema_name}" CASCADE')
            Domain.objects.filter(tenant=live.company).delete()
            Company.objects.filter(pk=live.company.pk).delete()
        connections.close_all()


async def group_size(group: str) -> int:
    """How many connections listen to a channel-layer group in Redis (the Pub/Sub layer subscribes
    once per process, whatever number of its channels joined)."""
    return await group_subscribers(get_channel_layer(), group) or 0


class Subscriber:
    def __init__(self, communicator: WebsocketCommunicator) -> None:
        self.communicator = communicator
        self._next_id = 0

    async def subscribe(self, query: str, variables: dict[str, Any] | None = None, *, ready: str | None = None) -> str:
        """Start a subscription; with ``ready`` (a group name), return once it listens there."""
        self._next_id += 1
        operation_id = str(self._next_id)
        payload = {"query": query, "variables": variables or {}}
        await self.communicator.send_json_to({"id": operation_id, "type": "subscribe", "payload": payload})
        if ready is not None:
            for _ in range(200):
                if await group_size(ready) > 0:
                    break
                await asyncio.sleep(0.02)
            else:
                raise AssertionError(f"subscription never joined {ready}")
        return operation_id

    async def receive(self, timeout: float = 10) -> dict[str, Any]:
        message: dict[str, Any] = await self.communicator.receive_json_from(timeout=timeout)
        return message

    async def next_data(self, timeout: float = 10) -> dict[str, Any]:
        message = await self.receive(timeout)
        assert message["type"] == "next", message
        assert "errors" not in message["payload"], message
        data: dict[str, Any] = message["payload"]["data"]
        return data


@asynccontextmanager
async def connected(host: str, token: str | None, **params: Any) -> AsyncIterator[Subscriber]:
    communicator = WebsocketCommunicator(
        application, "/graphql", headers=[(b"host", host.encode())], subprotocols=[PROTOCOL]
    )
    accepted, _ = await communicator.connect(timeout=10)
    assert accepted
    init: dict[str, Any] = {"type": "connection_init", "payload": dict(params)}
    if token is not None:
        init["payload"]["authorization"] = f"Bearer {token}"
    await communicator.send_json_to(init)
    ack = await communicator.receive_json_from(timeout=10)
    assert ack["type"] == "connection_ack", ack
    try:
        yield Subscriber(communicator)
    finally:
        await communicator.disconnect()


async def over_http(client: GraphQLClient, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    """A GraphQL call over HTTP from an async test (it commits: the publisher runs on commit)."""

    def call() -> dict[str, Any]:
        body = client.execute(query, variables)
        connections.close_all()
        return body

    return await sync_to_async(call, thread_sensitive=True)()


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
