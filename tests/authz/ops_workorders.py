"""The matrix for work orders, the repair rules and the notification centre.

The work-order rows of the world (made once, on first use), all reported by the owner for their
house in X: one just submitted, and one each assigned to, accepted by, on site with, and completed
by X's technician — the account the matrix uses as "staff with the permission" for the
technician's moves.
"""

from __future__ import annotations

from typing import Any

from django_tenants.utils import tenant_context

from saas.accounts.models import User
from saas.notifications.models import Notification
from saas.workorders.services.submission import WorkOrderReport, work_order_submit
from saas.workorders.services.transitions import (
    work_order_accept,
    work_order_arrive,
    work_order_assign,
    work_order_complete,
)
from tests.authz.matrix import FORBIDDEN, HIDDEN, OK, Operation, by_id, outcomes, own_account, shared_list, staff_list
from tests.authz.world import World, gid
from tests.factories import staff_member

STEPS = ("new", "assigned", "accepted", "on_site", "completed")


def _rows(w: World) -> dict[str, Any]:
    if "workorders" not in w.extra:
        with tenant_context(w.company):
            admin = User.objects.get(username="admin")
            # The same account as the matrix's technician of X (World.staff names it so).
            technician = staff_member(f"technician-{w.community_x.pk}", "technician", (w.community_x,))
            orders = {}
            for step in STEPS:
                order = work_order_submit(
                    reporter=w.owner,
                    report=WorkOrderReport(
                        category="plumbing", description=f"厨房漏水（{step}）", house_id=w.house_x.pk
                    ),
                )
                moves = STEPS.index(step)
                if moves >= 1:
                    work_order_assign(order_id=order.pk, technician_id=technician.pk, actor=admin)
                if moves >= 2:
                    work_order_accept(order_id=order.pk, technician=technician)
                if moves >= 3:
                    work_order_arrive(order_id=order.pk, technician=technician)
                if moves >= 4:
                    work_order_complete(order_id=order.pk, technician=technician)
                orders[step] = gid("WorkOrder", order.pk)
            notification = Notification.objects.filter(recipient=w.owner).order_by("id").first()
            assert notification is not None
            w.extra["workorders"] = {
                **orders,
                "technician": gid("Technician", technician.pk),
                "notification": gid("Notification", notification.pk),
            }
    rows: dict[str, Any] = w.extra["workorders"]
    return rows


def _order(step: str) -> Any:
    return lambda w: {"id": _rows(w)[step]}


def _marker(key: str) -> Any:
    return lambda w: _rows(w)[key]


def _community(w: World) -> dict[str, Any]:
    _rows(w)
    return {"c": gid("Community", w.community_x.pk)}


def _with_rows(w: World) -> dict[str, Any]:
    _rows(w)
    return {}


# The technician's moves: the assignee may; the admin passes the checks but is not the assignee
# (NOT_ASSIGNEE in the payload, nothing changed).
TECHNICIAN_MOVE = {"expect": outcomes(admin=HIDDEN), "with_role": "technician", "without_role": "service"}
DESK = {"with_role": "service", "without_role": "technician"}
OWNER_ONLY = outcomes(owner=OK, with_=FORBIDDEN, admin=FORBIDDEN)

READS = [
    Operation(
        "workOrder",
        "query($id: ID!) { workOrder(id: $id) { id } }",
        _order("assigned"),
        by_id(),
        with_role="technician",
        without_role="finance",
        marker=_marker("assigned"),
    ),
    Operation(
        "workOrders",
        "{ workOrders { edges { node { id } } } }",
        _with_rows,
        shared_list(),
        with_role="service",
        without_role="finance",
        marker=_marker("new"),
    ),
    Operation(
        "technicians",
        "{ technicians { edges { node { id } } } }",
        _with_rows,
        staff_list(),
        with_role="service",
        without_role="finance",
        marker=_marker("technician"),
    ),
    Operation(
        "dispatchModes",
        "{ dispatchModes { edges { node { id } } } }",
        lambda w: {},
        staff_list(),
        with_role="service",
        without_role="finance",
        marker=lambda w: gid("CommunityDispatch", w.community_x.pk),
    ),
    Operation(
        "workOrderPolicy",
        "{ workOrderPolicy { reopenDays } }",
        lambda w: {},
        outcomes(elsewhere=OK),  # company-wide rules
        with_role="technician",
        without_role="finance",
    ),
    Operation(
        "workOrderStatistics",
        "query($c: ID) { workOrderStatistics(community: $c) { overall { total } } }",
        _community,
        outcomes(),
        **DESK,
    ),
    Operation(
        "notifications",
        "{ notifications { edges { node { id } } } }",
        _with_rows,
        own_account(other_owner=HIDDEN, elsewhere=HIDDEN, without=HIDDEN, with_=HIDDEN, admin=HIDDEN),
        marker=_marker("notification"),
    ),
]

