"""PUBLIC_PORT (set from PORT by `make demo`) reaches every URL the app builds."""

from __future__ import annotations

import io

import pytest
from django.test import override_settings
from django_tenants.utils import tenant_context

from billing.services.context import notify_url, sandbox_page_base
from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from saas.accounts.staff.invitations import activation_link
from tenants.management.commands.seed_demo import Command as SeedDemo
from tenants.models import Company, Plan
from tests.graphql import GraphQLClient
from tests.tenants.test_signup import SIGN_UP, signup_input

pytestmark = pytest.mark.usefixtures("db")
PORT = "8103"


@override_settings(PUBLIC_PORT=PORT)
def test_signup_urls_carry_the_port(public_client: GraphQLClient) -> None:
    result = public_client.data(SIGN_UP, {"input": signup_input()})["signUpForTrial"]
    assert result["tenantUrl"] == f"http://anju.localhost:{PORT}/"
    assert result["graphqlUrl"] == f"http://anju.localhost:{PORT}/graphql"


@override_settings(PUBLIC_PORT=PORT)
def test_console_tenant_url_carries_the_port(vendor_staff: User, company_a: Company) -> None:
    console = GraphQLClient("localhost", token=api_token_issue(user=vendor_staff).raw)
    urls = console.data('{ tenants(search: "alpha") { edges { node { url } } } }')["tenants"]["edges"]
    assert urls == [{"node": {"url": f"http://alpha.localhost:{PORT}/"}}]


@override_settings(PUBLIC_PORT=PORT)
def test_payment_urls_carry_the_port(staff_a: GraphQLClient, company_a: Company) -> None:
    settings_rows = staff_a.data("{ paymentGatewaySettings { gateway notifyUrl } }")["paymentGatewaySettings"]
    schema = company_a.schema_name
    assert {row["gateway"]: row["notifyUrl"] for row in settings_rows}["ALIPAY"] == (
        f"http://localhost:{PORT}/payments/notify/alipay/{schema}/"
    )
    plan = Plan.objects.filter(monthly_price_fen__gt=0).first()
    assert plan is not None
    link = staff_a.data(
        "mutation($p: String!) { subscriptionCheckoutLink(input: {plan: $p, months: 1}) { link { url } } }",
        {"p": plan.code},
    )["subscriptionCheckoutLink"]["link"]
    assert link["url"].startswith(f"http://localhost:{PORT}/subscribe?token=")
    with tenant_context(company_a):
        assert sandbox_page_base() == f"http://alpha.localhost:{PORT}/payments/sandbox"


@override_settings(PUBLIC_PORT=PORT)
def test_staff_activation_link_carries_the_port(company_a: Company) -> None:
    with tenant_context(company_a):
        assert activation_link("abc") == f"http://alpha.localhost:{PORT}/staff/activate?code=abc"


@override_settings(PUBLIC_PORT=PORT)
def test_demo_banner_carries_the_port() -> None:
    out = io.StringIO()
    SeedDemo(stdout=out)._print_urls()
    banner = out.getvalue()
    assert f"http://localhost:{PORT}/graphql" in banner and f"http://demo.localhost:{PORT}/graphql" in banner
    assert ":8000" not in banner


@override_settings(PUBLIC_PORT="", PUBLIC_URL_SCHEME="https", BASE_DOMAIN="wuye.example")
def test_no_port_behind_a_proxy() -> None:
    assert notify_url("alipay") == "https://wuye.example/payments/notify/alipay/"
