"""统计 Figures over a set of work orders: overall, per community and per technician, three
aggregate queries whatever the number of orders.

* counts per state;
* average minutes from submission to acceptance (response), to arrival, to completion, over the
  orders that got there;
* overdue rate: orders that missed a deadline ÷ orders not cancelled;
* satisfaction: average stars over rated orders, and how many were rated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db.models import Avg, Count, F, Q, QuerySet

from saas.workorders.models import State, WorkOrder


@dataclass(frozen=True)
class WorkOrderFigures:
    total: int
    by_state: dict[State, int]
    average_response_minutes: float | None
    average_on_site_minutes: float | None
    average_completion_minutes: float | None
    overdue_rate: float | None
    average_rating: float | None
    rated: int


@dataclass(frozen=True)
class CommunityFigures:
    community_id: int
    community_name: str
    figures: WorkOrderFigures


@dataclass(frozen=True)
class TechnicianFigures:
    technician_id: int
    technician_name: str
    figures: WorkOrderFigures


@dataclass(frozen=True)
class WorkOrderStatistics:
    overall: WorkOrderFigures
    communities: list[CommunityFigures]
    technicians: list[TechnicianFigures]


def _aggregates() -> dict[str, Any]:
    not_cancelled = ~Q(state=State.CANCELLED)
    return {
        "total": Count("pk"),
        **{f"state_{state.value}": Count("pk", filter=Q(state=state)) for state in State},
        "response": Avg(F("accepted_at") - F("created_at")),
        "on_site": Avg(F("on_site_at") - F("created_at")),
        "completion": Avg(F("completed_at") - F("created_at")),
        "overdue": Count("pk", filter=not_cancelled & Q(overdue_at__isnull=False)),
        "counted": Count("pk", filter=not_cancelled),
        "stars": Avg("rating"),
        "rated": Count("rating"),
    }


def _minutes(value: timedelta | None) -> float | None:
    return None if value is None else round(value.total_seconds() / 60, 1)


def _figures(row: dict[str, Any]) -> WorkOrderFigures:
    return WorkOrderFigures(
        total=row["total"],
        by_state={state: row[f"state_{state.value}"] for state in State},
        average_response_minutes=_minutes(row["response"]),
        average_on_site_minutes=_minutes(row["on_site"]),
        average_completion_minutes=_minutes(row["completion"]),
        overdue_rate=round(row["overdue"] / row["counted"], 4) if row["counted"] else None,
        average_rating=round(float(row["stars"]), 2) if row["stars"] is not None else None,
        rated=row["rated"],
    )


def work_order_statistics(orders: QuerySet[WorkOrder]) -> WorkOrderStatistics:
    orders = orders.order_by()
    per_community = (
        orders.values("community_id", "community__name").annotate(**_aggregates()).order_by("community__name")
    )
    per_technician = (
        orders.filter(assignee__isnull=False)
        .values("assignee_id", "assignee__display_name")
        .annotate(**_aggregates())
        .order_by("assignee__display_name", "assignee_id")
    )
    return WorkOrderStatistics(
        overall=_figures(orders.aggregate(**_aggregates())),
        communities=[
            CommunityFigures(row["community_id"], row["community__name"], _figures(row)) for row in per_community
        ],
        technicians=[
            TechnicianFigures(row["assignee_id"], row["assignee__display_name"], _figures(row))
            for row in per_technician
        ],
    )