CHANGES = [
    Operation(
        "workOrderSubmit",
        "mutation($h: ID!) { workOrderSubmit(input: "
        '{category: PLUMBING, description: "漏水", house: $h, contactPhone: "13700009999"}) { errors { code } } }',
        lambda w: {"h": gid("House", w.house_x.pk)},
        outcomes(owner=OK, other_owner=HIDDEN),  # another owner: HOUSE_NOT_FOUND, nothing written
        **DESK,
    ),
    Operation(
        "workOrderAssign",
        "mutation($id: ID!, $t: ID!) { workOrderAssign(input: {id: $id, technician: $t}) { errors { code } } }",
        lambda w: {"id": _rows(w)["new"], "t": _rows(w)["technician"]},
        outcomes(),
        **DESK,
    ),
    Operation(
        "workOrderAccept",
        "mutation($id: ID!) { workOrderAccept(input: {id: $id}) { errors { code } } }",
        _order("assigned"),
        **TECHNICIAN_MOVE,
    ),
    Operation(
        "workOrderArrive",
        "mutation($id: ID!) { workOrderArrive(input: {id: $id}) { errors { code } } }",
        _order("accepted"),
        **TECHNICIAN_MOVE,
    ),
    Operation(
        "workOrderComplete",
        'mutation($id: ID!) { workOrderComplete(input: {id: $id, note: "已修好"}) { errors { code } } }',
        _order("on_site"),
        **TECHNICIAN_MOVE,
    ),
    Operation(
        "workOrderCancel",
        'mutation($id: ID!) { workOrderCancel(input: {id: $id, reason: "不需要了"}) { errors { code } } }',
        _order("new"),
        outcomes(owner=OK),
        **DESK,
    ),
    Operation(
        "workOrderRate",
        "mutation($id: ID!) { workOrderRate(input: {id: $id, stars: 5}) { errors { code } } }",
        _order("completed"),
        OWNER_ONLY,
        **DESK,
    ),
    Operation(
        "workOrderReopen",
        'mutation($id: ID!) { workOrderReopen(input: {id: $id, reason: "又漏了"}) { errors { code } } }',
        _order("completed"),
        OWNER_ONLY,
        **DESK,
    ),
    Operation(
        "workOrderClose",
        "mutation($id: ID!) { workOrderClose(input: {id: $id}) { errors { code } } }",
        _order("completed"),
        outcomes(),
        **DESK,
    ),
    Operation(
        "dispatchModeSet",
        "mutation($c: ID!) { dispatchModeSet(input: {community: $c, mode: GRAB}) { errors { code } } }",
        lambda w: {"c": gid("Community", w.community_x.pk)},
        outcomes(),
        with_role="manager",
        without_role="service",
    ),
    Operation(
        "workOrderPolicyUpdate",
        "mutation { workOrderPolicyUpdate(input: {reopenDays: 3}) { errors { code } } }",
        lambda w: {},
        outcomes(),
        with_role="admin",
        without_role="manager",
    ),
    Operation(
        "technicianProfileSet",
        "mutation($t: ID!) { technicianProfileSet(input: {technician: $t, skills: [PLUMBING], onDuty: true}) "
        "{ errors { code } } }",
        lambda w: {"t": _rows(w)["technician"]},
        outcomes(),
        with_role="manager",
        without_role="service",
    ),
    Operation(
        "technicianDutySet",
        "mutation { technicianDutySet(input: {onDuty: true}) { errors { code } } }",
        lambda w: {},
        # Anyone holding the technician role sets their own duty; the admin holds every capability
        # but is no technician (NOT_A_TECHNICIAN, nothing written).
        outcomes(elsewhere=OK, admin=HIDDEN),
        with_role="technician",
        without_role="service",
    ),
    Operation(
        "notificationsMarkRead",
        "mutation { notificationsMarkRead(input: {}) { errors { code } } }",
        _with_rows,
        own_account(),
    ),
]

OPERATIONS = [*READS, *CHANGES]
__all__ = ["FORBIDDEN", "OPERATIONS"]
