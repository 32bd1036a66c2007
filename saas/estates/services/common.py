"""What the estate services share: field checks, and turning the
database's own refusals (unique violations, protected rows) into typed errors."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import psycopg.errors
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError, RestrictedError

from saas.core.errors import DomainError, ErrorCollector
from saas.estates.models import Building, HouseKind, HouseStatus

T = TypeVar("T")


AREA_STEP = Decimal("0.01")
# 户型: bedrooms first (at least one), then living rooms, kitchens and bathrooms, each optional.
LAYOUT_RE = re.compile(r"[1-9][0-9]?室(?:[0-9]{1,2}厅)?(?:[0-9]{1,2}厨)?(?:[0-9]{1,2}卫)?")


def is_valid_layout(layout: str) -> bool:
    """``3室2厅1卫``, ``3室2厅1厨2卫``, ``1室`` and blank are valid; anything else is not."""
    return not layout or bool(LAYOUT_RE.fullmatch(layout))


def check_layout(errors: ErrorCollector, codes: Any, field: str, layout: str) -> None:
    if not is_valid_layout(layout):
        errors.add(codes.LAYOUT_INVALID, field=field)


def check_area(
    errors: ErrorCollector, codes: Any, field: str, value: Decimal | None, *, max_digits: int, required: bool = True
) -> Decimal | None:
    """A positive area in m² with at most two decimals, quantized to two (``120.5`` → ``120.50``)."""
    if value is None:
        if required:
            errors.add(codes.REQUIRED, field=field)
        return None
    limit = Decimal(10) ** (max_digits - 2)
    if not value.is_finite() or value <= 0:
        errors.add(codes.AREA_NOT_POSITIVE, field=field)
        return None
    if value >= limit:
        errors.add(codes.AREA_TOO_LARGE, field=field, limit=limit)
        return None
    try:
        quantized = value.quantize(AREA_STEP)
    except InvalidOperation:
        quantized = None
    if quantized != value:
        errors.add(codes.AREA_PRECISION, field=field)
        return None
    return quantized


def check_house_areas(
    errors: ErrorCollector, codes: Any, building_area: Decimal | None, usable_area: Decimal | None, *, prefix: str = ""
) -> tuple[Decimal | None, Decimal | None]:
    building = check_area(errors, codes, f"{prefix}buildingArea", building_area, max_digits=9)
    usable = check_area(errors, codes, f"{prefix}usableArea", usable_area, max_digits=9)
    if building is not None and usable is not None and usable > building:
        errors.add(codes.USABLE_EXCEEDS_BUILDING, field=f"{prefix}usableArea")
    return building, usable


def check_choice(
    errors: ErrorCollector, code: Any, field: str, value: str, choices: type[HouseKind | HouseStatus]
) -> None:
    if value not in choices.values:
        errors.add(code, field=field)


def check_range(errors: ErrorCollector, code: Any, field: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        errors.add(code, field=field, limit=high)


def floor_range(building: Building) -> tuple[int, int]:
    """Lowest and highest floor; floor 0 does not exist (1 is the ground floor, -1 the first basement)."""
    return (-building.floors_below if building.floors_below else 1), building.floors_above


def is_floor_of(building: Building, floor: int) -> bool:
    low, high = floor_range(building)
    return floor != 0 and low <= floor <= high


@contextmanager
def unique_or(error: Callable[[], DomainError]) -> Iterator[None]:
    """Turn a unique violation in the block (a concurrent write won a race the checks lost) into ``error``."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as exc:
        if isinstance(exc.__cause__, psycopg.errors.UniqueViolation):
            raise error() from exc
        raise


@contextmanager
def protected_or(error: Callable[[], DomainError]) -> Iterator[None]:
    """Rows of modules that arrive later (bills, work orders…) may still point at what is deleted."""
    try:
        yield
    except (ProtectedError, RestrictedError) as exc:
        raise error() from exc
