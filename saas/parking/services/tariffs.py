"""临停收费标准 Tariff versions per area: a new version from a day (today or later) ends the one in
force that day; versions never overlap (an exclusion constraint decides, as for rights)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import IntegrityError, transaction
from django.db.backends.postgresql.psycopg_any import DateRange

from saas.core.errors import DomainError, ErrorCollector
from saas.core.validators import check_text
from saas.parking.errors import ParkingErrorCode
from saas.parking.models import ParkingArea, ParkingTariff
from saas.parking.services.common import check_start

NO_OVERLAP = "parking_tariff_no_overlap"
REASON_LIMIT = 200
MINUTES_LIMIT = 1440


@dataclass(frozen=True)
class TariffTerms:
    valid_from: date
    free_minutes: int
    unit_minutes: int
    unit_price_fen: int
    daily_cap_fen: int | None = None
    charge_part_units: bool = False
    override_reason: str = ""


def _check(terms: TariffTerms) -> str:
    errors = ErrorCollector()
    if not (0 <= terms.free_minutes <= MINUTES_LIMIT and 1 <= terms.unit_minutes <= MINUTES_LIMIT):
        errors.add(ParkingErrorCode.TARIFF_MINUTES_OUT_OF_RANGE, field="unitMinutes")
    if terms.unit_price_fen < 0:
        errors.add(ParkingErrorCode.PRICE_INVALID, field="unitPrice")
    if terms.daily_cap_fen is not None and terms.daily_cap_fen < terms.unit_price_fen:
        errors.add(ParkingErrorCode.CAP_BELOW_UNIT_PRICE, field="dailyCap")
    reason = (terms.override_reason or "").strip()
    if terms.charge_part_units and not reason:
        errors.add(ParkingErrorCode.OVERRIDE_REASON_REQUIRED, field="overrideReason")
    check_text(errors, ParkingErrorCode, "overrideReason", reason, limit=REASON_LIMIT, required=False)
    errors.raise_if_any()
    return reason if terms.charge_part_units else ""


@transaction.atomic
def parking_tariff_set(*, area_id: int, terms: TariffTerms, actor: Any) -> ParkingTariff:
    """The area's tariff from ``terms.valid_from`` on; the version in force that day ends there."""
    reason = _check(terms)
    check_start(terms.valid_from, field="validFrom")
    area = ParkingArea.objects.select_for_update().filter(pk=area_id).first()
    if area is None:
        raise DomainError(ParkingErrorCode.AREA_NOT_FOUND, field="area")
    day = terms.valid_from
    current = ParkingTariff.objects.filter(area=area, valid__contains=day, valid__startswith__lt=day).first()
    if current is not None:
        current.valid = DateRange(current.valid.lower, day, "[)")
        current.save(update_fields=["valid"])
    tariff = ParkingTariff(
        area=area,
        valid=DateRange(day, None, "[)"),
        free_minutes=terms.free_minutes,
        unit_minutes=terms.unit_minutes,
        unit_price_fen=terms.unit_price_fen,
        daily_cap_fen=terms.daily_cap_fen,
        charge_part_units=terms.charge_part_units,
        override_reason=reason,
        set_by=actor,
    )
    try:
        with transaction.atomic():
            tariff.save()
    except IntegrityError as exc:
        if NO_OVERLAP in str(exc):
            raise DomainError(ParkingErrorCode.TARIFF_PERIOD_TAKEN, field="validFrom") from exc
        raise
    return tariff
