"""Houses (房屋): create, update (including moving to another unit), delete.

A house stores its unit's building and community beside the unit (lists filter by them without
joins); these services are the only writers, and they always set all three together.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from saas.core.errors import DomainError, ErrorCollector
from saas.core.unset import UNSET, Unset, given
from saas.core.validators import check_text
from saas.estates.errors import HouseErrorCode
from saas.estates.models import House, HouseKind, HouseStatus, Unit
from saas.estates.selectors import house_has_bills, house_has_registration_requests, house_occupancy_count
from saas.estates.services.common import (
    check_choice,
    check_house_areas,
    check_layout,
    floor_range,
    is_floor_of,
    protected_or,
    unique_or,
)
from saas.estates.services.plan_limits import house_limit_check

codes = HouseErrorCode


@dataclass(frozen=True)
class HouseFields:
    room_number: str
    floor: int
    layout: str
    building_area: Decimal
    usable_area: Decimal
    kind: str
    status: str


def _unit(unit_id: int) -> Unit:
    # The unit is locked so that it cannot be deleted under a house being added to it, and its
    # building so that the building cannot move to another community between reading its
    # community here and writing it on the house.
    unit = Unit.objects.select_related("building").select_for_update().filter(pk=unit_id).first()
    if unit is None:
        raise DomainError(codes.UNIT_NOT_FOUND, field="unit")
    return unit


def _locked(house_id: int) -> House:
    house = House.objects.select_for_update().filter(pk=house_id).first()
    if house is None:
        raise DomainError(codes.NOT_FOUND, field="id")
    return house


def _validated(fields: HouseFields, unit: Unit, *, house_id: int | None = None) -> HouseFields:
    """Every problem with ``fields`` in ``unit`` at once; the fields cleaned (stripped, quantized)."""
    errors = ErrorCollector()
    room_number = fields.room_number.strip()
    layout = fields.layout.strip()
    check_text(errors, codes, "roomNumber", room_number, limit=20)
    if not is_floor_of(unit.building, fields.floor):
        low, high = floor_range(unit.building)
        errors.add(codes.FLOOR_OUT_OF_RANGE, field="floor", low=low, high=high)
    check_layout(errors, codes, "layout", layout)
    building_area, usable_area = check_house_areas(errors, codes, fields.building_area, fields.usable_area)
    check_choice(errors, codes.KIND_INVALID, "kind", fields.kind, HouseKind)
    check_choice(errors, codes.STATUS_INVALID, "status", fields.status, HouseStatus)
    if not errors.has("roomNumber"):
        taken = House.objects.filter(unit=unit, room_number=room_number)
        if house_id is not None:
            taken = taken.exclude(pk=house_id)
        if taken.exists():
            errors.add(codes.ROOM_NUMBER_TAKEN, field="roomNumber", number=room_number)
    errors.raise_if_any()
    assert building_area is not None and usable_area is not None  # no errors means both checked out
    return HouseFields(
        room_number=room_number,
        floor=fields.floor,
        layout=layout,
        building_area=building_area,
        usable_area=usable_area,
        kind=fields.kind,
        status=fields.status,
    )


def _saved(house: House, unit: Unit, fields: HouseFields) -> House:
    house.unit = unit
    house.building_id = unit.building_id
    house.community_id = unit.building.community_id
    for name, value in vars(fields).items():
        setattr(house, name, value)
    with unique_or(lambda: DomainError(codes.ROOM_NUMBER_TAKEN, field="roomNumber", number=fields.room_number)):
        house.save()
    return house


@transaction.atomic
def house_create(
    *,
    unit_id: int,
    room_number: str,
    floor: int,
    building_area: Decimal,
    usable_area: Decimal,
    layout: str = "",
    kind: str = HouseKind.RESIDENTIAL,
    status: str = HouseStatus.VACANT,
) -> House:
    unit = _unit(unit_id)
    fields = HouseFields(
        room_number=room_number,
        floor=floor,
        layout=layout,
        building_area=building_area,
        usable_area=usable_area,
        kind=kind,
        status=status,
    )
    validated = _validated(fields, unit)
    house_limit_check(codes.PLAN_LIMIT_REACHED, 1)
    return _saved(House(), unit, validated)


@transaction.atomic
def house_update(
    *,
    house_id: int,
    unit_id: int | Unset = UNSET,
    room_number: str | Unset = UNSET,
    floor: int | Unset = UNSET,
    layout: str | Unset = UNSET,
    building_area: Decimal | Unset = UNSET,
    usable_area: Decimal | Unset = UNSET,
    kind: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> House:
    """Change the given fields. A new ``unit_id`` moves the house: its building and community follow."""
    house = _locked(house_id)
    unit = _unit(given(unit_id, house.unit_id))
    fields = HouseFields(
        room_number=given(room_number, house.room_number),
        floor=given(floor, house.floor),
        layout=given(layout, house.layout),
        building_area=given(building_area, house.building_area),
        usable_area=given(usable_area, house.usable_area),
        kind=given(kind, house.kind),
        status=given(status, house.status),
    )
    return _saved(house, unit, _validated(fields, unit, house_id=house.pk))


@transaction.atomic
def house_delete(*, house_id: int) -> House:
    """Delete a house nobody has lived in, that has no bills and no registration requests.

    Returns the deleted row (id kept).
    """
    house = _locked(house_id)
    occupancies = house_occupancy_count(house_id=house.pk)
    if occupancies:
        raise DomainError(codes.HAS_RESIDENTS, field="id", count=occupancies)
    if house_has_bills(house_id=house.pk):
        raise DomainError(codes.HAS_BILLS, field="id")
    if house_has_registration_requests(house_id=house.pk):
        raise DomainError(codes.HAS_REGISTRATION_REQUESTS, field="id")
    with protected_or(lambda: DomainError(codes.IN_USE, field="id")):
        house.delete()
    house.pk = house_id
    return house
