"""The sandbox cashier page (模拟支付): only the payer's link, only an open order, only while the
sandbox is switched on and allowed for the company. Every refusal leaves the ledger as it was."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from django.test import Client
from django.utils import timezone
from django_tenants.utils import tenant_context

from billing.gateways.base import Amount, PaymentState
from billing.models import OrderState, PaymentOrder
from billing.services.credentials import credentials_configure, gateway_for
from saas.accounts.services import api_token_issue
from saas.finance.models import BillStatus, Payment
from tenants.models import Company, Plan
from tenants.schemas import activate_public
from tests.billing.conftest import Home, configure_sandbox, deliver, pay
from tests.graphql import GraphQLClient


def _checkout(home: Home, owner: GraphQLClient) -> tuple[str, str, str]:
    """(host, the checkout URL's path and query, the order number) for a fresh sandbox order."""
    configure_sandbox(home.company)
    result = pay(owner, [home.jan], "SANDBOX", "QR_CODE")
    assert result["errors"] == []
    url = urlsplit(result["checkout"]["qrCodeUrl"])
    return url.netloc, f"{url.path}?{url.query}", result["order"]["outTradeNo"]


def _press(host: str, url: str, action: str = "pay") -> Any:
    response = Client(HTTP_HOST=host).post(url, {"action": action}, HTTP_ACCEPT="application/json")
    activate_public()
    return response


def _ledger_untouched(home: Home, number: str, state: str = OrderState.PENDING) -> None:
    home.refresh()
    assert home.jan.status == BillStatus.UNPAID
    with tenant_context(home.company):
        assert not Payment.objects.filter(house=home.house).exists()
        assert PaymentOrder.objects.get(out_trade_no=number).state == state
    activate_public()


def test_the_order_number_alone_opens_nothing(home: Home, owner: GraphQLClient) -> None:
    host, url, number = _checkout(home, owner)
    bare = f"/payments/sandbox/{number}"
    assert Client(HTTP_HOST=host).get(bare).status_code == 403
    assert _press(host, bare, "cancel").status_code == 403
    assert _press(host, f"{bare}?t={'0' * 32}").status_code == 403
    # A token for another order does not open this one.
    other = urlsplit(pay(owner, [home.feb], "SANDBOX", "QR_CODE")["checkout"]["qrCodeUrl"]).query
    assert _press(host, f"{bare}?{other}").status_code == 403
    _ledger_untouched(home, number)
    assert Client(HTTP_HOST=host).get(url).status_code == 200


def test_a_closed_order_cannot_be_paid_afterwards(home: Home, owner: GraphQLClient) -> None:
    host, url, number = _checkout(home, owner)
    assert _press(host, url, "cancel").json()["result"] == "recorded"
    assert _press(host, url, "pay").status_code == 409
    _ledger_untouched(home, number, OrderState.CLOSED)


def test_an_expired_order_cannot_be_paid(home: Home, owner: GraphQLClient) -> None:
    host, url, number = _checkout(home, owner)
    with tenant_context(home.company):
        PaymentOrder.objects.filter(out_trade_no=number).update(expires_at=timezone.now() - timedelta(seconds=1))
    activate_public()
    assert _press(host, url).status_code == 409
    assert "确认支付" not in Client(HTTP_HOST=host).get(url).content.decode()
    _ledger_untouched(home, number)


def test_nothing_is_paid_once_the_admin_switches_the_sandbox_off(home: Home, owner: GraphQLClient) -> None:
    host, url, number = _checkout(home, owner)
    with tenant_context(home.company):
        credentials_configure(provider="sandbox", values=None, enabled=False)
    activate_public()
    assert _press(host, url).status_code == 403
    assert Client(HTTP_HOST=host).get(url).status_code == 403
    _ledger_untouched(home, number)


def test_a_company_that_converted_to_paid_books_no_sandbox_money(
    home: Home, owner: GraphQLClient, settings: Any
) -> None:
    host, url, number = _checkout(home, owner)
    settings.PAYMENT_SANDBOX_FOR_PAID_COMPANIES = False
    Company.objects.filter(pk=home.company.pk).update(status="paid", trial_ends_at=None)
    assert _press(host, url).status_code == 403
    # Even a correctly signed sandbox notification delivered straight to the notify URL.
    with tenant_context(home.company):
        order = PaymentOrder.objects.get(out_trade_no=number)
        headers, body = gateway_for("sandbox", require_enabled=False).notification_build(  # type: ignore[attr-defined]
            out_trade_no=number, amount=Amount(order.amount_fen, order.currency), state=PaymentState.PAID
        )
    activate_public()
    assert deliver(home.company, "sandbox", body, headers).status_code == 400
    _ledger_untouched(home, number)


def test_malformed_order_numbers_are_not_found(home: Home) -> None:
    host = home.company.domains.get(is_primary=True).domain
    for path in ("/payments/sandbox/%00", "/payments/sandbox/a%00b", "/payments/sandbox/" + "x" * 65):
        assert Client(HTTP_HOST=host).get(path).status_code == 404
        assert Client(HTTP_HOST="localhost").post(path, {"action": "pay"}).status_code == 404


def test_plan_checkouts_on_the_public_host_follow_the_same_rules(
    home: Home, admin: GraphQLClient, public_client: GraphQLClient, vendor_staff: object, settings: Any
) -> None:
    settings.PAYMENT_SANDBOX_SUBSCRIPTIONS = True
    activate_public()
    vendor = GraphQLClient("localhost", token=api_token_issue(user=vendor_staff).raw)
    vendor.data("mutation { paymentGatewayConfigure(input: {gateway: SANDBOX}) { errors { code } } }")
    plan = Plan.objects.filter(monthly_price_fen__gt=0).order_by("monthly_price_fen").first()
    assert plan is not None
    token = admin.data(
        "mutation($p: String!) { subscriptionCheckoutLink(input: {plan: $p, months: 12}) { link { token } } }",
        {"p": plan.code},
    )["subscriptionCheckoutLink"]["link"]["token"]
    started = public_client.data(
        "mutation($t: String!) { subscriptionCheckout(input: {token: $t, gateway: SANDBOX, channel: PAGE}) "
        "{ errors { code } order { outTradeNo } checkout { redirectUrl } } }",
        {"t": token},
    )["subscriptionCheckout"]
    number, url = started["order"]["outTradeNo"], started["checkout"]["redirectUrl"]
    assert _press("localhost", f"/payments/sandbox/{number}").status_code == 403
    settings.PAYMENT_SANDBOX_SUBSCRIPTIONS = False
    assert _press("localhost", url).status_code == 403
    assert PaymentOrder.objects.get(out_trade_no=number).state == OrderState.PENDING
    assert Company.objects.get(pk=home.company.pk).plan_id != plan.pk
