"""The staff app's house list — houses with their building, unit and current residents — costs a
fixed number of SQL statements whatever the page size (DESIGN.md §8)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from saas.estates.models import Community, House
from saas.residents.models import Occupancy, Resident
from tenants.models import Company
from tests.estates.documents import HOUSE_LIST_WITH_RESIDENTS
from tests.factories import BuildingFactory, UnitFactory, staff_member
from tests.graphql import GraphQLClient, QueryLog, client_for

Alpha = Callable[[], AbstractContextManager[Any]]

# token lookup (with the role), the total count (a narrow COUNT of its own: see schema.core.relay),
# the page of houses (their buildings and units joined), today's occupancies, their residents (a
# prefetch of its own, so the resident type's scoping applies in SQL). SET search_path is not
# counted; the tenant lookup is cached by the warm-up.
HOUSE_LIST_STATEMENTS = 5


def _seed(houses: int) -> None:
    """``houses`` houses over two buildings of two units, each with an owner and a family member
    living there and a tenant who moved out."""
    units = [UnitFactory(building=BuildingFactory(name=f"{b}号楼"), name=f"{u}单元") for b in (1, 2) for u in (1, 2)]
    created = House.objects.bulk_create(
        House(
            community_id=units[n % 4].building.community_id, building_id=units[n % 4].building_id, unit=units[n % 4],
            room_number=f"{n // 4 + 1:02d}01", floor=n // 4 + 1, layout="3室2厅1卫",
            building_area=Decimal("120.50"), usable_area=Decimal("98.30"), status="self_occupied",
        )
        for n in range(houses)
    )  # fmt: skip
    residents = Resident.objects.bulk_create(
        Resident(name=f"住户{n}", phone=f"139{n:08d}", phone_last4=f"{n:04d}"[-4:]) for n in range(3 * houses)
    )
    Occupancy.objects.bulk_create(
        Occupancy(
            resident=residents[3 * i + k], house=house, role=role, move_in=date(2020, 1, 1),
            move_out=date(2021, 1, 1) if role == "tenant" else None, is_primary_contact=role == "owner",
        )
        for i, house in enumerate(created)
        for k, role in enumerate(("owner", "family", "tenant"))
    )  # fmt: skip


@pytest.mark.parametrize("scoped", [False, True], ids=["admin", "manager of the communities"])
@pytest.mark.parametrize("houses", [10, 100])
def test_house_list_with_residents_is_a_fixed_number_of_statements(
    staff_a: GraphQLClient, alpha: Alpha, houses: int, scoped: bool, company_a: Company
) -> None:
    with alpha():
        _seed(houses)
        communities = tuple(Community.objects.all())
        manager = staff_member("manager-all", "manager", communities) if scoped else None
    if manager is not None:  # the scope is a subquery of the same statements, the role comes with the token
        staff_a = client_for(company_a, manager)
    staff_a.data(HOUSE_LIST_WITH_RESIDENTS, {"first": 1})  # warm the tenant lookup and the token's last use
    with QueryLog() as log:
        result = staff_a.data(HOUSE_LIST_WITH_RESIDENTS, {"first": houses})["houses"]
    assert log.count() == HOUSE_LIST_STATEMENTS, "\n".join(log.statements)
    assert result["totalCount"] == houses == len(result["edges"])
    for edge in result["edges"]:
        node = edge["node"]
        assert node["building"]["name"] in {"1号楼", "2号楼"} and node["unit"]["name"] in {"1单元", "2单元"}
        assert [(o["role"], o["isPrimaryContact"]) for o in node["currentOccupancies"]] == [
            ("OWNER", True),
            ("FAMILY", False),
        ]
        assert all(o["resident"]["name"].startswith("住户") for o in node["currentOccupancies"])


NESTED_LISTS = """
query ($first: Int!) {
  houses(first: $first) {
    edges {
      node {
        currentOccupancies { role resident { name occupancies { role moveOut } } }
        primary: currentOccupancies { isPrimaryContact }
      }
    }
  }
}
"""


def test_nested_and_aliased_lists_are_one_prefetch_each(staff_a: GraphQLClient, alpha: Alpha) -> None:
    """A list inside a prefetched list (a resident's occupancies), and the same list under two
    names: one statement per relation, and each row answers its own rows."""
    with alpha():
        _seed(20)
    staff_a.data(NESTED_LISTS, {"first": 1})
    with QueryLog() as log:
        edges = staff_a.data(NESTED_LISTS, {"first": 20})["houses"]["edges"]
    # token, houses, today's occupancies (both names), their residents, the residents' occupancies
    assert log.count() == 5, "\n".join(log.statements)
    assert len(edges) == 20
    for edge in edges:
        node = edge["node"]
        assert [o["role"] for o in node["currentOccupancies"]] == ["OWNER", "FAMILY"]
        assert [o["isPrimaryContact"] for o in node["primary"]] == [True, False]
        for occupancy in node["currentOccupancies"]:  # each resident lives in one house, still there
            assert occupancy["resident"]["occupancies"] == [{"role": occupancy["role"], "moveOut": None}]
