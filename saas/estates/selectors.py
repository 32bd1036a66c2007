"""Reads of the estate model: filtered house lists, per-community statistics, and what still
refers to a house (the checks behind refusing to delete it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, QuerySet, Sum

from saas.estates.models import OCCUPIED_STATUSES, Community, House, HouseStatus


@dataclass(frozen=True)
class HouseFilters:
    community_id: int | None = None
    building_id: int | None = None
    unit_id: int | None = None
    kinds: Sequence[str] = ()
    statuses: Sequence[str] = ()
    building_area_min: Decimal | None = None
    building_area_max: Decimal | None = None
    layout: str = ""
    search: str = ""


# Orderings a list may ask for (key → column); the id always breaks the remaining ties, so pages
# of an ordered list never overlap.
HOUSE_ORDERINGS = {
    "room_number": "room_number",
    "floor": "floor",
    "building_area": "building_area",
    "created_at": "created_at",
}


def house_list(*, filters: HouseFilters, order: Sequence[tuple[str, bool]] = ()) -> QuerySet[House]:
    """Houses matching ``filters``, unevaluated. ``order`` is ``(key of HOUSE_ORDERINGS, descending)``
    pairs; without it houses come in the model's order (community, building, unit, floor, number)."""
    houses = House.objects.all()
    for field, value in (
        ("community_id", filters.community_id),
        ("building_id", filters.building_id),
        ("unit_id", filters.unit_id),
        ("building_area__gte", filters.building_area_min),
        ("building_area__lte", filters.building_area_max),
    ):
        if value is not None:
            houses = houses.filter(**{field: value})
    if filters.kinds:
        houses = houses.filter(kind__in=filters.kinds)
    if filters.statuses:
        houses = houses.filter(status__in=filters.statuses)
    if filters.layout.strip():
        houses = houses.filter(layout__startswith=filters.layout.strip())
    if filters.search.strip():
        houses = houses.filter(room_number__icontains=filters.search.strip())
    if order:
        columns = [f"-{HOUSE_ORDERINGS[key]}" if descending else HOUSE_ORDERINGS[key] for key, descending in order]
        houses = houses.order_by(*columns, "id")
    return houses


@dataclass(frozen=True)
class CommunityStatistics:
    community: Community
    houses_by_status: dict[str, int]
    area_by_status: dict[str, Decimal]
    total_houses: int
    occupied_houses: int
    occupiable_houses: int
    occupancy_rate: Decimal | None
    total_building_area: Decimal


RATE_STEP = Decimal("0.0001")


def community_statistics(*, community_id: int) -> CommunityStatistics | None:
    """Counts by status and total building area in one grouped query; ``None`` if no such community.

    Occupancy rate = (self-occupied + rented) / houses that are not unsold, to four decimals;
    ``None`` when every house is unsold (or there are none).
    """
    community = Community.objects.filter(pk=community_id).first()
    if community is None:
        return None
    rows = (
        House.objects.filter(community_id=community_id)
        .order_by()
        .values("status")
        .annotate(houses=Count("id"), area=Sum("building_area"))
    )
    by_status = dict.fromkeys(HouseStatus.values, 0)
    area_by_status = dict.fromkeys(HouseStatus.values, Decimal("0.00"))
    for row in rows:
        by_status[row["status"]] = row["houses"]
        area_by_status[row["status"]] = row["area"]
    occupied = sum(by_status[status] for status in OCCUPIED_STATUSES)
    occupiable = sum(by_status.values()) - by_status[HouseStatus.UNSOLD]
    rate = (Decimal(occupied) / occupiable).quantize(RATE_STEP, ROUND_HALF_UP) if occupiable else None
    return CommunityStatistics(
        community=community,
        houses_by_status=by_status,
        area_by_status=area_by_status,
        total_houses=sum(by_status.values()),
        occupied_houses=occupied,
        occupiable_houses=occupiable,
        occupancy_rate=rate,
        total_building_area=sum(area_by_status.values(), Decimal("0.00")),
    )


# Residents sit above estates, so these follow the reverse relations instead of importing them.
def house_occupancy_count(*, house_id: int) -> int:
    """Occupancy records of any date (past, current or future residents)."""
    counted = House.objects.filter(pk=house_id).aggregate(occupancies=Count("occupancies"))
    return int(counted["occupancies"] or 0)


def house_has_registration_requests(*, house_id: int) -> bool:
    """Owners' requests to be bound to the house, in any state (they keep a reference to it)."""
    return House.objects.filter(pk=house_id, registration_requests__isnull=False).exists()


HouseBillsCheck = Callable[[int], bool]
_house_bills_checks: list[HouseBillsCheck] = []


def register_house_bills_check(check: HouseBillsCheck) -> None:
    """Extension point for finance: tell estates how to see whether a house has bills.

    Estates sits below finance and must not import it, so finance registers its check from its
    ``AppConfig.ready()``, e.g. ``register_house_bills_check(lambda house_id:
    Bill.objects.filter(house_id=house_id).exists())``. ``house_delete`` then refuses such houses
    with ``HAS_BILLS``.
    """
    _house_bills_checks.append(check)


def house_has_bills(*, house_id: int) -> bool:
    """Whether any bill refers to the house; always ``False`` until finance registers a check."""
    return any(check(house_id) for check in _house_bills_checks)
