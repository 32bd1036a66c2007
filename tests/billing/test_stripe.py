"""Stripe end to end: PaymentIntents through the real ``stripe`` package against the emulator,
webhooks signed with the endpoint secret and the 300-second tolerance."""

from __future__ import annotations

import time

import pytest
from django_tenants.utils import tenant_context

from billing.models import OrderState, PaymentOrder
from saas.finance.models import BillStatus, Payment
from tests.billing.conftest import Home, configure_stripe, deliver, pay
from tests.billing.emulators.stripe import StripeEmulator
from tests.graphql import GraphQLClient


def _payments(home: Home) -> int:
    with tenant_context(home.company):
        return Payment.objects.filter(house=home.house).count()


def test_card_payment_settles_once_per_event(home: Home, owner: GraphQLClient, stripe_api: StripeEmulator) -> None:
    configure_stripe(home.company, stripe_api)
    result = pay(owner, [home.jan], "STRIPE", "CARD")
    assert result["errors"] == [] and result["checkout"]["clientSecret"].startswith("pi_")
    intent = stripe_api.succeed(result["order"]["outTradeNo"])
    body, headers = stripe_api.event(intent, event_id="evt_1")
    for _ in range(3):  # Stripe repeats events; the same event id posts once
        assert deliver(home.company, "stripe", body, headers).status_code == 200
    # A different event about the same payment (charge replays) changes nothing either.
    other, other_headers = stripe_api.event(intent, event_id="evt_2")
    assert deliver(home.company, "stripe", other, other_headers).status_code == 200
    home.refresh()
    assert home.jan.status == BillStatus.PAID and _payments(home) == 1


@pytest.mark.parametrize("problem", ["stale", "forged", "amount", "currency"])
def test_bad_webhooks_are_refused_and_change_nothing(
    home: Home, owner: GraphQLClient, stripe_api: StripeEmulator, problem: str
) -> None:
    configure_stripe(home.company, stripe_api)
    result = pay(owner, [home.jan], "STRIPE", "CARD")
    intent = dict(stripe_api.succeed(result["order"]["outTradeNo"]))
    timestamp, secret = None, None
    if problem == "stale":
        timestamp = int(time.time()) - 301
    elif problem == "forged":
        secret = "whsec_not_the_endpoint_secret"
    elif problem == "amount":
        intent["amount_received"] = intent["amount"] - 1
    else:
        intent["currency"] = "usd"
    body, headers = stripe_api.event(intent, timestamp=timestamp, secret=secret)
    assert deliver(home.company, "stripe", body, headers).status_code == 400
    home.refresh()
    assert home.jan.status == BillStatus.UNPAID and _payments(home) == 0
    with tenant_context(home.company):
        assert PaymentOrder.objects.get(out_trade_no=result["order"]["outTradeNo"]).state == OrderState.PENDING


def test_unrelated_event_types_are_acknowledged(home: Home, owner: GraphQLClient, stripe_api: StripeEmulator) -> None:
    configure_stripe(home.company, stripe_api)
    result = pay(owner, [home.jan], "STRIPE", "CARD")
    intent = stripe_api.intent_for(result["order"]["outTradeNo"])
    body, headers = stripe_api.event(intent, kind="payment_intent.created")
    assert deliver(home.company, "stripe", body, headers).status_code == 200
    assert _payments(home) == 0


def _signed(stripe_api: StripeEmulator, event: dict[str, object]) -> tuple[bytes, dict[str, str]]:
    import hashlib
    import hmac
    import json

    body = json.dumps(event).encode()
    stamp = int(time.time())
    digest = hmac.new(stripe_api.webhook_secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return body, {"Stripe-Signature": f"t={stamp},v1={digest}"}


@pytest.mark.parametrize(
    "change",
    [{"currency": ""}, {"amount_received": "abc"}, {"amount_received": None, "amount": [1]}, "no object", "created"],
)
def test_signed_but_malformed_events_get_a_4xx_not_a_retry(
    home: Home, owner: GraphQLClient, stripe_api: StripeEmulator, change: object
) -> None:
    configure_stripe(home.company, stripe_api)
    result = pay(owner, [home.jan], "STRIPE", "CARD")
    intent = dict(stripe_api.succeed(result["order"]["outTradeNo"]))
    event: dict[str, object] = {"id": "evt_bad", "object": "event", "created": int(time.time()), "livemode": False}
    event["type"] = "payment_intent.succeeded"
    if change == "no object":
        event["data"] = {}
    elif change == "created":
        event["created"], event["data"] = "yesterday", {"object": intent}
    else:
        event["data"] = {"object": {**intent, **change}}  # type: ignore[dict-item]
    response = deliver(home.company, "stripe", *_signed(stripe_api, event))
    assert 400 <= response.status_code < 500
    home.refresh()
    assert home.jan.status == BillStatus.UNPAID and _payments(home) == 0
