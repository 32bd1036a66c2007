"""Hostile and careless requests: every one gets a 4xx or a coded GraphQL error, in Chinese by
default and English on ``Accept-Language: en``, never a 500, Python text or SQL."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from django.test import Client
from django_tenants.utils import tenant_context

from saas.accounts.services import api_token_issue, api_token_revoke
from saas.estates.models import Community
from tenants.models import Company, DemoBooking
from tenants.schemas import activate_public
from tests.conftest import tenant_host
from tests.factories import CommunityFactory
from tests.graphql import GraphQLClient, error_codes

HOSTS = ["localhost", tenant_host("alpha")]


def _post(host: str, body: bytes, content_type: str = "application/json", **extra: Any) -> Any:
    response = Client(HTTP_HOST=host).post("/graphql", data=body, content_type=content_type, **extra)
    activate_public()
    return response


def _bad_request(response: Any) -> None:
    assert response.status_code == 400, response.content
    body = response.json()
    assert [e["extensions"]["code"] for e in body["errors"]] == ["BAD_REQUEST"]
    assert body["errors"][0]["message"] == "请求格式无效，无法读取。"


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize(
    "body",
    [
        b"\xff\xfe{}",
        b'{"query": "\xed\xa0\x80"}',  # a lone surrogate encoded as if it were UTF-8
        b"null",
        b'"{ __typename }"',
        b"42",
        b"[1]",
        b"[" * 20000 + b"]" * 20000,
        b'{"query": {"a": 1}}',
        b'{"query": "{ __typename }", "variables": [1]}',
    ],
    ids=["ff-fe", "surrogate", "null", "string", "number", "batch", "deep", "query-object", "variables-list"],
)
def test_unreadable_bodies_get_400_bad_request(company_a: Company, host: str, body: bytes) -> None:
    _bad_request(_post(host, body))


@pytest.mark.parametrize("host", HOSTS)
def test_a_body_past_the_upload_limit_gets_413_with_a_code(company_a: Company, host: str, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = json.dumps({"query": "{ __typename }", "variables": {"x": "a" * 2000}}).encode()
    response = _post(host, body, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 413
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_REQUEST"
    assert error["message"] == "The request could not be read."


@pytest.mark.parametrize("host", HOSTS)
def test_a_multipart_request_with_too_many_files_is_a_bad_request(company_a: Company, host: str, settings: Any) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    operations = {"query": "mutation($f: [Upload!]!) { __typename }", "variables": {"f": [None, None, None]}}
    data = {
        "operations": json.dumps(operations),
        "map": json.dumps({str(n): [f"variables.f.{n}"] for n in range(3)}),
        **{str(n): SimpleUploadedFile(f"{n}.jpg", b"x", content_type="image/jpeg") for n in range(3)},
    }
    response = Client(HTTP_HOST=host).post("/graphql", data=data)
    activate_public()
    _bad_request(response)


@pytest.mark.parametrize("host", HOSTS)
def test_a_multipart_map_through_a_null_variable_is_a_bad_request(company_a: Company, host: str) -> None:
    operations = {"query": "mutation($f: Upload) { __typename }", "variables": {"f": None}}
    for target in (["variables.f.x"], ["variables.g"], "variables.f"):
        response = Client(HTTP_HOST=host).post(
            "/graphql", {"operations": json.dumps(operations), "map": json.dumps({"0": target}), "0": b"x"}
        )
        activate_public()
        _bad_request(response)


def test_a_subscription_over_http_is_refused_with_a_code(company_a: Company) -> None:
    body = json.dumps({"query": "subscription { workOrderEvents { __typename } }"}).encode()
    response = _post(tenant_host("alpha"), body)
    assert response.status_code in (200, 400) and response.json()["data"] is None
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    assert response.json()["errors"][0]["message"] == "订阅须通过 WebSocket（graphql-transport-ws）发送。"


def test_graphql_errors_carry_codes_and_chinese_by_default(client_a: GraphQLClient) -> None:
    syntax = client_a.execute("{")
    assert error_codes(syntax) == ["GRAPHQL_PARSE_FAILED"] and syntax["errors"][0]["message"].startswith(
        "GraphQL 语法错误"
    )
    unknown = client_a.execute("{ nope }")
    assert error_codes(unknown) == ["GRAPHQL_VALIDATION_FAILED"]
    assert unknown["errors"][0]["message"] == "类型 Query 没有字段 nope。"
    english = GraphQLClient(tenant_host("alpha"), language="en").execute("{ nope }")
    assert english["errors"][0]["message"].startswith("Cannot query field 'nope' on type 'Query'.")
    missing = client_a.execute("query($n: String!) { communities(search: $n) { totalCount } }")
    assert error_codes(missing) == ["BAD_USER_INPUT"] and missing["errors"][0]["extensions"]["argument"] == "n"
    wrong = client_a.execute('{ communities(first: "x") { totalCount } }')
    assert error_codes(wrong) == ["BAD_USER_INPUT"] and wrong["errors"][0]["extensions"]["argument"] == "first"


def test_chinese_goes_out_as_utf8_not_escapes(client_a: GraphQLClient) -> None:
    raw = client_a.post("{ nope }").content
    assert "没有字段".encode() in raw and b"\\u" not in raw


@pytest.mark.parametrize(
    ("document", "variables", "argument"),
    [
        ('mutation { login(input: {username: "a\\u0000b", password: "x"}) { errors { code } } }', {}, "input"),
        (
            "mutation($i: LoginInput!) { login(input: $i) { errors { code } } }",
            {"i": {"username": "a\ud800", "password": "x"}},
            "i.username",
        ),
        ("query($s: String) { communities(search: $s) { totalCount } }", {"s": "x\x00"}, "s"),
        (
            'mutation($n: String!) { communityCreate(input: {name: $n, district: CHAOYANG, address: "x"}) '
            "{ errors { code } } }",
            {"n": "京华园\x00"},
            "n",
        ),
    ],
    ids=["login-literal", "login-surrogate", "search", "community-name"],
)
def test_nul_and_lone_surrogates_are_refused_naming_the_argument(
    staff_a: GraphQLClient, document: str, variables: dict[str, Any], argument: str
) -> None:
    body = staff_a.execute(document, variables)
    assert error_codes(body) == ["BAD_USER_INPUT"] and body["data"] is None
    assert body["errors"][0]["extensions"]["argument"] == argument
    with tenant_context(staff_a_company()):
        assert not Community.objects.filter(name__startswith="京华园").exists()


def staff_a_company() -> Company:
    return Company.objects.get(domains__domain=tenant_host("alpha"))


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e999999", "sNaN", "abc", "1e-999999"])
def test_decimals_must_be_finite_and_sensible(staff_a: GraphQLClient, value: str) -> None:
    body = staff_a.execute("query($a: Decimal) { houses(filter: {buildingAreaMin: $a}) { totalCount } }", {"a": value})
    assert error_codes(body) == ["BAD_USER_INPUT"] and body["errors"][0]["extensions"]["argument"] == "a"
    assert "WHERE" not in json.dumps(body) and "Decimal" not in body["errors"][0]["message"]


def test_a_non_finite_area_is_refused_before_the_service_runs(staff_a: GraphQLClient) -> None:
    body = staff_a.execute(
        "mutation($i: CommunityCreateInput!) { communityCreate(input: $i) { errors { code } } }",
        {"i": {"name": "京华园", "district": "CHAOYANG", "address": "x", "totalFloorArea": "NaN"}},
    )
    assert error_codes(body) == ["BAD_USER_INPUT"] and body["errors"][0]["extensions"]["argument"] == "i.totalFloorArea"
    with tenant_context(staff_a_company()):
        assert not Community.objects.exists()


@pytest.mark.parametrize("cursor", ["abc", "YQ", "!!!", "YXJyYXljb25uZWN0aW9uOng="])
def test_malformed_cursors_are_bad_input(staff_a: GraphQLClient, cursor: str) -> None:
    body = staff_a.execute("query($c: String) { communities(after: $c) { totalCount } }", {"c": cursor})
    assert set(error_codes(body)) <= {"BAD_USER_INPUT"}
    assert "padding" not in json.dumps(body).lower()


@pytest.mark.parametrize("node_id", ["abc", "Q29tbXVuaXR5OmFiYw==", "Tm9wZTox", "\x00", ""])
def test_node_with_a_malformed_or_unknown_id_is_bad_input(staff_a: GraphQLClient, node_id: str) -> None:
    body = staff_a.execute("query($id: ID!) { node(id: $id) { id } }", {"id": node_id})
    assert error_codes(body) == ["BAD_USER_INPUT"]


def test_a_naive_date_time_is_beijing_time(public_client: GraphQLClient) -> None:
    result = public_client.data(
        "mutation($i: BookDemoInput!) { bookDemo(input: $i) { errors { code } demoBooking { preferredTime } } }",
        {
            "i": {
                "companyName": "北京通州运河湾物业有限公司",
                "contactName": "赵丽",
                "phone": "18701234567",
                "preferredTime": "2030-03-01T10:00:00",
                "city": "北京",
            }
        },
    )["bookDemo"]
    assert result["errors"] == [] and result["demoBooking"]["preferredTime"] == "2030-03-01T10:00:00+08:00"
    stored = DemoBooking.objects.get().preferred_time
    assert stored is not None and stored.isoformat() == "2030-03-01T02:00:00+00:00"


def test_date_times_come_back_in_beijing_time_from_queries_and_mutations(staff_a: GraphQLClient) -> None:
    created = staff_a.data(
        'mutation { communityCreate(input: {name: "京华园", district: CHAOYANG, address: "x"}) '
        "{ community { createdAt } } }"
    )["communityCreate"]["community"]["createdAt"]
    listed = staff_a.data("{ communities { edges { node { createdAt } } } }")["communities"]["edges"][0]["node"]
    assert created.endswith("+08:00") and listed["createdAt"] == created


@pytest.mark.parametrize(
    "value", ["2026-13-01T00:00:00", "yesterday", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"]
)
def test_impossible_date_times_are_bad_input(public_client: GraphQLClient, value: str) -> None:
    body = public_client.execute(
        "mutation($i: BookDemoInput!) { bookDemo(input: $i) { errors { code } } }",
        {"i": {"companyName": "x", "contactName": "x", "phone": "18701234567", "preferredTime": value, "city": "x"}},
    )
    assert error_codes(body) == ["BAD_USER_INPUT"] and "preferredTime" in body["errors"][0]["extensions"]["argument"]


def test_foreign_and_revoked_tokens_are_unauthenticated_on_every_field(
    company_a: Company, company_b: Company, admin_a: Any
) -> None:
    with tenant_context(company_a):
        CommunityFactory(name="京华园")
        revoked = api_token_issue(user=admin_a).raw
        api_token_revoke(raw_token=revoked)
        foreign = api_token_issue(user=admin_a).raw
    activate_public()
    for host, token in ((tenant_host("alpha"), revoked), (tenant_host("beta"), foreign)):
        client = GraphQLClient(host, token=token)
        for document in (
            '{ node(id: "Q29tbXVuaXR5OjE=") { id } }',
            '{ bill(id: "QmlsbDox") { id } }',
            '{ resident(id: "UmVzaWRlbnQ6MQ==") { id } }',
            '{ workOrder(id: "V29ya09yZGVyOjE=") { id } }',
            "{ communities { totalCount } }",
            "{ __typename }",
        ):
            body = client.execute(document)
            assert error_codes(body) == ["UNAUTHENTICATED"], (document, body)
            assert body["errors"][0]["extensions"]["reason"] == "TOKEN_INVALID" and body["data"] is None


def test_an_ordinary_forbidden_prints_no_traceback(owner_a: GraphQLClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        body = owner_a.execute(
            'mutation { communityCreate(input: {name: "x", district: CHAOYANG, address: "x"}) { errors { code } } }'
        )
    assert error_codes(body) == ["FORBIDDEN"]
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


def test_page_size_and_id_errors_speak_the_callers_language(staff_a: GraphQLClient, admin_a: Any) -> None:
    page = staff_a.execute("{ communities(first: 500) { totalCount } }")
    assert error_codes(page) == ["BAD_USER_INPUT"] and page["errors"][0]["message"] == "first 须在 0 到 200 之间。"
    wrong = staff_a.execute('{ resident(id: "Q29tbXVuaXR5OjE=") { id } }')
    assert error_codes(wrong) == ["BAD_USER_INPUT"] and wrong["errors"][0]["message"] == "不是有效的Resident ID。"
    english = GraphQLClient(tenant_host("alpha"), token=staff_a.token, language="en")
    assert english.execute("{ communities(first: 500) { totalCount } }")["errors"][0]["message"] == (
        "first must be between 0 and 200."
    )


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_a_type_named_by_its_python_repr_is_never_shown(language: str) -> None:
    """strawberry words a null for a non-null list input with a default with the list type's Python
    repr; the fuzz suite found it on maintenanceRuleCreate.checklist."""
    from django.utils import translation
    from graphql import GraphQLError

    from schema.core.coded_errors import coded

    repr_ = "<strawberry.types.base.StrawberryList object at 0x7f49bae714d0>"
    raw = GraphQLError(f"Expected value of type '{repr_}', found null; use 'Maybe[{repr_} | None]'")
    with translation.override(language):
        error = coded(raw, None)
    assert error.extensions is not None and error.extensions["code"] == "BAD_USER_INPUT"
    shown = error.message + str(error.extensions.get("detail", ""))
    assert "strawberry" not in shown and "0x" not in shown, shown


UPLOAD_INVALID = "不是上传的文件（须作为 multipart 请求中的文件部分发送）。"


@pytest.mark.parametrize(
    ("document", "variables", "argument"),
    [
        (
            'mutation { importJobUpload(input: {file: "not a file", stage: HOUSES, sourceSystem: SIYUAN}) '
            "{ errors { code } } }",
            None,
            "file",
        ),
        (
            "mutation($i: ImportJobUploadInput!) { importJobUpload(input: $i) { errors { code } } }",
            {"i": {"file": {"name": "x.csv"}, "stage": "HOUSES", "sourceSystem": "SIYUAN"}},
            "file",
        ),
        (
            "mutation($i: WorkOrderSubmitInput!) { workOrderSubmit(input: $i) { errors { code } } }",
            {"i": {"category": "PLUMBING", "description": "漏水", "photos": ["not a file"]}},
            "photos",
        ),
        (
            'mutation { maintenanceOrderComplete(input: {id: "TWFpbnRlbmFuY2VPcmRlcjox", checkedItems: [], '
            "photos: [42]}) { errors { code } } }",
            None,
            "photos",
        ),
    ],
    ids=["import-literal", "import-variable", "work-order-photos", "maintenance-photos"],
)
def test_a_value_that_is_not_an_uploaded_file_is_bad_input_naming_the_argument(
    staff_a: GraphQLClient, document: str, variables: dict[str, Any] | None, argument: str
) -> None:
    body = staff_a.execute(document, variables)
    assert error_codes(body) == ["BAD_USER_INPUT"] and body["data"] is None, body
    assert argument in body["errors"][0]["extensions"]["argument"]
    assert body["errors"][0]["message"].endswith(UPLOAD_INVALID)
