"""The sandbox gateway (模拟支付 · 非真实资金): trials and demos pay without real money.

Checkout points at a page on the company's own host (``/payments/sandbox/<out_trade_no>?t=…``)
where a demo user presses "pay"; the server then delivers itself a notification signed with the
company's sandbox HMAC key, through the same verification and settlement as real providers. The
``t`` token (an HMAC of the order number) ties the page to whoever received the checkout: without
it an order number alone opens nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping
from datetime import datetime

from django.utils import timezone

from billing.gateways.base import (
    Amount,
    Checkout,
    CheckoutRequest,
    Notification,
    OrderStatus,
    PaymentState,
    RefundRequest,
    RefundResult,
    SignatureInvalid,
)

LABEL = "模拟支付 · 非真实资金"
LABEL_EN = "Sandbox payment · no real money"
SIGNATURE_HEADER = "X-Wuye-Sandbox-Signature"
APP_ID = "sandbox"


def sandbox_key_new() -> str:
    return secrets.token_urlsafe(32)


class SandboxGateway:
    name = "sandbox"
    is_real_money = False

    def __init__(self, *, hmac_key: str, seller_id: str, pay_page_base: str) -> None:
        self._key = hmac_key.encode()
        self.seller_id = seller_id
        self._pay_page_base = pay_page_base.rstrip("/")

    def checkout_create(self, request: CheckoutRequest) -> Checkout:
        url = f"{self._pay_page_base}/{request.out_trade_no}?t={self.page_token(request.out_trade_no)}"
        # Every channel gets the page: the app opens it in a web view, the QR code encodes it.
        return Checkout(
            request.out_trade_no,
            request.channel,
            qr_code_url=url,
            redirect_url=url,
            order_string=None,
            client_secret=None,
        )

    def order_query(self, out_trade_no: str, provider_trade_no: str = "") -> OrderStatus:
        # The sandbox keeps no state of its own: a page that was never used is still waiting.
        return OrderStatus(out_trade_no, PaymentState.PENDING, None)

    def order_close(self, out_trade_no: str, provider_trade_no: str = "") -> OrderStatus:
        return OrderStatus(out_trade_no, PaymentState.CLOSED, None)

    def refund(self, request: RefundRequest) -> RefundResult:
        return RefundResult(request.out_refund_no, request.amount, succeeded=True)

    def credentials_check(self) -> None:
        return None

    def page_token(self, out_trade_no: str) -> str:
        """The pay page's token for one order: only the checkout's receiver knows it."""
        return hmac.new(self._key, b"page:" + out_trade_no.encode(), hashlib.sha256).hexdigest()[:32]

    def page_token_valid(self, out_trade_no: str, token: str) -> bool:
        return hmac.compare_digest(token.encode(), self.page_token(out_trade_no).encode())

    def _signature(self, body: bytes) -> str:
        return hmac.new(self._key, body, hashlib.sha256).hexdigest()

    def notification_build(
        self, *, out_trade_no: str, amount: Amount, state: PaymentState, at: datetime | None = None
    ) -> tuple[dict[str, str], bytes]:
        """The signed callback the pay page delivers (headers, body)."""
        trade_no = f"SANDBOX{out_trade_no}"
        payload = {
            "event_id": f"{trade_no}:{state.value}",
            "out_trade_no": out_trade_no,
            "trade_no": trade_no,
            "state": state.value,
            "amount": amount.minor_units,
            "currency": amount.currency,
            "app_id": APP_ID,
            "seller_id": self.seller_id,
            "at": (at or timezone.now()).isoformat(),
            "label": LABEL,
        }
        body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()
        return {SIGNATURE_HEADER: self._signature(body), "Content-Type": "application/json"}, body

    def notification_parse(self, *, headers: Mapping[str, str], body: bytes) -> Notification:
        given = headers.get(SIGNATURE_HEADER) or headers.get(SIGNATURE_HEADER.lower()) or ""
        if not hmac.compare_digest(given, self._signature(body)):
            raise SignatureInvalid("sandbox signature does not verify")
        try:
            payload = json.loads(body)
            state = PaymentState(payload["state"])
            amount = Amount(int(payload["amount"]), str(payload["currency"]))
            at = datetime.fromisoformat(str(payload["at"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise SignatureInvalid("malformed sandbox notification") from exc
        return Notification(
            event_id=str(payload["event_id"]),
            out_trade_no=str(payload["out_trade_no"]),
            state=state,
            amount=amount,
            app_id=str(payload["app_id"]),
            seller_id=str(payload["seller_id"]),
            occurred_at=at,
            provider_trade_no=str(payload["trade_no"]),
            raw={k: str(v) for k, v in payload.items()},
        )
