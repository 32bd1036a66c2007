"""Reads of the parking domain: querysets, unevaluated, with what the staff views count."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from saas.parking.models import (
    HOLDING_STATES,
    ParkingApplication,
    ParkingArea,
    ParkingLottery,
    ParkingRight,
    ParkingSession,
    ParkingSpace,
    ParkingTariff,
    RightKind,
    SpaceKind,
    Vehicle,
)


def held_on(day: date) -> Q:
    """Rights holding their space on ``day`` (reserved or active, the day inside the period)."""
    return Q(state__in=HOLDING_STATES, period__contains=day)


def space_held_today() -> Exists:
    return Exists(ParkingRight.objects.filter(held_on(timezone.localdate()), space_id=OuterRef("pk")))


def _count(spaces: QuerySet[ParkingSpace]) -> Coalesce:
    counted = spaces.filter(area_id=OuterRef("pk")).order_by().values("area_id").annotate(n=Count("*")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def space_count() -> Coalesce:
    return _count(ParkingSpace.objects.all())


def occupied_count() -> Coalesce:
    """Spaces of the area held today by a right (owned, leased, on a monthly pass, or reserved)."""
    return _count(ParkingSpace.objects.filter(space_held_today()))


def areas(*, community_id: int | None = None) -> QuerySet[ParkingArea]:
    found = ParkingArea.objects.all()
    return found.filter(community_id=community_id) if community_id is not None else found


@dataclass(frozen=True)
class SpaceFilter:
    area_id: int | None = None
    community_id: int | None = None
    kinds: list[str] = field(default_factory=list)
    occupied: bool | None = None


def spaces(f: SpaceFilter) -> QuerySet[ParkingSpace]:
    found = ParkingSpace.objects.all()
    if f.area_id is not None:
        found = found.filter(area_id=f.area_id)
    if f.community_id is not None:
        found = found.filter(community_id=f.community_id)
    if f.kinds:
        found = found.filter(kind__in=f.kinds)
    if f.occupied is not None:
        found = found.filter(space_held_today() if f.occupied else ~space_held_today())
    return found


def vehicles(*, plate: str | None = None) -> QuerySet[Vehicle]:
    found = Vehicle.objects.all()
    return found.filter(plate__icontains=plate.strip()) if plate else found


def rights(
    *, space_id: int | None = None, community_id: int | None = None, states: list[str]
) -> QuerySet[ParkingRight]:
    found = ParkingRight.objects.all()
    if space_id is not None:
        found = found.filter(space_id=space_id)
    if community_id is not None:
        found = found.filter(space__community_id=community_id)
    return found.filter(state__in=states) if states else found


def applications(*, community_id: int | None = None, states: list[str]) -> QuerySet[ParkingApplication]:
    """Oldest first: the order the office reviews them in (owners are flagged, not reordered)."""
    found = ParkingApplication.objects.all()
    if community_id is not None:
        found = found.filter(community_id=community_id)
    return found.filter(state__in=states) if states else found


def lotteries(*, community_id: int | None = None) -> QuerySet[ParkingLottery]:
    found = ParkingLottery.objects.all()
    return found.filter(community_id=community_id) if community_id is not None else found


def tariffs(
    *, area_id: int | None = None, community_id: int | None = None, in_force: bool = False
) -> QuerySet[ParkingTariff]:
    found = ParkingTariff.objects.all()
    if area_id is not None:
        found = found.filter(area_id=area_id)
    if community_id is not None:
        found = found.filter(area__community_id=community_id)
    return found.filter(valid__contains=timezone.localdate()) if in_force else found


@dataclass(frozen=True)
class Disclosure:
    """车位公示 (北京市物业管理条例 art. 70(7)): what a community's notice board shows about parking."""

    community_id: int
    owned: int  # 已售 spaces with an owner (产权)
    rented: int  # the company's spaces leased or on a monthly pass today
    reserved: int  # held for an offer
    free: int  # the company's spaces nobody holds today
    temporary: int  # the visitors' pool


def _held(kinds: tuple[str, ...], state: str) -> Exists:
    return Exists(
        ParkingRight.objects.filter(
            space_id=OuterRef("pk"), kind__in=kinds, state=state, period__contains=timezone.localdate()
        )
    )


def disclosure(community_id: int) -> Disclosure:
    """One aggregate over the community's spaces."""
    spaces = ParkingSpace.objects.filter(community_id=community_id)
    rentable = ~Q(kind__in=[SpaceKind.OWNED, SpaceKind.TEMPORARY])
    rented = rentable & Q(_held((RightKind.LEASE, RightKind.MONTHLY), "active"))
    reserved = rentable & Q(_held((RightKind.MONTHLY,), "reserved"))
    counts = spaces.aggregate(
        owned=Count("pk", filter=Q(kind=SpaceKind.OWNED)),
        rented=Count("pk", filter=rented),
        reserved=Count("pk", filter=reserved),
        free=Count("pk", filter=rentable & ~Q(space_held_today())),
        temporary=Count("pk", filter=Q(kind=SpaceKind.TEMPORARY)),
    )
    return Disclosure(community_id=community_id, **counts)


def sessions(
    *, area_id: int | None = None, plate: str | None = None, inside: bool | None = None
) -> QuerySet[ParkingSession]:
    found = ParkingSession.objects.all()
    if area_id is not None:
        found = found.filter(area_id=area_id)
    if plate:
        found = found.filter(plate__icontains=plate.strip().upper())
    if inside is not None:
        found = found.filter(exited_at__isnull=inside)
    return found
