"""Staff entry of residents: validation, encryption of ID numbers, update, delete, search."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from saas.core.crypto import decrypt, keyed_hash
from saas.residents.models import Resident
from tests.factories import OccupancyFactory
from tests.graphql import GraphQLClient
from tests.residents.conftest import ID_1, ID_2, codes, gid, payload

RESIDENT_FIELDS = """
  id name phone secondPhone idType idNumberLast4 gender householdSize
  emergencyContactName emergencyContactPhone notes hasAccount
"""
CREATE = f"""
mutation ResidentCreate($input: ResidentCreateInput!) {{
  residentCreate(input: $input) {{ errors {{ field message code }} resident {{ {RESIDENT_FIELDS} }} }}
}}
"""
UPDATE = f"""
mutation ResidentUpdate($input: ResidentUpdateInput!) {{
  residentUpdate(input: $input) {{ errors {{ field message code }} resident {{ {RESIDENT_FIELDS} }} }}
}}
"""
DELETE = """
mutation ResidentDelete($input: ResidentDeleteInput!) {
  residentDelete(input: $input) { errors { field message code } resident { id name } }
}
"""
SEARCH = """
query Residents($name: String, $phone: String, $phoneLast4: String, $idNumber: String, $house: ID, $search: String) {
  residents(name: $name, phone: $phone, phoneLast4: $phoneLast4, idNumber: $idNumber, house: $house, search: $search) {
    totalCount edges { node { name } }
  }
}
"""

Alpha = Callable[[], Any]


def create(client: GraphQLClient, **fields: Any) -> dict[str, Any]:
    data = {"name": "王建国", "phone": "13812345678", **fields}
    return payload(client.execute(CREATE, {"input": data}), "residentCreate")


def test_staff_create_a_resident_with_every_field(staff_a: GraphQLClient, alpha: Alpha) -> None:
    result = create(
        staff_a,
        phone="+86 138 1234 5678",
        secondPhone="010-6512 3456",
        idType="RESIDENT_ID",
        idNumber="11010519491231002x",
        gender="MALE",
        householdSize=4,
        emergencyContactName="王小明",
        emergencyContactPhone="139-0000-1111",
        notes="  养狗一只  ",
    )
    assert result["errors"] == []
    resident = result["resident"]
    assert {k: v for k, v in resident.items() if k != "id"} == {
        "name": "王建国",
        "phone": "13812345678",
        "secondPhone": "01065123456",
        "idType": "RESIDENT_ID",
        "idNumberLast4": "002X",
        "gender": "MALE",
        "householdSize": 4,
        "emergencyContactName": "王小明",
        "emergencyContactPhone": "13900001111",
        "notes": "养狗一只",
        "hasAccount": False,
    }
    with alpha():
        stored = Resident.objects.get()
    assert stored.phone_last4 == "5678"
    assert ID_1 not in stored.id_number_encrypted and decrypt(stored.id_number_encrypted) == ID_1
    assert stored.id_number_hash == keyed_hash(ID_1) and stored.id_number_last4 == "002X"


def test_only_name_and_phone_are_required(staff_a: GraphQLClient) -> None:
    result = create(staff_a)
    assert result["errors"] == []
    assert result["resident"]["idType"] is None and result["resident"]["gender"] is None
    assert result["resident"]["householdSize"] == 1


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"name": "  ", "phone": ""}, [("name", "REQUIRED"), ("phone", "REQUIRED")]),
        ({"name": "王" * 65}, [("name", "TOO_LONG")]),
        ({"phone": "12812345678"}, [("phone", "PHONE_INVALID")]),
        ({"phone": "1381234567"}, [("phone", "PHONE_INVALID")]),
        ({"secondPhone": "call me"}, [("secondPhone", "OTHER_PHONE_INVALID")]),
        ({"emergencyContactPhone": "1234"}, [("emergencyContactPhone", "OTHER_PHONE_INVALID")]),
        ({"householdSize": 0}, [("householdSize", "HOUSEHOLD_SIZE_INVALID")]),
        ({"householdSize": 21}, [("householdSize", "HOUSEHOLD_SIZE_INVALID")]),
        ({"notes": "x" * 2001}, [("notes", "TOO_LONG")]),
        ({"idType": "RESIDENT_ID"}, [("idNumber", "REQUIRED")]),
        ({"idNumber": ID_1}, [("idType", "REQUIRED")]),
        ({"idType": "RESIDENT_ID", "idNumber": "110105194912310021"}, [("idNumber", "ID_CHECK_DIGIT_INVALID")]),
        ({"idType": "RESIDENT_ID", "idNumber": "11010519491331002X"}, [("idNumber", "ID_BIRTH_DATE_INVALID")]),
        ({"idType": "RESIDENT_ID", "idNumber": "110105209901010011"}, [("idNumber", "ID_BIRTH_DATE_INVALID")]),
        ({"idType": "RESIDENT_ID", "idNumber": "1101051949123100"}, [("idNumber", "ID_NUMBER_INVALID")]),
        ({"idType": "RESIDENT_ID", "idNumber": "00010519491231002X"}, [("idNumber", "ID_NUMBER_INVALID")]),
        ({"idType": "PASSPORT", "idNumber": "E12-345"}, [("idNumber", "ID_NUMBER_INVALID")]),
        ({"idType": "HK_MACAO_PERMIT", "idNumber": "X12345678"}, [("idNumber", "ID_NUMBER_INVALID")]),
        ({"idType": "TAIWAN_PERMIT", "idNumber": "1234567"}, [("idNumber", "ID_NUMBER_INVALID")]),
        ({"idType": "FOREIGNER_PERMIT", "idNumber": "AB1234567890123"}, [("idNumber", "ID_NUMBER_INVALID")]),
    ],
)
def test_every_bad_field_is_reported_and_nothing_is_created(
    staff_a: GraphQLClient, alpha: Alpha, fields: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    result = create(staff_a, **fields)
    assert codes(result) == expected and result["resident"] is None
    with alpha():
        assert not Resident.objects.exists()


@pytest.mark.parametrize(
    ("id_type", "number"),
    [
        ("PASSPORT", "e12345678"),
        ("HK_MACAO_PERMIT", "H12345678"),
        ("HK_MACAO_PERMIT", "M1234567801"),
        ("TAIWAN_PERMIT", "12345678"),
        ("FOREIGNER_PERMIT", "USA110079123456"),
    ],
)
def test_other_documents_pass_a_length_and_charset_check(staff_a: GraphQLClient, id_type: str, number: str) -> None:
    result = create(staff_a, idType=id_type, idNumber=number)
    assert result["errors"] == [] and result["resident"]["idNumberLast4"] == number.upper()[-4:]


def test_every_problem_is_reported_at_once(staff_a: GraphQLClient) -> None:
    result = create(staff_a, name="", phone="123", householdSize=30, idType="RESIDENT_ID", idNumber="bad")
    assert codes(result) == [
        ("name", "REQUIRED"),
        ("phone", "PHONE_INVALID"),
        ("householdSize", "HOUSEHOLD_SIZE_INVALID"),
        ("idNumber", "ID_NUMBER_INVALID"),
    ]


def test_messages_are_chinese_by_default_and_english_on_request(staff_a: GraphQLClient) -> None:
    zh = create(staff_a, householdSize=0)["errors"][0]["message"]
    body = staff_a.execute(CREATE, {"input": {"name": "王", "phone": "138", "householdSize": 0}}, accept_language="en")
    en = payload(body, "residentCreate")["errors"]
    assert zh == "家庭人口须在 1 到 20 人之间。"
    assert [e["message"] for e in en] == [
        "Enter a valid mainland China mobile number (11 digits starting with 13–19).",
        "Household size must be between 1 and 20.",
    ]


def test_an_id_number_belongs_to_one_resident(staff_a: GraphQLClient) -> None:
    assert create(staff_a, name="甲", idType="RESIDENT_ID", idNumber=ID_1)["errors"] == []
    result = create(staff_a, name="乙", idType="RESIDENT_ID", idNumber=ID_1.lower())
    assert codes(result) == [("idNumber", "ID_NUMBER_TAKEN")]
    assert result["errors"][0]["message"] == "该证件号码已登记在住户“甲”名下。"


def test_update_changes_only_the_given_fields(staff_a: GraphQLClient, alpha: Alpha) -> None:
    resident = create(staff_a, idType="RESIDENT_ID", idNumber=ID_1, gender="FEMALE", notes="备注")["resident"]
    result = payload(
        staff_a.execute(UPDATE, {"input": {"id": resident["id"], "phone": "13900008888", "gender": None}}),
        "residentUpdate",
    )
    assert result["errors"] == []
    updated = result["resident"]
    assert updated["phone"] == "13900008888" and updated["gender"] is None
    assert (updated["name"], updated["notes"], updated["idNumberLast4"]) == ("王建国", "备注", "002X")
    with alpha():
        stored = Resident.objects.get()
    assert stored.phone_last4 == "8888" and decrypt(stored.id_number_encrypted) == ID_1


def test_update_replaces_or_removes_the_id_document(staff_a: GraphQLClient, alpha: Alpha) -> None:
    resident_id = create(staff_a, idType="RESIDENT_ID", idNumber=ID_1)["resident"]["id"]
    replaced = payload(staff_a.execute(UPDATE, {"input": {"id": resident_id, "idNumber": ID_2}}), "residentUpdate")
    assert replaced["resident"]["idNumberLast4"] == "0134"
    with alpha():
        assert Resident.objects.get().id_number_hash == keyed_hash(ID_2)
    cleared = payload(
        staff_a.execute(UPDATE, {"input": {"id": resident_id, "idType": None, "idNumber": None}}), "residentUpdate"
    )
    assert (cleared["resident"]["idType"], cleared["resident"]["idNumberLast4"]) == (None, None)
    with alpha():
        stored = Resident.objects.get()
    assert (stored.id_number_encrypted, stored.id_number_hash) == ("", "")


def test_bad_update_changes_nothing(staff_a: GraphQLClient, alpha: Alpha) -> None:
    resident_id = create(staff_a)["resident"]["id"]
    result = payload(
        staff_a.execute(UPDATE, {"input": {"id": resident_id, "name": "新名字", "householdSize": 99}}),
        "residentUpdate",
    )
    assert codes(result) == [("householdSize", "HOUSEHOLD_SIZE_INVALID")]
    with alpha():
        assert Resident.objects.get().name == "王建国"


def test_update_keeps_the_id_number_unique(staff_a: GraphQLClient) -> None:
    create(staff_a, name="甲", idType="RESIDENT_ID", idNumber=ID_1)
    other = create(staff_a, name="乙", idType="RESIDENT_ID", idNumber=ID_2)["resident"]["id"]
    result = payload(staff_a.execute(UPDATE, {"input": {"id": other, "idNumber": ID_1}}), "residentUpdate")
    assert codes(result) == [("idNumber", "ID_NUMBER_TAKEN")]


def test_update_of_an_unknown_resident(staff_a: GraphQLClient) -> None:
    result = payload(staff_a.execute(UPDATE, {"input": {"id": gid("Resident", 999999), "name": "x"}}), "residentUpdate")
    assert codes(result) == [("id", "RESIDENT_NOT_FOUND")]


def test_a_foreign_id_type_is_bad_input(staff_a: GraphQLClient) -> None:
    body = staff_a.execute(DELETE, {"input": {"id": gid("House", 1)}})
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_delete_a_resident_without_occupancies(staff_a: GraphQLClient, alpha: Alpha) -> None:
    resident_id = create(staff_a)["resident"]["id"]
    result = payload(staff_a.execute(DELETE, {"input": {"id": resident_id}}), "residentDelete")
    assert result["errors"] == [] and result["resident"]["id"] == resident_id
    with alpha():
        assert not Resident.objects.exists()


def test_delete_is_refused_while_the_resident_has_occupancies(staff_a: GraphQLClient, alpha: Alpha) -> None:
    with alpha():
        resident = OccupancyFactory(move_out="2021-01-01").resident
    result = payload(staff_a.execute(DELETE, {"input": {"id": gid("Resident", resident.pk)}}), "residentDelete")
    assert codes(result) == [("id", "RESIDENT_HAS_OCCUPANCIES")] and result["resident"] is None
    with alpha():
        assert Resident.objects.filter(pk=resident.pk).exists()


@pytest.fixture
def three_residents(staff_a: GraphQLClient, alpha: Alpha) -> dict[str, int]:
    create(staff_a, name="王建国", phone="13812345678", idType="RESIDENT_ID", idNumber=ID_1)
    create(staff_a, name="李建华", phone="13912340000")
    create(staff_a, name="张伟", phone="13700005678", idType="RESIDENT_ID", idNumber=ID_2)
    with alpha():
        occupancy = OccupancyFactory(resident=Resident.objects.get(name="李建华"))
    return {"house": occupancy.house_id}


@pytest.mark.parametrize(
    ("variables", "names"),
    [
        ({}, ["张伟", "李建华", "王建国"]),
        ({"name": "建"}, ["李建华", "王建国"]),
        ({"phone": "+86 138 1234 5678"}, ["王建国"]),
        ({"phoneLast4": "5678"}, ["张伟", "王建国"]),
        ({"idNumber": "11010519491231002x"}, ["王建国"]),
        ({"idNumber": "110105194912310021"}, []),
        ({"name": "建", "phoneLast4": "0000"}, ["李建华"]),
        ({"search": "5678"}, ["张伟", "王建国"]),
        ({"search": "13912340000"}, ["李建华"]),
        ({"search": ID_2}, ["张伟"]),
        ({"search": "伟"}, ["张伟"]),
    ],
)
def test_search_residents(
    staff_a: GraphQLClient, three_residents: dict[str, int], variables: dict[str, str], names: list[str]
) -> None:
    found = staff_a.data(SEARCH, variables)["residents"]
    assert sorted(edge["node"]["name"] for edge in found["edges"]) == sorted(names)
    assert found["totalCount"] == len(names)


def test_search_by_house(staff_a: GraphQLClient, three_residents: dict[str, int]) -> None:
    found = staff_a.data(SEARCH, {"house": gid("House", three_residents["house"])})["residents"]
    assert [edge["node"]["name"] for edge in found["edges"]] == ["李建华"]


def test_the_admin_reads_the_id_number_decrypted(staff_a: GraphQLClient, three_residents: dict[str, int]) -> None:
    found = staff_a.data('{ residents(search: "张伟") { edges { node { idNumber idNumberLast4 } } } }')
    assert found["residents"]["edges"] == [{"node": {"idNumber": ID_2, "idNumberLast4": ID_2[-4:]}}]
