"""GraphQL types of work-order statistics (plain values computed by saas.workorders.statistics)."""

from __future__ import annotations

import strawberry
from strawberry import relay

from saas.workorders.models import State
from saas.workorders.statistics import WorkOrderFigures, WorkOrderStatistics


@strawberry.type(name="WorkOrderStateCount", description="How many orders are in one state.")
class StateCountType:
    state: State = strawberry.field(description="The state (工单状态).")
    count: int = strawberry.field(description="How many orders are in it now.")


@strawberry.type(name="WorkOrderFigures", description="Figures over a set of work orders.")
class WorkOrderFiguresType:
    total: int = strawberry.field(description="How many orders, in every state.")
    by_state: list[StateCountType] = strawberry.field(description="Every state, in the order of WorkOrderState.")
    average_response_minutes: float | None = strawberry.field(description="Submission → accepted, on average.")
    average_on_site_minutes: float | None = strawberry.field(description="Submission → technician on site.")
    average_completion_minutes: float | None = strawberry.field(description="Submission → completed.")
    overdue_rate: float | None = strawberry.field(
        description="Orders that missed a deadline ÷ orders not cancelled, 0–1; null without orders."
    )
    average_rating: float | None = strawberry.field(description="满意度: average stars of rated orders.")
    rated: int = strawberry.field(description="How many orders were rated.")

    @classmethod
    def of(cls, figures: WorkOrderFigures) -> WorkOrderFiguresType:
        return cls(
            total=figures.total,
            by_state=[StateCountType(state=s, count=n) for s, n in figures.by_state.items()],
            average_response_minutes=figures.average_response_minutes,
            average_on_site_minutes=figures.average_on_site_minutes,
            average_completion_minutes=figures.average_completion_minutes,
            overdue_rate=figures.overdue_rate,
            average_rating=figures.average_rating,
            rated=figures.rated,
        )


@strawberry.type(name="CommunityWorkOrderFigures", description="Over the orders of one community.")
class CommunityFiguresType:
    community_id: relay.GlobalID = strawberry.field(description="The community's global ID.")
    community_name: str = strawberry.field(description="The community's name (小区名称).")
    figures: WorkOrderFiguresType = strawberry.field(description="Its figures.")


@strawberry.type(name="TechnicianWorkOrderFigures", description="Over the orders assigned to one technician.")
class TechnicianFiguresType:
    technician_id: relay.GlobalID = strawberry.field(description="The technician's global ID (a StaffMember).")
    technician_name: str = strawberry.field(description="The technician's display name.")
    figures: WorkOrderFiguresType = strawberry.field(description="Their figures.")


@strawberry.type(name="WorkOrderStatistics", description="工单统计 Repair figures over a time window.")
class WorkOrderStatisticsType:
    overall: WorkOrderFiguresType = strawberry.field(description="Over every order counted.")
    communities: list[CommunityFiguresType] = strawberry.field(description="Communities with orders, by name.")
    technicians: list[TechnicianFiguresType] = strawberry.field(description="Technicians with orders, by name.")

    @classmethod
    def of(cls, stats: WorkOrderStatistics) -> WorkOrderStatisticsType:
        return cls(
            overall=WorkOrderFiguresType.of(stats.overall),
            communities=[
                CommunityFiguresType(
                    community_id=relay.GlobalID("Community", str(c.community_id)),
                    community_name=c.community_name,
                    figures=WorkOrderFiguresType.of(c.figures),
                )
                for c in stats.communities
            ],
            technicians=[
                TechnicianFiguresType(
                    technician_id=relay.GlobalID("Technician", str(t.technician_id)),
                    technician_name=t.technician_name,
                    figures=WorkOrderFiguresType.of(t.figures),
                )
                for t in stats.technicians
            ],
        )
