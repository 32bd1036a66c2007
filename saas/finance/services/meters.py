"""Meter readings (抄表): one per house, meter and period; consumption is the step from the last one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction

from saas.core.errors import DomainError, ErrorCollector
from saas.estates.services.common import unique_or
from saas.finance.errors import MeterReadingErrorCode
from saas.finance.models import MeterReading, MeterType
from saas.finance.services.ledger import house_lock

READING_STEP = Decimal("0.01")
READING_LIMIT = Decimal(10) ** 10


def _check_reading(errors: ErrorCollector, value: Decimal) -> Decimal:
    if not value.is_finite() or value < 0:
        errors.add(MeterReadingErrorCode.READING_NEGATIVE, field="reading")
        return value
    if value >= READING_LIMIT:
        errors.add(MeterReadingErrorCode.READING_TOO_LARGE, field="reading")
        return value
    try:
        quantized = value.quantize(READING_STEP)
    except InvalidOperation:
        quantized = None
    if quantized != value:
        errors.add(MeterReadingErrorCode.READING_PRECISION, field="reading")
    return value


@transaction.atomic
def meter_reading_record(
    *, house_id: int, meter_type: str, period: date, reading: Decimal, recorded_by: Any, is_replacement: bool = False
) -> MeterReading:
    """Record a reading; consumption = reading − the previous reading of that meter.

    A reading below the previous one is refused unless it is marked as a meter replacement, in
    which case the new meter started from zero and the consumption is the reading itself. A
    meter's first reading is its starting point (consumption 0).
    Readings come in period order: a period before the meter's latest reading is refused.
    """
    if meter_type not in MeterType.values:
        raise ValueError(f"unknown meter type {meter_type!r}")
    errors = ErrorCollector()
    if period.day != 1:
        errors.add(MeterReadingErrorCode.PERIOD_NOT_MONTH_START, field="period")
    reading = _check_reading(errors, reading)
    errors.raise_if_any()
    house_lock(house_id, MeterReadingErrorCode.HOUSE_NOT_FOUND)  # readings of one meter serialise
    label = MeterType(meter_type).label
    latest = MeterReading.objects.filter(house_id=house_id, meter_type=meter_type).order_by("-period").first()
    if latest is not None and latest.period == period:
        raise DomainError(MeterReadingErrorCode.READING_EXISTS, field="period", meter=label)
    if latest is not None and latest.period > period:
        raise DomainError(MeterReadingErrorCode.PERIOD_BEFORE_LATEST, field="period", latest=f"{latest.period:%Y-%m}")
    previous = latest.reading if latest is not None else None
    if previous is not None and reading < previous and not is_replacement:
        raise DomainError(
            MeterReadingErrorCode.READING_BELOW_PREVIOUS, field="reading", reading=reading, previous=previous
        )
    # A meter's first reading is its starting point; a new meter started from zero.
    consumption = Decimal("0.00") if previous is None else reading if is_replacement else reading - previous
    with unique_or(lambda: DomainError(MeterReadingErrorCode.READING_EXISTS, field="period", meter=label)):
        return MeterReading.objects.create(
            house_id=house_id,
            meter_type=meter_type,
            period=period,
            reading=reading,
            previous_reading=previous,
            consumption=consumption,
            is_replacement=is_replacement,
            recorded_by=recorded_by,
        )
