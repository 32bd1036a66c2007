"""Starting payments: owners' own bills only, exact balances, one payable order per bill, the
sandbox for trials, and money that arrives for bills already paid."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from django.test import Client
from django.utils import timezone
from django_tenants.utils import tenant_context

from billing.models import OrderState, PaymentOrder
from saas.finance.models import BillStatus, Payment, PrepaidEntry
from saas.finance.services import payment_record
from tenants.models import Company
from tenants.schemas import activate_public
from tests.billing.conftest import Home, configure_alipay, configure_sandbox, deliver_alipay, gid, pay
from tests.billing.emulators.alipay import AlipayEmulator
from tests.graphql import GraphQLClient, client_for, error_codes


def _codes(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [e["code"] for e in result["errors"]]


def test_owners_pay_only_their_own_open_bills(home: Home, owner: GraphQLClient, alipay: AlipayEmulator) -> None:
    configure_alipay(home.company, alipay)
    neighbour = client_for(home.company, home.other_owner)
    assert _codes(pay(neighbour, [home.jan], "ALIPAY", "QR_CODE")) == ["BILL_NOT_FOUND"]
    assert _codes(pay(owner, [home.jan, home.jan], "ALIPAY", "QR_CODE")) == ["BILL_REPEATED"]
    assert _codes(pay(owner, [home.jan], "STRIPE", "CARD")) == ["GATEWAY_NOT_CONFIGURED"]
    assert _codes(pay(owner, [home.jan], "ALIPAY", "CARD")) == ["CHANNEL_NOT_SUPPORTED"]
    staff = client_for(home.company, home.cashier)
    body = staff.execute(
        "mutation($b: [ID!]!) { billsPay(input: {bills: $b, gateway: ALIPAY, channel: QR_CODE}) { errors { code } } }",
        {"b": [gid("Bill", home.jan.pk)]},
    )
    assert error_codes(body) == ["FORBIDDEN"]
    with tenant_context(home.company):
        assert not PaymentOrder.objects.exists()


def test_one_payable_order_per_bill_and_retries_get_the_same_one(
    home: Home, owner: GraphQLClient, alipay: AlipayEmulator
) -> None:
    configure_alipay(home.company, alipay)
    first = pay(owner, [home.jan], "ALIPAY", "QR_CODE")
    again = pay(owner, [home.jan], "ALIPAY", "QR_CODE")
    assert again["order"]["outTradeNo"] == first["order"]["outTradeNo"]
    assert again["checkout"]["qrCodeUrl"] == first["checkout"]["qrCodeUrl"]
    assert alipay.calls.count("alipay.trade.precreate") == 1
    assert _codes(pay(owner, [home.jan, home.feb], "ALIPAY", "PAGE")) == ["ORDER_PENDING"]
    english = client_for(home.company, home.owner)
    english.language = "en"
    message = pay(english, [home.jan, home.feb], "ALIPAY", "PAGE")["errors"][0]["message"]
    assert message.startswith("These bills already have an order")


def test_an_order_waiting_longer_than_today_says_its_day(
    home: Home, owner: GraphQLClient, alipay: AlipayEmulator
) -> None:
    """The demo keeps its waiting orders for a week; "valid until 04:44" read as tonight."""
    configure_alipay(home.company, alipay)
    first = pay(owner, [home.jan], "ALIPAY", "QR_CODE")
    with tenant_context(home.company):
        order = PaymentOrder.objects.get(out_trade_no=first["order"]["outTradeNo"])
        order.expires_at = timezone.now() + timedelta(days=7)
        order.save(update_fields=["expires_at"])
        until = timezone.localtime(order.expires_at).strftime("%Y-%m-%d %H:%M")
    activate_public()
    message = pay(owner, [home.jan, home.feb], "ALIPAY", "PAGE")["errors"][0]["message"]
    assert f"{until} 前有效" in message


def test_two_payments_for_one_bill_the_second_goes_to_prepaid_and_is_flagged(
    home: Home, owner: GraphQLClient, alipay: AlipayEmulator
) -> None:
    configure_alipay(home.company, alipay)
    result = pay(owner, [home.jan], "ALIPAY", "QR_CODE")
    with tenant_context(home.company):  # meanwhile the owner paid cash at the desk
        payment_record(
            house_id=home.house.pk, amount_fen=28000, method="cash", cashier=home.cashier, bill_ids=[home.jan.pk]
        )
    activate_public()
    assert deliver_alipay(home.company, alipay.pay(result["order"]["outTradeNo"])).content == b"success"
    with tenant_context(home.company):
        order = PaymentOrder.objects.get(out_trade_no=result["order"]["outTradeNo"])
        assert order.state == OrderState.PAID and order.refund_due and order.to_prepaid_fen == 28000
        assert sum(PrepaidEntry.objects.filter(house=home.house).values_list("amount_fen", flat=True)) == 28000
        assert Payment.objects.filter(house=home.house).count() == 2
    home.refresh()
    assert home.jan.status == BillStatus.PAID and home.feb.status == BillStatus.UNPAID


def test_sandbox_is_labelled_and_completes_through_its_signed_callback(home: Home, owner: GraphQLClient) -> None:
    configure_sandbox(home.company)
    result = pay(owner, [home.jan], "SANDBOX", "QR_CODE")
    assert result["errors"] == [] and result["checkout"]["isRealMoney"] is False
    assert (
        result["checkout"]["label"] == "模拟支付 · 非真实资金" and result["order"]["label"] == "模拟支付 · 非真实资金"
    )
    url = result["checkout"]["qrCodeUrl"]
    path = urlsplit(url).path
    assert path.endswith(f"/payments/sandbox/{result['order']['outTradeNo']}") and "?t=" in url
    host = home.company.domains.get(is_primary=True).domain
    page = Client(HTTP_HOST=host).get(url)
    assert "模拟支付 · 非真实资金" in page.content.decode()
    done = Client(HTTP_HOST=host).post(url, {"action": "pay"}, HTTP_ACCEPT="application/json")
    activate_public()
    assert done.json()["result"] == "recorded"
    home.refresh()
    assert home.jan.status == BillStatus.PAID
    with tenant_context(home.company):
        assert Payment.objects.get(house=home.house).method == "sandbox"
    # A forged sandbox callback (no key) is refused like any other.
    from tests.billing.conftest import deliver

    assert (
        deliver(home.company, "sandbox", b'{"out_trade_no": "x"}', {"X-Wuye-Sandbox-Signature": "0" * 64}).status_code
        == 400
    )


def test_paying_companies_cannot_take_sandbox_money(home: Home, owner: GraphQLClient, settings: Any) -> None:
    configure_sandbox(home.company)
    settings.PAYMENT_SANDBOX_FOR_PAID_COMPANIES = False
    Company.objects.filter(pk=home.company.pk).update(status="paid", trial_ends_at=None)
    assert _codes(pay(owner, [home.jan], "SANDBOX", "QR_CODE")) == ["SANDBOX_NOT_ALLOWED"]
