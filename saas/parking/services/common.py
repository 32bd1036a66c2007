"""What the parking services share: rows looked up or refused with a typed error, and the one
place a right is written, where PostgreSQL's exclusion constraint decides about double booking."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import IntegrityError, transaction
from django.db.backends.postgresql.psycopg_any import DateRange
from django.utils import timezone

from saas.core.errors import DomainError
from saas.estates.models import Community
from saas.parking.errors import ParkingErrorCode
from saas.parking.models import ParkingRight, ParkingSpace, RightKind, RightState, Vehicle
from saas.residents.models import Occupancy, OccupancyRole, Resident

NO_DOUBLE_BOOKING = "parking_right_no_double_booking"
MAX_MONTHS = 12


def community_locked(community_id: int) -> Community:
    """The community row, locked until commit: applications and offers of one community queue up
    behind it, so owner priority is decided on what is really waiting."""
    community = Community.objects.select_for_update().filter(pk=community_id).first()
    if community is None:
        raise DomainError(ParkingErrorCode.COMMUNITY_NOT_FOUND, field="community")
    return community


def space_of(space_id: int, *, field: str = "space") -> ParkingSpace:
    space = ParkingSpace.objects.select_related("area").filter(pk=space_id).first()
    if space is None:
        raise DomainError(ParkingErrorCode.SPACE_NOT_FOUND, field=field)
    return space


def resident_of(resident_id: int, *, field: str = "resident") -> Resident:
    resident = Resident.objects.filter(pk=resident_id, anonymised_at__isnull=True).first()
    if resident is None:
        raise DomainError(ParkingErrorCode.RESIDENT_NOT_FOUND, field=field)
    return resident


def lives_in(resident: Resident, community_id: int) -> list[str]:
    """The roles in force of ``resident`` in houses of the community (empty: not a resident there)."""
    return list(
        Occupancy.objects.active()
        .filter(resident=resident, house__community_id=community_id)
        .values_list("role", flat=True)
    )


def is_owner_in(resident: Resident, community_id: int, *, field: str = "resident") -> bool:
    """Whether the resident owns a house of the community; NOT_RESIDENT if they do not live there."""
    roles = lives_in(resident, community_id)
    if not roles:
        raise DomainError(ParkingErrorCode.NOT_RESIDENT, field=field)
    return OccupancyRole.OWNER in roles


def vehicle_of(vehicle_id: int, resident: Resident, *, field: str = "vehicle") -> Vehicle:
    vehicle = Vehicle.objects.filter(pk=vehicle_id, resident=resident).first()
    if vehicle is None:
        raise DomainError(ParkingErrorCode.VEHICLE_NOT_FOUND, field=field)
    return vehicle


def check_months(months: int, *, field: str = "months") -> None:
    if not 1 <= months <= MAX_MONTHS:
        raise DomainError(ParkingErrorCode.MONTHS_OUT_OF_RANGE, field=field)


def check_start(start: date, *, field: str = "start") -> None:
    if start < timezone.localdate():
        raise DomainError(ParkingErrorCode.START_IN_PAST, field=field)


def right_write(
    *,
    space: ParkingSpace,
    holder: Resident,
    kind: RightKind,
    state: RightState,
    period: DateRange,
    vehicle: Vehicle | None = None,
    actor: Any | None = None,
) -> ParkingRight:
    """Insert a right; SPACE_UNAVAILABLE when the constraint finds another reserved or active right
    of that space overlapping the period (the savepoint keeps the caller's transaction usable)."""
    right = ParkingRight(
        space=space, holder=holder, vehicle=vehicle, kind=kind, state=state, period=period, granted_by=actor
    )
    try:
        with transaction.atomic():
            right.save()
    except IntegrityError as exc:
        if NO_DOUBLE_BOOKING in str(exc):
            raise DomainError(ParkingErrorCode.SPACE_UNAVAILABLE, field="space") from exc
        raise
    return right


def right_cancel(right: ParkingRight | None) -> None:
    if right is not None and right.state != RightState.CANCELLED:
        right.state = RightState.CANCELLED
        right.cancelled_at = timezone.now()
        right.save(update_fields=["state", "cancelled_at"])
