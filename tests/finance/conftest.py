"""Finance tests: alpha with two communities, a few houses, Beijing fee items, and the people who
record payments (finance), approve waivers (manager) and own a house (owner)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.utils import timezone
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from saas.accounts.models import User
from saas.estates.models import Building, Community, House
from saas.finance.amounts import month_start
from saas.finance.models import Bill, FeeItem, Payment
from saas.finance.services import billing_run_create, fee_item_create, payment_record
from saas.residents.models import Resident
from tenants.models import Company
from tests.factories import (
    BuildingFactory,
    CommunityFactory,
    HouseFactory,
    OccupancyFactory,
    ResidentFactory,
    UnitFactory,
    UserFactory,
    staff_member,
)
from tests.graphql import GraphQLClient, client_for

JAN = date(2026, 1, 1)
FEB = date(2026, 2, 1)
MAR = date(2026, 3, 1)
APR = date(2026, 4, 1)
TODAY = date(2026, 1, 5)

Alpha = Callable[[], AbstractContextManager[Any]]


def gid(type_name: str, pk: int) -> str:
    return to_base64(type_name, pk)


@pytest.fixture
def alpha(company_a: Company) -> Alpha:
    return lambda: tenant_context(company_a)


@dataclass
class Estate:
    jinghua: Community
    qinghe: Community
    building1: Building
    building2: Building
    house: House  # 京华园 1号楼 0101, 118.62 m², the owner's
    small: House  # 京华园 1号楼 0102, 78.56 m²
    shop: House  # 京华园 1号楼 S01, a shop
    other: House  # 京华园 2号楼 0201
    qinghe_house: House  # 清河嘉园
    property_fee: FeeItem  # 物业费 2.80 元/㎡/月, residential only
    garbage: FeeItem  # 垃圾清运费 15.00 元/户/月
    water: FeeItem  # 水费 5.00 元/吨
    cashier: User  # finance of 京华园
    cashier2: User
    manager: User  # manager of 京华园 (approves waivers)
    owner: User
    resident: Resident


def _house(unit: Any, number: str, area: str, kind: str = "residential") -> House:
    return HouseFactory(  # type: ignore[no-any-return]
        unit=unit,
        room_number=number,
        building_area=Decimal(area),
        usable_area=Decimal(area) * Decimal("0.8"),
        kind=kind,
    )


@pytest.fixture
def estate(alpha: Alpha) -> Estate:
    with alpha():
        jinghua = CommunityFactory(name="京华园")
        qinghe = CommunityFactory(name="清河嘉园", district="haidian")
        building1 = BuildingFactory(community=jinghua, name="1号楼")
        building2 = BuildingFactory(community=jinghua, name="2号楼")
        unit1 = UnitFactory(building=building1, name="1单元")
        unit2 = UnitFactory(building=building2, name="1单元")
        house = _house(unit1, "0101", "118.62")
        owner = UserFactory(username="13700001111", phone="13700001111", is_staff=False)
        resident = ResidentFactory(name="张伟", user=owner)
        OccupancyFactory(resident=resident, house=house)
        common = {"effective_from": date(2025, 1, 1), "cycle_months": 1}
        return Estate(
            jinghua=jinghua,
            qinghe=qinghe,
            building1=building1,
            building2=building2,
            house=house,
            small=_house(unit1, "0102", "78.56"),
            shop=_house(unit1, "S01", "65.00", kind="shop"),
            other=_house(unit2, "0201", "138.90"),
            qinghe_house=_house(UnitFactory(building=BuildingFactory(community=qinghe)), "0101", "90.00"),
            property_fee=fee_item_create(
                name="物业费",
                kind="area",
                unit_price=Decimal("2.80"),
                community_ids=[jinghua.pk],
                house_kinds=["residential"],
                sort_order=1,
                **common,
            ),
            garbage=fee_item_create(
                name="垃圾清运费",
                kind="fixed",
                unit_price=Decimal("15.00"),
                community_ids=[jinghua.pk],
                sort_order=2,
                **common,
            ),
            water=fee_item_create(
                name="水费",
                kind="metered",
                meter_type="water",
                unit_price=Decimal("5.00"),
                community_ids=[jinghua.pk],
                sort_order=3,
                **common,
            ),
            cashier=staff_member("caiwu", "finance", (jinghua,)),
            cashier2=staff_member("caiwu2", "finance", (jinghua,)),
            manager=staff_member("jingli", "manager", (jinghua,)),
            owner=owner,
            resident=resident,
        )


def run(estate: Estate, period: date = JAN, today: date = TODAY) -> Any:
    return billing_run_create(period=period, community_ids=[estate.jinghua.pk], created_by=estate.cashier, today=today)


@pytest.fixture
def finance_client(company_a: Company, estate: Estate, alpha: Alpha) -> GraphQLClient:
    return client_for(company_a, estate.cashier)


@pytest.fixture
def manager_client(company_a: Company, estate: Estate) -> GraphQLClient:
    return client_for(company_a, estate.manager)


@pytest.fixture
def owner_client(company_a: Company, estate: Estate) -> GraphQLClient:
    return client_for(company_a, estate.owner)


JAN_TOTAL = 34714  # 物业费 33214 + 垃圾清运费 1500 for the 118.62 m² house


def bill_of(estate: Estate, period: date = JAN) -> Bill:
    return Bill.objects.get(house=estate.house, period=period)


def pay_cash(estate: Estate, amount: int, **kwargs: object) -> Payment:
    return payment_record(house_id=estate.house.pk, amount_fen=amount, method="cash", cashier=estate.cashier, **kwargs)


def payload(body: dict[str, Any], name: str) -> dict[str, Any]:
    assert "errors" not in body, body["errors"]
    result: dict[str, Any] = body["data"][name]
    return result


THIS_MONTH = month_start(timezone.localdate())


@pytest.fixture
def billed(alpha: Alpha, estate: Estate) -> Estate:
    """The estate with this month's bills."""
    with alpha():
        run(estate, THIS_MONTH, today=timezone.localdate())
    return estate
