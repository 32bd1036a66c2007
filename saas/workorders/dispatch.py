"""派单 Which technicians a new order can go to, per community mode.

* ``assign``: nobody automatically; the service desk picks (``work_order_assign``).
* ``auto``: the on-duty technician of the community with the order's category among their skills
  and the fewest open orders (ties: the one who has waited longest since their last assignment,
  then the lowest id), in one query. Orders submitted at the same moment would all see the same
  least busy technician (none has committed yet), so picks in one community take turns: each
  locks the community's dispatch row until its transaction ends, and the next pick then counts
  the previous one's order.
* ``grab`` (抢单): every such technician is offered the order; the first to accept takes it.

A technician "of the community" holds the technician role and works there (community scope).
"""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from permissions.models import CommunityUserObjectPermission
from permissions.roles import Role
from permissions.scoping import WORK_IN_COMMUNITY
from saas.accounts.models import User
from saas.core.rows import columns_of, instance_of
from saas.estates.models import Community
from saas.workorders.models import DispatchMode, State, WorkOrder
from saas.workorders.states import OPEN_STATES


def dispatch_mode_loaded(community: Community) -> DispatchMode:
    """The mode of a community read with ``select_related("work_order_dispatch")`` (from a house:
    ``community__work_order_dispatch``); ``assign`` when it has no row."""
    row = getattr(community, "work_order_dispatch", None)
    return DispatchMode(row.mode) if row is not None else DispatchMode.ASSIGN


def works_in(community_id: int) -> Q:
    """Accounts that work in the community (a condition on User)."""
    grants = CommunityUserObjectPermission.objects.filter(
        user_id=OuterRef("pk"),
        content_object_id=community_id,
        permission__codename=WORK_IN_COMMUNITY,
        permission__content_type__app_label="estates",
    )
    return Q(Exists(grants))


def technicians() -> QuerySet[User]:
    """Active accounts holding the technician role."""
    return User.objects.filter(is_active=True, is_staff=True, groups__name=Role.TECHNICIAN.value)


def technicians_of(community_id: int) -> QuerySet[User]:
    return technicians().filter(works_in(community_id))


def matching_technicians(*, community_id: int, category: str) -> QuerySet[User]:
    """On duty, skilled in ``category``, working in the community."""
    return technicians_of(community_id).filter(
        technician_profile__on_duty=True, technician_profile__skills__contains=[category]
    )


def open_orders_count() -> Coalesce:
    """Per User row: how many open orders are assigned to them."""
    counted = (
        WorkOrder.objects.filter(assignee_id=OuterRef("pk"), state__in=list(OPEN_STATES))
        .order_by()
        .values("assignee_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


# Hand-written, and one statement with the assignment: it runs on every auto-dispatched submission
# while the community's dispatch row is held, so every round trip and every bit of Python there
# makes the next submission in the community wait; composed through the ORM (two correlated
# subqueries, two EXISTS with joins) it cost more Python time than PostgreSQL takes to run it. The
# conditions are those of ``matching_technicians``, the count that of ``open_orders_count``.
_ASSIGN_LEAST_BUSY_SQL = f"""
UPDATE workorders_workorder SET assignee_id = pick.id, assigned_at = statement_timestamp(), state = %(assigned)s
FROM (
  SELECT {columns_of(User, "u")} FROM accounts_user u
  JOIN workorders_technicianprofile p ON p.user_id = u.id
  WHERE u.is_active AND u.is_staff AND p.on_duty AND p.skills @> ARRAY[%(category)s]::varchar(20)[]
    AND EXISTS (SELECT 1 FROM accounts_user_groups ug JOIN auth_group g ON g.id = ug.group_id
                WHERE ug.user_id = u.id AND g.name = %(role)s)
    AND EXISTS (SELECT 1 FROM permissions_communityuserobjectpermission cp
                JOIN auth_permission ap ON ap.id = cp.permission_id
                JOIN django_content_type ct ON ct.id = ap.content_type_id
                WHERE cp.user_id = u.id AND cp.content_object_id = %(community)s
                  AND ap.codename = %(codename)s AND ct.app_label = 'estates')
  ORDER BY (SELECT count(*) FROM workorders_workorder w WHERE w.assignee_id = u.id AND w.state = ANY(%(open)s)),
           (SELECT max(w.assigned_at) FROM workorders_workorder w WHERE w.assignee_id = u.id) ASC NULLS FIRST,
           u.id
  LIMIT 1
) AS pick
WHERE workorders_workorder.id = %(order)s
RETURNING {columns_of(User, "pick")}, workorders_workorder.assigned_at
"""


# The turn: the community's dispatch row, held until the transaction ends (written out too).
_TAKE_TURN_SQL = "SELECT 1 FROM workorders_communitydispatch WHERE community_id = %s FOR UPDATE"


def least_busy_technician_assign(order: WorkOrder) -> User | None:
    """Assign ``order`` (just created, in this transaction) to the least busy matching technician:
    on duty, skilled in its category, working in its community; fewest open orders, then the
    longest wait since their last assignment, then the lowest id. The pick is made holding the
    community's dispatch row until the transaction ends, so concurrent submissions take turns.
    None (and the order untouched): nobody matches."""
    params: dict[str, Any] = {
        "assigned": State.ASSIGNED.value,
        "category": order.category,
        "role": Role.TECHNICIAN.value,
        "community": order.community_id,
        "codename": WORK_IN_COMMUNITY,
        "open": [str(state) for state in OPEN_STATES],
        "order": order.pk,
    }
    # Both statements in one round trip (a pipeline): PostgreSQL runs the pick the moment the turn
    # is granted, and the pick, a statement of its own, sees every order committed before it. The
    # time of the assignment is PostgreSQL's at the pick. A plain cursor: RawQuerySet maps columns
    # anew on every call.
    connection.ensure_connection()
    with connection.connection.pipeline(), connection.cursor() as turn, connection.cursor() as cursor:
        turn.execute(_TAKE_TURN_SQL, [order.community_id])
        cursor.execute(_ASSIGN_LEAST_BUSY_SQL, params)
        row = cursor.fetchone()
    if row is None:
        return None
    technician, (assigned_at,) = instance_of(User, row)
    order.assignee, order.assigned_at, order.state = technician, assigned_at, State.ASSIGNED
    return technician
