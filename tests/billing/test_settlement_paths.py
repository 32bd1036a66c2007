"""Refunds, reconciliation of lost notifications, credentials that are never readable, and the
vendor's subscription billing."""

from __future__ import annotations

import json
from datetime import timedelta

from django.utils import timezone
from django_tenants.utils import tenant_context

from billing.models import MerchantCredentials, OrderState, PaymentOrder
from billing.services.reconciliation import reconcile_pending
from saas.finance.models import BillStatus, Payment
from saas.finance.services import payment_record
from tenants.models import Company, CompanyStatus, Plan
from tenants.schemas import activate_public
from tests.billing.conftest import Home, configure_alipay, configure_sandbox, deliver, deliver_alipay, gid, pay
from tests.billing.emulators.alipay import AlipayEmulator
from tests.graphql import GraphQLClient

REFUND = """mutation($id: ID!) { paymentRefund(input: {order: $id, reason: "重复缴费"}) {
  errors { code } order { state refunded refundDue events { kind outcome } } } }"""


def test_refund_goes_through_the_gateway_and_back_into_the_ledger_as_a_reversal(
    home: Home, owner: GraphQLClient, admin: GraphQLClient, alipay: AlipayEmulator
) -> None:
    configure_alipay(home.company, alipay)
    result = pay(owner, [home.jan], "ALIPAY", "QR_CODE")
    with tenant_context(home.company):
        payment_record(
            house_id=home.house.pk, amount_fen=28000, method="cash", cashier=home.cashier, bill_ids=[home.jan.pk]
        )
    activate_public()
    assert deliver_alipay(home.company, alipay.pay(result["order"]["outTradeNo"])).content == b"success"
    flagged = admin.data("{ paymentOrders(refundDue: true) { totalCount edges { node { id outTradeNo } } } }")
    assert flagged["paymentOrders"]["totalCount"] == 1
    order_id = flagged["paymentOrders"]["edges"][0]["node"]["id"]
    refund = admin.data(REFUND, {"id": order_id})["paymentRefund"]
    assert refund["errors"] == [] and refund["order"]["state"] == "REFUNDED" and refund["order"]["refunded"] == "280.00"
    assert [e["kind"] for e in refund["order"]["events"]][-1] == "REFUND"
    trade = alipay.trades[result["order"]["outTradeNo"]]
    assert list(trade.refunds.values()) == ["280.00"]
    with tenant_context(home.company):
        reversal = Payment.objects.get(reversal_of__isnull=False)
        assert reversal.amount_fen == -28000 and reversal.method == "alipay"
    assert admin.data(REFUND, {"id": order_id})["paymentRefund"]["errors"] == [{"code": "ALREADY_REFUNDED"}]
    assert len(trade.refunds) == 1
    home.refresh()
    assert home.jan.status == BillStatus.PAID  # the cash still pays it


def test_a_notification_that_never_comes_is_settled_by_reconciliation(
    home: Home, owner: GraphQLClient, alipay: AlipayEmulator
) -> None:
    configure_alipay(home.company, alipay)
    paid = pay(owner, [home.jan], "ALIPAY", "QR_CODE")["order"]["outTradeNo"]
    alipay.pay(paid)  # paid at Alipay; the notification is lost
    abandoned = pay(owner, [home.feb], "ALIPAY", "QR_CODE")["order"]["outTradeNo"]
    alipay.scan(abandoned)
    with tenant_context(home.company):
        later = timezone.now() + timedelta(minutes=30)
        sweep = reconcile_pending(now=later)
        assert (sweep.settled, sweep.closed) == (1, 1)
        assert PaymentOrder.objects.get(out_trade_no=paid).state == OrderState.PAID
        assert PaymentOrder.objects.get(out_trade_no=abandoned).state == OrderState.CLOSED
        assert reconcile_pending(now=later).checked == 0
    assert alipay.trades[abandoned].status == "TRADE_CLOSED"
    # The lost notification turns up after all: acknowledged, nothing posted twice.
    assert deliver_alipay(home.company, alipay.notification(paid)).content == b"success"
    with tenant_context(home.company):
        assert Payment.objects.filter(house=home.house).count() == 1


def test_credentials_are_never_readable(home: Home, admin: GraphQLClient, alipay: AlipayEmulator) -> None:
    configure = """mutation($input: PaymentGatewayConfigureInput!) { paymentGatewayConfigure(input: $input) {
      errors { field code } setting { configured fields { name last4 } } } }"""
    values = {
        "appId": alipay.app_id,
        "appPrivateKey": alipay.app_private_pem,
        "alipayPublicKey": alipay.alipay_public_pem,
        "sellerId": alipay.seller_id,
    }
    bad = admin.data(
        configure, {"input": {"gateway": "ALIPAY", "alipay": {**values, "appPrivateKey": "nope", "sellerId": "1"}}}
    )
    assert {e["code"] for e in bad["paymentGatewayConfigure"]["errors"]} == {"PRIVATE_KEY_INVALID", "SELLER_ID_INVALID"}
    done = admin.data(configure, {"input": {"gateway": "ALIPAY", "alipay": values}})["paymentGatewayConfigure"]
    assert done["errors"] == [] and done["setting"]["configured"] is True
    test = admin.data("mutation { paymentGatewayTest(input: {gateway: ALIPAY}) { ok errors { code } } }")
    assert test["paymentGatewayTest"]["ok"] is True
    settings = admin.execute("{ paymentGatewaySettings { gateway configured notifyUrl fields { name last4 } } }")
    text = json.dumps(settings, ensure_ascii=False)
    key_body = "".join(alipay.app_private_pem.splitlines()[1:-1])
    assert key_body[:40] not in text and alipay.app_id not in text and "6789" in text
    with tenant_context(home.company):
        stored = MerchantCredentials.objects.get(provider="alipay").secrets
        assert alipay.app_id not in stored and key_body[:40] not in stored
    # Staff, owners and the schema's types: nothing else exposes them.
    assert "secrets" not in json.dumps(settings) and "Bearer" not in text


