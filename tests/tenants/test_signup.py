"""A prospect signs up for a free trial on the public host."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tenants.utils import schema_exists, tenant_context

from saas.accounts.models import User
from tenants.models import Company, CompanyStatus, Domain
from tests.graphql import GraphQLClient

SIGN_UP = """
mutation SignUp($input: SignUpForTrialInput!) {
  signUpForTrial(input: $input) {
    errors { field message code }
    tenantUrl graphqlUrl slug apiToken adminUsername
  }
}
"""
ME = "{ me { username displayName role } }"


def signup_input(**overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        "companyName": "北京朝阳安居物业管理有限公司",
        "slug": "anju",
        "contactName": "刘晓梅",
        "phone": "13611112222",
        "email": "liu@anju.example.cn",
        "password": "Anju-Wuye-2026",
        "city": "北京",
        "housesManaged": 3200,
    }
    values.update(overrides)
    return values


def _footprint() -> tuple[int, int, list[str]]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE 't\\_%%' ORDER BY 1")
        schemas = [row[0] for row in cursor.fetchall()]
    return Company.objects.count(), Domain.objects.count(), schemas


def test_signup_provisions_a_working_trial_company(public_client: GraphQLClient) -> None:
    spare = Company.objects.get(status=CompanyStatus.SPARE)
    result = public_client.data(SIGN_UP, {"input": signup_input()})["signUpForTrial"]

    assert result["errors"] == []
    assert result["tenantUrl"] == "http://anju.localhost:8000/"
    assert result["graphqlUrl"] == "http://anju.localhost:8000/graphql"
    assert result["adminUsername"] == "13611112222"
    company = Company.objects.get(domains__domain="anju.localhost")
    assert company.pk == spare.pk, "the warm spare was claimed"
    assert company.status == CompanyStatus.TRIAL
    assert company.name == "北京朝阳安居物业管理有限公司"
    assert company.trial_ends_at is not None
    assert abs(company.trial_ends_at - (timezone.now() + timedelta(days=30))) < timedelta(minutes=1)
    assert company.schema_name.startswith("t_") and "anju" not in company.schema_name
    with tenant_context(company):
        admin = User.objects.get()
        assert admin.username == "13611112222" and admin.check_password("Anju-Wuye-2026")

    me = GraphQLClient("anju.localhost", token=result["apiToken"]).data(ME)["me"]
    assert me == {"username": "13611112222", "displayName": "刘晓梅", "role": "ADMIN"}


def test_signup_clones_on_the_spot_when_the_pool_is_empty(public_client: GraphQLClient) -> None:
    Company.objects.filter(status=CompanyStatus.SPARE).delete()  # the schema stays; the row is rolled back
    result = public_client.data(SIGN_UP, {"input": signup_input(slug="cold-start")})["signUpForTrial"]
    assert result["errors"] == []
    company = Company.objects.get(domains__domain="cold-start.localhost")
    assert schema_exists(company.schema_name)


@pytest.mark.parametrize(
    ("overrides", "field", "code"),
    [
        ({"slug": "alpha"}, "slug", "SLUG_TAKEN"),
        ({"slug": "ALPHA"}, "slug", "SLUG_TAKEN"),
        ({"slug": "www"}, "slug", "SLUG_RESERVED"),
        ({"slug": "demo"}, "slug", "SLUG_RESERVED"),
        ({"slug": "a"}, "slug", "SLUG_INVALID"),
        ({"slug": "-anju"}, "slug", "SLUG_INVALID"),
        ({"slug": "an_ju"}, "slug", "SLUG_INVALID"),
        ({"slug": "安居"}, "slug", "SLUG_INVALID"),
        ({"slug": "a" * 31}, "slug", "SLUG_INVALID"),
        ({"slug": ""}, "slug", "REQUIRED"),
        ({"phone": "12345678901"}, "phone", "PHONE_INVALID"),
        ({"phone": "1381234567"}, "phone", "PHONE_INVALID"),
        ({"phone": "010-12345678"}, "phone", "PHONE_INVALID"),
        ({"phone": ""}, "phone", "REQUIRED"),
        ({"email": "not-an-email"}, "email", "EMAIL_INVALID"),
        ({"email": ""}, "email", "REQUIRED"),
        ({"password": "short"}, "password", "PASSWORD_WEAK"),
        ({"password": "12345678901"}, "password", "PASSWORD_WEAK"),
        ({"password": "password123"}, "password", "PASSWORD_WEAK"),
        ({"password": ""}, "password", "REQUIRED"),
        ({"companyName": "   "}, "companyName", "REQUIRED"),
        ({"companyName": "物" * 101}, "companyName", "TOO_LONG"),
        ({"contactName": ""}, "contactName", "REQUIRED"),
        ({"city": ""}, "city", "REQUIRED"),
        ({"housesManaged": -1}, "housesManaged", "HOUSES_INVALID"),
    ],
)
def test_bad_signup_input_is_refused_and_creates_nothing(
    public_client: GraphQLClient, overrides: dict[str, object], field: str, code: str
) -> None:
    before = _footprint()

    result = public_client.data(SIGN_UP, {"input": signup_input(**overrides)})["signUpForTrial"]

    assert {"field": field, "code": code} in [{"field": e["field"], "code": e["code"]} for e in result["errors"]]
    assert all(e["message"] for e in result["errors"])
    assert result["apiToken"] is None and result["tenantUrl"] is None
    assert _footprint() == before


def test_every_bad_field_is_reported_at_once_in_chinese(public_client: GraphQLClient) -> None:
    body = signup_input(slug="x", phone="123", email="bad", password="1")
    errors = public_client.data(SIGN_UP, {"input": body})["signUpForTrial"]["errors"]
    assert {e["field"] for e in errors} == {"slug", "phone", "email", "password"}
    phone_error = next(e for e in errors if e["field"] == "phone")
    assert phone_error["message"] == "请输入有效的中国大陆手机号（11 位，以 13–19 开头）。"


def test_messages_are_english_on_request(db: None) -> None:
    client = GraphQLClient("localhost", language="en")
    errors = client.data(SIGN_UP, {"input": signup_input(slug="alpha")})["signUpForTrial"]["errors"]
    assert errors == [{"field": "slug", "message": "The subdomain “alpha” is already taken.", "code": "SLUG_TAKEN"}]


def test_phone_is_normalised_before_validation(public_client: GraphQLClient) -> None:
    result = public_client.data(SIGN_UP, {"input": signup_input(phone="+86 136-1111-2222")})["signUpForTrial"]
    assert result["errors"] == []
    assert result["adminUsername"] == "13611112222"


def test_missing_required_argument_is_a_graphql_validation_error(public_client: GraphQLClient) -> None:
    body = public_client.execute(SIGN_UP, {"input": {"companyName": "x"}})
    assert body["errors"] and body.get("data") is None
    assert Company.objects.customers().count() == 2


@override_settings(SIGNUP_RATE="3/h")
def test_signups_are_rate_limited_per_client_address(db: None) -> None:
    first = GraphQLClient("localhost")
    for attempt in range(3):
        errors = first.data(SIGN_UP, {"input": signup_input(slug=f"x{attempt}", phone="1")})["signUpForTrial"]["errors"]
        assert "RATE_LIMITED" not in [e["code"] for e in errors]
    before = _footprint()
    blocked = first.data(SIGN_UP, {"input": signup_input()})["signUpForTrial"]
    assert [e["code"] for e in blocked["errors"]] == ["RATE_LIMITED"]
    assert _footprint() == before

    response = first.http.post(
        "/graphql",
        data={"query": SIGN_UP, "variables": {"input": signup_input()}},
        content_type="application/json",
        REMOTE_ADDR="10.1.2.3",
    )
    assert response.json()["data"]["signUpForTrial"]["errors"] == []
