"""Reading work orders: list filters, technicians to pick from, one timeline event for a subscriber.

Lists return unevaluated querysets; the GraphQL types apply ``visible_to`` on top.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from permissions.models import CommunityUserObjectPermission
from permissions.roles import Capability, Role, may, role_of
from permissions.scoping import WORK_IN_COMMUNITY, AccountStandIn, assigned_communities, visible_to
from saas.accounts.models import User
from saas.core.prepared import Prepared
from saas.estates.models import Community
from saas.workorders.dispatch import technicians, works_in
from saas.workorders.models import CommunityDispatch, DispatchMode, WorkOrder, WorkOrderEvent
from saas.workorders.states import OPEN_STATES


@dataclass(frozen=True)
class WorkOrderFilter:
    states: Collection[str] = ()
    community_id: int | None = None
    building_id: int | None = None
    house_id: int | None = None
    categories: Collection[str] = ()
    priorities: Collection[str] = ()
    assignee_id: int | None = None
    overdue: bool | None = None
    open_only: bool = False
    search: str | None = None  # the number (BX…-42 or 42), or words of the description or place


def _search(text: str) -> Q:
    text = text.strip()
    digits = text.rsplit("-", 1)[-1]
    match = Q(description__icontains=text) | Q(location__icontains=text) | Q(contact_name=text)
    if digits.isdigit():
        match |= Q(pk=int(digits))
    return match


def work_orders(criteria: WorkOrderFilter) -> QuerySet[WorkOrder]:
    """Newest first, narrowed by every criterion given."""
    orders = WorkOrder.objects.all()
    if criteria.states:
        orders = orders.filter(state__in=list(criteria.states))
    if criteria.open_only:
        orders = orders.filter(state__in=list(OPEN_STATES))
    if criteria.community_id is not None:
        orders = orders.filter(community_id=criteria.community_id)
    if criteria.building_id is not None:
        orders = orders.filter(building_id=criteria.building_id)
    if criteria.house_id is not None:
        orders = orders.filter(house_id=criteria.house_id)
    if criteria.categories:
        orders = orders.filter(category__in=list(criteria.categories))
    if criteria.priorities:
        orders = orders.filter(priority__in=list(criteria.priorities))
    if criteria.assignee_id is not None:
        orders = orders.filter(assignee_id=criteria.assignee_id)
    if criteria.overdue is not None:
        orders = orders.filter(overdue_at__isnull=not criteria.overdue)
    if criteria.search:
        orders = orders.filter(_search(criteria.search))
    return orders.order_by("-created_at", "-id")


def technicians_visible_to(viewer: Any, queryset: QuerySet[User] | None = None) -> QuerySet[User]:
    """Technicians ``viewer`` may see and pick: all of them for the admin, those working in one of
    the viewer's communities for scoped staff who see work orders, only themselves for a
    technician, nobody for anyone else. One condition, one subquery."""
    base = technicians() if queryset is None else queryset.filter(pk__in=technicians().values("pk"))
    role = role_of(viewer)
    if role is None or not may(viewer, Capability.WORKORDER_VIEW):
        return base.none()
    if not role.is_scoped:
        return base
    if role is Role.TECHNICIAN:
        return base.filter(pk=viewer.pk)
    shared = CommunityUserObjectPermission.objects.filter(
        user_id=OuterRef("pk"),
        permission__codename=WORK_IN_COMMUNITY,
        permission__content_type__app_label="estates",
        content_object_id__in=assigned_communities(viewer),
    )
    return base.filter(Exists(shared))


def technicians_for(
    viewer: Any, *, community_id: int | None = None, category: str | None = None, on_duty: bool | None = None
) -> QuerySet[User]:
    found = technicians_visible_to(viewer)
    if community_id is not None:
        found = found.filter(works_in(community_id))
    if category is not None:
        found = found.filter(technician_profile__skills__contains=[category])
    if on_duty is not None:
        found = (
            found.filter(technician_profile__on_duty=True)
            if on_duty
            else found.exclude(technician_profile__on_duty=True)
        )
    return found.order_by("display_name", "pk")


def dispatch_mode_annotation() -> Any:
    """Per Community row: its dispatch mode (``assign`` when never set)."""
    mode = CommunityDispatch.objects.filter(community_id=OuterRef("pk")).values("mode")[:1]
    return Coalesce(Subquery(mode), Value(DispatchMode.ASSIGN.value))


def communities_with_dispatch() -> QuerySet[Community]:
    return Community.objects.all().order_by("name", "id")


def work_order_events_for(
    user: Any, *, event_ids: Collection[int], community_id: int | None = None
) -> list[WorkOrderEvent]:
    """Those timeline events, with their orders, whose order ``user`` may see now; oldest first
    (one query, composed once per role and shape: every subscriber reloads every event it hears of)."""
    role = role_of(user)
    if role is None:
        return []
    ids = {"user": user.pk, **({"community": community_id} if community_id is not None else {})}
    ids.update((f"e{n}", pk) for n, pk in enumerate(event_ids))
    events = _EVENTS.instances(role, ids)
    return list(_events_of(user, ids)) if events is None else events


def _events_of(user: Any, ids: Mapping[str, int]) -> QuerySet[WorkOrderEvent]:
    orders = visible_to(user, WorkOrder.objects.all())
    if "community" in ids:
        orders = orders.filter(community_id=ids["community"])
    events = [pk for name, pk in ids.items() if name.startswith("e")]
    return (
        WorkOrderEvent.objects.select_related(
            "work_order__community", "work_order__house__building", "work_order__house__unit", "work_order__building",
            "work_order__assignee",
        )
        .filter(pk__in=events, work_order__in=orders.values("pk"))
        .order_by("id")
    )  # fmt: skip


_EVENTS = Prepared(lambda role, ids: _events_of(AccountStandIn(ids["user"], role), ids))