def test_the_vendor_subscription_uses_the_same_layer(
    home: Home, admin: GraphQLClient, public_client: GraphQLClient, vendor_staff: object
) -> None:
    from saas.accounts.services import api_token_issue

    activate_public()
    vendor = GraphQLClient("localhost", token=api_token_issue(user=vendor_staff).raw)
    vendor.data("mutation { paymentGatewayConfigure(input: {gateway: SANDBOX}) { errors { code } } }")
    plan = Plan.objects.filter(monthly_price_fen__gt=0).order_by("monthly_price_fen").first()
    assert plan is not None
    link = admin.data(
        "mutation($p: String!) { subscriptionCheckoutLink(input: {plan: $p, months: 12}) { errors { code } "
        "link { token amount url } } }",
        {"p": plan.code},
    )["subscriptionCheckoutLink"]["link"]
    assert link["amount"] == f"{plan.monthly_price_fen * 12 // 100}.{plan.monthly_price_fen * 12 % 100:02d}"
    started = public_client.data(
        "mutation($t: String!) { subscriptionCheckout(input: {token: $t, gateway: SANDBOX, channel: PAGE}) "
        "{ errors { code } order { outTradeNo state amount } checkout { redirectUrl label } } }",
        {"t": link["token"]},
    )["subscriptionCheckout"]
    assert started["errors"] == [] and started["checkout"]["label"] == "模拟支付 · 非真实资金"
    forged = public_client.data(
        'mutation { subscriptionCheckout(input: {token: "x", gateway: SANDBOX, channel: PAGE}) { errors { code } } }'
    )
    assert forged["subscriptionCheckout"]["errors"] == [{"code": "LINK_INVALID"}]
    from django.test import Client

    number = started["order"]["outTradeNo"]
    done = Client(HTTP_HOST="localhost").post(
        started["checkout"]["redirectUrl"], {"action": "pay"}, HTTP_ACCEPT="application/json"
    )
    activate_public()
    assert done.json()["result"] == "recorded"
    company = Company.objects.get(pk=home.company.pk)
    assert company.status == CompanyStatus.PAID and company.plan_id == plan.pk
    assert company.paid_until is not None and company.paid_until > timezone.localdate() + timedelta(days=360)
    polled = public_client.data(
        "query($t: String!, $n: String!) { subscriptionOrder(token: $t, outTradeNo: $n) { state } }",
        {"t": link["token"], "n": number},
    )
    assert polled["subscriptionOrder"]["state"] == "PAID"


def test_staff_look_up_orders_in_scope_with_their_history(
    home: Home, owner: GraphQLClient, alipay: AlipayEmulator
) -> None:
    from tests.graphql import client_for

    configure_sandbox(home.company)
    number = pay(owner, [home.jan], "SANDBOX", "QR_CODE")["order"]["outTradeNo"]
    query = (
        "query($n: String!) { paymentOrder(outTradeNo: $n) { state events { kind outcome } checkout { qrCodeUrl } } }"
    )
    staff = client_for(home.company, home.cashier).data(query, {"n": number})["paymentOrder"]
    assert staff["state"] == "PENDING" and staff["events"][0]["kind"] == "CHECKOUT" and staff["checkout"] is None
    mine = owner.data(query, {"n": number})["paymentOrder"]
    assert f"/payments/sandbox/{number}?t=" in mine["checkout"]["qrCodeUrl"]
    assert client_for(home.company, home.other_owner).data(query, {"n": number})["paymentOrder"] is None
    _ = gid, deliver


def test_order_lists_cost_the_same_statements_for_one_or_many_orders(
    home: Home, owner: GraphQLClient, admin: GraphQLClient
) -> None:
    from tests.graphql import QueryLog

    configure_sandbox(home.company)
    query = "{ paymentOrders { totalCount edges { node { outTradeNo amount houseId billIds events { kind } } } } }"

    def statements() -> int:
        with QueryLog() as log:
            admin.data(query)
        return log.count()

    pay(owner, [home.jan], "SANDBOX", "QR_CODE")
    statements()  # the first request also fills the host and token caches
    one = statements()
    pay(owner, [home.feb], "SANDBOX", "PAGE")
    with tenant_context(home.company):
        from saas.finance.models import Bill

        neighbour_bill = Bill.objects.exclude(house=home.house).first()
    from tests.graphql import client_for

    assert neighbour_bill is not None
    pay(client_for(home.company, home.other_owner), [neighbour_bill], "SANDBOX", "QR_CODE")
    assert statements() == one
