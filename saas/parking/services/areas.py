"""Setting up parking: areas of a community and their spaces (an owned space with its owner)."""

from __future__ import annotations

import re
from typing import Any

from django.db import transaction
from django.utils import timezone

from saas.core.errors import DomainError, ErrorCollector
from saas.core.validators import check_text
from saas.estates.models import Community
from saas.parking.errors import ParkingErrorCode
from saas.parking.models import AreaKind, ParkingArea, ParkingSpace, RightKind, RightState, SpaceKind
from saas.parking.periods import from_on
from saas.parking.services.common import is_owner_in, resident_of, right_write

NAME_LIMIT = 64
CAPACITY_LIMIT = 10_000
_NUMBER = re.compile(r"^[A-Za-z0-9\-]{1,16}$")


@transaction.atomic
def parking_area_create(*, community_id: int, name: str, kind: AreaKind, capacity: int) -> ParkingArea:
    name = (name or "").strip()
    errors = ErrorCollector()
    if not Community.objects.filter(pk=community_id).exists():
        errors.add(ParkingErrorCode.COMMUNITY_NOT_FOUND, field="community")
    check_text(errors, ParkingErrorCode, "name", name, limit=NAME_LIMIT, required=True)
    if not 1 <= capacity <= CAPACITY_LIMIT:
        errors.add(ParkingErrorCode.CAPACITY_OUT_OF_RANGE, field="capacity", limit=CAPACITY_LIMIT)
    if not errors.has("name") and ParkingArea.objects.filter(community_id=community_id, name=name).exists():
        errors.add(ParkingErrorCode.AREA_NAME_TAKEN, field="name")
    errors.raise_if_any()
    return ParkingArea.objects.create(community_id=community_id, name=name, kind=kind, capacity=capacity)


def _area_locked(area_id: int) -> ParkingArea:
    area = ParkingArea.objects.select_for_update().filter(pk=area_id).first()
    if area is None:
        raise DomainError(ParkingErrorCode.AREA_NOT_FOUND, field="area")
    return area


@transaction.atomic
def parking_space_create(
    *, area_id: int, number: str, kind: SpaceKind, owner_id: int | None = None, actor: Any | None = None
) -> ParkingSpace:
    """A space; an owned one (产权) records its owner, an owner of the community, and their
    ownership right from today on, for good."""
    number = (number or "").strip().upper()
    area = _area_locked(area_id)  # spaces of one area are counted one creation at a time
    errors = ErrorCollector()
    if not _NUMBER.match(number):
        errors.add(ParkingErrorCode.SPACE_NUMBER_INVALID, field="number")
    elif ParkingSpace.objects.filter(area=area, number=number).exists():
        errors.add(ParkingErrorCode.SPACE_NUMBER_TAKEN, field="number")
    if kind == SpaceKind.OWNED and owner_id is None:
        errors.add(ParkingErrorCode.OWNER_REQUIRED, field="owner")
    if kind != SpaceKind.OWNED and owner_id is not None:
        errors.add(ParkingErrorCode.OWNER_ONLY_FOR_OWNED, field="owner")
    errors.raise_if_any()
    if ParkingSpace.objects.filter(area=area).count() >= area.capacity:
        raise DomainError(ParkingErrorCode.AREA_FULL, field="area", capacity=area.capacity)
    owner = None
    if owner_id is not None:
        owner = resident_of(owner_id, field="owner")
        if not is_owner_in(owner, area.community_id, field="owner"):
            raise DomainError(ParkingErrorCode.NOT_AN_OWNER, field="owner")
    space = ParkingSpace.objects.create(
        area=area, community_id=area.community_id, number=number, kind=kind, owner=owner
    )
    if owner is not None:
        right_write(
            space=space,
            holder=owner,
            kind=RightKind.OWNERSHIP,
            state=RightState.ACTIVE,
            period=from_on(timezone.localdate()),
            actor=actor,
        )
    return space
