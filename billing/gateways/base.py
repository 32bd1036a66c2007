"""The boundary every payment provider sits behind (DESIGN.md §6).

A gateway (Alipay, Stripe, the sandbox) implements ``PaymentGateway`` over these frozen
dataclasses; the payment services and webhooks never see an SDK object. Money crosses this
boundary as integer minor units (fen for CNY) with an ISO 4217 currency code, never as a float.
"""

from __future__ import annotations

import enum
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from django.db import models
from django.utils import timezone

CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
# Alipay allows 64 characters of letters, digits and underscores; Stripe metadata is looser.
OUT_TRADE_NO_RE = re.compile(r"^[A-Za-z0-9_]{1,64}$")


class Channel(models.TextChoices):
    """How the payer pays: what the checkout hands back to the front end."""

    QR_CODE = "qr_code", "扫码支付"  # owner app scan-to-pay (Alipay precreate)
    PAGE = "page", "网页支付"  # desktop redirect (Alipay page pay)
    APP = "app", "App 支付"  # mobile app order string (Alipay app pay)
    CARD = "card", "银行卡支付"  # client secret for the payment sheet (Stripe PaymentIntent)


class PaymentState(enum.StrEnum):
    PENDING = "pending"
    PAID = "paid"
    CLOSED = "closed"  # expired or cancelled without payment


@dataclass(frozen=True)
class Amount:
    """A positive amount in minor units (fen for CNY)."""

    minor_units: int
    currency: str = "CNY"

    def __post_init__(self) -> None:
        if isinstance(self.minor_units, bool) or not isinstance(self.minor_units, int):
            raise TypeError("amounts are integer minor units, never floats")
        if self.minor_units <= 0:
            raise ValueError("a payment amount must be positive")
        if not CURRENCY_RE.match(self.currency):
            raise ValueError(f"not an ISO 4217 currency code: {self.currency!r}")


def out_trade_no_new(prefix: str) -> str:
    """A merchant order number unique across retries: prefix, UTC timestamp, 48 random bits."""
    number = f"{prefix}{timezone.now():%Y%m%d%H%M%S}{secrets.token_hex(6)}"
    if not OUT_TRADE_NO_RE.match(number):
        raise ValueError(f"prefix makes an invalid order number: {prefix!r}")
    return number


@dataclass(frozen=True)
class CheckoutRequest:
    out_trade_no: str
    amount: Amount
    subject: str
    channel: Channel
    notify_url: str
    expires_at: datetime
    return_url: str | None = None

    def __post_init__(self) -> None:
        if not OUT_TRADE_NO_RE.match(self.out_trade_no):
            raise ValueError(f"invalid out_trade_no: {self.out_trade_no!r}")
        if not self.subject.strip():
            raise ValueError("a checkout needs a subject the payer recognises")


@dataclass(frozen=True)
class Checkout:
    """What the front end needs to start paying; exactly the field of the channel is set."""

    out_trade_no: str
    channel: Channel
    qr_code_url: str | None = None
    redirect_url: str | None = None
    order_string: str | None = None
    client_secret: str | None = None
    provider_trade_no: str = ""  # when the provider names the payment up front (a Stripe PaymentIntent)


@dataclass(frozen=True)
class Notification:
    """A provider's verified statement about one order. ``event_id`` is what dedupes repeats."""

    event_id: str
    out_trade_no: str
    state: PaymentState
    amount: Amount
    app_id: str
    seller_id: str
    occurred_at: datetime
    provider_trade_no: str = ""
    raw: Mapping[str, str] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class OrderStatus:
    out_trade_no: str
    state: PaymentState
    amount: Amount | None
    provider_trade_no: str | None = None


@dataclass(frozen=True)
class RefundRequest:
    out_trade_no: str
    provider_trade_no: str
    out_refund_no: str
    amount: Amount
    reason: str


@dataclass(frozen=True)
class RefundResult:
    out_refund_no: str
    amount: Amount
    succeeded: bool


class GatewayError(Exception):
    """The provider refused or could not be reached; nothing was recorded."""


class SignatureInvalid(GatewayError):
    """A notification whose signature (or signature algorithm) does not verify: answer 4xx."""


class NotificationIgnored(Exception):
    """A verified notification about nothing we act on (another event type, a trade still
    waiting): acknowledge it, change nothing."""


class PaymentGateway(Protocol):
    """One provider, configured with one merchant's credentials."""

    name: str
    is_real_money: bool

    def checkout_create(self, request: CheckoutRequest) -> Checkout: ...

    def notification_parse(self, *, headers: Mapping[str, str], body: bytes) -> Notification:
        """Verify and parse a notification; raise ``SignatureInvalid`` if it does not verify."""
        ...

    def order_query(self, out_trade_no: str, provider_trade_no: str = "") -> OrderStatus: ...

    def order_close(self, out_trade_no: str, provider_trade_no: str = "") -> OrderStatus:
        """Close an unpaid order so no money can arrive for it any more; returns the state after
        (PAID when it was paid after all)."""
        ...

    def refund(self, request: RefundRequest) -> RefundResult:
        """Idempotent per ``out_refund_no``: asking again refunds nothing more."""
        ...

    def credentials_check(self) -> None:
        """One harmless call with the merchant's keys; ``GatewayError`` says what is wrong."""
        ...
