"""Parking in the demo company: 京华园's underground garage with owned spaces (产权, twenty of them
with their owners), spaces the company leases out (ten leased to owners for a year), accessible
and charging spaces, and a surface lot for visitors, each with a tariff (15 minutes free, then by the full hour,
capped per 24 hours) and a visitor's car 冀F3M7Q2 parked there now; 张伟's car and his application waiting for
the office (log in as ``jingli`` to offer him a space, or draw lots once more owners wait), and his
second car's monthly pass (月卡) ending in five days, to renew online (``parkingPassRenew``, sandbox);
another owner's offer waiting for his payment. The rent
(车位租金 300.00 元/车位/月 in 京华园, 200.00 in 清河嘉园) is a fee item of kind PARKING, created after the
seeded billing runs (the leases are billed from the next run on). 清河嘉园 has a smaller garage.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db.backends.postgresql.psycopg_any import DateRange
from django.utils import timezone

from saas.accounts.models import User
from saas.estates.models import Community
from saas.finance.services import fee_item_create
from saas.parking.models import AreaKind, ParkingSpace, RightKind, RightState, SpaceKind
from saas.parking.periods import add_months
from saas.parking.services.applications import ApplicationRequest, parking_application_offer, parking_application_submit
from saas.parking.services.areas import parking_area_create, parking_space_create
from saas.parking.services.common import right_write
from saas.parking.services.rights import parking_right_grant
from saas.parking.services.sessions import vehicle_entry_record
from saas.parking.services.tariffs import TariffTerms, parking_tariff_set
from saas.parking.services.vehicles import vehicle_register
from saas.residents.models import Occupancy, OccupancyRole, Resident

OWNED, LEASED = 20, 10
VISITOR_PLATE = "冀F3M7Q2"
# (number prefix, kind, how many) after the owned spaces of 京华园's B1
RENTED_OUT = [("R", SpaceKind.RENTABLE, 16), ("A", SpaceKind.ACCESSIBLE, 2), ("E", SpaceKind.EV_CHARGING, 4)]
# Plates for the owners' cars: valid mainland plates, one per owner.
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _owners(community: Community, count: int) -> list[Resident]:
    occupancies = Occupancy.objects.active().filter(house__community=community, role=OccupancyRole.OWNER)
    seen: dict[int, Resident] = {}
    for occupancy in occupancies.select_related("resident").exclude(resident__user__isnull=False).order_by("id"):
        seen.setdefault(occupancy.resident_id, occupancy.resident)
        if len(seen) == count:
            break
    return list(seen.values())


def _plate(n: int) -> str:
    return f"京{PLATE_LETTERS[n % 20]}{n:05d}"


def _garage(community: Community, actor: User) -> list[ParkingSpace]:
    garage = parking_area_create(community_id=community.pk, name="地下车库B1", kind=AreaKind.UNDERGROUND, capacity=120)
    owners = _owners(community, OWNED + LEASED + 1)
    for n, owner in enumerate(owners[:OWNED], start=1):
        parking_space_create(
            area_id=garage.pk, number=f"B1-{n:03d}", kind=SpaceKind.OWNED, owner_id=owner.pk, actor=actor
        )
    rentable = [
        parking_space_create(area_id=garage.pk, number=f"B1-{prefix}{n:02d}", kind=kind)
        for prefix, kind, count in RENTED_OUT
        for n in range(1, count + 1)
    ]
    today = timezone.localdate()
    for n, owner in enumerate(owners[OWNED : OWNED + LEASED]):
        car = vehicle_register(resident=owner, plate=_plate(n + 1))
        parking_right_grant(
            space_id=rentable[n].pk, holder_id=owner.pk, start=today, months=12, vehicle_id=car.pk, actor=actor
        )
    surface = parking_area_create(community_id=community.pk, name="地面停车场", kind=AreaKind.ABOVE_GROUND, capacity=40)
    for n in range(1, 21):
        parking_space_create(area_id=surface.pk, number=f"D-{n:02d}", kind=SpaceKind.TEMPORARY)
    for area, price, cap in ((garage, 600, 6000), (surface, 500, 4000)):  # 6 元/小时 capped 60; 5 元, 40
        terms = TariffTerms(today, free_minutes=15, unit_minutes=60, unit_price_fen=price, daily_cap_fen=cap)
        parking_tariff_set(area_id=area.pk, terms=terms, actor=actor)
    # A visitor's car parked on the surface lot now, for a little over two hours (since the seed ran).
    entered = max(timezone.now() - timedelta(hours=2, minutes=20), timezone.make_aware(datetime.combine(today, time())))
    vehicle_entry_record(area_id=surface.pk, plate=VISITOR_PLATE, at=entered, actor=actor)
    # Another owner was offered a space and has not answered yet.
    waiting = owners[OWNED + LEASED]
    car = vehicle_register(resident=waiting, plate=_plate(LEASED + 1))
    offered = parking_application_submit(applicant=waiting, request=ApplicationRequest(community.pk, car.pk, 6, today))
    parking_application_offer(application_id=offered.pk, space_id=rentable[LEASED].pk, actor=actor)
    return rentable


PASS_DAYS_LEFT = 5


def _pass_due(zhang: Resident, space: ParkingSpace, actor: User) -> None:
    """张伟's second car on a one-month pass bought a month ago minus five days: due for renewal."""
    car = vehicle_register(resident=zhang, plate="京Q5H3P8")
    end = timezone.localdate() + timedelta(days=PASS_DAYS_LEFT)
    right_write(
        space=space,
        holder=zhang,
        kind=RightKind.MONTHLY,
        state=RightState.ACTIVE,
        period=DateRange(add_months(end, -1), end, "[)"),
        vehicle=car,
        actor=actor,
    )


def _rent(jinghua: Community, qinghe: Community) -> None:
    for community, price in ((jinghua, "300.00"), (qinghe, "200.00")):
        fee_item_create(
            name=f"车位租金（{community.name}）",
            kind="parking",
            unit_price=Decimal(price),
            cycle_months=1,
            community_ids=[community.pk],
            effective_from=date(2025, 1, 1),
            sort_order=50,
        )


def seed_parking() -> None:
    from saas.demo.residents import DEMO_OWNER_PHONE

    manager = User.objects.get(username="jingli")
    jinghua = Community.objects.get(name="京华园")
    rentable = _garage(jinghua, manager)
    zhang = Resident.objects.get(user__username=DEMO_OWNER_PHONE)
    car = vehicle_register(resident=zhang, plate="京N8K2J6")
    parking_application_submit(
        applicant=zhang, request=ApplicationRequest(jinghua.pk, car.pk, 12, timezone.localdate())
    )
    _pass_due(zhang, rentable[LEASED + 1], manager)
    qinghe = Community.objects.get(name="清河嘉园")
    _rent(jinghua, qinghe)
    area = parking_area_create(community_id=qinghe.pk, name="地下车库", kind=AreaKind.UNDERGROUND, capacity=60)
    for n in range(1, 31):
        parking_space_create(area_id=area.pk, number=f"B-{n:03d}", kind=SpaceKind.RENTABLE)
