"""Residents' vehicles: a mainland plate, normalised, registered once in the company."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from saas.core.errors import DomainError
from saas.parking.errors import ParkingErrorCode
from saas.parking.models import Vehicle
from saas.parking.plates import plate_parse
from saas.residents.models import Occupancy, Resident


@transaction.atomic
def vehicle_register(*, resident: Resident | None, plate: str) -> Vehicle:
    """The resident's car (the resident must live in one of the company's houses now)."""
    parsed = plate_parse(plate)
    if parsed is None:
        raise DomainError(ParkingErrorCode.PLATE_INVALID, field="plate")
    if resident is None or not Occupancy.objects.active().filter(resident=resident).exists():
        raise DomainError(ParkingErrorCode.NOT_RESIDENT, field="resident")
    if Vehicle.objects.filter(plate=parsed.text).exists():
        raise DomainError(ParkingErrorCode.PLATE_TAKEN, field="plate")
    try:
        with transaction.atomic():
            return Vehicle.objects.create(resident=resident, plate=parsed.text, new_energy=parsed.new_energy)
    except IntegrityError as exc:  # registered by someone else a moment ago
        raise DomainError(ParkingErrorCode.PLATE_TAKEN, field="plate") from exc
