"""A small estate in alpha (one community, building, unit and two houses), the actors that look at
it, and ``alpha()`` for database checks after a request (a request leaves the connection in the
public schema)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

import pytest
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from saas.estates.models import Building, Community, House, Unit
from saas.residents.models import Occupancy
from tenants.models import Company
from tenants.routing import tenant_host
from tests.factories import (
    BuildingFactory,
    CommunityFactory,
    HouseFactory,
    OccupancyFactory,
    ResidentFactory,
    UnitFactory,
    UserFactory,
)
from tests.graphql import GraphQLClient


def gid(type_name: str, pk: int) -> str:
    return to_base64(type_name, pk)


@dataclass
class Estate:
    community: Community
    building: Building
    unit: Unit
    house: House
    neighbour: House


@pytest.fixture
def alpha(company_a: Company) -> Callable[[], AbstractContextManager[Any]]:
    return lambda: tenant_context(company_a)


@pytest.fixture
def estate(company_a: Company) -> Estate:
    """望京花园 1号楼 1单元 with 0101 (self-occupied) and 0102 (vacant); floors -2…18."""
    with tenant_context(company_a):
        community = CommunityFactory(name="望京花园", address="北京市朝阳区望京街1号", district="chaoyang")
        building = BuildingFactory(community=community, name="1号楼", floors_above=18, floors_below=2)
        unit = UnitFactory(building=building, name="1单元")
        house = HouseFactory(unit=unit, room_number="0101", floor=1, status="self_occupied")
        neighbour = HouseFactory(unit=unit, room_number="0102", floor=1, status="vacant")
    return Estate(community=community, building=building, unit=unit, house=house, neighbour=neighbour)


@pytest.fixture
def owner_home(company_a: Company, owner_user_a: User, estate: Estate) -> Occupancy:
    """``owner_a`` lives in the estate's house 0101."""
    with tenant_context(company_a):
        resident = ResidentFactory(name="王业主", user=owner_user_a)
        return OccupancyFactory(resident=resident, house=estate.house)  # type: ignore[no-any-return]


@pytest.fixture
def other_home(company_a: Company) -> House:
    """A house in another community, where ``other_owner_a`` lives."""
    with tenant_context(company_a):
        house = HouseFactory(unit__building__community__name="远洋山水", room_number="0808", floor=8)
        user = UserFactory(username="13700008888", is_staff=False)
        OccupancyFactory(resident=ResidentFactory(name="李业主", user=user), house=house)
        return house  # type: ignore[no-any-return]


@pytest.fixture
def other_owner_a(company_a: Company, other_home: House) -> GraphQLClient:
    with tenant_context(company_a):
        token = api_token_issue(user=User.objects.get(username="13700008888")).raw
    return GraphQLClient(tenant_host("alpha"), token=token)


@pytest.fixture
def staff_b(company_b: Company) -> GraphQLClient:
    """Beta's company admin, on beta's host."""
    with tenant_context(company_b):
        token = api_token_issue(user=User.objects.get(username="admin")).raw
    return GraphQLClient(tenant_host("beta"), token=token)


@pytest.fixture
def anonymous_a(company_a: Company) -> GraphQLClient:
    return GraphQLClient(tenant_host("alpha"))
