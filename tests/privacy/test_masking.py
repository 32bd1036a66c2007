"""Masking of phone and ID numbers on every field and connection that carries them, nested ones
included, for four viewers: the admin, a service desk holding the personal-information
permission on the community, one without it (same community), and the owner themself.

Masking rides in the list statements (a SQL annotation): the number of statements does not grow
with the number of rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from saas.core.crypto import encrypt
from saas.core.idcard import check_char
from saas.estates.models import Community
from saas.residents.models import Consent, RegistrationRequest
from tests.factories import HouseFactory, OccupancyFactory, ResidentFactory, UserFactory, staff_member
from tests.graphql import GraphQLClient, QueryLog, client_for
from tests.privacy.conftest import (
    R_EMERGENCY,
    R_ID,
    R_PHONE,
    R_SECOND,
    REQUEST_ID,
    REQUEST_PHONE,
    Alpha,
    World,
    encrypted_id,
    masked,
)
from tests.residents.conftest import gid, payload

PII = "phone secondPhone emergencyContactPhone idNumber"
FULL = {"phone": R_PHONE, "secondPhone": R_SECOND, "emergencyContactPhone": R_EMERGENCY, "idNumber": R_ID}
MASKED = {key: masked(value) for key, value in FULL.items()}
REQUEST_FULL = {"phone": REQUEST_PHONE, "idNumber": REQUEST_ID}
REQUEST_MASKED = {key: masked(value) for key, value in REQUEST_FULL.items()}

# Who sees R's numbers in full: the admin, the desk with the permission on X, R themself.
VIEWERS = {"admin": True, "desk_pii": True, "desk": False, "owner": True}

RESIDENTS = f'{{ residents(name: "业主甲") {{ edges {{ node {{ {PII} }} }} }} }}'
RESIDENT = f"query($id: ID!) {{ resident(id: $id) {{ {PII} }} }}"
NODE = f"query($id: ID!) {{ node(id: $id) {{ ... on Resident {{ {PII} }} }} }}"
HOUSE = f"query($id: ID!) {{ node(id: $id) {{ ... on House {{ currentOccupancies {{ resident {{ {PII} }} }} }} }} }}"
HOUSES = f"{{ houses {{ edges {{ node {{ currentOccupancies {{ resident {{ name {PII} }} }} }} }} }} }}"
CONSENT = f"query($id: ID!) {{ node(id: $id) {{ ... on Consent {{ resident {{ {PII} }} }} }} }}"
OCCUPANCIES = f"query($house: ID!) {{ occupancies(house: $house) {{ edges {{ node {{ resident {{ {PII} }} }} }} }} }}"
REQUESTS = "{ registrationRequests { edges { node { phone idNumber } } } }"
MY_REQUESTS = "{ myRegistrationRequests { edges { node { phone idNumber } } } }"
CREATE = f"""
mutation($phone: String!, $id: String!) {{
  residentCreate(input: {{name: "新住户", phone: $phone, secondPhone: "{R_SECOND}",
                          emergencyContactPhone: "{R_EMERGENCY}", idType: RESIDENT_ID, idNumber: $id}}) {{
    errors {{ code }} resident {{ {PII} }}
  }}
}}
"""
UPDATE = (
    'mutation($id: ID!) { residentUpdate(input: {id: $id, notes: "改"}) '
    f"{{ errors {{ code }} resident {{ {PII} }} }} }}"
)


@pytest.fixture
def viewer(world: World, staff_a: GraphQLClient, owner_a: GraphQLClient) -> Callable[[str], GraphQLClient]:
    return lambda name: {"admin": staff_a, "owner": owner_a}.get(name) or world.client(name)


def expected(name: str) -> dict[str, str]:
    return FULL if VIEWERS[name] else MASKED


@pytest.mark.parametrize("name", VIEWERS)
def test_a_resident_wherever_it_appears(name: str, world: World, alpha: Alpha, viewer: Any) -> None:
    client = viewer(name)
    with alpha():
        consent = Consent.objects.create(resident=world.r, purpose="marketing", notice_version="1", channel="staff")
    r, house = world.r_id(), gid("House", world.house_x.pk)
    assert client.data(RESIDENTS)["residents"]["edges"] == [{"node": expected(name)}]
    assert client.data(RESIDENT, {"id": r}) == {"resident": expected(name)}
    assert client.data(NODE, {"id": r}) == {"node": expected(name)}
    assert client.data(HOUSE, {"id": house}) == {"node": {"currentOccupancies": [{"resident": expected(name)}]}}
    shown = [o["resident"] for e in client.data(HOUSES)["houses"]["edges"] for o in e["node"]["currentOccupancies"]]
    assert {"name": "业主甲", **expected(name)} in shown
    assert client.data(CONSENT, {"id": gid("Consent", consent.pk)}) == {"node": {"resident": expected(name)}}


@pytest.mark.parametrize("name", ["admin", "desk_pii", "desk"])
def test_staff_lists_of_a_house_and_of_requests(name: str, world: World, viewer: Any) -> None:
    client = viewer(name)
    occupancies = client.data(OCCUPANCIES, {"house": gid("House", world.house_x.pk)})["occupancies"]["edges"]
    assert occupancies == [{"node": {"resident": expected(name)}}]
    requests = client.data(REQUESTS)["registrationRequests"]["edges"]
    assert requests == [{"node": REQUEST_FULL if VIEWERS[name] else REQUEST_MASKED}]


def test_owners_see_their_own_requests_in_full(world: World, owner_a: GraphQLClient) -> None:
    assert owner_a.data(MY_REQUESTS)["myRegistrationRequests"]["edges"] == [{"node": REQUEST_FULL}]


def test_staff_of_another_community_see_nothing_of_r(world: World) -> None:
    elsewhere = world.client("elsewhere")
    assert elsewhere.data(RESIDENT, {"id": world.r_id()}) == {"resident": None}
    assert elsewhere.data(REQUESTS)["registrationRequests"]["edges"] == []


@pytest.mark.parametrize("name", ["admin", "desk_pii", "desk"])
def test_a_changed_resident_in_the_payload(name: str, world: World, viewer: Any) -> None:
    result = payload(viewer(name).execute(UPDATE, {"id": world.r_id()}), "residentUpdate")
    assert result == {"errors": [], "resident": expected(name)}


def resident_id_number(first17: str) -> str:
    return first17 + check_char(first17)


@pytest.mark.parametrize(("name", "full"), [("admin", True), ("desk", False)])
def test_a_new_resident_in_the_payload(name: str, full: bool, world: World, viewer: Any) -> None:
    entered = {
        "phone": "13611112222",
        "secondPhone": R_SECOND,
        "emergencyContactPhone": R_EMERGENCY,
        "idNumber": resident_id_number("11010119900307123"),
    }
    variables = {"phone": entered["phone"], "id": entered["idNumber"]}
    result = payload(viewer(name).execute(CREATE, variables), "residentCreate")
    assert result == {"errors": [], "resident": entered if full else {k: masked(v) for k, v in entered.items()}}


class Crowd:
    """``n`` residents in X and ``n`` in Y with every number filled in, a house each, all of them family
    members of one more house in Y too; a registration request per house."""

    def __init__(self, n: int) -> None:
        self.x, self.y = Community.objects.order_by("pk")[:2]
        self.house = HouseFactory(unit__building__community=self.y)
        for index in range(n):
            for community in (self.x, self.y):
                resident = ResidentFactory(
                    second_phone="01065123456", emergency_contact_phone="13698765432", **encrypted_id(R_ID)
                )
                house = HouseFactory(unit__building__community=community)
                OccupancyFactory(resident=resident, house=house)
                OccupancyFactory(resident=resident, house=self.house, role="family", is_primary_contact=False)
                user = UserFactory(username=f"1360{community.pk % 1000:03d}{index:04d}", is_staff=False)
                RegistrationRequest.objects.create(
                    user=user,
                    house=house,
                    name="申请人",
                    phone=user.username,
                    id_type="resident_id",
                    id_number_encrypted=encrypt(REQUEST_ID),
                )
                Consent.objects.create(resident=resident, purpose="marketing", notice_version="1", channel="staff")


LIST_RESIDENTS = (
    f"query($first: Int!) {{ residents(first: $first) {{ edges {{ node {{ {PII} consents {{ purpose }} }} }} }} }}"
)
LIST_HOUSES = (
    "query($first: Int!) { houses(first: $first) { edges { node { "
    f"currentOccupancies {{ resident {{ {PII} }} }} }} }} }} }}"
)
LIST_OCCUPANCIES = (
    "query($first: Int!, $house: ID!) { occupancies(house: $house, first: $first) { edges { node { "
    f"resident {{ {PII} }} }} }} }} }}"
)
LIST_REQUESTS = "query($first: Int!) { registrationRequests(first: $first) { edges { node { phone idNumber } } } }"


@pytest.mark.parametrize(
    ("document", "pinned"),
    [
        # token, residents (scope and masking inside), consents
        (LIST_RESIDENTS, 3),
        # token, houses, today's occupancies, their residents (masking inside)
        (LIST_HOUSES, 4),
        # token, the house check, occupancies, their residents (masking inside)
        (LIST_OCCUPANCIES, 4),
        # token, requests (masking inside)
        (LIST_REQUESTS, 2),
    ],
    ids=["residents", "houses", "occupancies", "registration requests"],
)
def test_masking_costs_no_statement_per_row(
    document: str, pinned: int, world: World, alpha: Alpha, company_a: Any
) -> None:
    with alpha():
        crowd = Crowd(12)
        # Assigned to both communities, the numbers in full in X only: both answers in every list.
        desk = client_for(company_a, staff_member("desk-xy", "service", (crowd.x, crowd.y), (crowd.x,)))
    variables = {"house": gid("House", crowd.house.pk)} if "$house" in document else {}

    def statements(first: int) -> int:
        desk.data(document, {"first": 1, **variables})
        with QueryLog() as log:
            data = desk.data(document, {"first": first, **variables})
        phones = re.findall(r"'phone': '([^']*)'", str(data))
        if first == 20:  # masked and full values side by side
            assert any("*" in phone for phone in phones) and any("*" not in phone for phone in phones)
        return log.count()

    assert statements(4) == statements(20) == pinned
