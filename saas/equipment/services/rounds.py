"""巡检 Checkpoints, routes and scans.

A scan is refused (CHECKPOINT_TOKEN_INVALID) unless its token is the checkpoint's current one in
this company; otherwise it is kept with its anomalies: outside the checkpoint's radius, the
device's clock more than five minutes off, or faster than walking from the scanner's previous
stop on the route. The client's scan id makes a retry return the same scan. An abnormal result at a
checkpoint with equipment reports a fault (one work order per open fault). A scan joins the
route's round open at the server's time (``saas.equipment.services.plans``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone

from saas.accounts.models import User
from saas.core.errors import DomainError, ErrorCollector
from saas.core.validators import check_text
from saas.equipment.errors import InspectionErrorCode
from saas.equipment.models import (
    Anomaly,
    Checkpoint,
    CheckpointScan,
    Equipment,
    EquipmentStatus,
    FaultSource,
    InspectionRoute,
    RouteStop,
    ScanResult,
)
from saas.equipment.services.faults import fault_report
from saas.equipment.services.plans import round_for_scan
from saas.equipment.tokens import token_matches
from saas.estates.models import Community

NAME_LIMIT = 100
NOTE_LIMIT = 500
SCAN_ID_LIMIT = 64
STOPS_LIMIT = 50
MAX_RADIUS = 1000
CLOCK_SKEW = timedelta(minutes=5)
WALKING_SPEED = 2.5  # m/s: a brisk walk; anything faster between two stops is flagged
PREVIOUS_WINDOW = timedelta(hours=2)
EARTH_RADIUS_M = 6_371_000


def distance_m(lat1: Decimal, lng1: Decimal, lat2: Decimal, lng2: Decimal) -> float:
    """Great-circle distance (haversine) in metres."""
    p1, p2 = math.radians(float(lat1)), math.radians(float(lat2))
    dp, dl = p2 - p1, math.radians(float(lng2) - float(lng1))
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(min(1.0, a)))


def _position_ok(latitude: Decimal, longitude: Decimal) -> bool:
    return latitude.is_finite() and longitude.is_finite() and abs(latitude) <= 90 and abs(longitude) <= 180


def _name(value: str, errors: ErrorCollector) -> str:
    name = value.strip()
    check_text(errors, InspectionErrorCode, "name", name, limit=NAME_LIMIT)
    return name


@dataclass(frozen=True)
class CheckpointData:
    community_id: int
    name: str
    latitude: Decimal
    longitude: Decimal
    radius_m: int = 30
    equipment_id: int | None = None


@transaction.atomic
def checkpoint_create(*, data: CheckpointData) -> Checkpoint:
    if not Community.objects.filter(pk=data.community_id).exists():
        raise DomainError(InspectionErrorCode.COMMUNITY_NOT_FOUND, field="community")
    errors = ErrorCollector()
    name = _name(data.name, errors)
    if not _position_ok(data.latitude, data.longitude) or not 1 <= data.radius_m <= MAX_RADIUS:
        errors.add(InspectionErrorCode.POSITION_INVALID, field="latitude")
    if (
        data.equipment_id is not None
        and not Equipment.objects.filter(pk=data.equipment_id, community_id=data.community_id).exists()
    ):
        errors.add(InspectionErrorCode.EQUIPMENT_NOT_FOUND, field="equipment")
    if name and Checkpoint.objects.filter(community_id=data.community_id, name=name).exists():
        errors.add(InspectionErrorCode.NAME_TAKEN, field="name", value=name)
    errors.raise_if_any()
    return Checkpoint.objects.create(
        community_id=data.community_id,
        name=name,
        latitude=data.latitude.quantize(Decimal("0.000001")),
        longitude=data.longitude.quantize(Decimal("0.000001")),
        radius_m=data.radius_m,
        equipment_id=data.equipment_id,
    )


@transaction.atomic
def inspection_route_create(*, community_id: int, name: str, checkpoint_ids: Sequence[int]) -> InspectionRoute:
    """A route through ``checkpoint_ids`` in that order."""
    if not Community.objects.filter(pk=community_id).exists():
        raise DomainError(InspectionErrorCode.COMMUNITY_NOT_FOUND, field="community")
    errors = ErrorCollector()
    clean = _name(name, errors)
    ids = list(checkpoint_ids)
    found = Checkpoint.objects.filter(pk__in=ids, community_id=community_id).count()
    if not 1 <= len(ids) <= STOPS_LIMIT or len(set(ids)) != len(ids) or found != len(ids):
        errors.add(InspectionErrorCode.STOPS_INVALID, field="checkpoints", limit=STOPS_LIMIT)
    if clean and InspectionRoute.objects.filter(community_id=community_id, name=clean).exists():
        errors.add(InspectionErrorCode.NAME_TAKEN, field="name", value=clean)
    errors.raise_if_any()
    route = InspectionRoute.objects.create(community_id=community_id, name=clean)
    RouteStop.objects.bulk_create(
        RouteStop(route=route, checkpoint_id=pk, position=index) for index, pk in enumerate(ids, start=1)
    )
    return route


@transaction.atomic
def checkpoint_token_rotate(*, checkpoint_id: int) -> Checkpoint:
    """换码: the checkpoint's QR code changes; the old one is refused from now on."""
    checkpoint = Checkpoint.objects.select_for_update().filter(pk=checkpoint_id).first()
    if checkpoint is None:
        raise DomainError(InspectionErrorCode.CHECKPOINT_NOT_FOUND, field="id")
    checkpoint.token_version += 1
    checkpoint.save(update_fields=["token_version"])
    return checkpoint


