"""Buildings (楼栋): create (optionally with generated houses), copy, update, delete."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Max, Min, Q

from saas.core.errors import DomainError, ErrorCollector
from saas.core.unset import UNSET, Unset, given
from saas.core.validators import check_text
from saas.estates.errors import BuildingErrorCode
from saas.estates.models import Building, Community, House, HouseStatus, Unit
from saas.estates.services.common import check_choice, check_range, protected_or, unique_or
from saas.estates.services.generation import BATCH_SIZE, HouseGeneration, generation_plan, generation_write
from saas.estates.services.plan_limits import house_limit_check

codes = BuildingErrorCode

MAX_FLOORS_ABOVE = 200
MAX_FLOORS_BELOW = 20
MAX_ELEVATORS = 100


@dataclass(frozen=True)
class BuildingWithHouses:
    building: Building
    houses_created: int


def _locked(building_id: int) -> Building:
    building = Building.objects.select_for_update().filter(pk=building_id).first()
    if building is None:
        raise DomainError(codes.NOT_FOUND, field="id")
    return building


def _community(errors: ErrorCollector, community_id: int) -> Community | None:
    # Locked so that the community cannot be deleted under a building being added to it.
    community = Community.objects.select_for_update().filter(pk=community_id).first()
    if community is None:
        errors.add(codes.COMMUNITY_NOT_FOUND, field="community")
    return community


def _check_fields(errors: ErrorCollector, building: Building) -> None:
    building.name = building.name.strip()
    check_text(errors, codes, "name", building.name, limit=50)
    check_range(errors, codes.FLOORS_ABOVE_INVALID, "floorsAbove", building.floors_above, 1, MAX_FLOORS_ABOVE)
    check_range(errors, codes.FLOORS_BELOW_INVALID, "floorsBelow", building.floors_below, 0, MAX_FLOORS_BELOW)
    check_range(errors, codes.ELEVATORS_INVALID, "elevators", building.elevators, 0, MAX_ELEVATORS)


def _check_name_free(errors: ErrorCollector, building: Building, *, field: str = "name") -> None:
    if errors.has(field) or errors.has("community") or building.community_id is None:
        return
    taken = Building.objects.filter(community_id=building.community_id, name=building.name).exclude(pk=building.pk)
    if taken.exists():
        errors.add(codes.NAME_TAKEN, field=field, name=building.name)


def _saved(building: Building) -> Building:
    with unique_or(lambda: DomainError(codes.NAME_TAKEN, field="name", name=building.name)):
        building.save()
    return building


@transaction.atomic
def building_create(
    *,
    community_id: int,
    name: str,
    floors_above: int,
    floors_below: int = 0,
    elevators: int = 0,
    generate: HouseGeneration | None = None,
) -> BuildingWithHouses:
    """Add a building; with ``generate``, also its units and houses (all or nothing)."""
    errors = ErrorCollector()
    community = _community(errors, community_id)
    building = Building(name=name, floors_above=floors_above, floors_below=floors_below, elevators=elevators)
    if community is not None:
        building.community = community
    _check_fields(errors, building)
    _check_name_free(errors, building)
    plan = generation_plan(errors, generate, building) if generate is not None else None
    errors.raise_if_any()
    if plan is not None:
        house_limit_check(codes.PLAN_LIMIT_REACHED, len(plan.unit_names) * len(plan.houses))
    _saved(building)
    houses = generation_write(plan, building) if plan is not None else 0
    return BuildingWithHouses(building=building, houses_created=houses)


def _check_floors_keep_houses(errors: ErrorCollector, building: Building) -> None:
    """Shrinking the floors must not leave a house on a floor the building no longer has."""
    if errors.has("floorsAbove") or errors.has("floorsBelow"):
        return
    outside = Q(floor__gt=building.floors_above) | Q(floor__lt=-building.floors_below)
    extremes = House.objects.filter(outside, building=building).aggregate(high=Max("floor"), low=Min("floor"))
    if extremes["high"] is not None and extremes["high"] > building.floors_above:
        errors.add(codes.FLOORS_EXCLUDE_HOUSES, field="floorsAbove", floor=extremes["high"])
    elif extremes["low"] is not None:
        errors.add(codes.FLOORS_EXCLUDE_HOUSES, field="floorsBelow", floor=extremes["low"])


@transaction.atomic
def building_update(
    *,
    building_id: int,
    name: str | Unset = UNSET,
    floors_above: int | Unset = UNSET,
    floors_below: int | Unset = UNSET,
    elevators: int | Unset = UNSET,
    community_id: int | Unset = UNSET,
) -> Building:
    """Change the given fields. Moving to another community takes the building's houses along."""
    building = _locked(building_id)
    errors = ErrorCollector()
    moved = community_id is not UNSET and community_id != building.community_id
    if moved and community_id is not UNSET:
        community = _community(errors, community_id)
        if community is not None:
            building.community = community
    building.name = given(name, building.name)
    building.floors_above = given(floors_above, building.floors_above)
    building.floors_below = given(floors_below, building.floors_below)
    building.elevators = given(elevators, building.elevators)
    _check_fields(errors, building)
    _check_name_free(errors, building)
    _check_floors_keep_houses(errors, building)
    errors.raise_if_any()
    _saved(building)
    if moved:
        House.objects.filter(building=building).update(community_id=building.community_id)
    return building


