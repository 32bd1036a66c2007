"""GraphQL types of inspection plans and their rounds. A round's progress (visited, abnormal,
missed, its state) is a SQL annotation over its scans, so lists filter and count it in the
database; ``stops`` walks the route once per round from prefetched rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from enum import Enum
from typing import Any

import strawberry
import strawberry_django
from django.db.models import QuerySet
from django.utils import timezone
from strawberry import auto, relay

from permissions.scoping import visible_to
from saas.equipment import selectors
from saas.equipment.models import (
    InspectionPlan,
    InspectionRound,
    PlanShift,
    RoundState,
    ScanResult,
)
from schema.core.context import Info
from schema.core.fields import model_field, model_type
from schema.equipment.types import CheckpointType, InspectionRouteType
from schema.estates.types import CommunityType

strawberry.enum(RoundState, name="InspectionRoundState", description="巡检任务状态, from its window and its scans.")


@strawberry.enum(name="RoundStopStatus", description="How a checkpoint of a round stands.")
class RoundStopStatus(Enum):
    VISITED = strawberry.enum_value("visited", description="已巡检: scanned, nothing wrong.")
    ABNORMAL = strawberry.enum_value("abnormal", description="异常: scanned with an abnormal result.")
    MISSED = strawberry.enum_value("missed", description="漏检: not scanned before the round ended.")
    PENDING = strawberry.enum_value("pending", description="待巡检: not scanned yet; the round is not over.")


def _user(info: Info) -> Any:
    return info.context.viewer


def _annotated(root: Any, name: str, expression: Callable[[], Any]) -> Any:
    """The value lists carry as a SQL annotation; a row from elsewhere (a payload) asks for it alone."""
    if not hasattr(root, name):
        value = type(root)._default_manager.filter(pk=root.pk).values_list(expression(), flat=True).first()
        setattr(root, name, value)
    return getattr(root, name)


@strawberry.type(
    name="PlanShift", description="班次 A shift of a plan: when its daily round starts, how long it may take."
)
class PlanShiftType:
    name: str = strawberry.field(description="e.g. 早班, 夜班.")
    starts_at: time = strawberry.field(description="Start time, Beijing (Asia/Shanghai).")
    duration_minutes: int = strawberry.field(description="How long the round's window stays open.")

    @classmethod
    def of(cls, shift: PlanShift) -> PlanShiftType:
        return cls(name=shift.name, starts_at=shift.starts_at, duration_minutes=shift.duration_minutes)


@model_type(
    InspectionPlan, name="InspectionPlan", description="巡检计划 A route walked in shifts by a roster, every day."
)
class InspectionPlanType(relay.Node):
    name: auto
    starts_on: date = model_field(description="The first day with rounds.")
    is_active: bool = model_field(description="False: paused, no new rounds.")
    route: InspectionRouteType = model_field()
    community: CommunityType = model_field()

    @strawberry_django.field(prefetch_related=["shifts"], description="In order of the day.")
    def shifts(self, root: InspectionPlan) -> list[PlanShiftType]:
        return [PlanShiftType.of(shift) for shift in root.shifts.all()]

    @strawberry_django.field(
        prefetch_related=["roster__user"], description="排班 Who takes the rounds, in turn (display names)."
    )
    def roster_names(self, root: InspectionPlan) -> list[str]:
        return [member.user.display_name for member in root.roster.all()]

    @classmethod
    def get_queryset(cls, queryset: QuerySet[InspectionPlan], info: Info, **kwargs: Any) -> QuerySet[InspectionPlan]:
        return visible_to(_user(info), queryset)


@strawberry.type(name="RoundStop", description="One checkpoint of a round and how it stands.")
class RoundStopType:
    position: int = strawberry.field(description="Its place on the route, from 1.")
    checkpoint: CheckpointType = strawberry.field(description="The checkpoint.")
    status: RoundStopStatus = strawberry.field(description="Visited, abnormal, missed or still pending.")
    scanned_at: datetime | None = strawberry.field(description="The first scan's server time in this round.")


def _stops(round_: InspectionRound, now: datetime) -> list[RoundStopType]:
    first: dict[int, datetime] = {}
    abnormal: set[int] = set()
    for scan in sorted(round_.scans.all(), key=lambda s: s.server_time):  # type: ignore[attr-defined]
        first.setdefault(scan.checkpoint_id, scan.server_time)
        if scan.result == ScanResult.ABNORMAL:
            abnormal.add(scan.checkpoint_id)
    ended = round_.ends_at <= now
    stops = []
    for stop in round_.route.stops.all():  # type: ignore[attr-defined]
        pk = stop.checkpoint_id
        if pk in abnormal:
            status = RoundStopStatus.ABNORMAL
        elif pk in first:
            status = RoundStopStatus.VISITED
        else:
            status = RoundStopStatus.MISSED if ended else RoundStopStatus.PENDING
        stops.append(
            RoundStopType(
                position=stop.position,
                checkpoint=stop.checkpoint,  # type: ignore[arg-type]  # a model row for its model type
                status=status,
                scanned_at=first.get(pk),
            )
        )
    return stops


@model_type(InspectionRound, name="InspectionRound", description="巡检任务 One shift of one day of a plan.")
class InspectionRoundType(relay.Node):
    day: date = model_field(description="The day the shift starts (Beijing).")
    starts_at: datetime = model_field(description="The window opens (+08:00); scans on the route from now count.")
    ends_at: datetime = model_field(description="The window closes; stops not scanned by then are missed.")
    stops_total: int = model_field(description="Checkpoints on the route.")
    plan: InspectionPlanType = model_field()
    route: InspectionRouteType = model_field()
    community: CommunityType = model_field()

    @strawberry_django.field(only=["shift__name"], select_related=["shift"], description="The shift, e.g. 夜班.")
    def shift_name(self, root: InspectionRound) -> str:
        return root.shift.name

    @strawberry_django.field(
        only=["assignee__display_name"],
        select_related=["assignee"],
        description="Who is rostered; null when the roster had nobody left.",
    )
    def assignee_name(self, root: InspectionRound) -> str | None:
        return root.assignee.display_name if root.assignee is not None else None

    @strawberry_django.field(
        annotate={"visited_count": lambda info: selectors.round_visited()},
        description="Checkpoints scanned in this round (each once, whatever the result).",
    )
    def visited_count(self, root: InspectionRound) -> int:
        return int(_annotated(root, "visited_count", selectors.round_visited))

    @strawberry_django.field(
        annotate={"abnormal_count": lambda info: selectors.round_abnormal()},
        description="Checkpoints scanned with an ABNORMAL result.",
    )
    def abnormal_count(self, root: InspectionRound) -> int:
        return int(_annotated(root, "abnormal_count", selectors.round_abnormal))

    @strawberry_django.field(
        annotate={"missed_count": lambda info: selectors.round_missed(timezone.now())},
        description="Checkpoints not scanned once the window closed; 0 while it is open.",
    )
    def missed_count(self, root: InspectionRound) -> int:
        return int(_annotated(root, "missed_count", lambda: selectors.round_missed(timezone.now())))

    @strawberry_django.field(
        annotate={"state_now": lambda info: selectors.round_state(timezone.now())},
        description="SCHEDULED, IN_PROGRESS, COMPLETED, or once over INCOMPLETE (stops missed) or MISSED (none).",
    )
    def state(self, root: InspectionRound) -> RoundState:
        return RoundState(_annotated(root, "state_now", lambda: selectors.round_state(timezone.now())))

    @strawberry_django.field(
        only=["ends_at", "route_id"],
        prefetch_related=["route__stops__checkpoint", "scans"],
        description="The route's checkpoints in walking order, each visited, abnormal, missed or pending.",
    )
    def stops(self, root: InspectionRound) -> list[RoundStopType]:
        return _stops(root, timezone.now())

    @classmethod
    def get_queryset(cls, queryset: QuerySet[InspectionRound], info: Info, **kwargs: Any) -> QuerySet[InspectionRound]:
        return visible_to(_user(info), queryset)