@dataclass(frozen=True)
class ScanData:
    route_id: int
    checkpoint_id: int
    token: str
    client_scan_id: str
    device_time: datetime
    latitude: Decimal
    longitude: Decimal
    result: str = ScanResult.NORMAL
    note: str = ""


@dataclass(frozen=True)
class ScanRecorded:
    scan: CheckpointScan
    created: bool  # False: a retry of a scan already recorded


def _checked(data: ScanData) -> tuple[Checkpoint, str]:
    errors = ErrorCollector()
    note = data.note.strip()
    check_text(errors, InspectionErrorCode, "note", note, limit=NOTE_LIMIT, required=False)
    check_text(errors, InspectionErrorCode, "clientScanId", data.client_scan_id, limit=SCAN_ID_LIMIT)
    if not _position_ok(data.latitude, data.longitude):
        errors.add(InspectionErrorCode.POSITION_INVALID, field="latitude")
    errors.raise_if_any()
    if not InspectionRoute.objects.filter(pk=data.route_id).exists():
        raise DomainError(InspectionErrorCode.ROUTE_NOT_FOUND, field="route")
    checkpoint = Checkpoint.objects.filter(
        pk=data.checkpoint_id, pk__in=RouteStop.objects.filter(route_id=data.route_id).values("checkpoint_id")
    ).first()
    if checkpoint is None:
        raise DomainError(InspectionErrorCode.CHECKPOINT_NOT_ON_ROUTE, field="checkpoint")
    if not token_matches(data.token, checkpoint):
        raise DomainError(InspectionErrorCode.CHECKPOINT_TOKEN_INVALID, field="token")
    return checkpoint, note


def _anomalies(data: ScanData, checkpoint: Checkpoint, user: User, now: datetime, distance: float) -> list[str]:
    found: list[str] = []
    if distance > checkpoint.radius_m:
        found.append(Anomaly.OUTSIDE_RADIUS)
    if abs(data.device_time - now) > CLOCK_SKEW:
        found.append(Anomaly.CLOCK_SKEW)
    previous = (
        CheckpointScan.objects.filter(scanned_by=user, route_id=data.route_id, server_time__gte=now - PREVIOUS_WINDOW)
        .exclude(checkpoint=checkpoint)
        .select_related("checkpoint")
        .first()
    )
    if previous is not None:
        walked = distance_m(
            previous.checkpoint.latitude, previous.checkpoint.longitude, checkpoint.latitude, checkpoint.longitude
        )
        seconds = max((now - previous.server_time).total_seconds(), 1.0)
        if walked / seconds > WALKING_SPEED:
            found.append(Anomaly.TOO_FAST)
    return found


def _existing(client_scan_id: str, user: User) -> ScanRecorded | None:
    scan = CheckpointScan.objects.filter(client_scan_id=client_scan_id).first()
    if scan is None:
        return None
    if scan.scanned_by_id != user.pk:
        raise DomainError(InspectionErrorCode.SCAN_ID_TAKEN, field="clientScanId")
    return ScanRecorded(scan=scan, created=False)


def _reportable(checkpoint: Checkpoint) -> bool:
    """A checkpoint at equipment still in the ledger (a scrapped one takes no more faults)."""
    return (
        checkpoint.equipment_id is not None
        and Equipment.objects.filter(pk=checkpoint.equipment_id).exclude(status=EquipmentStatus.SCRAPPED).exists()
    )


@transaction.atomic
def checkpoint_scan(*, user: User, data: ScanData) -> ScanRecorded:
    """打卡 at a checkpoint of a route, with the result; see the module for the checks."""
    retried = _existing(data.client_scan_id.strip(), user)
    if retried is not None:
        return retried
    checkpoint, note = _checked(data)
    now = timezone.now()
    distance = distance_m(data.latitude, data.longitude, checkpoint.latitude, checkpoint.longitude)
    scan = CheckpointScan(
        route_id=data.route_id,
        checkpoint=checkpoint,
        community_id=checkpoint.community_id,
        scanned_by=user,
        client_scan_id=data.client_scan_id.strip(),
        device_time=data.device_time,
        server_time=now,
        latitude=data.latitude.quantize(Decimal("0.000001")),
        longitude=data.longitude.quantize(Decimal("0.000001")),
        distance_m=min(int(distance), 2**31 - 1),
        result=ScanResult(data.result),
        note=note,
        anomalies=_anomalies(data, checkpoint, user, now, distance),
        round=round_for_scan(route_id=data.route_id, user=user, now=now),
    )
    try:
        with transaction.atomic():
            scan.save()
    except IntegrityError:  # the same scan id, saved by a concurrent retry
        retried = _existing(scan.client_scan_id, user)
        assert retried is not None
        return retried
    if scan.result == ScanResult.ABNORMAL and _reportable(checkpoint):
        description = f"巡检异常（{checkpoint.name}）：{note or '未填写说明'}"
        assert checkpoint.equipment_id is not None
        reported = fault_report(
            equipment_id=checkpoint.equipment_id,
            description=description[:400],
            reporter=user,
            source=FaultSource.INSPECTION,
        )
        scan.fault = reported.fault
        scan.save(update_fields=["fault"])
    return ScanRecorded(scan=scan, created=True)
