"""Units (单元) of a building: create, rename, delete."""

from __future__ import annotations

from django.db import transaction

from saas.core.errors import DomainError, ErrorCollector
from saas.core.validators import check_text
from saas.estates.errors import UnitErrorCode
from saas.estates.models import Building, House, Unit
from saas.estates.services.common import protected_or, unique_or

codes = UnitErrorCode


def _locked(unit_id: int) -> Unit:
    unit = Unit.objects.select_for_update().filter(pk=unit_id).first()
    if unit is None:
        raise DomainError(codes.NOT_FOUND, field="id")
    return unit


def _validated_and_saved(unit: Unit) -> Unit:
    errors = ErrorCollector()
    unit.name = unit.name.strip()
    check_text(errors, codes, "name", unit.name, limit=50)
    taken = Unit.objects.filter(building_id=unit.building_id, name=unit.name).exclude(pk=unit.pk)
    if not errors.has("name") and taken.exists():
        errors.add(codes.NAME_TAKEN, field="name", name=unit.name)
    errors.raise_if_any()
    with unique_or(lambda: DomainError(codes.NAME_TAKEN, field="name", name=unit.name)):
        unit.save()
    return unit


@transaction.atomic
def unit_create(*, building_id: int, name: str) -> Unit:
    building = Building.objects.select_for_update().filter(pk=building_id).first()
    if building is None:
        raise DomainError(codes.BUILDING_NOT_FOUND, field="building")
    return _validated_and_saved(Unit(building=building, name=name))


@transaction.atomic
def unit_update(*, unit_id: int, name: str) -> Unit:
    unit = _locked(unit_id)
    unit.name = name
    return _validated_and_saved(unit)


@transaction.atomic
def unit_delete(*, unit_id: int) -> Unit:
    """Delete a unit without houses. Returns the deleted row (id kept)."""
    unit = _locked(unit_id)
    count = House.objects.filter(unit=unit).count()
    if count:
        raise DomainError(codes.HAS_HOUSES, field="id", count=count)
    with protected_or(lambda: DomainError(codes.IN_USE, field="id")):
        unit.delete()
    unit.pk = unit_id
    return unit
