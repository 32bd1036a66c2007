"""Three communities of the demo company, in Chaoyang, Haidian and Tongzhou."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from saas.estates.models import Building, Community, House, HouseKind, HouseStatus, Unit


@dataclass(frozen=True)
class Layout:
    name: str
    building_area: Decimal
    usable_area: Decimal


LAYOUTS = [
    Layout("2室1厅1卫", Decimal("78.56"), Decimal("62.30")),
    Layout("3室2厅1卫", Decimal("118.62"), Decimal("95.24")),
    Layout("3室2厅2卫", Decimal("138.90"), Decimal("112.45")),
    Layout("4室2厅2卫", Decimal("168.24"), Decimal("136.08")),
]
STATUS_WEIGHTS = [
    (HouseStatus.SELF_OCCUPIED, 70),
    (HouseStatus.RENTED, 15),
    (HouseStatus.VACANT, 8),
    (HouseStatus.DECORATING, 4),
    (HouseStatus.UNSOLD, 3),
]


@dataclass(frozen=True)
class CommunityPlan:
    name: str
    address: str
    district: str
    total_floor_area: Decimal
    handover: date
    buildings: int
    floors: int
    units: int
    per_floor: int
    shops: int  # a row of street shops (底商) in building 1, numbered S01…


COMMUNITIES = [
    CommunityPlan(
        "京华园", "北京市朝阳区望京西路48号", "chaoyang", Decimal("186400.00"), date(2012, 9, 30),
        buildings=6, floors=18, units=2, per_floor=2, shops=8,
    ),
    CommunityPlan(
        "清河嘉园", "北京市海淀区清河中街68号", "haidian", Decimal("92350.50"), date(2008, 6, 18),
        buildings=4, floors=12, units=2, per_floor=3, shops=0,
    ),
    CommunityPlan(
        "运河湾畔", "北京市通州区新华东街2号", "tongzhou", Decimal("138720.00"), date(2017, 12, 20),
        buildings=3, floors=26, units=2, per_floor=2, shops=12,
    ),
]  # fmt: skip


def _houses_for(plan: CommunityPlan, community: Community, rng: random.Random) -> list[House]:
    houses: list[House] = []
    statuses, weights = zip(*STATUS_WEIGHTS, strict=True)
    for number in range(1, plan.buildings + 1):
        building = Building.objects.create(
            community=community,
            name=f"{number}号楼",
            floors_above=plan.floors,
            floors_below=2,
            elevators=2 if plan.floors > 6 else 0,
        )
        for unit_number in range(1, plan.units + 1):
            unit = Unit.objects.create(building=building, name=f"{unit_number}单元")
            for floor in range(1, plan.floors + 1):
                for index in range(1, plan.per_floor + 1):
                    layout = LAYOUTS[(index + unit_number) % len(LAYOUTS)]
                    houses.append(
                        House(
                            community=community,
                            building=building,
                            unit=unit,
                            room_number=f"{floor}{index:02d}",
                            floor=floor,
                            layout=layout.name,
                            building_area=layout.building_area,
                            usable_area=layout.usable_area,
                            kind=HouseKind.RESIDENTIAL,
                            status=rng.choices(statuses, weights)[0],
                        )
                    )
        if number == 1 and plan.shops:
            shop_unit = Unit.objects.create(building=building, name="底商")
            for index in range(1, plan.shops + 1):
                area = Decimal("65.00") + Decimal(index * 7)
                houses.append(
                    House(
                        community=community,
                        building=building,
                        unit=shop_unit,
                        room_number=f"S{index:02d}",
                        floor=1,
                        layout="",
                        building_area=area,
                        usable_area=(area * Decimal("0.85")).quantize(Decimal("0.01")),
                        kind=HouseKind.SHOP,
                        status=HouseStatus.RENTED if index % 4 else HouseStatus.VACANT,
                    )
                )
    return houses


def planned_house_count() -> int:
    """Houses and shops the seed creates: what the vendor console says the demo company manages."""
    return sum(plan.buildings * plan.units * plan.floors * plan.per_floor + plan.shops for plan in COMMUNITIES)


def seed_estates(rng: random.Random) -> list[House]:
    """Create the communities, buildings, units and houses; return the houses created."""
    created: list[House] = []
    for plan in COMMUNITIES:
        community = Community.objects.create(
            name=plan.name,
            address=plan.address,
            district=plan.district,
            total_floor_area=plan.total_floor_area,
            handover_date=plan.handover,
        )
        created.extend(House.objects.bulk_create(_houses_for(plan, community, rng), batch_size=1000))
    return created
