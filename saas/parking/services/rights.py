"""Rights granted by the office: a lease (租赁) of a space the company rents out, for 1–12 months."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction

from saas.core.errors import DomainError
from saas.parking.errors import ParkingErrorCode
from saas.parking.models import RENTABLE_KINDS, ParkingRight, RightKind, RightState
from saas.parking.periods import months_from
from saas.parking.priority import check_owner_priority
from saas.parking.services.common import (
    check_months,
    check_start,
    community_locked,
    is_owner_in,
    resident_of,
    right_write,
    space_of,
    vehicle_of,
)


@transaction.atomic
def parking_right_grant(
    *, space_id: int, holder_id: int, start: date, months: int, vehicle_id: int | None = None, actor: Any
) -> ParkingRight:
    """A lease signed at the office. Non-owners rent month by month, and only while no owner of the
    community waits (北京市物业管理条例 art. 80)."""
    check_months(months)
    check_start(start)
    space = space_of(space_id)
    community_locked(space.community_id)
    if space.kind not in RENTABLE_KINDS:
        raise DomainError(ParkingErrorCode.SPACE_NOT_RENTABLE, field="space")
    holder = resident_of(holder_id, field="holder")
    owner = is_owner_in(holder, space.community_id, field="holder")
    if not owner:
        if months != 1:
            raise DomainError(ParkingErrorCode.MONTH_BY_MONTH_ONLY, field="months")
        check_owner_priority(space.community_id)
    return right_write(
        space=space,
        holder=holder,
        kind=RightKind.LEASE,
        state=RightState.ACTIVE,
        period=months_from(start, months),
        vehicle=vehicle_of(vehicle_id, holder) if vehicle_id is not None else None,
        actor=actor,
    )
