"""Dispatch under contention, each caller in its own thread and database connection, on committed
data: technicians accepting one offered order at the same instant (抢单: exactly one gets it), and
orders submitted at the same instant in auto mode (they spread over the technicians)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar
from unittest.mock import patch

import pytest
from django.db import IntegrityError, connections
from django_tenants.utils import tenant_context

from saas.accounts.models import User
from saas.core.errors import DomainError
from saas.notifications.accounts import channel_account_configure
from saas.notifications.models import Notification, OutboxMessage
from saas.workorders.models import Action, CommunityDispatch, DispatchMode, State, WorkOrder, WorkOrderEvent
from saas.workorders.services.submission import WorkOrderReport, work_order_submit
from saas.workorders.services.transitions import work_order_accept
from tests.notifications.conftest import templates
from tests.workorders.live import LiveCompany, committed_companies, technician_in

pytestmark = pytest.mark.django_db(transaction=False)  # the database must exist; all writes commit in threads

T = TypeVar("T")


def in_thread(function: Callable[[], T]) -> T:
    """Run in a thread of its own (its own connection, autocommit): what it writes is committed."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = function()
        except BaseException as exc:
            box["error"] = exc
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def race(django_db_setup: None, django_db_blocker: Any) -> Iterator[tuple[LiveCompany, list[User]]]:
    with django_db_blocker.unblock(), committed_companies("grab-race") as (live,):

        def crew() -> list[User]:
            with tenant_context(live.company):
                CommunityDispatch.objects.update_or_create(community=live.x, defaults={"mode": DispatchMode.GRAB})
                return [live.technician.user] + [technician_in(f"grab{n}", live.x) for n in range(19)]

        yield live, in_thread(crew)


def _offered_order(live: LiveCompany) -> int:
    def submit() -> int:
        with tenant_context(live.company):
            order = work_order_submit(
                reporter=live.owner.user,
                report=WorkOrderReport(category="plumbing", description="楼上漏水到我家", house_id=live.house.pk),
            )
            assert order.offers.count() == 20
            return order.pk

    return in_thread(submit)


def _accept_all_at_once(live: LiveCompany, order_id: int, technicians: list[User]) -> tuple[list[int], list[str]]:
    barrier = threading.Barrier(len(technicians))
    winners: list[int] = []
    refusals: list[str] = []

    def accept(technician: User) -> None:
        try:
            with tenant_context(live.company):
                barrier.wait(timeout=10)
                work_order_accept(order_id=order_id, technician=technician)
            winners.append(technician.pk)
        except DomainError as exc:
            refusals.append(exc.code.value)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=accept, args=(t,)) for t in technicians]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return winners, refusals


def _stored(live: LiveCompany, order_id: int) -> tuple[WorkOrder, list[str]]:
    def read() -> tuple[WorkOrder, list[str]]:
        with tenant_context(live.company):
            actions = list(WorkOrderEvent.objects.filter(work_order_id=order_id).values_list("action", flat=True))
            return WorkOrder.objects.get(pk=order_id), actions

    return in_thread(read)


@pytest.mark.parametrize("contenders", [2, 20])
def test_exactly_one_technician_gets_a_grabbed_order(race: tuple[LiveCompany, list[User]], contenders: int) -> None:
    live, crew = race
    order_id = _offered_order(live)
    winners, refusals = _accept_all_at_once(live, order_id, crew[:contenders])
    assert len(winners) == 1
    assert refusals == ["ALREADY_TAKEN"] * (contenders - 1)
    order, actions = _stored(live, order_id)
    assert (order.state, order.assignee_id) == (State.ACCEPTED, winners[0])
    assert actions.count(Action.ACCEPTED) == 1


