"""The work-order state machine as a table: which state may follow which.

    submitted → assigned → accepted → on_site → completed → rated | closed
    submitted → accepted            (grab: a technician takes an offered order)
    assigned / accepted → assigned  (the service desk reassigns)
    submitted / assigned / accepted → cancelled   (before anyone is on site)
    completed → reopened → assigned | accepted    (the owner asks for the repair again)

Who may make a move (the reporter, the assignee, the service desk) is the services' business;
this table only says whether the move exists. Everything not listed is ILLEGAL_TRANSITION.
"""

from __future__ import annotations

from types import MappingProxyType

from saas.core.errors import DomainError
from saas.workorders.errors import WorkOrderErrorCode
from saas.workorders.labels import STATE_EN
from saas.workorders.models import State

TRANSITIONS = MappingProxyType(
    {
        State.SUBMITTED: frozenset({State.ASSIGNED, State.ACCEPTED, State.CANCELLED}),
        State.ASSIGNED: frozenset({State.ASSIGNED, State.ACCEPTED, State.CANCELLED}),
        State.ACCEPTED: frozenset({State.ASSIGNED, State.ON_SITE, State.CANCELLED}),
        State.ON_SITE: frozenset({State.COMPLETED}),
        State.COMPLETED: frozenset({State.RATED, State.CLOSED, State.REOPENED}),
        State.REOPENED: frozenset({State.ASSIGNED, State.ACCEPTED}),
        State.RATED: frozenset(),
        State.CLOSED: frozenset(),
        State.CANCELLED: frozenset(),
    }
)

# States in which an order still needs work (counted as a technician's load, swept for SLA).
OPEN_STATES = frozenset({State.SUBMITTED, State.ASSIGNED, State.ACCEPTED, State.ON_SITE, State.REOPENED})
# States that finish an order.
FINAL_STATES = frozenset(s for s, targets in TRANSITIONS.items() if not targets)


def is_allowed(current: str, target: str) -> bool:
    return State(target) in TRANSITIONS[State(current)]


def check_transition(current: str, target: str) -> None:
    if not is_allowed(current, target):
        raise DomainError(
            WorkOrderErrorCode.ILLEGAL_TRANSITION,
            field="id",
            current=State(current).label,
            target=State(target).label,
            current_en=STATE_EN[State(current)],
            target_en=STATE_EN[State(target)],
        )
