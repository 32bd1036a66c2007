"""Browsers on other origins: each company's admin lists its apps' origins, the public host takes
the vendor console's from settings, `make demo` allows localhost; preflights answer accordingly.
Tokens, not cookies, cross origins."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client, override_settings

from tenants.cors import origin_normalise
from tenants.models import Company
from tenants.routing import tenant_host
from tenants.schemas import activate_public
from tests.graphql import GraphQLClient

SET = "mutation($o: [String!]!) { corsOriginsSet(input: {origins: $o}) { errors { field code message } origins } }"
APP = "https://app.jinghua-wuye.cn"


def _preflight(host: str, origin: str, path: str = "/graphql") -> Any:
    response = Client(HTTP_HOST=host).options(
        path,
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )
    activate_public()
    return response


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://App.Example.cn", "https://app.example.cn"),
        ("http://localhost:5173", "http://localhost:5173"),
        (" https://a.example.cn:8443 ", "https://a.example.cn:8443"),
        ("https://a.example.cn/", None),
        ("https://a.example.cn/app", None),
        ("https://*.example.cn", None),
        ("*", None),
        ("ftp://a.example.cn", None),
        ("https://user@a.example.cn", None),
        ("https://a.example.cn?x=1", None),
        ("a.example.cn", None),
        ("https://a.example.cn:99999", None),
        ("https://exa mple.cn", None),
    ],
)
def test_origins_are_scheme_host_and_port_only(value: str, expected: str | None) -> None:
    assert origin_normalise(value) == expected


def test_the_admin_sets_origins_and_the_browser_preflight_passes(
    staff_a: GraphQLClient, company_a: Company, django_capture_on_commit_callbacks: Any
) -> None:
    host = tenant_host("alpha")
    assert "access-control-allow-origin" not in _preflight(host, APP).headers

    with django_capture_on_commit_callbacks(execute=True):  # the cached host route is dropped on commit
        done = staff_a.data(SET, {"o": [APP, "HTTPS://APP.jinghua-wuye.cn", "http://10.0.0.8:8080"]})
    done = done["corsOriginsSet"]
    assert done == {"errors": [], "origins": [APP, "http://10.0.0.8:8080"]}
    assert staff_a.data("{ corsOrigins }")["corsOrigins"] == [APP, "http://10.0.0.8:8080"]

    allowed = _preflight(host, APP)
    assert allowed.status_code == 200
    assert allowed["access-control-allow-origin"] == APP
    assert "authorization" in allowed["access-control-allow-headers"]
    assert "POST" in allowed["access-control-allow-methods"]
    assert "access-control-allow-credentials" not in allowed.headers, "cookies never cross origins"
    assert "access-control-allow-origin" not in _preflight(host, "https://evil.example.cn").headers
    # Another company's host does not take alpha's origins.
    assert "access-control-allow-origin" not in _preflight(tenant_host("beta"), APP).headers

    # The real call from that origin, with a token.
    response = Client(HTTP_HOST=host).post(
        "/graphql",
        {"query": "{ me { username } }"},
        content_type="application/json",
        HTTP_ORIGIN=APP,
        HTTP_AUTHORIZATION=f"Bearer {staff_a.token}",
    )
    activate_public()
    assert response["access-control-allow-origin"] == APP and response.json()["data"]["me"]["username"] == "admin"


def test_bad_origins_are_refused_and_nothing_changes(staff_a: GraphQLClient, company_a: Company) -> None:
    staff_a.data(SET, {"o": [APP]})
    bad = staff_a.data(SET, {"o": ["https://ok.example.cn", "https://*.example.cn", "https://a.cn/path"]})
    errors = bad["corsOriginsSet"]["errors"]
    assert [(e["field"], e["code"]) for e in errors] == [
        ("origins.1", "ORIGIN_INVALID"),
        ("origins.2", "ORIGIN_INVALID"),
    ]
    assert "https://*.example.cn" in errors[0]["message"] and "来源" in errors[0]["message"]
    assert bad["corsOriginsSet"]["origins"] is None
    too_many = staff_a.data(SET, {"o": [f"https://a{n}.example.cn" for n in range(21)]})["corsOriginsSet"]
    assert [e["code"] for e in too_many["errors"]] == ["TOO_MANY_ORIGINS"]
    assert Company.objects.get(pk=company_a.pk).cors_origins == [APP]


def test_only_admins_read_or_change_origins(client_a: GraphQLClient, owner_a: GraphQLClient) -> None:
    assert client_a.execute("{ corsOrigins }")["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    refused = owner_a.execute(SET, {"o": [APP]})
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN" and refused.get("data") is None
    assert Company.objects.get(domains__domain=tenant_host("alpha")).cors_origins == []


@override_settings(CORS_CONSOLE_ORIGINS=["https://console.wuye.example"])
def test_the_public_host_takes_the_console_origins_from_settings(db: None) -> None:
    allowed = _preflight("localhost", "https://console.wuye.example")
    assert allowed["access-control-allow-origin"] == "https://console.wuye.example"
    assert "access-control-allow-origin" not in _preflight("localhost", APP).headers
    assert "access-control-allow-origin" not in _preflight(tenant_host("alpha"), "https://console.wuye.example").headers


@override_settings(CORS_ALLOW_LOCALHOST=True)
def test_make_demo_allows_localhost_origins(db: None) -> None:
    for origin in ("http://localhost:5173", "http://owner.localhost:3000", "http://localhost"):
        assert _preflight(tenant_host("alpha"), origin)["access-control-allow-origin"] == origin
        assert _preflight("localhost", origin)["access-control-allow-origin"] == origin
    for origin in ("https://localhost:5173", "http://localhost.evil.cn", "http://127.0.0.1:5173"):
        assert "access-control-allow-origin" not in _preflight(tenant_host("alpha"), origin).headers


def test_cors_is_for_the_api_only(db: None) -> None:
    with override_settings(CORS_ALLOW_LOCALHOST=True):
        assert "access-control-allow-origin" not in _preflight("localhost", "http://localhost:5173", "/admin/").headers