@transaction.atomic
def building_delete(*, building_id: int) -> Building:
    """Delete a building without houses, with its (empty) units. Returns the deleted row (id kept)."""
    building = _locked(building_id)
    count = House.objects.filter(building=building).count()
    if count:
        raise DomainError(codes.HAS_HOUSES, field="id", count=count)
    with protected_or(lambda: DomainError(codes.IN_USE, field="id")):
        Unit.objects.filter(building=building).delete()
        building.delete()
    building.pk = building_id
    return building


@transaction.atomic
def building_copy(
    *, building_id: int, name: str, community_id: int | None = None, house_status: str = HouseStatus.VACANT
) -> BuildingWithHouses:
    """Copy a building with its units and houses under a new name, into its own or another community.

    Room numbers, floors, layouts, areas and kinds are copied; residents are not, so every copied
    house gets ``house_status`` (default vacant) rather than the original's status.
    """
    # Locked so that no unit is added to the source while its units and houses are read.
    source = Building.objects.select_for_update().filter(pk=building_id).first()
    if source is None:
        raise DomainError(codes.NOT_FOUND, field="id")
    errors = ErrorCollector()
    target = Building(
        name=name, floors_above=source.floors_above, floors_below=source.floors_below, elevators=source.elevators
    )
    community = _community(errors, source.community_id if community_id is None else community_id)
    if community is not None:
        target.community = community
    _check_fields(errors, target)
    _check_name_free(errors, target)
    check_choice(errors, codes.STATUS_INVALID, "houseStatus", house_status, HouseStatus)
    errors.raise_if_any()
    house_limit_check(codes.PLAN_LIMIT_REACHED, House.objects.filter(building=source).count())
    _saved(target)
    return BuildingWithHouses(building=target, houses_created=_copy_units_and_houses(source, target, house_status))


def _copy_units_and_houses(source: Building, target: Building, house_status: str) -> int:
    source_units = list(Unit.objects.filter(building=source).order_by("id"))
    copies = Unit.objects.bulk_create([Unit(building=target, name=unit.name) for unit in source_units])
    unit_copy = {unit.pk: copy for unit, copy in zip(source_units, copies, strict=True)}
    columns = ("room_number", "floor", "layout", "building_area", "usable_area", "kind")
    houses = [
        House(
            community_id=target.community_id,
            building=target,
            unit=unit_copy[house.unit_id],
            status=house_status,
            **{column: getattr(house, column) for column in columns},
        )
        for house in House.objects.filter(building=source).only("unit_id", *columns).iterator(chunk_size=BATCH_SIZE)
    ]
    House.objects.bulk_create(houses, batch_size=BATCH_SIZE)
    return len(houses)
