"""Queries of work orders. Lists return unevaluated querysets; the node types scope them."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import relay

from permissions.roles import Capability
from permissions.scoping import visible_to
from saas.accounts.models import User
from saas.estates.models import Community
from saas.workorders import selectors
from saas.workorders.models import Category, Priority, State, WorkOrder, WorkOrderPolicy
from saas.workorders.sla import sla_terms
from saas.workorders.statistics import work_order_statistics
from schema.core.context import Info
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import CountedConnection, NodeIdCheck, pk_from_global_id
from schema.workorders.statistics import WorkOrderStatisticsType
from schema.workorders.types import (
    CommunityDispatchType,
    SlaTermsType,
    TechnicianType,
    WorkOrderPolicyType,
    WorkOrderType,
)

SEARCH_HELP = "The number (BX20261128-42 or 42), or words of the description or place."


def _optional_pk(global_id: relay.GlobalID | None, type_name: str) -> int | None:
    return pk_from_global_id(global_id, type_name) if global_id is not None else None


@strawberry.type
class WorkOrderQueries:
    work_order: WorkOrderType | None = strawberry_django.node(
        description="A work order by ID, if you may see it.", extensions=[NodeIdCheck()]
    )

    @strawberry_django.connection(
        CountedConnection[WorkOrderType],
        permission_classes=[HasCapability(Capability.WORKORDER_VIEW, owners=True)],
        description="Newest first. Staff: the orders of their communities (technicians: assigned or offered to "
        "them). An owner: the orders they reported. Every filter given must match.",
    )
    def work_orders(
        self,
        info: Info,
        states: list[State] | None = None,
        open_only: Annotated[
            bool, strawberry.argument(description="Submitted, assigned, accepted, on site or reopened.")
        ] = False,
        community: relay.GlobalID | None = None,
        building: relay.GlobalID | None = None,
        house: relay.GlobalID | None = None,
        categories: list[Category] | None = None,
        priorities: list[Priority] | None = None,
        technician: relay.GlobalID | None = None,
        assigned_to_me: Annotated[
            bool, strawberry.argument(description="Only orders assigned to you (a technician's own list).")
        ] = False,
        overdue: Annotated[
            bool | None,
            strawberry.argument(description="true: only overdue (超时) orders; false: only on time; null: all."),
        ] = None,
        search: Annotated[str | None, strawberry.argument(description=SEARCH_HELP)] = None,
    ) -> QuerySet[WorkOrder]:
        assignee = info.context.viewer.pk if assigned_to_me else _optional_pk(technician, "Technician")
        return selectors.work_orders(
            selectors.WorkOrderFilter(
                states=[s.value for s in states or ()],
                open_only=open_only,
                community_id=_optional_pk(community, "Community"),
                building_id=_optional_pk(building, "Building"),
                house_id=_optional_pk(house, "House"),
                categories=[c.value for c in categories or ()],
                priorities=[p.value for p in priorities or ()],
                assignee_id=assignee,
                overdue=overdue,
                search=search or None,
            )
        )

    @strawberry_django.connection(
        CountedConnection[TechnicianType],
        permission_classes=[HasCapability(Capability.WORKORDER_VIEW)],
        description="Technicians to assign: those working in your communities (a technician: themselves), by "
        "name, with their skills, duty and open orders.",
    )
    def technicians(
        self,
        info: Info,
        community: relay.GlobalID | None = None,
        category: Category | None = None,
        on_duty: Annotated[
            bool | None,
            strawberry.argument(description="true: only those on duty (在岗); false: only off duty; null: all."),
        ] = None,
    ) -> QuerySet[User]:
        return selectors.technicians_for(
            info.context.viewer,
            community_id=_optional_pk(community, "Community"),
            category=category.value if category else None,
            on_duty=on_duty,
        )

    @strawberry_django.connection(
        CountedConnection[CommunityDispatchType],
        permission_classes=[HasCapability(Capability.WORKORDER_VIEW)],
        description="Each of your communities with its dispatch mode.",
    )
    def dispatch_modes(self) -> QuerySet[Community]:
        return selectors.communities_with_dispatch()

    @strawberry.field(
        permission_classes=[HasCapability(Capability.WORKORDER_VIEW)],
        description="The company's repair rules: SLA per priority and the reopen window.",
    )
    def work_order_policy(self) -> WorkOrderPolicyType:
        return policy_payload(WorkOrderPolicy.current())

    @strawberry.field(
        permission_classes=[HasCapability(Capability.WORKORDER_MANAGE)],
        description="Counts by state, average response/on-site/completion minutes, overdue rate and satisfaction "
        "of the orders submitted in [since, until) that you may see: overall, per community, per technician.",
    )
    def work_order_statistics(
        self,
        info: Info,
        community: Annotated[
            relay.GlobalID | None, strawberry.argument(description="Only orders of this community; null: all.")
        ] = None,
        since: Annotated[
            datetime | None, strawberry.argument(description="Submitted at or after this instant; null: no bound.")
        ] = None,
        until: Annotated[
            datetime | None, strawberry.argument(description="Submitted before this instant; null: no bound.")
        ] = None,
    ) -> WorkOrderStatisticsType:
        orders = WorkOrder.objects.all()
        if community is not None:
            community_id = pk_from_global_id(community, "Community")
            authorize(info, Capability.WORKORDER_MANAGE, Community, community_id)
            orders = orders.filter(community_id=community_id)
        if since is not None:
            orders = orders.filter(created_at__gte=since)
        if until is not None:
            orders = orders.filter(created_at__lt=until)
        user = info.context.viewer
        return WorkOrderStatisticsType.of(work_order_statistics(visible_to(user, orders)))


def policy_payload(policy: WorkOrderPolicy) -> WorkOrderPolicyType:
    return WorkOrderPolicyType(
        reopen_days=policy.reopen_days,
        sla=[
            SlaTermsType(
                priority=priority,
                respond_minutes=terms.respond_minutes,
                on_site_minutes=terms.on_site_minutes,
                complete_minutes=terms.complete_minutes,
            )
            for priority, terms in sla_terms().items()
        ],
    )