def test_simultaneous_auto_orders_spread_over_the_technicians(race: tuple[LiveCompany, list[User]]) -> None:
    live, _ = race

    def auto(mode: DispatchMode) -> None:
        with tenant_context(live.company):
            CommunityDispatch.objects.filter(community=live.x).update(mode=mode)

    in_thread(lambda: auto(DispatchMode.AUTO))
    try:
        barrier = threading.Barrier(10)
        assignees: list[int] = []

        def submit() -> None:
            try:
                with tenant_context(live.company):
                    barrier.wait(timeout=10)
                    order = work_order_submit(
                        reporter=live.owner.user,
                        report=WorkOrderReport(category="plumbing", description="同时报修", house_id=live.house.pk),
                    )
                assert order.assignee_id is not None
                assignees.append(order.assignee_id)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=submit) for _ in range(10)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(assignees) == 10
        assert len(set(assignees)) == 10, "each simultaneous order went to a technician nobody else was getting"
    finally:
        in_thread(lambda: auto(DispatchMode.GRAB))


def _auto(live: LiveCompany, mode: DispatchMode) -> None:
    def switch() -> None:
        with tenant_context(live.company):
            CommunityDispatch.objects.filter(community=live.x).update(mode=mode)

    in_thread(switch)


def test_auto_dispatch_writes_go_with_the_commit_and_their_keys_are_known_after_it(
    race: tuple[LiveCompany, list[User]],
) -> None:
    """The rows written after the pick go to PostgreSQL with the COMMIT; the caller, and what is
    published after the commit, still see their keys."""
    live, _ = race
    _auto(live, DispatchMode.AUTO)
    try:

        def submit() -> tuple[WorkOrder, list[int | None], list[int], list[int], list[str]]:
            with tenant_context(live.company):
                channel_account_configure(provider="console_sms", values={}, templates=templates("SMS"))
                published: list[Any] = []
                with patch("saas.core.live.publish", side_effect=lambda messages: published.extend(messages)):
                    order = work_order_submit(
                        reporter=live.owner.user,
                        report=WorkOrderReport(category="plumbing", description="厨房漏水", house_id=live.house.pk),
                    )
                events = list(order.events.order_by("pk").values_list("pk", flat=True))
                notices = list(Notification.objects.filter(target_id=order.pk).values_list("pk", flat=True))
                sent = [m.payload.get("notification") or m.payload.get("events") for m in published]
                letters = list(OutboxMessage.objects.filter(target_id=order.pk).values_list("dedupe_key", flat=True))
                return order, events, notices, sent, letters

        order, events, notices, sent, letters = in_thread(submit)
        # The owner's SMS is keyed by the assignment's timeline entry, saved by then.
        assert letters and all(key.startswith(f"w{order.pk}.e{events[-1]}.") for key in letters), letters
        assert order.state == State.ASSIGNED and order.assignee_id is not None
        assert len(events) == 2 and events in sent, "the live message names the stored events"
        assert set(notices) <= {key for key in sent if isinstance(key, int)} and notices
    finally:
        _auto(live, DispatchMode.GRAB)


def test_a_failed_commit_of_an_auto_dispatch_leaves_nothing_and_the_connection_usable(
    race: tuple[LiveCompany, list[User]],
) -> None:
    """The assignee's notification names an account that does not exist: PostgreSQL refuses at the
    COMMIT (the foreign key is checked there), so the order, its timeline and the assignment are
    gone, and the same connection takes the next submission."""
    live, _ = race
    _auto(live, DispatchMode.AUTO)
    try:

        def submit_twice() -> tuple[type[BaseException] | None, int, WorkOrder, int]:
            with tenant_context(live.company):
                before = WorkOrder.objects.count()
                report = WorkOrderReport(category="plumbing", description="提交失败", house_id=live.house.pk)
                broken = [Notification(recipient_id=2_000_000_000, kind="work_order_assigned", title="x", body="x")]
                failed: type[BaseException] | None = None
                with patch("saas.workorders.services.submission.assigned_notice", return_value=broken):
                    try:
                        work_order_submit(reporter=live.owner.user, report=report)
                    except IntegrityError as exc:
                        failed = type(exc)
                kept = WorkOrder.objects.count() - before
                after = work_order_submit(reporter=live.owner.user, report=report)
                return failed, kept, after, after.events.count()

        failed, kept, after, timeline = in_thread(submit_twice)
        assert failed is IntegrityError and kept == 0
        assert after.state == State.ASSIGNED and timeline == 2
    finally:
        _auto(live, DispatchMode.GRAB)
