"""Who sees which orders, and whose eyes get the contact phone in full."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django_tenants.utils import tenant_context
from strawberry.relay import from_base64

from permissions.roles import ROLE_CAPABILITIES, Capability, role_of
from permissions.scoping import _ACCESS, Access, _access_query, access_to, visible_to
from saas.core.prepared import _Slot, slotted, stand_ins
from saas.estates.models import House
from saas.workorders.models import DispatchMode, WorkOrder, WorkOrderEvent
from saas.workorders.selectors import _EVENTS, _events_of, work_order_events_for
from tests.factories import staff_member
from tests.graphql import GraphQLClient, QueryLog, error_codes
from tests.workorders.conftest import OWNER_PHONE, Y_RESIDENT_PHONE, Repairs, gid, mutate, result

Report = Callable[..., dict[str, Any]]
LIST = "{ workOrders { totalCount edges { node { id contactPhone } } } }"
MASKED = "137****9999"


def _ids(repairs: Repairs, user: Any) -> set[str]:
    body = result(repairs.client(user).execute(LIST), "workOrders")
    return {edge["node"]["id"] for edge in body["edges"]}


def _phones(repairs: Repairs, user: Any) -> dict[str, str]:
    body = result(repairs.client(user).execute(LIST), "workOrders")
    return {edge["node"]["id"]: edge["node"]["contactPhone"] for edge in body["edges"]}


@pytest.fixture
def orders(repairs: Repairs, owner_report: Report) -> dict[str, str]:
    """x_assigned (to 马强), x_offered (to 马强 and 刘海波, grab), x_open (nobody), y (in 清河嘉园)."""
    x_assigned = owner_report()["workOrder"]["id"]
    mutate(
        repairs.client(repairs.desk),
        "workOrderAssign",
        {"id": x_assigned, "technician": gid("Technician", repairs.ma.pk)},
    )
    repairs.dispatch(repairs.x, DispatchMode.GRAB)
    x_offered = owner_report(description="卫生间地漏返味")["workOrder"]["id"]
    repairs.dispatch(repairs.x, DispatchMode.ASSIGN)
    x_open = owner_report(category="DOORS_WINDOWS", description="入户门锁坏了")["workOrder"]["id"]
    y = result(
        repairs.client(repairs.desk_y).execute(
            "mutation($i: WorkOrderSubmitInput!) { workOrderSubmit(input: $i) { workOrder { id } } }",
            {
                "i": {
                    "category": "PLUMBING",
                    "description": "水管爆裂",
                    "house": gid("House", repairs.house_y.pk),
                    "contactPhone": Y_RESIDENT_PHONE,
                }
            },
        ),
        "workOrderSubmit",
    )["workOrder"]["id"]
    return {"x_assigned": x_assigned, "x_offered": x_offered, "x_open": x_open, "y": y}


def test_each_actor_sees_their_orders(repairs: Repairs, orders: dict[str, str]) -> None:
    every = set(orders.values())
    in_x = every - {orders["y"]}
    assert _ids(repairs, repairs.admin) == every
    assert _ids(repairs, repairs.desk) == in_x
    assert _ids(repairs, repairs.manager) == in_x
    assert _ids(repairs, repairs.desk_y) == {orders["y"]}
    assert _ids(repairs, repairs.ma) == {orders["x_assigned"], orders["x_offered"]}
    assert _ids(repairs, repairs.liu) == {orders["x_offered"]}
    assert _ids(repairs, repairs.zhao) == set()
    assert _ids(repairs, repairs.owner) == in_x  # the three they reported
    assert _ids(repairs, repairs.other_owner) == set()


def test_staff_without_work_orders_and_anonymous_callers_are_refused(repairs: Repairs) -> None:
    with tenant_context(repairs.company):
        cashier = staff_member("cashier", "finance", (repairs.x,))
    assert error_codes(repairs.client(cashier).execute(LIST)) == ["FORBIDDEN"]
    anonymous = GraphQLClient(repairs.client(repairs.admin).host)
    assert error_codes(anonymous.execute(LIST)) == ["UNAUTHENTICATED"]


def test_the_contact_phone_is_shown_to_those_who_need_it(repairs: Repairs, orders: dict[str, str]) -> None:
    x = orders["x_assigned"]
    assert _phones(repairs, repairs.admin)[x] == OWNER_PHONE
    assert _phones(repairs, repairs.owner)[x] == OWNER_PHONE  # their own
    assert _phones(repairs, repairs.desk)[x] == OWNER_PHONE  # personal-information grant on X
    assert _phones(repairs, repairs.desk_no_pii)[x] == MASKED
    assert _phones(repairs, repairs.ma)[x] == OWNER_PHONE  # the assignee has to call
    assert _phones(repairs, repairs.ma)[orders["x_offered"]] == MASKED  # offered, not yet his
    assert _phones(repairs, repairs.liu)[orders["x_offered"]] == MASKED


def test_a_payload_masks_like_a_list(repairs: Repairs, orders: dict[str, str]) -> None:
    payload = mutate(
        repairs.client(repairs.desk_no_pii),
        "workOrderAssign",
        {"id": orders["x_open"], "technician": gid("Technician", repairs.liu.pk)},
        "contactPhone",
    )
    assert payload["workOrder"]["contactPhone"] == MASKED


def test_node_and_work_order_follow_the_same_rule(repairs: Repairs, orders: dict[str, str]) -> None:
    query = "query($id: ID!) { node(id: $id) { id } workOrder(id: $id) { id } }"
    for user, visible in ((repairs.liu, False), (repairs.ma, True), (repairs.desk_y, False), (repairs.owner, True)):
        data = repairs.client(user).data(query, {"id": orders["x_assigned"]})
        assert (data["node"] is not None, data["workOrder"] is not None) == (visible, visible), user


def test_the_technician_scope_is_one_statement(repairs: Repairs, orders: dict[str, str]) -> None:
    with tenant_context(repairs.company), QueryLog() as log:
        ids = set(visible_to(repairs.ma, WorkOrder.objects.all()).values_list("pk", flat=True))
    assert len(ids) == 2
    assert log.count() == 2  # the role, then the orders (one condition with its subqueries)
    assert "EXISTS" in log.statements[-1].upper()


def test_access_checks_compiled_once_answer_as_the_rule_does(repairs: Repairs, orders: dict[str, str]) -> None:
    """``access_to`` runs a statement composed once per company, day, model, role and capability;
    for every scoped account, capability and row (in scope, out of scope, missing) it answers what
    the rule composed through the ORM answers, and a repeated check is one statement."""

    def composed(user: Any, capability: Any, model: Any, pk: int) -> Access:
        found = list(_access_query(user, capability, model, pk))
        return Access.MISSING if not found else Access.ALLOWED if found[0] else Access.DENIED

    def check() -> None:
        order_pks = [_pk(global_id) for global_id in orders.values()]
        rows = {WorkOrder: [*order_pks, 999_999], House: [repairs.house.pk, repairs.house_y.pk, 999_999]}
        answers = set()
        for user in (repairs.ma, repairs.wu, repairs.desk, repairs.desk_y, repairs.manager):
            for capability in sorted(ROLE_CAPABILITIES[role_of(user)], key=str):
                for model, pks in rows.items():
                    for pk in pks:
                        expected = composed(user, capability, model, pk)
                        assert access_to(user, capability, model, pk) is expected, (user, capability, model, pk)
                        answers.add(expected)
        assert answers == set(Access)  # each answer was met
        assert _ACCESS._statements and all(s is not None for s in _ACCESS._statements.values())
        with QueryLog() as log:
            access_to(repairs.ma, Capability.WORKORDER_WORK, WorkOrder, order_pks[0])
        assert len(log.statements) == 1
        # An id out of a bigint's range is answered as the ORM answers it (no such row).
        assert access_to(repairs.ma, Capability.WORKORDER_WORK, WorkOrder, 2**63) is Access.MISSING

    repairs.in_schema(check)


def test_subscribers_reload_events_as_the_rule_composed_per_call_does(repairs: Repairs, orders: dict[str, str]) -> None:
    """Every subscriber (owner, technician, desk, manager, admin; all communities or one) gets from
    the statement composed once the same events, with the same order, place and assignee, as from
    the queryset composed per call; a repeated reload is one statement."""

    def seen(events: list[Any]) -> list[tuple[Any, ...]]:
        return [
            (e.pk, e.work_order.number, e.work_order.community.name, e.work_order.place,
             e.work_order.assignee.display_name if e.work_order.assignee else None)
            for e in events
        ]  # fmt: skip

    def check() -> None:
        event_ids = list(WorkOrderEvent.objects.order_by("pk").values_list("pk", flat=True))
        users = (repairs.owner, repairs.other_owner, repairs.ma, repairs.liu, repairs.wu, repairs.desk)
        met = set()
        finance = staff_member("finance-x", "finance", communities=(repairs.x,))  # sees no work orders
        for user in (*users, repairs.desk_y, repairs.manager, repairs.admin, finance):
            for community in (None, repairs.x.pk, repairs.y.pk):
                for wanted in (event_ids[:1], event_ids[-2:], event_ids):
                    ids = {"user": user.pk, **({"community": community} if community else {})}
                    ids.update((f"e{n}", pk) for n, pk in enumerate(wanted))
                    expected = seen(list(_events_of(user, ids)))
                    assert seen(work_order_events_for(user, event_ids=wanted, community_id=community)) == expected
                    met.add(len(expected) > 0)
        assert met == {True, False}
        assert all(s is not None for s in _EVENTS._statements.values())
        with QueryLog() as log:
            work_order_events_for(repairs.ma, event_ids=event_ids[:1])
        assert len(log.statements) == 1

    repairs.in_schema(check)


def test_a_statement_whose_parameters_move_on_their_own_is_composed_per_call() -> None:
    first, second = stand_ins(["user", "row"], 0), stand_ins(["user", "row"], 1)
    assert slotted(("q", [first["user"], "view", first["row"]]), ("q", [second["user"], "view", second["row"]]),
                   ["user", "row"]) == (_Slot("user"), "view", _Slot("row"))  # fmt: skip
    assert slotted(("q", [first["user"], 1]), ("q", [second["user"], 2]), ["user"]) is None  # a time, say
    assert slotted(("q", [first["user"]]), ("r", [second["user"]]), ["user"]) is None
    assert slotted(("q", [1]), ("q", [1.0]), []) is None


def _pk(global_id: str) -> int:
    return int(from_base64(global_id)[1])
