"""SQL statements of the parking lists are pinned and do not grow with the page; so are the
statements of the busiest mutations."""

from __future__ import annotations

from typing import Any

import pytest

from saas.parking.models import SpaceKind
from saas.parking.services.applications import ApplicationRequest, parking_application_offer, parking_application_submit
from saas.parking.services.areas import parking_space_create
from saas.parking.services.vehicles import vehicle_register
from tests.factories import HouseFactory, OccupancyFactory, ResidentFactory
from tests.graphql import GraphQLClient, QueryLog
from tests.parking.conftest import Lot, gid, today

AREAS = (
    "query($first: Int!) { parkingAreas(first: $first) { totalCount edges { node { id name kind capacity "
    "spaceCount occupiedCount community { name } } } } }"
)
SPACES = (
    "query($first: Int!) { parkingSpaces(first: $first) { totalCount edges { node { id number kind ownerName "
    "occupied area { name } } } } }"
)
APPLICATIONS = (
    "query($first: Int!) { parkingApplications(first: $first) { totalCount edges { node { id number state isOwner "
    "months start applicantName offerExpiresAt vehicle { plate } space { number } community { name } } } } }"
)
RIGHTS = (
    "query($first: Int!) { parkingRights(first: $first) { totalCount edges { node { id kind state start end "
    "holderName space { number } vehicle { plate } } } } }"
)
VEHICLES = (
    "query($first: Int!) { vehicles(first: $first) { totalCount edges { node { id plate newEnergy residentName } } } }"
)


def statements(client: GraphQLClient, query: str, first: int) -> int:
    client.data(query, {"first": 1})  # warm: host lookup cached, token's last use recorded
    with QueryLog() as log:
        data = client.data(query, {"first": first})
    assert len(next(iter(data.values()))["edges"]) == first
    return log.count()


@pytest.fixture
def busy(lot: Lot) -> None:
    """Eight owners with a car and an application each, four of them offered a space."""

    def make() -> None:
        for n in range(8):
            resident = ResidentFactory(name=f"业主{n}")
            OccupancyFactory(resident=resident, house=HouseFactory(unit=lot.unit, room_number=f"0{n}02"))
            car = vehicle_register(resident=resident, plate=f"京K1000{n}")
            application = parking_application_submit(
                applicant=resident, request=ApplicationRequest(lot.x.pk, car.pk, 3, today())
            )
            if n < 4:
                parking_application_offer(application_id=application.pk, space_id=lot.spaces[n].pk, actor=lot.manager)
        parking_space_create(area_id=lot.area.pk, number="B1-100", kind=SpaceKind.OWNED, owner_id=lot.owner_resident.pk)

    lot.in_schema(make)


# token + role, count, the page (annotations and name joins included), then one prefetch per
# related object whose type scopes itself (area, community, vehicle, space)
PINNED = 3


@pytest.mark.parametrize(
    ("query", "small", "large", "pinned"),
    [(SPACES, 2, 6, 4), (APPLICATIONS, 2, 8, 6), (RIGHTS, 2, 5, 5), (VEHICLES, 2, 8, PINNED)],
)
@pytest.mark.parametrize("viewer", ["manager", "finance", "admin"])
def test_staff_lists_cost_the_same_for_few_or_many(
    lot: Lot, busy: None, viewer: str, query: str, small: int, large: int, pinned: int
) -> None:
    client = lot.client(getattr(lot, viewer))
    assert statements(client, query, small) == statements(client, query, large) == pinned


def test_the_area_overview_is_flat(lot: Lot, busy: None) -> None:
    client = lot.client(lot.manager)
    assert statements(client, AREAS, 1) == 4  # + the communities


def test_an_owners_lists_are_flat(lot: Lot, busy: None) -> None:
    owner = lot.client(lot.owner)
    assert statements(owner, SPACES, 1) == 4
    assert statements(owner, RIGHTS, 1) == 4  # an ownership names no vehicle: nothing to prefetch


def _mutation_statements(client: GraphQLClient, document: str, variables: dict[str, Any]) -> int:
    client.data("{ me { username } }")  # warm
    with QueryLog() as log:
        body = client.execute(document, variables)
    payload = next(iter(body["data"].values()))
    assert payload["errors"] == [], payload
    return log.count()


# token + role, the access check, the locks (application, community), the checks, the savepoint
# around the right, the application, and the payload (the space, its occupancy)
OFFER_PINNED = 14
SUBMIT_PINNED = 10


def test_an_offer_and_a_submission_cost_pinned_statements(lot: Lot) -> None:
    application = lot.in_schema(
        lambda: parking_application_submit(
            applicant=lot.owner_resident, request=ApplicationRequest(lot.x.pk, lot.car.pk, 6, today())
        )
    )
    offer = (
        "mutation($id: ID!, $s: ID!) { parkingApplicationOffer(input: {id: $id, space: $s}) "
        "{ errors { code } application { state space { number occupied } } } }"
    )
    variables = {"id": gid("ParkingApplication", application.pk), "s": gid("ParkingSpace", lot.spaces[0].pk)}
    assert _mutation_statements(lot.client(lot.manager), offer, variables) == OFFER_PINNED
    second = lot.in_schema(lambda: vehicle_register(resident=lot.neighbour_resident, plate="京N12345"))
    submit = (
        "mutation($c: ID!, $v: ID!, $d: Date!) { parkingApplicationSubmit(input: {community: $c, vehicle: $v, "
        "months: 2, start: $d}) { errors { code } application { state isOwner } } }"
    )
    submit_vars = {"c": gid("Community", lot.x.pk), "v": gid("Vehicle", second.pk), "d": today().isoformat()}
    assert _mutation_statements(lot.client(lot.neighbour), submit, submit_vars) == SUBMIT_PINNED
