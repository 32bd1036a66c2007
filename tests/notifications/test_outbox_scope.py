"""The failed-messages view is scoped like the rest: the admin sees and retries every message, a
manager only those about their communities (the community is written with each message), the desk
(no MESSAGE_OUTBOX), owners and anonymous callers none."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from saas.accounts.models import User
from saas.notifications.accounts import channel_account_configure
from saas.notifications.delivery import outbox_deliver
from saas.notifications.models import OutboxMessage, OutboxState
from saas.notifications.outbox import Letter, outbox_enqueue
from saas.notifications.templates import MessageKind
from tenants.models import Company
from tests.factories import CommunityFactory, staff_member
from tests.graphql import GraphQLClient, QueryLog, client_for, error_codes
from tests.notifications.conftest import awake
from tests.notifications.events import console_sms

FAILED = "{ outboxMessages(state: FAILED) { totalCount edges { node { id address } } } }"
RETRY = "mutation($id: ID!) { outboxMessageRetry(input: {id: $id}) { errors { code } message { state } } }"
NODE = "query($id: ID!) { node(id: $id) { id } }"


@dataclass
class Outbox:
    company: Company
    x: int  # 京华园's message
    y: int  # 清河嘉园's
    company_wide: int  # about no community
    admin: GraphQLClient
    manager: GraphQLClient  # manager of 京华园
    desk: GraphQLClient  # service desk of 京华园: no MESSAGE_OUTBOX
    owner: GraphQLClient
    anonymous: GraphQLClient


def _failed_messages(phones: dict[str, int | None]) -> dict[str, int]:
    """One notice SMS per phone, about that community; delivered after the notice template was
    removed, so each fails (CHANNEL_NOT_CONFIGURED)."""
    console_sms()
    outbox_enqueue(
        kind=MessageKind.NOTICE,
        letters=[
            Letter(
                key=f"n1.p{phone}",
                user_id=None,
                phone=phone,
                params={"community": "c", "title": "t"},
                community_id=community,
            )
            for phone, community in phones.items()
        ],
    )
    channel_account_configure(provider="console_sms", values={}, templates={MessageKind.BILL_ISSUED.value: "S"})
    outbox_deliver(worker="test", now=awake())
    rows = OutboxMessage.objects.filter(state=OutboxState.FAILED)
    return dict(rows.values_list("address", "pk"))


@pytest.fixture
def outbox(company_a: Company) -> Outbox:
    with tenant_context(company_a):
        x, y = CommunityFactory(name="京华园"), CommunityFactory(name="清河嘉园")
        manager = staff_member("jingli", "manager", (x,))
        desk = staff_member("kefu", "service", (x,))
        owner = User.objects.create(username="13911112222", phone="13911112222", is_staff=False)
        failed = _failed_messages({"13900000001": x.pk, "13900000002": y.pk, "13900000003": None})
        channel_account_configure(provider="console_sms", values={}, templates={MessageKind.NOTICE.value: "S"})
        admin = User.objects.get(username="admin")
    return Outbox(
        company=company_a,
        x=failed["13900000001"],
        y=failed["13900000002"],
        company_wide=failed["13900000003"],
        admin=client_for(company_a, admin),
        manager=client_for(company_a, manager),
        desk=client_for(company_a, desk),
        owner=client_for(company_a, owner),
        anonymous=GraphQLClient(company_a.domains.get(is_primary=True).domain),
    )


def _gid(pk: int) -> str:
    return to_base64("OutboxMessage", pk)


def _listed(client: GraphQLClient) -> set[str]:
    body = client.data(FAILED)["outboxMessages"]
    assert body["totalCount"] == len(body["edges"])
    return {edge["node"]["id"] for edge in body["edges"]}


def test_the_admin_sees_every_failed_message_a_manager_those_of_their_communities(outbox: Outbox) -> None:
    assert _listed(outbox.admin) == {_gid(outbox.x), _gid(outbox.y), _gid(outbox.company_wide)}
    assert _listed(outbox.manager) == {_gid(outbox.x)}
    assert outbox.manager.data(NODE, {"id": _gid(outbox.y)}) == {"node": None}
    assert outbox.manager.data(NODE, {"id": _gid(outbox.x)}) == {"node": {"id": _gid(outbox.x)}}
    for client in (outbox.desk, outbox.owner):
        assert error_codes(client.execute(FAILED)) == ["FORBIDDEN"]
        assert client.execute(NODE, {"id": _gid(outbox.x)})["data"] == {"node": None}
    assert error_codes(outbox.anonymous.execute(FAILED)) == ["UNAUTHENTICATED"]


def test_a_manager_retries_only_messages_of_their_communities(outbox: Outbox) -> None:
    for other in (outbox.y, outbox.company_wide):
        assert error_codes(outbox.manager.execute(RETRY, {"id": _gid(other)})) == ["FORBIDDEN"]
    for client in (outbox.desk, outbox.owner):
        assert error_codes(client.execute(RETRY, {"id": _gid(outbox.x)})) == ["FORBIDDEN"]
    assert error_codes(outbox.anonymous.execute(RETRY, {"id": _gid(outbox.x)})) == ["UNAUTHENTICATED"]
    with tenant_context(outbox.company):
        assert set(OutboxMessage.objects.values_list("state", flat=True)) == {OutboxState.FAILED}
    retried = outbox.manager.data(RETRY, {"id": _gid(outbox.x)})["outboxMessageRetry"]
    assert (retried["errors"], retried["message"]["state"]) == ([], "PENDING")
    missing = outbox.manager.data(RETRY, {"id": _gid(outbox.x + 1000)})["outboxMessageRetry"]
    assert [e["code"] for e in missing["errors"]] == ["MESSAGE_NOT_FOUND"]
    assert outbox.admin.data(RETRY, {"id": _gid(outbox.company_wide)})["outboxMessageRetry"]["errors"] == []
    with tenant_context(outbox.company):
        outbox_deliver(worker="test", now=awake())
        states = dict(OutboxMessage.objects.values_list("pk", "state"))
    assert states == {outbox.x: OutboxState.SENT, outbox.y: OutboxState.FAILED, outbox.company_wide: OutboxState.SENT}


# token (with the role), the page, the count: the scope is a subquery of the same statements
LIST_STATEMENTS = 3


def test_the_managers_list_costs_the_same_for_1_or_21(outbox: Outbox) -> None:
    counts = []
    for extra in (0, 20):
        with tenant_context(outbox.company):
            x = OutboxMessage.objects.get(pk=outbox.x).community_id
            _failed_messages({f"1380000{n:04d}": x for n in range(extra)})
            channel_account_configure(provider="console_sms", values={}, templates={MessageKind.NOTICE.value: "S"})
        outbox.manager.data(FAILED)
        with QueryLog() as log:
            assert len(_listed(outbox.manager)) == 1 + extra
        counts.append(log.count())
    assert counts == [LIST_STATEMENTS, LIST_STATEMENTS]
