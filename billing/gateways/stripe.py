"""Stripe through the official ``stripe`` package: a PaymentIntent per order (its client secret
goes to the front end's payment sheet), retrieve, cancel, refunds, and webhook events verified
from the ``Stripe-Signature`` header with the default 300-second tolerance."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import stripe
from django.utils import timezone

from billing.gateways.base import (
    Amount,
    Channel,
    Checkout,
    CheckoutRequest,
    GatewayError,
    Notification,
    NotificationIgnored,
    OrderStatus,
    PaymentState,
    RefundRequest,
    RefundResult,
    SignatureInvalid,
)

TOLERANCE_SECONDS = 300
EVENT_STATES = {
    "payment_intent.succeeded": PaymentState.PAID,
    "payment_intent.canceled": PaymentState.CLOSED,
}
INTENT_STATES = {"succeeded": PaymentState.PAID, "canceled": PaymentState.CLOSED}


class StripeGateway:
    name = "stripe"
    is_real_money = True

    def __init__(self, *, secret_key: str, webhook_secret: str, api_base: str, timeout: int = 15) -> None:
        self._webhook_secret = webhook_secret
        self._client = stripe.StripeClient(
            secret_key,
            base_addresses={"api": api_base},
            max_network_retries=2,
            http_client=stripe.RequestsClient(timeout=timeout),
        )

    def _call(self, what: str, call: Any) -> Any:
        try:
            return call()
        except stripe.StripeError as exc:
            message = getattr(exc, "user_message", None) or str(exc)
            raise GatewayError(f"stripe {what}: {message}"[:200]) from exc

    def checkout_create(self, request: CheckoutRequest) -> Checkout:
        if request.channel is not Channel.CARD:
            raise GatewayError(f"stripe has no {request.channel.value} channel")
        intent = self._call(
            "create payment intent",
            lambda: self._client.v1.payment_intents.create(
                params={
                    "amount": request.amount.minor_units,
                    "currency": request.amount.currency.lower(),
                    "description": request.subject,
                    "metadata": {"out_trade_no": request.out_trade_no},
                    "automatic_payment_methods": {"enabled": True},
                },
                # A retried create returns the same intent instead of a second one.
                options={"idempotency_key": f"checkout-{request.out_trade_no}"},
            ),
        )
        return Checkout(
            request.out_trade_no,
            request.channel,
            client_secret=str(intent.client_secret),
            provider_trade_no=str(intent.id),
        )

    def _status(self, out_trade_no: str, intent: Any) -> OrderStatus:
        state = INTENT_STATES.get(str(intent.status), PaymentState.PENDING)
        amount = int(intent.amount_received if state is PaymentState.PAID else intent.amount)
        return OrderStatus(
            out_trade_no,
            state,
            Amount(amount, str(intent.currency).upper()) if amount > 0 else None,
            provider_trade_no=str(intent.id),
        )

    def order_query(self, out_trade_no: str, provider_trade_no: str = "") -> OrderStatus:
        if not provider_trade_no:  # no intent was ever created: nothing can have been paid
            return OrderStatus(out_trade_no, PaymentState.CLOSED, None)
        intent = self._call("retrieve", lambda: self._client.v1.payment_intents.retrieve(provider_trade_no))
        return self._status(out_trade_no, intent)

    def order_close(self, out_trade_no: str, provider_trade_no: str = "") -> OrderStatus:
        current = self.order_query(out_trade_no, provider_trade_no)
        if current.state is not PaymentState.PENDING:
            return current
        intent = self._call("cancel", lambda: self._client.v1.payment_intents.cancel(provider_trade_no))
        return self._status(out_trade_no, intent)

    def refund(self, request: RefundRequest) -> RefundResult:
        refund = self._call(
            "refund",
            lambda: self._client.v1.refunds.create(
                params={
                    "payment_intent": request.provider_trade_no,
                    "amount": request.amount.minor_units,
                    "metadata": {"out_trade_no": request.out_trade_no, "out_refund_no": request.out_refund_no},
                },
                options={"idempotency_key": f"refund-{request.out_refund_no}"},
            ),
        )
        return RefundResult(request.out_refund_no, request.amount, succeeded=refund.status in ("succeeded", "pending"))

    def credentials_check(self) -> None:
        self._call("balance", lambda: self._client.v1.balance.retrieve())
        if not self._webhook_secret.startswith("whsec_"):
            raise GatewayError("stripe: the webhook signing secret starts with whsec_")

    def notification_parse(self, *, headers: Mapping[str, str], body: bytes) -> Notification:
        signature = headers.get("Stripe-Signature") or headers.get("stripe-signature") or ""
        try:
            event = self._client.construct_event(body, signature, self._webhook_secret, tolerance=TOLERANCE_SECONDS)
        except (stripe.SignatureVerificationError, ValueError) as exc:
            raise SignatureInvalid(str(exc)[:200]) from exc
        state = EVENT_STATES.get(str(event.type))
        if state is None:
            raise NotificationIgnored(f"event type {event.type}")
        intent = event.data.object.to_dict()
        metadata = intent.get("metadata") or {}
        amount_key = "amount_received" if state is PaymentState.PAID else "amount"
        received = int(intent.get(amount_key) or 0)
        if received <= 0:
            raise SignatureInvalid("no amount")
        return Notification(
            event_id=str(event.id),
            out_trade_no=str(metadata.get("out_trade_no", "")),
            state=state,
            amount=Amount(received, str(intent.get("currency", "")).upper()),
            app_id="",
            seller_id="",
            occurred_at=datetime.fromtimestamp(int(event.created), tz=UTC) if event.created else timezone.now(),
            provider_trade_no=str(intent.get("id", "")),
            raw={"type": str(event.type), "id": str(event.id)},
        )
