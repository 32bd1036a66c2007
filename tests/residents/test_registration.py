"""Registration review (审核): an owner signs up, asks for a house, staff approve or reject."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest

from saas.core.crypto import decrypt, keyed_hash
from saas.core.sms import SmsMessage
from saas.estates.models import House
from saas.residents.models import Occupancy, RegistrationRequest, Resident, ResidentPolicy
from tests.factories import HouseFactory, OccupancyFactory, ResidentFactory
from tests.graphql import GraphQLClient, error_codes
from tests.residents.conftest import ID_1, ID_2, code_in, codes, gid, payload

REQUEST_FIELDS = """
  id role name phone idType idNumberLast4 moveIn status rejectReason reviewedAt
  house { id roomNumber communityName buildingName unitName }
  occupancy { role isPrimaryContact moveIn }
"""
REQUEST_CREATE = f"""
mutation RegistrationRequestCreate($input: RegistrationRequestCreateInput!) {{
  registrationRequestCreate(input: $input) {{
    errors {{ field message code }} registrationRequest {{ {REQUEST_FIELDS} }}
  }}
}}
"""
APPROVE = f"""
mutation RegistrationApprove($input: RegistrationApproveInput!) {{
  registrationApprove(input: $input) {{ errors {{ field message code }} registrationRequest {{ {REQUEST_FIELDS} }} }}
}}
"""
REJECT = """
mutation RegistrationReject($input: RegistrationRejectInput!) {
  registrationReject(input: $input) { errors { field message code } registrationRequest { status rejectReason } }
}
"""
MINE = "{ myRegistrationRequests { totalCount edges { node { status rejectReason house { roomNumber } } } } }"
TO_REVIEW = """
query RegistrationRequests($status: RegistrationStatus) {
  registrationRequests(status: $status) { totalCount edges { node { id name status } } }
}
"""
SIGN_UP = """
mutation OwnerSignUp($input: OwnerSignUpInput!) { ownerSignUp(input: $input) { errors { code } token } }
"""
COMMUNITY_OPTIONS = "{ registrationCommunityOptions { edges { node { id name } } } }"
HOUSE_OPTIONS = """
query HouseOptions($community: ID!, $search: String) {
  registrationHouseOptions(community: $community, search: $search) {
    totalCount edges { node { id roomNumber buildingName unitName } }
  }
}
"""
HOUSE = "query House($id: ID!) { node(id: $id) { ... on House { roomNumber currentOccupancies { role } } } }"
MY_RESIDENT = "{ residents { edges { node { name phone idNumberLast4 occupancies { role house { roomNumber } } } } } }"

Alpha = Callable[[], Any]


@pytest.fixture
def house(alpha: Alpha) -> House:
    with alpha():
        return HouseFactory(room_number="1201", unit__name="2单元", unit__building__name="3号楼")  # type: ignore[no-any-return]


def ask(client: GraphQLClient, house: House | str, **fields: Any) -> dict[str, Any]:
    house_id = house if isinstance(house, str) else gid("House", house.pk)
    data = {"house": house_id, "name": "刘业主", "idType": "RESIDENT_ID", "idNumber": ID_1, **fields}
    return payload(client.execute(REQUEST_CREATE, {"input": data}), "registrationRequestCreate")


def approve(client: GraphQLClient, request_id: str) -> dict[str, Any]:
    return payload(client.execute(APPROVE, {"input": {"id": request_id}}), "registrationApprove")


def reject(client: GraphQLClient, request_id: str, reason: str) -> dict[str, Any]:
    return payload(client.execute(REJECT, {"input": {"id": request_id, "reason": reason}}), "registrationReject")


def test_the_whole_review_flow(
    client_a: GraphQLClient,
    staff_a: GraphQLClient,
    send_code: Callable[..., dict[str, Any]],
    outbox: list[SmsMessage],
    house: House,
    alpha: Alpha,
) -> None:
    phone = "13911112222"
    send_code(phone)
    signed_up = payload(
        client_a.execute(
            SIGN_UP,
            {
                "input": {
                    "phone": phone,
                    "code": code_in(outbox, phone),
                    "name": "刘业主",
                    "password": "Quiet-Garden-42",
                }
            },
        ),
        "ownerSignUp",
    )
    owner = GraphQLClient("alpha.localhost", token=signed_up["token"])
    house_id = gid("House", house.pk)
    assert owner.data(HOUSE, {"id": house_id}) == {"node": None}, "not before approval"

    community = owner.data(COMMUNITY_OPTIONS)["registrationCommunityOptions"]["edges"][0]["node"]
    options = owner.data(HOUSE_OPTIONS, {"community": community["id"], "search": "3号楼 1201"})
    option = options["registrationHouseOptions"]["edges"][0]["node"]
    assert (option["roomNumber"], option["buildingName"], option["unitName"]) == ("1201", "3号楼", "2单元")

    asked = ask(owner, option["id"], moveIn="2023-05-01")
    assert asked["errors"] == []
    request = asked["registrationRequest"]
    assert (request["status"], request["phone"], request["idNumberLast4"], request["occupancy"]) == (
        "PENDING",
        phone,
        "002X",
        None,
    )
    pending = staff_a.data(TO_REVIEW, {"status": "PENDING"})["registrationRequests"]
    assert [e["node"]["id"] for e in pending["edges"]] == [request["id"]]

    approved = approve(staff_a, request["id"])
    assert approved["errors"] == []
    assert approved["registrationRequest"]["status"] == "APPROVED"
    assert approved["registrationRequest"]["occupancy"] == {
        "role": "OWNER",
        "isPrimaryContact": True,
        "moveIn": "2023-05-01",
    }

    assert owner.data(HOUSE, {"id": house_id}) == {
        "node": {"roomNumber": "1201", "currentOccupancies": [{"role": "OWNER"}]}
    }
    mine = owner.data(MY_RESIDENT)["residents"]["edges"]
    assert mine == [
        {
            "node": {
                "name": "刘业主",
                "phone": phone,
                "idNumberLast4": "002X",
                "occupancies": [{"role": "OWNER", "house": {"roomNumber": "1201"}}],
            }
        }
    ]
    with alpha():
        resident = Resident.objects.get()
        assert resident.user is not None and resident.user.username == phone
        assert decrypt(resident.id_number_encrypted) == ID_1 and resident.id_number_hash == keyed_hash(ID_1)
        assert RegistrationRequest.objects.get().occupancy == Occupancy.objects.get()


def test_approving_twice_is_refused(owner_a: GraphQLClient, staff_a: GraphQLClient, house: House, alpha: Alpha) -> None:
    request_id = ask(owner_a, house)["registrationRequest"]["id"]
    assert approve(staff_a, request_id)["errors"] == []
    again = approve(staff_a, request_id)
    assert codes(again) == [("id", "NOT_PENDING")] and again["registrationRequest"] is None
    assert codes(reject(staff_a, request_id, "重复")) == [("id", "NOT_PENDING")]
    with alpha():
        assert Occupancy.objects.count() == 1


def test_reject_with_a_reason(owner_a: GraphQLClient, staff_a: GraphQLClient, house: House, alpha: Alpha) -> None:
    request_id = ask(owner_a, house)["registrationRequest"]["id"]
    assert codes(reject(staff_a, request_id, "   ")) == [("reason", "REQUIRED")]
    assert codes(reject(staff_a, request_id, "理" * 201)) == [("reason", "TOO_LONG")]
    result = reject(staff_a, request_id, "证件信息与产权登记不符")
    assert result == {
        "errors": [],
        "registrationRequest": {"status": "REJECTED", "rejectReason": "证件信息与产权登记不符"},
    }
    assert owner_a.data(MINE)["myRegistrationRequests"]["edges"] == [
        {"node": {"status": "REJECTED", "rejectReason": "证件信息与产权登记不符", "house": {"roomNumber": "1201"}}}
    ]
    assert codes(approve(staff_a, request_id)) == [("id", "NOT_PENDING")]
    assert owner_a.data(HOUSE, {"id": gid("House", house.pk)}) == {"node": None}
    with alpha():
        assert not Occupancy.objects.exists() and not Resident.objects.exists()


def test_a_rejected_owner_may_ask_again(owner_a: GraphQLClient, staff_a: GraphQLClient, house: House) -> None:
    request_id = ask(owner_a, house)["registrationRequest"]["id"]
    reject(staff_a, request_id, "照片不清晰")
    assert ask(owner_a, house)["errors"] == []


def test_one_pending_request_per_house(owner_a: GraphQLClient, house: House, alpha: Alpha) -> None:
    assert ask(owner_a, house)["errors"] == []
    again = ask(owner_a, house, role="FAMILY")
    assert codes(again) == [("house", "ALREADY_PENDING")]
    with alpha():
        other = HouseFactory()
    assert ask(owner_a, other)["errors"] == []


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"name": ""}, [("name", "REQUIRED")]),
        ({"idNumber": ""}, [("idNumber", "REQUIRED")]),
        ({"idNumber": "110105194912310021"}, [("idNumber", "ID_CHECK_DIGIT_INVALID")]),
        ({"idNumber": "110105194902300025"}, [("idNumber", "ID_BIRTH_DATE_INVALID")]),
        ({"idType": "PASSPORT", "idNumber": "护照"}, [("idNumber", "ID_NUMBER_INVALID")]),
    ],
)
def test_bad_requests_are_refused(
    owner_a: GraphQLClient, house: House, alpha: Alpha, fields: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    assert codes(ask(owner_a, house, **fields)) == expected
    with alpha():
        assert not RegistrationRequest.objects.exists()


def test_unknown_house(owner_a: GraphQLClient) -> None:
    assert codes(ask(owner_a, gid("House", 999999))) == [("house", "HOUSE_NOT_FOUND")]


def test_an_account_without_a_mobile_cannot_ask(company_a: Any, house: House, alpha: Alpha) -> None:
    from saas.accounts.services import api_token_issue
    from tests.factories import UserFactory

    with alpha():
        user = UserFactory(username="no-phone", phone="", is_staff=False)
        client = GraphQLClient("alpha.localhost", token=api_token_issue(user=user).raw)
    assert codes(ask(client, house)) == [(None, "ACCOUNT_PHONE_MISSING")]


def test_a_current_occupant_cannot_ask_again(
    owner_a: GraphQLClient, owner_user_a: Any, house: House, alpha: Alpha
) -> None:
    with alpha():
        OccupancyFactory(house=house, resident__user=owner_user_a)
    assert codes(ask(owner_a, house)) == [("house", "ALREADY_OCCUPYING")]


def test_approval_reuses_the_resident_staff_entered(
    owner_a: GraphQLClient, owner_user_a: Any, staff_a: GraphQLClient, house: House, alpha: Alpha
) -> None:
    with alpha():
        existing = ResidentFactory(
            name="刘先生", phone=owner_user_a.phone, id_type="resident_id", id_number_hash=keyed_hash(ID_1)
        )
    request_id = ask(owner_a, house)["registrationRequest"]["id"]
    assert approve(staff_a, request_id)["errors"] == []
    with alpha():
        assert list(Resident.objects.values_list("pk", "user_id", "name")) == [(existing.pk, owner_user_a.pk, "刘先生")]


def test_approval_reuses_the_accounts_own_resident_for_a_second_house(
    owner_a: GraphQLClient, staff_a: GraphQLClient, house: House, alpha: Alpha
) -> None:
    with alpha():
        second = HouseFactory()
    approve(staff_a, ask(owner_a, house)["registrationRequest"]["id"])
    approve(staff_a, ask(owner_a, second, role="TENANT")["registrationRequest"]["id"])
    with alpha():
        assert Resident.objects.count() == 1
        assert Occupancy.objects.filter(resident__user__username="13700009999").count() == 2


def test_an_id_number_known_under_another_phone_needs_staff(
    owner_a: GraphQLClient, staff_a: GraphQLClient, house: House, alpha: Alpha
) -> None:
    with alpha():
        ResidentFactory(name="刘先生", phone="13600000000", id_type="resident_id", id_number_hash=keyed_hash(ID_1))
    request_id = ask(owner_a, house)["registrationRequest"]["id"]
    result = approve(staff_a, request_id)
    assert codes(result) == [("id", "ID_NUMBER_CONFLICT")]
    with alpha():
        assert Resident.objects.get().user_id is None and not Occupancy.objects.exists()
        assert RegistrationRequest.objects.get().status == "pending"


def test_approval_respects_the_one_owner_policy(
    owner_a: GraphQLClient, staff_a: GraphQLClient, house: House, alpha: Alpha
) -> None:
    with alpha():
        ResidentPolicy.objects.update_or_create(pk=1, defaults={"allow_joint_owners": False})
        OccupancyFactory(house=house)
    request_id = ask(owner_a, house)["registrationRequest"]["id"]
    assert codes(approve(staff_a, request_id)) == [("id", "JOINT_OWNER_FORBIDDEN")]
    with alpha():
        assert not Resident.objects.filter(user__isnull=False).exists()
    family = ask(owner_a, house, role="FAMILY", idNumber=ID_2)
    assert codes(family) == [("house", "ALREADY_PENDING")], "the first request still waits"


def test_approval_without_move_in_starts_today_and_keeps_an_existing_primary_contact(
    owner_a: GraphQLClient, staff_a: GraphQLClient, house: House, alpha: Alpha
) -> None:
    with alpha():
        OccupancyFactory(house=house, role="tenant", is_primary_contact=True)
    result = approve(staff_a, ask(owner_a, house)["registrationRequest"]["id"])
    assert result["registrationRequest"]["occupancy"] == {
        "role": "OWNER",
        "isPrimaryContact": False,
        "moveIn": str(datetime.date.today()),
    }


def test_house_options_list_only_that_community_and_no_resident_data(
    owner_a: GraphQLClient, house: House, alpha: Alpha
) -> None:
    with alpha():
        OccupancyFactory(house=house)
        HouseFactory(room_number="0101", unit=house.unit, building=house.building, community=house.community)
        HouseFactory(room_number="1201")  # another community
    options = owner_a.data(HOUSE_OPTIONS, {"community": gid("Community", house.community_id)})
    rooms = [e["node"]["roomNumber"] for e in options["registrationHouseOptions"]["edges"]]
    assert sorted(rooms) == ["0101", "1201"]
    body = owner_a.execute(
        "query($c: ID!) { registrationHouseOptions(community: $c) { edges { node { currentOccupancies { id } } } } }",
        {"c": gid("Community", house.community_id)},
    )
    assert "Cannot query field 'currentOccupancies'" in body["errors"][0]["extensions"]["detail"]


def test_staff_accounts_do_not_file_requests(staff_a: GraphQLClient, house: House) -> None:
    body = staff_a.execute(
        REQUEST_CREATE,
        {"input": {"house": gid("House", house.pk), "name": "x", "idType": "RESIDENT_ID", "idNumber": ID_1}},
    )
    assert error_codes(body) == ["FORBIDDEN"]
