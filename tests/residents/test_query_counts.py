"""SQL statements per list query are pinned and do not grow with the page size."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from saas.estates.models import Community
from saas.residents.models import RegistrationRequest
from tenants.models import Company
from tests.factories import HouseFactory, OccupancyFactory, ResidentFactory, UserFactory, staff_member
from tests.graphql import GraphQLClient, QueryLog, client_for
from tests.residents.conftest import gid

Alpha = Callable[[], Any]
RESIDENTS = """
query($first: Int!) {
  residents(first: $first) {
    totalCount
    edges { node { name phone idType idNumberLast4 occupancies { role isActive house { roomNumber } } } }
  }
}
"""
REQUESTS = """
query($first: Int!) {
  registrationRequests(first: $first) {
    totalCount
    edges { node { name status house { roomNumber buildingName unitName communityName } occupancy { role } } }
  }
}
"""

OCCUPANCIES = """
query($house: ID!, $first: Int!) {
  occupancies(house: $house, first: $first) {
    edges { node { role isActive house { roomNumber } resident { name phone occupancies { role } } } }
  }
}
"""


def statements(client: GraphQLClient, query: str, first: int, **variables: Any) -> int:
    client.data(query, {"first": 1, **variables})  # warm: host lookup cached, token's last use recorded
    with QueryLog() as log:
        data = client.data(query, {"first": first, **variables})
    assert len(next(iter(data.values()))["edges"]) == first
    return log.count()


@pytest.fixture
def residents(alpha: Alpha) -> None:
    with alpha():
        for _ in range(20):
            resident = ResidentFactory()
            OccupancyFactory(resident=resident)
            OccupancyFactory(resident=resident, role="tenant", is_primary_contact=False)


@pytest.fixture
def requests(alpha: Alpha) -> None:
    with alpha():
        for n in range(20):
            user = UserFactory(username=f"1370000{n:04d}", is_staff=False)
            house = HouseFactory()
            approved = OccupancyFactory(house=house) if n % 2 else None
            RegistrationRequest.objects.create(
                user=user, house=house, name="申请人", phone=user.username, occupancy=approved
            )


def scoped_desk(alpha: Alpha, company: Company) -> GraphQLClient:
    """A service-desk account assigned to every community there is, seeing personal information in
    full in every other one: its lists carry the scope and the masking as subqueries."""
    with alpha():
        communities = list(Community.objects.order_by("pk"))
        user = staff_member("desk-all", "service", tuple(communities), tuple(communities[::2]))
    return client_for(company, user)


@pytest.fixture(params=["admin", "scoped service desk"])
def reader(request: pytest.FixtureRequest, alpha: Alpha, company_a: Company, staff_a: GraphQLClient) -> GraphQLClient:
    return staff_a if request.param == "admin" else scoped_desk(alpha, company_a)


def test_residents_with_their_houses(residents: None, reader: GraphQLClient) -> None:
    # token (with the role), the total count, residents (the scope and the personal-information rule
    # are subqueries of it), their occupancies, the houses
    assert statements(reader, RESIDENTS, 5) == statements(reader, RESIDENTS, 20) == 5


def test_registration_requests_to_review(requests: None, reader: GraphQLClient) -> None:
    # token, the total count, requests, houses with community/building/unit, occupancies
    assert statements(reader, REQUESTS, 5) == statements(reader, REQUESTS, 20) == 5


def test_occupancies_of_a_house_with_their_residents(alpha: Alpha, staff_a: GraphQLClient, company_a: Company) -> None:
    with alpha():
        house = HouseFactory()
        for _ in range(20):
            OccupancyFactory(house=house, role="family", is_primary_contact=False)
    house_id = gid("House", house.pk)
    # token, occupancies, the house, the residents, the residents' occupancies
    assert statements(staff_a, OCCUPANCIES, 5, house=house_id) == statements(staff_a, OCCUPANCIES, 20, house=house_id)
    assert statements(staff_a, OCCUPANCIES, 20, house=house_id) == 5
    # scoped staff: one more, the check that the house is in one of their communities
    desk = scoped_desk(alpha, company_a)
    assert statements(desk, OCCUPANCIES, 5, house=house_id) == statements(desk, OCCUPANCIES, 20, house=house_id) == 6
