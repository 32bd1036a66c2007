"""Operations generated from both schemas (hypothesis-graphql) with hostile values, sent over HTTP
by every kind of caller against the real stack. Fails on a 5xx, an error without a code, an
``INTERNAL_SERVER_ERROR`` (an exception nobody expected) and any message carrying Python or SQL.

``make test`` runs a few examples per schema; ``make fuzz`` (``FUZZ_EXAMPLES``) many more. Each
example runs in a savepoint that is rolled back, so examples do not pile up data.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from django_tenants.utils import tenant_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import from_schema, nodes

from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from tenants.models import Company
from tenants.schemas import activate_public
from tests.conftest import tenant_host
from tests.factories import (
    BuildingFactory,
    CommunityFactory,
    HouseFactory,
    OccupancyFactory,
    ResidentFactory,
    UnitFactory,
    UserFactory,
    staff_member,
)

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "20"))
SCHEMAS = os.path.join(os.path.dirname(__file__), "..", "..", "frontend_contract")

# What a message may never show: Python, SQL, or the paths of our code.
LEAKS = re.compile(
    r"Traceback|File \"|\bline \d+\b.*\bin\b|Error\(|Exception|psycopg|django\.|strawberry\.|"
    r"\bSELECT\b|\bWHERE\b|\bINSERT\b|\bUPDATE\b.*\bSET\b|relation \"|violates|"
    r"object has no attribute|NoneType|invalid literal|Incorrect padding|not enough values",
)

HOSTILE_TEXT = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "x" * 10_000,
            "\x00",
            "a\x00b",
            "😀" * 50,
            "مرحبا بالعالم",  # right-to-left
            "\u202eevil",
            "' OR 1=1 --",
            "<script>alert(1)</script>",
            "京华园",
            "13800138000",
            "-1",
            "1e999999",
            "NaN",
        ]
    ),
    st.text(max_size=40),
)
HOSTILE_IDS = st.one_of(
    st.sampled_from(
        [
            "abc",
            "",
            "Q29tbXVuaXR5OjE=",  # Community:1
            "Q29tbXVuaXR5OmFiYw==",  # Community:abc
            "SG91c2U6OTk5OTk5OTk5OTk5OTk5OTk5OTk5",  # House:9999…
            "Tm9wZTox",  # Nope:1
            "QmlsbDotMQ==",  # Bill:-1
            "YXJyYXljb25uZWN0aW9uOjA=",
        ]
    ),
    HOSTILE_TEXT,
)
NUMBERS = st.one_of(
    st.sampled_from(["0", "-1", "2147483647", "-2147483648", "99999999999999", "1.005", "NaN", "Infinity", "1e999999"]),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)
DATES = st.one_of(
    st.dates().map(str), st.sampled_from(["2026-02-30", "0000-01-01", "9999-12-31", "yesterday", "2026-13-01"])
)
DATE_TIMES = st.one_of(
    st.datetimes().map(lambda d: d.isoformat()),
    st.sampled_from(
        [
            "2026-03-01T09:30:00",
            "2026-03-01T09:30:00+08:00",
            "0001-01-01T00:00:00+14:00",
            "9999-12-31T23:59:59-14:00",
            "2026-03-01",
            "now",
        ]
    ),
)
TIMES = st.one_of(st.times().map(str), st.sampled_from(["24:00", "8:00", "25:61:00", "noon", "22:00:00+08:00"]))
CUSTOM_SCALARS: dict[str, st.SearchStrategy[Any]] = {
    "Yuan": NUMBERS.map(nodes.String),
    "Decimal": NUMBERS.map(nodes.String),
    "Date": DATES.map(nodes.String),
    "DateTime": DATE_TIMES.map(nodes.String),
    "Time": TIMES.map(nodes.String),
    "JSON": HOSTILE_TEXT.map(nodes.String),
    "Upload": st.just(nodes.String("file")),
    "String": HOSTILE_TEXT.map(nodes.String),
    "ID": HOSTILE_IDS.map(nodes.String),
    "Int": st.one_of(st.integers(-(2**31), 2**31 - 1), st.sampled_from([-1, 0, 201, 2**31, -(2**63), 10**30])).map(
        nodes.Int
    ),
}


def _sdl(name: str) -> str:
    with open(os.path.join(SCHEMAS, f"schema.{name}.graphql"), encoding="utf-8") as handle:
        return handle.read()


def _hostile(schema: str) -> st.SearchStrategy[str]:
    """Valid-shaped operations whose scalars are hostile values."""
    return from_schema(schema, custom_scalars=CUSTOM_SCALARS, allow_x00=True, codec=None)


def _post(host: str, token: str | None, document: str, language: str) -> Any:
    extra = {"HTTP_ACCEPT_LANGUAGE": language}
    if token:
        extra["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    sid = transaction.savepoint()
    try:
        response = Client(HTTP_HOST=host, raise_request_exception=False).post(
            "/graphql", data=json.dumps({"query": document}), content_type="application/json", **extra
        )
    finally:
        transaction.savepoint_rollback(sid)
        activate_public()
    return response


def _check(document: str, response: Any) -> None:
    assert response.status_code < 500, (document, response.content[:500])
    if response.status_code >= 400:
        body = response.json()
        assert body["errors"][0]["extensions"]["code"], (document, body)
        return
    body = response.json()
    for error in body.get("errors", []):
        code = (error.get("extensions") or {}).get("code")
        assert code and code != "INTERNAL_SERVER_ERROR", (document, error)
        assert not LEAKS.search(error["message"]), (document, error)


def _run(strategy: st.SearchStrategy[str], callers: list[tuple[str, str | None]]) -> Callable[[], None]:
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(document=strategy, caller=st.sampled_from(callers), language=st.sampled_from(["zh-hans", "en"]))
    def fuzz(document: str, caller: tuple[str, str | None], language: str) -> None:
        host, token = caller
        _check(document, _post(host, token, document, language))

    return fuzz  # type: ignore[no-any-return]


def _tenant_callers(company: Company) -> list[tuple[str, str | None]]:
    with tenant_context(company):
        community = CommunityFactory(name="京华园")
        house = HouseFactory(unit=UnitFactory(building=BuildingFactory(community=community)))
        owner = UserFactory(username="13911112222", phone="13911112222", is_staff=False)
        OccupancyFactory(resident=ResidentFactory(name="张伟", user=owner), house=house)
        scoped = staff_member("kefu", "service", (community,))
        admin = User.objects.get(username="admin")
        tokens = [api_token_issue(user=u).raw for u in (owner, scoped, admin)]
    activate_public()
    host = tenant_host("alpha")
    return [(host, None), *((host, t) for t in tokens)]


@pytest.mark.django_db
def test_tenant_schema_survives_generated_operations(company_a: Company) -> None:
    _run(_hostile(_sdl("tenant")), _tenant_callers(company_a))()


@pytest.mark.django_db
def test_public_schema_survives_generated_operations(vendor_staff: User, company_a: Company) -> None:
    token = api_token_issue(user=vendor_staff).raw
    _run(_hostile(_sdl("public")), [("localhost", None), ("localhost", token)])()
