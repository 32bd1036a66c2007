"""Alipay end to end: the real SDK against the loopback emulator, notifications over HTTP."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import tenant_context

from billing.models import OrderState, PaymentOrder, ProviderEvent
from saas.finance.models import BillStatus, Payment, PrepaidEntry
from tests.billing.conftest import Home, configure_alipay, deliver_alipay, pay
from tests.billing.emulators.alipay import AlipayEmulator
from tests.billing.emulators.common import rsa_key_pair
from tests.graphql import GraphQLClient

pytestmark = pytest.mark.django_db(transaction=False)


def _ledger(home: Home) -> tuple[int, int, int]:
    with tenant_context(home.company):
        return (
            Payment.objects.filter(house=home.house).count(),
            PrepaidEntry.objects.filter(house=home.house).count(),
            ProviderEvent.objects.count(),
        )


def _order(home: Home, out_trade_no: str) -> PaymentOrder:
    with tenant_context(home.company):
        return PaymentOrder.objects.get(out_trade_no=out_trade_no)


@pytest.fixture
def qr(home: Home, owner: GraphQLClient, alipay: AlipayEmulator) -> dict[str, Any]:
    configure_alipay(home.company, alipay)
    result = pay(owner, [home.jan, home.feb], "ALIPAY", "QR_CODE")
    assert result["errors"] == [], result
    return result


def test_qr_code_pay_settles_both_bills_once(home: Home, alipay: AlipayEmulator, qr: dict[str, Any]) -> None:
    order = qr["order"]
    assert order["amount"] == "560.00" and order["state"] == "PENDING" and order["isRealMoney"] is True
    assert qr["checkout"]["qrCodeUrl"].startswith("https://qr.alipay.com/")
    notice = alipay.pay(order["outTradeNo"])
    response = deliver_alipay(home.company, notice)
    assert response.status_code == 200 and response.content == b"success"
    home.refresh()
    assert home.jan.status == BillStatus.PAID and home.feb.status == BillStatus.PAID
    assert _order(home, order["outTradeNo"]).state == OrderState.PAID
    # The same notification again (Alipay retries until it reads "success"): acknowledged, no change.
    before = _ledger(home)
    assert deliver_alipay(home.company, notice).content == b"success"
    assert _ledger(home) == before
    # TRADE_FINISHED later is another event about the same money: recorded, nothing booked.
    finished = alipay.notification(order["outTradeNo"], status="TRADE_FINISHED")
    assert deliver_alipay(home.company, finished).content == b"success"
    assert _ledger(home)[:2] == before[:2]
    with tenant_context(home.company):
        payment = Payment.objects.get(house=home.house)
        assert payment.method == "alipay" and payment.cashier_id is None and payment.amount_fen == 56000


def _refused(home: Home, params: dict[str, str]) -> None:
    before = _ledger(home)
    response = deliver_alipay(home.company, params)
    assert response.status_code == 400 and response.content != b"success"
    assert _ledger(home) == before
    home.refresh()
    assert home.jan.status == BillStatus.UNPAID


def test_forged_and_sha1_signatures_are_refused(home: Home, alipay: AlipayEmulator, qr: dict[str, Any]) -> None:
    number = qr["order"]["outTradeNo"]
    alipay.pay(number)
    forger, _, _ = rsa_key_pair()
    _refused(home, alipay.notification(number, key=forger))
    # Signed by Alipay's real key, but with SHA-1: the SDK helper alone would accept it.
    _refused(home, alipay.notification(number, sha1=True, sign_type="RSA2"))
    _refused(home, alipay.notification(number, sha1=True, sign_type="RSA"))
    tampered = alipay.notification(number)
    tampered["total_amount"] = "0.01"
    _refused(home, tampered)


@pytest.mark.parametrize(
    "override",
    [{"app_id": "2021000999999999"}, {"seller_id": "2088000000000001"}, {"total_amount": "1.00"}],
    ids=["app id", "seller id", "amount"],
)
def test_wrong_merchant_or_amount_is_refused(
    home: Home, alipay: AlipayEmulator, qr: dict[str, Any], override: dict[str, str]
) -> None:
    number = qr["order"]["outTradeNo"]
    alipay.pay(number)
    _refused(home, alipay.notification(number, **override))  # correctly signed by "Alipay"


def test_page_and_app_pay_are_signed_strings_alipay_accepts(
    home: Home, owner: GraphQLClient, alipay: AlipayEmulator
) -> None:
    configure_alipay(home.company, alipay)
    page = pay(owner, [home.jan], "ALIPAY", "PAGE")
    assert page["errors"] == [] and alipay.open_page(page["checkout"]["redirectUrl"])
    app = pay(owner, [home.feb], "ALIPAY", "APP")
    assert app["errors"] == [] and alipay.app_pay(app["checkout"]["orderString"])
    assert not alipay.app_pay(app["checkout"]["orderString"].replace("total_amount", "total_amounX"))
    for result in (page, app):
        assert deliver_alipay(home.company, alipay.pay(result["order"]["outTradeNo"])).content == b"success"
    home.refresh()
    assert home.jan.status == BillStatus.PAID and home.feb.status == BillStatus.PAID


def test_closed_after_paid_does_not_unpay(home: Home, alipay: AlipayEmulator, qr: dict[str, Any]) -> None:
    number = qr["order"]["outTradeNo"]
    paid = alipay.pay(number)
    closed = alipay.notification(number, status="TRADE_CLOSED")
    assert deliver_alipay(home.company, paid).content == b"success"
    assert deliver_alipay(home.company, closed).content == b"success"
    assert _order(home, number).state == OrderState.PAID


def test_paid_after_closed_still_settles(home: Home, alipay: AlipayEmulator, qr: dict[str, Any]) -> None:
    number = qr["order"]["outTradeNo"]
    closed = alipay.notification(number, status="TRADE_CLOSED")
    assert deliver_alipay(home.company, closed).content == b"success"
    assert _order(home, number).state == OrderState.CLOSED
    assert deliver_alipay(home.company, alipay.pay(number)).content == b"success"
    order = _order(home, number)
    assert order.state == OrderState.PAID and order.paid_late and not order.refund_due
    home.refresh()
    assert home.jan.status == BillStatus.PAID


def test_unknown_company_or_order_is_refused(home: Home, alipay: AlipayEmulator, qr: dict[str, Any]) -> None:
    number = qr["order"]["outTradeNo"]
    notice = alipay.pay(number)
    from tests.billing.conftest import deliver

    assert deliver(None, "alipay", b"x=1").status_code == 404  # the platform has no Alipay keys
    unknown = alipay.notification(number, **{"out_trade_no": "WY20260101000000abcdefabcdef"})
    assert deliver_alipay(home.company, unknown).status_code == 400
    assert deliver_alipay(home.company, notice).content == b"success"
