"""Reads of the equipment domain, as unevaluated querysets (the GraphQL types scope them)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.db.models.lookups import Exact, GreaterThanOrEqual
from django.utils import timezone

from saas.equipment.models import (
    Checkpoint,
    CheckpointScan,
    Equipment,
    Fault,
    InspectionPlan,
    InspectionRound,
    InspectionRoute,
    MaintenanceGap,
    MaintenanceOrder,
    MaintenanceRule,
    RoundState,
    RouteStop,
    ScanResult,
)


def equipment_ledger(
    *, community_id: int | None, categories: Sequence[str], statuses: Sequence[str], search: str | None
) -> QuerySet[Equipment]:
    rows = Equipment.objects.all()
    if community_id is not None:
        rows = rows.filter(community_id=community_id)
    if categories:
        rows = rows.filter(category__in=categories)
    if statuses:
        rows = rows.filter(status__in=statuses)
    if search:
        rows = rows.filter(Q(code__icontains=search) | Q(name__icontains=search))
    return rows.order_by("community_id", "code")


def maintenance_rules(*, community_id: int | None) -> QuerySet[MaintenanceRule]:
    rows = MaintenanceRule.objects.all()
    return rows.filter(community_id=community_id) if community_id is not None else rows


def maintenance_orders(
    *, community_id: int | None, states: Sequence[str], assignee_id: int | None
) -> QuerySet[MaintenanceOrder]:
    rows = MaintenanceOrder.objects.order_by("due_on", "id")
    if community_id is not None:
        rows = rows.filter(community_id=community_id)
    if states:
        rows = rows.filter(state__in=states)
    if assignee_id is not None:
        rows = rows.filter(assignee_id=assignee_id)
    return rows


def maintenance_gaps(*, community_id: int | None, levels: Sequence[str]) -> QuerySet[MaintenanceGap]:
    rows = MaintenanceGap.objects.order_by("-recorded_on", "-id")
    if community_id is not None:
        rows = rows.filter(community_id=community_id)
    return rows.filter(level__in=levels) if levels else rows


def equipment_faults(*, community_id: int | None, states: Sequence[str]) -> QuerySet[Fault]:
    rows = Fault.objects.order_by("-created_at", "-id")
    if community_id is not None:
        rows = rows.filter(equipment__community_id=community_id)
    return rows.filter(state__in=states) if states else rows


def inspection_routes(*, community_id: int | None) -> QuerySet[InspectionRoute]:
    rows = InspectionRoute.objects.order_by("community_id", "name")
    return rows.filter(community_id=community_id) if community_id is not None else rows


def checkpoint_scans(*, community_id: int | None, anomalous_only: bool) -> QuerySet[CheckpointScan]:
    rows = CheckpointScan.objects.order_by("-server_time", "-id")
    if community_id is not None:
        rows = rows.filter(community_id=community_id)
    return rows.exclude(anomalies=[]) if anomalous_only else rows


def route_checkpoints(route_id: int) -> list[Checkpoint]:
    """The route's checkpoints in walking order."""
    return [stop.checkpoint for stop in RouteStop.objects.filter(route_id=route_id).select_related("checkpoint")]


def inspection_plans(*, community_id: int | None) -> QuerySet[InspectionPlan]:
    rows = InspectionPlan.objects.order_by("community_id", "name")
    return rows.filter(community_id=community_id) if community_id is not None else rows


def _checkpoints_scanned(**filters: object) -> Coalesce:
    """Distinct checkpoints scanned in the round (an outer row), optionally only some results."""
    scanned = (
        CheckpointScan.objects.filter(round_id=OuterRef("pk"), **filters)
        .order_by()
        .values("round_id")
        .annotate(n=Count("checkpoint_id", distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(scanned, output_field=IntegerField()), 0)


def round_visited() -> Coalesce:
    return _checkpoints_scanned()


def round_abnormal() -> Coalesce:
    return _checkpoints_scanned(result=ScanResult.ABNORMAL)


def round_missed(now: datetime) -> Case:
    """Stops not visited once the window closed; 0 while it is open."""
    return Case(
        When(ends_at__lte=now, then=F("stops_total") - round_visited()), default=Value(0), output_field=IntegerField()
    )


def round_state(now: datetime) -> Case:
    """COMPLETED once every stop is visited; else by the window: SCHEDULED, IN_PROGRESS, then
    MISSED (nothing scanned) or INCOMPLETE (some stops missed)."""
    visited = round_visited()
    return Case(
        When(GreaterThanOrEqual(visited, F("stops_total")), then=Value(RoundState.COMPLETED.value)),
        When(starts_at__gt=now, then=Value(RoundState.SCHEDULED.value)),
        When(ends_at__gt=now, then=Value(RoundState.IN_PROGRESS.value)),
        When(Exact(visited, 0), then=Value(RoundState.MISSED.value)),
        default=Value(RoundState.INCOMPLETE.value),
    )


def _day_bounds(since: date, until: date) -> tuple[datetime, datetime]:
    start = timezone.make_aware(datetime.combine(since, time.min))
    end = timezone.make_aware(datetime.combine(until + timedelta(days=1), time.min))
    return start, end


def inspection_rounds(
    *,
    community_id: int | None,
    since: date | None,
    until: date | None,
    states: Sequence[str],
    assignee_id: int | None,
) -> QuerySet[InspectionRound]:
    """Rounds by start, newest first; ``since``/``until`` are days the round's window touches."""
    rows = InspectionRound.objects.order_by("-starts_at", "-id")
    if community_id is not None:
        rows = rows.filter(community_id=community_id)
    if since is not None:
        rows = rows.filter(ends_at__gt=_day_bounds(since, since)[0])
    if until is not None:
        rows = rows.filter(starts_at__lt=_day_bounds(until, until)[1])
    if assignee_id is not None:
        rows = rows.filter(assignee_id=assignee_id)
    if states:
        rows = rows.alias(state_now=round_state(timezone.now())).filter(state_now__in=states)
    return rows


def rounds_of_day(*, assignee_id: int, day: date) -> QuerySet[InspectionRound]:
    """我的巡检: the rounds given to one person whose window touches ``day``, by start."""
    start, end = _day_bounds(day, day)
    return InspectionRound.objects.filter(assignee_id=assignee_id, starts_at__lt=end, ends_at__gt=start).order_by(
        "starts_at", "id"
    )
