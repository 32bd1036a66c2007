"""Cost limits protect both schemas: depth, aliases, tokens, page size; unexpected errors are masked."""

from __future__ import annotations

from typing import Any

import pytest

from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from tests.graphql import GraphQLClient, error_codes


@pytest.fixture
def staff(vendor_staff: User) -> GraphQLClient:
    return GraphQLClient("localhost", token=api_token_issue(user=vendor_staff).raw)


def test_too_many_aliases_are_refused(public_client: GraphQLClient) -> None:
    document = "{ " + " ".join(f"p{i}: plans {{ code }}" for i in range(20)) + " }"
    body = public_client.execute(document)
    assert body.get("data") is None and error_codes(body) == ["GRAPHQL_VALIDATION_FAILED"]
    assert "别名过多" in body["errors"][0]["message"] and "aliases" in body["errors"][0]["extensions"]["detail"]


def test_too_many_tokens_are_refused(public_client: GraphQLClient) -> None:
    document = "{ plans { " + " ".join(["code"] * 2500) + " } }"
    body = public_client.execute(document)
    assert body.get("data") is None and error_codes(body) == ["GRAPHQL_PARSE_FAILED"]
    assert "查询过长" in body["errors"][0]["message"]


def test_too_deep_queries_are_refused(client_a: GraphQLClient) -> None:
    nested = "username"
    for depth in range(12):
        nested = f"level{depth} {{ {nested} }}"
    body = client_a.execute(f"{{ me {{ {nested} }} }}")
    assert body.get("data") is None
    assert any("查询嵌套过深" in e["message"] for e in body["errors"])
    assert set(error_codes(body)) == {"GRAPHQL_VALIDATION_FAILED"}


def test_page_size_defaults_to_50_and_is_capped_at_200(staff: GraphQLClient) -> None:
    query = "query ($n: Int) { demoBookings(first: $n) { totalCount } }"
    assert staff.data(query, {"n": 200}) == {"demoBookings": {"totalCount": 0}}
    body = staff.execute(query, {"n": 201})
    assert error_codes(body) == ["BAD_USER_INPUT"] and body["data"] is None
    assert error_codes(staff.execute(query, {"n": -1})) == ["BAD_USER_INPUT"]


@pytest.mark.parametrize("debug", [False, True])
def test_unexpected_exceptions_are_masked(
    staff: GraphQLClient, monkeypatch: pytest.MonkeyPatch, settings: Any, debug: bool
) -> None:
    settings.DEBUG = debug
    from tenants import selectors

    def broken() -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(selectors, "companies_for_console", broken)
    monkeypatch.setattr("schema.tenants.queries.companies_for_console", broken)
    body = staff.execute("{ tenants { totalCount } }")
    assert body["errors"][0]["message"] == "服务器出错了，请稍后再试。"
    assert error_codes(body) == ["INTERNAL_SERVER_ERROR"] and "secret" not in str(body)
