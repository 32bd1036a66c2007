"""Generating a new building's units and houses in one call (批量生成房屋).

Every unit gets the same floors and the same numbers: with ``{floor:02d}{index:02d}``, floors 1–18
and 4 houses per floor, each unit holds 0101…0104 up to 1801…1804 (house numbers are unique within
their unit). Floor 0 does not exist and is skipped when the range starts underground. The whole
plan is validated before anything is written, then written set-based (one multi-row INSERT per
batch), so a building either gets every house or none.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from saas.core.errors import ErrorCollector
from saas.estates.errors import BuildingErrorCode
from saas.estates.models import Building, House, HouseKind, HouseStatus, Unit
from saas.estates.services.common import check_choice, check_house_areas, check_layout, floor_range
from saas.estates.services.numbering import NumberPattern, NumberPatternError, PatternProblem, parse_number_pattern

codes = BuildingErrorCode

DEFAULT_NUMBER_PATTERN = "{floor:02d}{index:02d}"
DEFAULT_UNIT_NAME_PATTERN = "{index}单元"
NUMBER_PLACEHOLDERS = frozenset({"floor", "index"})
UNIT_NAME_PLACEHOLDERS = frozenset({"index"})
MAX_UNITS = 50
MAX_HOUSES_PER_FLOOR = 50
MAX_GENERATED_HOUSES = 10_000
ROOM_NUMBER_MAX_LENGTH = House._meta.get_field("room_number").max_length or 20
UNIT_NAME_MAX_LENGTH = Unit._meta.get_field("name").max_length or 50
BATCH_SIZE = 1000
PREFIX = "generate."


@dataclass(frozen=True)
class HouseGeneration:
    """What to generate: ``units`` × floors ``floor_from..floor_to`` × ``houses_per_floor``.

    ``floor_from``/``floor_to`` default to the building's floors above ground (1..floors_above).
    """

    units: int
    houses_per_floor: int
    building_area: Decimal
    usable_area: Decimal
    floor_from: int | None = None
    floor_to: int | None = None
    number_pattern: str = DEFAULT_NUMBER_PATTERN
    unit_name_pattern: str = DEFAULT_UNIT_NAME_PATTERN
    layout: str = ""
    kind: str = HouseKind.RESIDENTIAL
    status: str = HouseStatus.VACANT


@dataclass(frozen=True)
class GenerationPlan:
    """A validated generation: unit names and, for every unit, the (floor, room number) pairs."""

    unit_names: tuple[str, ...]
    houses: tuple[tuple[int, str], ...]
    layout: str
    building_area: Decimal
    usable_area: Decimal
    kind: str
    status: str


def _pattern(errors: ErrorCollector, field: str, text: str, allowed: frozenset[str]) -> NumberPattern | None:
    try:
        return parse_number_pattern(text, allowed=allowed)
    except NumberPatternError as exc:
        if exc.problem is PatternProblem.SYNTAX:
            errors.add(codes.PATTERN_INVALID, field=field)
        elif exc.problem is PatternProblem.PLACEHOLDER:
            allowed_text = "、".join(f"{{{name}}}" for name in sorted(allowed))
            errors.add(codes.PATTERN_PLACEHOLDER_UNKNOWN, field=field, name=exc.name, allowed=allowed_text)
        else:
            errors.add(codes.PATTERN_FORMAT_INVALID, field=field, name=exc.name)
        return None


def _distinct_numbers(errors: ErrorCollector, field: str, numbers: list[str], limit: int) -> bool:
    seen: set[str] = set()
    for number in numbers:
        if not number.strip():
            errors.add(codes.REQUIRED, field=field)
            return False
        if len(number) > limit:
            errors.add(codes.NUMBER_TOO_LONG, field=field, number=number, limit=limit)
            return False
        if number in seen:
            errors.add(codes.PATTERN_NOT_UNIQUE, field=field, number=number)
            return False
        seen.add(number)
    return True


def _floors(errors: ErrorCollector, spec: HouseGeneration, building: Building) -> list[int]:
    low, high = floor_range(building)
    first = 1 if spec.floor_from is None else spec.floor_from
    last = building.floors_above if spec.floor_to is None else spec.floor_to
    for field, floor in (("floorFrom", first), ("floorTo", last)):
        if floor == 0 or not low <= floor <= high:
            errors.add(codes.FLOOR_RANGE_INVALID, field=f"{PREFIX}{field}", low=low, high=high)
            return []
    if first > last:
        errors.add(codes.FLOOR_RANGE_INVALID, field=f"{PREFIX}floorTo", low=low, high=high)
        return []
    return [floor for floor in range(first, last + 1) if floor != 0]


def generation_plan(errors: ErrorCollector, spec: HouseGeneration, building: Building) -> GenerationPlan | None:
    """Validate ``spec`` for ``building`` (unsaved is fine) into ``errors``; the plan if it is sound."""
    if not 1 <= spec.units <= MAX_UNITS:
        errors.add(codes.UNITS_INVALID, field=f"{PREFIX}units", limit=MAX_UNITS)
    if not 1 <= spec.houses_per_floor <= MAX_HOUSES_PER_FLOOR:
        errors.add(codes.HOUSES_PER_FLOOR_INVALID, field=f"{PREFIX}housesPerFloor", limit=MAX_HOUSES_PER_FLOOR)
    building_area, usable_area = check_house_areas(errors, codes, spec.building_area, spec.usable_area, prefix=PREFIX)
    layout = spec.layout.strip()
    check_layout(errors, codes, f"{PREFIX}layout", layout)
    check_choice(errors, codes.KIND_INVALID, f"{PREFIX}kind", spec.kind, HouseKind)
    check_choice(errors, codes.STATUS_INVALID, f"{PREFIX}status", spec.status, HouseStatus)
    number_pattern = _pattern(errors, f"{PREFIX}numberPattern", spec.number_pattern, NUMBER_PLACEHOLDERS)
    unit_pattern = _pattern(errors, f"{PREFIX}unitNamePattern", spec.unit_name_pattern, UNIT_NAME_PLACEHOLDERS)
    building_sound = not errors.has("floorsAbove") and not errors.has("floorsBelow")
    floors = _floors(errors, spec, building) if building_sound else []
    if errors.errors:
        return None
    # No errors means every check above passed and returned its value.
    assert number_pattern is not None and unit_pattern is not None
    assert building_area is not None and usable_area is not None
    total = spec.units * len(floors) * spec.houses_per_floor
    if total > MAX_GENERATED_HOUSES:
        errors.add(codes.TOO_MANY_HOUSES, field=f"{PREFIX}housesPerFloor", limit=MAX_GENERATED_HOUSES, count=total)
        return None
    houses = [
        (floor, number_pattern.render(floor=floor, index=index).strip())
        for floor in floors
        for index in range(1, spec.houses_per_floor + 1)
    ]
    unit_names = [unit_pattern.render(index=index).strip() for index in range(1, spec.units + 1)]
    numbers_ok = _distinct_numbers(errors, f"{PREFIX}numberPattern", [n for _, n in houses], ROOM_NUMBER_MAX_LENGTH)
    names_ok = _distinct_numbers(errors, f"{PREFIX}unitNamePattern", unit_names, UNIT_NAME_MAX_LENGTH)
    if not (numbers_ok and names_ok):
        return None
    return GenerationPlan(
        unit_names=tuple(unit_names),
        houses=tuple(houses),
        layout=layout,
        building_area=building_area,
        usable_area=usable_area,
        kind=spec.kind,
        status=spec.status,
    )


def generation_write(plan: GenerationPlan, building: Building) -> int:
    """Insert the plan's units and houses into a saved, empty building; returns the houses created."""
    units = Unit.objects.bulk_create([Unit(building=building, name=name) for name in plan.unit_names])
    houses = [
        House(
            community_id=building.community_id,
            building=building,
            unit=unit,
            floor=floor,
            room_number=number,
            layout=plan.layout,
            building_area=plan.building_area,
            usable_area=plan.usable_area,
            kind=plan.kind,
            status=plan.status,
        )
        for unit in units
        for floor, number in plan.houses
    ]
    House.objects.bulk_create(houses, batch_size=BATCH_SIZE)
    return len(houses)
