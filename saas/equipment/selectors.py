"""Reads of the equipment domain, as unevaluated querysets (the GraphQL types scope them)."""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import Q, QuerySet

from saas.equipment.models import (
    Checkpoint,
    CheckpointScan,
    Equipment,
    Fault,
    InspectionRoute,
    MaintenanceGap,
    MaintenanceOrder,
    MaintenanceRule,
    RouteStop,
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
