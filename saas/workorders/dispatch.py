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

from django.db.models import Count, Exists, F, IntegerField, Max, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from permissions.models import CommunityUserObjectPermission
from permissions.roles import Role
from permissions.scoping import WORK_IN_COMMUNITY
from saas.accounts.models import User
from saas.workorders.models import CommunityDispatch, DispatchMode, WorkOrder
from saas.workorders.states import OPEN_STATES


def dispatch_mode_of(community_id: int) -> DispatchMode:
    mode = CommunityDispatch.objects.filter(community_id=community_id).values_list("mode", flat=True).first()
    return DispatchMode(mode) if mode else DispatchMode.ASSIGN


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


def least_busy_technician(*, community_id: int, category: str) -> User | None:
    """The pick, made while holding the community's dispatch row (call inside the transaction that
    assigns the order)."""
    list(CommunityDispatch.objects.select_for_update().filter(community_id=community_id).values_list("pk"))
    last_assigned = (
        WorkOrder.objects.filter(assignee_id=OuterRef("pk"))
        .order_by()
        .values("assignee_id")
        .annotate(at=Max("assigned_at"))
        .values("at")
    )
    return (
        matching_technicians(community_id=community_id, category=category)
        .annotate(open_orders=open_orders_count(), last_assigned_at=Subquery(last_assigned))
        .order_by("open_orders", F("last_assigned_at").asc(nulls_first=True), "pk")
        .first()
    )
