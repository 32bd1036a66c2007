"""The state machine: every pair of states is either in the table or ILLEGAL_TRANSITION, and an
illegal move through the API changes nothing."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
from django.utils import translation

from saas.core.errors import DomainError
from saas.workorders.models import State, WorkOrderEvent
from saas.workorders.states import FINAL_STATES, OPEN_STATES, TRANSITIONS, check_transition, is_allowed
from tests.workorders.conftest import Repairs, codes, gid, mutate

ALLOWED = {
    (State.SUBMITTED, State.ASSIGNED),
    (State.SUBMITTED, State.ACCEPTED),
    (State.SUBMITTED, State.CANCELLED),
    (State.ASSIGNED, State.ASSIGNED),
    (State.ASSIGNED, State.ACCEPTED),
    (State.ASSIGNED, State.CANCELLED),
    (State.ACCEPTED, State.ASSIGNED),
    (State.ACCEPTED, State.ON_SITE),
    (State.ACCEPTED, State.CANCELLED),
    (State.ON_SITE, State.COMPLETED),
    (State.COMPLETED, State.RATED),
    (State.COMPLETED, State.CLOSED),
    (State.COMPLETED, State.REOPENED),
    (State.REOPENED, State.ASSIGNED),
    (State.REOPENED, State.ACCEPTED),
}
ILLEGAL = sorted(set(itertools.product(State, State)) - ALLOWED)


def test_the_table_is_exactly_the_documented_one() -> None:
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == ALLOWED
    assert set(TRANSITIONS) == set(State)
    assert {State.RATED, State.CLOSED, State.CANCELLED} == FINAL_STATES
    assert set(State) - FINAL_STATES - {State.COMPLETED} == OPEN_STATES


@pytest.mark.parametrize(("current", "target"), sorted(ALLOWED))
def test_allowed_moves_pass(current: State, target: State) -> None:
    assert is_allowed(current, target)
    check_transition(current, target)


@pytest.mark.parametrize(("current", "target"), ILLEGAL)
def test_every_other_move_is_illegal(current: State, target: State) -> None:
    assert not is_allowed(current, target)
    with translation.override("zh-hans"), pytest.raises(DomainError) as raised:
        check_transition(current, target)
    assert raised.value.code == "ILLEGAL_TRANSITION"
    assert raised.value.message == f"工单当前为“{current.label}”，不能变为“{target.label}”。"


def test_no_state_is_left_by_cancelling_after_the_technician_arrived(
    repairs: Repairs, owner_report: Callable[..., dict[str, Any]]
) -> None:
    order = owner_report()["workOrder"]
    desk, ma = repairs.client(repairs.desk), repairs.client(repairs.ma)
    mutate(desk, "workOrderAssign", {"id": order["id"], "technician": _technician(repairs)})
    mutate(ma, "workOrderAccept", {"id": order["id"]})
    mutate(ma, "workOrderArrive", {"id": order["id"]})
    events = repairs.in_schema(lambda: WorkOrderEvent.objects.count())
    payload = mutate(repairs.client(repairs.owner), "workOrderCancel", {"id": order["id"], "reason": "不修了"})
    assert codes(payload) == [("id", "ILLEGAL_TRANSITION")]
    assert payload["workOrder"] is None
    assert repairs.order(_pk(order)).state == State.ON_SITE
    assert repairs.in_schema(lambda: WorkOrderEvent.objects.count()) == events


def test_completing_before_arriving_is_illegal_in_english_too(
    repairs: Repairs, owner_report: Callable[..., dict[str, Any]]
) -> None:
    order = owner_report()["workOrder"]
    mutate(repairs.client(repairs.desk), "workOrderAssign", {"id": order["id"], "technician": _technician(repairs)})
    payload = mutate(repairs.client(repairs.ma, language="en"), "workOrderComplete", {"id": order["id"]})
    (error,) = payload["errors"]
    assert (error["code"], error["message"]) == (
        "ILLEGAL_TRANSITION",
        "The work order is assigned; it cannot become completed.",
    )
    assert repairs.order(_pk(order)).state == State.ASSIGNED


def _technician(repairs: Repairs) -> str:
    return gid("Technician", repairs.ma.pk)


def _pk(order: dict[str, Any]) -> int:
    return int(order["number"].rsplit("-", 1)[1])
