"""SQL statements of the work-order lists are pinned and do not grow with the page size."""

from __future__ import annotations

import pytest
from django.conf import settings
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from saas.workorders.models import DispatchMode
from saas.workorders.services.submission import WorkOrderReport, work_order_submit
from saas.workorders.services.transitions import work_order_assign
from tests.graphql import GraphQLClient, QueryLog
from tests.workorders.conftest import Repairs

ORDERS = """
query($first: Int!) {
  workOrders(first: $first) {
    totalCount
    edges { node {
      id number state category priority place contactName contactPhone assigneeName isOverdue createdAt respondBy
      community { name } building { name } house { roomNumber }
      photos { url } timeline { action toState actorName createdAt }
    } }
  }
}
"""
TECHNICIANS = (
    "query($first: Int!) { technicians(first: $first) "
    "{ totalCount edges { node { id name skills onDuty openOrders } } } }"
)
NOTIFICATIONS = (
    "query($first: Int!) { notifications(first: $first) { totalCount edges { node { id title body isRead target } } } }"
)


def statements(client: GraphQLClient, query: str, first: int) -> int:
    client.data(query, {"first": 1})  # warm: host lookup cached, token's last use recorded
    with QueryLog() as log:
        data = client.data(query, {"first": first})
    assert len(next(iter(data.values()))["edges"]) == first
    return log.count()


@pytest.fixture
def many(repairs: Repairs) -> None:
    """Twelve orders in X, half of them auto-dispatched: every field has something to show."""
    with tenant_context(repairs.company):
        for n in range(12):
            order = work_order_submit(
                reporter=repairs.owner,
                report=WorkOrderReport(category="plumbing", description=f"漏水 {n}", house_id=repairs.house.pk),
            )
            if n % 2:
                work_order_assign(order_id=order.pk, technician_id=repairs.ma.pk, actor=repairs.desk)
    repairs.dispatch(repairs.x, DispatchMode.ASSIGN)


# token + role, count, page (joins, masking annotation), photos, timeline; for an owner first their
# homes (the scope of the community, building and house joined, as ids)
PINNED = {"admin": 5, "desk_no_pii": 5, "ma": 5, "owner": 6}


@pytest.mark.parametrize("viewer", ["admin", "desk_no_pii", "ma", "owner"])
def test_the_order_list_costs_the_same_for_3_or_12_orders(repairs: Repairs, many: None, viewer: str) -> None:
    client = repairs.client(getattr(repairs, viewer))
    size = 6 if viewer == "ma" else 12
    assert statements(client, ORDERS, 3) == statements(client, ORDERS, size) == PINNED[viewer]


def test_technicians_and_notifications_are_flat(repairs: Repairs, many: None) -> None:
    desk = repairs.client(repairs.desk)
    assert statements(desk, TECHNICIANS, 1) == statements(desk, TECHNICIANS, 3) == 3
    owner = repairs.client(repairs.owner)
    assert statements(owner, NOTIFICATIONS, 2) == statements(owner, NOTIFICATIONS, 6) == 3


# Mutations are pinned too. workOrderSubmit (an owner, grab mode): token, the savepoint and its
# release, the owner's house with its community's dispatch mode, the owner's resident record (the
# contact), the SLA terms, the order, the matching technicians on duty, their offers, the notices,
# the order's two timeline entries in one INSERT. workOrderAccept of a grabbed order: token, scope, the order
# locked, the offer, the update, the timeline entry, the reporter's notice and the enabled message
# channels (for the SMS / WeChat outbox), the payload.
SUBMIT_STATEMENTS = 11  # the offers just made are not read back for the live audience
GRAB_STATEMENTS = 11


def mutation_statements(client: GraphQLClient, name: str, variables: dict[str, object]) -> tuple[int, str, dict]:
    client.data(NOTIFICATIONS, {"first": 1})  # warm: host lookup cached, token's last use recorded
    with QueryLog() as log:
        body = client.execute(
            f"mutation M($input: {name[0].upper()}{name[1:]}Input!) {{ {name}(input: $input) "
            "{ errors { code } workOrder { id state assigneeName } } }",
            variables,
        )
    assert "errors" not in body, body
    payload = body["data"][name]
    assert payload["errors"] == [], payload
    return log.count(), "\n".join(log.statements), payload


def test_submitting_and_grabbing_an_order_are_pinned(repairs: Repairs) -> None:
    repairs.dispatch(repairs.x, DispatchMode.GRAB)
    house = to_base64("House", repairs.house.pk)
    submit = {"input": {"category": "PLUMBING", "description": "厨房水管漏水", "house": house}}
    count, log, submitted = mutation_statements(repairs.client(repairs.owner), "workOrderSubmit", submit)
    assert count == SUBMIT_STATEMENTS, log
    grab = {"input": {"id": submitted["workOrder"]["id"]}}
    count, log, accepted = mutation_statements(repairs.client(repairs.liu), "workOrderAccept", grab)
    assert accepted["workOrder"]["state"] == "ACCEPTED"
    assert count == GRAB_STATEMENTS, log


# The owner app's list, as frontend_contract/operations/tenant/OwnerMyWorkOrders sends it: token +
# role, count, page, photos.
OWNER_ORDERS = 4


def test_the_owner_apps_order_list_as_the_contract_sends_it_is_flat(repairs: Repairs, many: None) -> None:
    document = (settings.BASE_DIR / "frontend_contract/operations/tenant/OwnerMyWorkOrders.graphql").read_text()
    owner = repairs.client(repairs.owner)
    counts = {}
    for size in (3, 12):
        owner.execute_operation(document, "OwnerMyWorkOrders", {"first": 1})  # warm the token's last use
        with QueryLog() as log:
            body = owner.execute_operation(document, "OwnerMyWorkOrders", {"first": size})
        assert "errors" not in body, body
        assert len(body["data"]["workOrders"]["edges"]) == size
        counts[size] = log.count()
    assert counts == {3: OWNER_ORDERS, 12: OWNER_ORDERS}, counts
