"""SQL statements per list query are pinned and do not grow with the page size."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from saas.residents.models import RegistrationRequest
from tests.factories import HouseFactory, OccupancyFactory, ResidentFactory, UserFactory
from tests.graphql import GraphQLClient, QueryLog
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


def test_residents_with_their_houses(residents: None, staff_a: GraphQLClient) -> None:
    # token, residents (with the total count), their occupancies, the houses
    assert statements(staff_a, RESIDENTS, 5) == statements(staff_a, RESIDENTS, 20) == 4


def test_registration_requests_to_review(requests: None, staff_a: GraphQLClient) -> None:
    # token, requests (with the total count), houses with community/building/unit, occupancies
    assert statements(staff_a, REQUESTS, 5) == statements(staff_a, REQUESTS, 20) == 4


def test_occupancies_of_a_house_with_their_residents(alpha: Alpha, staff_a: GraphQLClient) -> None:
    with alpha():
        house = HouseFactory()
        for _ in range(20):
            OccupancyFactory(house=house, role="family", is_primary_contact=False)
    house_id = gid("House", house.pk)
    # token, occupancies, the house, the residents, the residents' occupancies
    assert statements(staff_a, OCCUPANCIES, 5, house=house_id) == statements(staff_a, OCCUPANCIES, 20, house=house_id)
    assert statements(staff_a, OCCUPANCIES, 20, house=house_id) == 5
