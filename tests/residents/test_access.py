"""Four actors — anonymous, an owner, another owner, staff — against every residents entry point.

Denied calls answer a top-level error (or no data for reads) and change nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django_tenants.utils import tenant_context

from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from saas.residents.models import Occupancy, RegistrationRequest, Resident, ResidentPolicy
from tenants.models import Company
from tests.factories import HouseFactory, OccupancyFactory, UserFactory, staff_member
from tests.graphql import GraphQLClient, client_for, error_codes
from tests.residents.conftest import ID_1, gid

Alpha = Callable[[], Any]
RESIDENTS = "{ residents { totalCount edges { node { name } } } }"
NODE = "query($id: ID!) { node(id: $id) { id } }"
RESIDENT = "query($id: ID!) { resident(id: $id) { name } }"
OCCUPANCIES = "query($house: ID!) { occupancies(house: $house) { totalCount } }"
TO_REVIEW = "{ registrationRequests { totalCount } }"
MINE = "{ myRegistrationRequests { totalCount } }"
POLICY = "{ residentPolicy { allowJointOwners } }"
COMMUNITY_OPTIONS = "{ registrationCommunityOptions { totalCount } }"
CREATE = 'mutation { residentCreate(input: {name: "x", phone: "13800001111"}) { errors { code } resident { id } } }'
POLICY_UPDATE = "mutation { residentPolicyUpdate(input: {allowJointOwners: false}) { errors { code } } }"
APPROVE = "mutation($id: ID!) { registrationApprove(input: {id: $id}) { errors { code } } }"
REJECT = 'mutation($id: ID!) { registrationReject(input: {id: $id, reason: "no"}) { errors { code } } }'
END = 'mutation($id: ID!) { occupancyEnd(input: {id: $id, moveOut: "2030-01-01"}) { errors { code } } }'
ASK = """
mutation($house: ID!, $number: String!) {
  registrationRequestCreate(input: {house: $house, name: "x", idType: RESIDENT_ID, idNumber: $number}) {
    errors { code }
  }
}
"""


class World:
    """Alpha with two owners in two houses (plus a family member of the first) and one pending request."""

    def __init__(self, owner_user: User) -> None:
        self.first = OccupancyFactory(resident__name="业主甲", resident__user=owner_user)
        self.family = OccupancyFactory(
            house=self.first.house, resident__name="家属", role="family", is_primary_contact=False
        )
        self.other_user = UserFactory(username="13700008888", is_staff=False)
        self.second = OccupancyFactory(resident__name="业主乙", resident__user=self.other_user)
        self.request = RegistrationRequest.objects.create(
            user=self.other_user, house=HouseFactory(), name="业主乙", phone="13700008888"
        )


@pytest.fixture
def world(alpha: Alpha, owner_user_a: User) -> World:
    with alpha():
        return World(owner_user_a)


@pytest.fixture
def desk(world: World, alpha: Alpha, company_a: Company) -> GraphQLClient:
    """A service-desk account working in the first owner's community."""
    with alpha():
        return client_for(company_a, staff_member("desk", "service", (world.first.house.community,)))


@pytest.fixture
def other_owner(world: World, alpha: Alpha) -> GraphQLClient:
    with alpha():
        return GraphQLClient("alpha.localhost", token=api_token_issue(user=world.other_user).raw)


def names(client: GraphQLClient) -> list[str]:
    return [e["node"]["name"] for e in client.data(RESIDENTS)["residents"]["edges"]]


def test_residents_list_per_actor(
    client_a: GraphQLClient, owner_a: GraphQLClient, other_owner: GraphQLClient, staff_a: GraphQLClient
) -> None:
    assert error_codes(client_a.execute(RESIDENTS)) == ["UNAUTHENTICATED"]
    assert names(owner_a) == ["业主甲"]
    assert names(other_owner) == ["业主乙"]
    assert sorted(names(staff_a)) == sorted(["业主甲", "家属", "业主乙"])


def test_a_resident_by_id_per_actor(
    world: World,
    client_a: GraphQLClient,
    owner_a: GraphQLClient,
    other_owner: GraphQLClient,
    desk: GraphQLClient,
) -> None:
    first = gid("Resident", world.first.resident_id)
    family = gid("Resident", world.family.resident_id)
    for client in (client_a, other_owner):
        assert client.data(RESIDENT, {"id": first}) == {"resident": None}
        assert client.data(NODE, {"id": first}) == {"node": None}
    assert owner_a.data(RESIDENT, {"id": first}) == {"resident": {"name": "业主甲"}}
    assert owner_a.data(RESIDENT, {"id": family}) == {"resident": None}, "co-occupants stay with the company"
    assert desk.data(RESIDENT, {"id": family}) == {"resident": {"name": "家属"}}
    second = gid("Resident", world.second.resident_id)
    assert desk.data(RESIDENT, {"id": second}) == {"resident": None}, "another community's resident"


