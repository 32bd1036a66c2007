"""communityCreate / communityUpdate / communityDelete through GraphQL, as company staff."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest

from saas.estates.models import Community
from tests.estates.conftest import Estate, gid
from tests.estates.documents import COMMUNITY_CREATE, COMMUNITY_DELETE, COMMUNITY_UPDATE
from tests.graphql import GraphQLClient, error_codes

Alpha = Callable[[], AbstractContextManager[Any]]

VALID = {
    "name": "金隅丽港城",
    "address": "北京市朝阳区望京西路48号",
    "district": "CHAOYANG",
    "totalFloorArea": "356000.5",
    "handoverDate": "2008-06-30",
}


def _errors(payload: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(e["field"], e["code"]) for e in payload["errors"]]


def test_staff_create_a_community(staff_a: GraphQLClient, alpha: Alpha) -> None:
    payload = staff_a.data(COMMUNITY_CREATE, {"input": VALID})["communityCreate"]
    assert payload["errors"] == []
    assert payload["community"] == {
        "id": payload["community"]["id"],
        "name": "金隅丽港城",
        "address": "北京市朝阳区望京西路48号",
        "district": "CHAOYANG",
        "totalFloorArea": "356000.50",
        "handoverDate": "2008-06-30",
    }
    with alpha():
        assert Community.objects.get().name == "金隅丽港城"


def test_names_and_addresses_are_trimmed_and_optional_fields_may_be_left_out(staff_a: GraphQLClient) -> None:
    variables = {"input": {"name": "  远洋山水 ", "address": " 北京市石景山区鲁谷路 ", "district": "SHIJINGSHAN"}}
    community = staff_a.data(COMMUNITY_CREATE, variables)["communityCreate"]["community"]
    assert (community["name"], community["address"]) == ("远洋山水", "北京市石景山区鲁谷路")
    assert community["totalFloorArea"] is None and community["handoverDate"] is None


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"name": "", "address": "  "}, [("name", "REQUIRED"), ("address", "REQUIRED")]),
        ({"name": "小" * 101}, [("name", "TOO_LONG")]),
        ({"address": "路" * 201}, [("address", "TOO_LONG")]),
        ({"totalFloorArea": "0"}, [("totalFloorArea", "AREA_NOT_POSITIVE")]),
        ({"totalFloorArea": "-12.5"}, [("totalFloorArea", "AREA_NOT_POSITIVE")]),
        ({"totalFloorArea": "1200.505"}, [("totalFloorArea", "AREA_PRECISION")]),
        ({"totalFloorArea": "10000000000"}, [("totalFloorArea", "AREA_TOO_LARGE")]),
    ],
)
def test_every_bad_field_is_reported_and_nothing_is_created(
    staff_a: GraphQLClient, alpha: Alpha, changes: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    payload = staff_a.data(COMMUNITY_CREATE, {"input": {**VALID, **changes}})["communityCreate"]
    assert _errors(payload) == expected
    assert payload["community"] is None
    with alpha():
        assert not Community.objects.exists()


def test_community_names_are_unique(staff_a: GraphQLClient, estate: Estate) -> None:
    payload = staff_a.data(COMMUNITY_CREATE, {"input": {**VALID, "name": "望京花园"}})["communityCreate"]
    assert _errors(payload) == [("name", "NAME_TAKEN")]
    assert payload["errors"][0]["message"] == "已有名为“望京花园”的小区。"


def test_messages_are_in_english_on_request(staff_a: GraphQLClient, estate: Estate) -> None:
    body = staff_a.execute(
        COMMUNITY_CREATE, {"input": {**VALID, "name": "望京花园", "address": ""}}, accept_language="en"
    )
    messages = [e["message"] for e in body["data"]["communityCreate"]["errors"]]
    assert messages == ["This field is required.", "A community named “望京花园” already exists."]


def test_update_changes_only_the_given_fields_and_null_clears_optional_ones(
    staff_a: GraphQLClient, estate: Estate, alpha: Alpha
) -> None:
    with alpha():
        Community.objects.filter(pk=estate.community.pk).update(total_floor_area="1000.00")
    variables = {"input": {"id": gid("Community", estate.community.pk), "name": "望京花园二期", "totalFloorArea": None}}
    community = staff_a.data(COMMUNITY_UPDATE, variables)["communityUpdate"]["community"]
    assert community["name"] == "望京花园二期"
    assert community["address"] == "北京市朝阳区望京街1号"
    assert community["district"] == "CHAOYANG"
    assert community["totalFloorArea"] is None


def test_update_refuses_a_taken_name_and_changes_nothing(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    with alpha():
        other = Community.objects.create(name="远洋山水", address="北京市石景山区", district="shijingshan")
    variables = {"input": {"id": gid("Community", other.pk), "name": "望京花园", "district": "HAIDIAN"}}
    payload = staff_a.data(COMMUNITY_UPDATE, variables)["communityUpdate"]
    assert _errors(payload) == [("name", "NAME_TAKEN")]
    with alpha():
        other.refresh_from_db()
        assert (other.name, other.district) == ("远洋山水", "shijingshan")


def test_an_unknown_community_is_a_payload_error(staff_a: GraphQLClient) -> None:
    for document in (COMMUNITY_UPDATE, COMMUNITY_DELETE):
        payload = next(iter(staff_a.data(document, {"input": {"id": gid("Community", 999999)}}).values()))
        assert _errors(payload) == [("id", "NOT_FOUND")]


def test_an_id_of_another_type_is_bad_input(staff_a: GraphQLClient, estate: Estate) -> None:
    body = staff_a.execute(COMMUNITY_DELETE, {"input": {"id": gid("House", estate.house.pk)}})
    assert error_codes(body) == ["BAD_USER_INPUT"]


def test_delete_an_empty_community(staff_a: GraphQLClient, alpha: Alpha) -> None:
    with alpha():
        community = Community.objects.create(name="空小区", address="北京市", district="daxing")
    payload = staff_a.data(COMMUNITY_DELETE, {"input": {"id": gid("Community", community.pk)}})["communityDelete"]
    assert payload == {"errors": [], "community": {"id": gid("Community", community.pk), "name": "空小区"}}
    with alpha():
        assert not Community.objects.filter(pk=community.pk).exists()


def test_a_community_with_buildings_cannot_be_deleted(staff_a: GraphQLClient, estate: Estate, alpha: Alpha) -> None:
    payload = staff_a.data(COMMUNITY_DELETE, {"input": {"id": gid("Community", estate.community.pk)}})
    errors = payload["communityDelete"]["errors"]
    assert [(e["code"], e["message"]) for e in errors] == [("HAS_BUILDINGS", "该小区下还有 1 栋楼，请先删除楼栋。")]
    with alpha():
        assert Community.objects.filter(pk=estate.community.pk).exists()