def test_an_owner_sees_only_their_own_occupancy_of_a_shared_house(world: World, owner_a: GraphQLClient) -> None:
    assert owner_a.data(NODE, {"id": gid("Occupancy", world.family.pk)}) == {"node": None}
    house = owner_a.data(
        "query($id: ID!) { node(id: $id) { ... on House { currentOccupancies { role resident { name } } } } }",
        {"id": gid("House", world.first.house_id)},
    )
    assert house == {"node": {"currentOccupancies": [{"role": "OWNER", "resident": {"name": "业主甲"}}]}}


@pytest.mark.parametrize("query", [OCCUPANCIES, TO_REVIEW, POLICY])
def test_staff_only_reads(
    world: World,
    query: str,
    client_a: GraphQLClient,
    owner_a: GraphQLClient,
    desk: GraphQLClient,
) -> None:
    variables = {"house": gid("House", world.first.house_id)} if "$house" in query else {}
    assert error_codes(client_a.execute(query, variables)) == ["UNAUTHENTICATED"]
    owner_body = owner_a.execute(query, variables)
    assert error_codes(owner_body) == ["FORBIDDEN"] and owner_body["data"] is None
    assert "errors" not in desk.execute(query, variables)


def test_my_registration_requests_are_mine(
    world: World, client_a: GraphQLClient, owner_a: GraphQLClient, other_owner: GraphQLClient
) -> None:
    assert error_codes(client_a.execute(MINE)) == ["UNAUTHENTICATED"]
    assert owner_a.data(MINE) == {"myRegistrationRequests": {"totalCount": 0}}
    assert other_owner.data(MINE) == {"myRegistrationRequests": {"totalCount": 1}}
    request_id = gid("RegistrationRequest", world.request.pk)
    assert owner_a.data(NODE, {"id": request_id}) == {"node": None}
    assert other_owner.data(NODE, {"id": request_id}) == {"node": {"id": request_id}}


def test_house_options_need_an_account(world: World, client_a: GraphQLClient, owner_a: GraphQLClient) -> None:
    assert error_codes(client_a.execute(COMMUNITY_OPTIONS)) == ["UNAUTHENTICATED"]
    assert client_a.data(NODE, {"id": gid("HouseOption", world.first.house_id)}) == {"node": None}
    assert owner_a.data(COMMUNITY_OPTIONS)["registrationCommunityOptions"]["totalCount"] == 3


def test_staff_mutations_are_refused_to_others_and_change_nothing(
    world: World, alpha: Alpha, client_a: GraphQLClient, owner_a: GraphQLClient
) -> None:
    request = {"id": gid("RegistrationRequest", world.request.pk)}
    occupancy = {"id": gid("Occupancy", world.first.pk)}
    calls: list[tuple[str, dict[str, Any]]] = [
        (CREATE, {}),
        (POLICY_UPDATE, {}),
        (APPROVE, request),
        (REJECT, request),
        (END, occupancy),
    ]
    for document, variables in calls:
        assert error_codes(client_a.execute(document, variables)) == ["UNAUTHENTICATED"]
        body = owner_a.execute(document, variables)
        assert error_codes(body) == ["FORBIDDEN"] and body["data"] is None
    with alpha():
        assert Resident.objects.count() == 3
        assert RegistrationRequest.objects.get().status == "pending"
        assert not Occupancy.objects.filter(move_out__isnull=False).exists()
        assert ResidentPolicy.current().allow_joint_owners


def test_a_service_desk_account_may_enter_residents(desk: GraphQLClient) -> None:
    body = desk.execute(CREATE)
    assert body["data"]["residentCreate"]["errors"] == []


def test_anonymous_callers_cannot_ask_for_a_house(world: World, client_a: GraphQLClient) -> None:
    body = client_a.execute(ASK, {"house": gid("House", world.first.house_id), "number": ID_1})
    assert error_codes(body) == ["UNAUTHENTICATED"]


def test_another_companys_staff_see_none_of_alphas_residents(world: World, company_b: Company) -> None:
    with tenant_context(company_b):
        token = api_token_issue(user=User.objects.get(username="admin")).raw
    staff_b = GraphQLClient("beta.localhost", token=token)
    assert staff_b.data(RESIDENTS) == {"residents": {"totalCount": 0, "edges": []}}
    assert staff_b.data(NODE, {"id": gid("Resident", world.first.resident_id)}) == {"node": None}
