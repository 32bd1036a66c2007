"""A small Stripe API for tests: PaymentIntents (create with idempotency keys, retrieve, cancel),
refunds, balance, bearer-key authentication, and webhook events signed like Stripe signs them
(``Stripe-Signature: t=…,v1=HMAC-SHA256("{t}.{body}")``)."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
import time
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.billing.emulators.common import JsonHandler, Server

SECRET_KEY = "sk_test_wuye" + "0" * 20
WEBHOOK_SECRET = "whsec_wuyetest" + "1" * 18


def _nested(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Stripe's form encoding (``metadata[out_trade_no]=…``) back into a dict."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if "[" in key:
            outer, inner = key.split("[", 1)
            result.setdefault(outer, {})[inner.rstrip("]")] = value
        else:
            result[key] = value
    return result


class StripeEmulator:
    def __init__(self) -> None:
        self.secret_key = SECRET_KEY
        self.webhook_secret = WEBHOOK_SECRET
        self.intents: dict[str, dict[str, Any]] = {}
        self.refunds: dict[str, dict[str, Any]] = {}
        self.idempotent: dict[str, bytes] = {}
        self.lock = threading.Lock()
        self.server = Server(_Handler)
        self.server.httpd.owner = self  # type: ignore[attr-defined]
        self.server.start()
        host, port = self.server.address
        self.url = f"http://{host}:{port}"

    def reset(self) -> None:
        with self.lock:
            self.intents.clear()
            self.refunds.clear()
            self.idempotent.clear()

    def stop(self) -> None:
        self.server.stop()

    def intent_for(self, out_trade_no: str) -> dict[str, Any]:
        return next(i for i in self.intents.values() if i["metadata"].get("out_trade_no") == out_trade_no)

    def succeed(self, out_trade_no: str) -> dict[str, Any]:
        intent = self.intent_for(out_trade_no)
        intent["status"], intent["amount_received"] = "succeeded", intent["amount"]
        return intent

    def event(
        self,
        intent: dict[str, Any],
        *,
        kind: str = "payment_intent.succeeded",
        event_id: str | None = None,
        timestamp: int | None = None,
        secret: str | None = None,
    ) -> tuple[bytes, dict[str, str]]:
        """A webhook delivery (body, headers) for ``intent``, signed with the webhook secret."""
        body = json.dumps(
            {
                "id": event_id or f"evt_{secrets.token_hex(12)}",
                "object": "event",
                "api_version": "2025-01-01",
                "created": int(time.time()),
                "livemode": False,
                "type": kind,
                "data": {"object": dict(intent)},
            }
        ).encode()
        stamp = int(time.time()) if timestamp is None else timestamp
        digest = hmac.new((secret or self.webhook_secret).encode(), f"{stamp}.".encode() + body, hashlib.sha256)
        return body, {"Stripe-Signature": f"t={stamp},v1={digest.hexdigest()}"}

    # --- the API --------------------------------------------------------------------------
    def handle(self, method: str, path: str, params: dict[str, Any], key: str | None) -> tuple[int, Any]:
        if key != self.secret_key:
            return 401, {"error": {"type": "invalid_request_error", "message": "Invalid API Key provided"}}
        parts = [p for p in urlsplit(path).path.split("/") if p]
        if parts == ["v1", "balance"]:
            return 200, {"object": "balance", "available": [{"amount": 0, "currency": "cny"}], "livemode": False}
        if parts == ["v1", "payment_intents"] and method == "POST":
            intent_id = f"pi_{secrets.token_hex(12)}"
            intent = {
                "id": intent_id,
                "object": "payment_intent",
                "amount": int(params["amount"]),
                "amount_received": 0,
                "currency": params["currency"],
                "description": params.get("description", ""),
                "metadata": params.get("metadata", {}),
                "status": "requires_payment_method",
                "client_secret": f"{intent_id}_secret_{secrets.token_hex(8)}",
                "created": int(time.time()),
                "livemode": False,
            }
            self.intents[intent_id] = intent
            return 200, intent
        if len(parts) >= 3 and parts[:2] == ["v1", "payment_intents"]:
            intent = self.intents.get(parts[2])
            if intent is None:
                return 404, {"error": {"type": "invalid_request_error", "code": "resource_missing"}}
            if len(parts) == 4 and parts[3] == "cancel":
                if intent["status"] == "succeeded":
                    return 400, {"error": {"type": "invalid_request_error", "code": "payment_intent_unexpected_state"}}
                intent["status"] = "canceled"
            return 200, intent
        if parts == ["v1", "refunds"] and method == "POST":
            intent = self.intents.get(params.get("payment_intent", ""))
            if intent is None or intent["status"] != "succeeded":
                return 400, {"error": {"type": "invalid_request_error", "code": "charge_not_refundable"}}
            refund = {
                "id": f"re_{secrets.token_hex(12)}",
                "object": "refund",
                "status": "succeeded",
                "amount": int(params["amount"]),
                "payment_intent": intent["id"],
                "currency": intent["currency"],
            }
            self.refunds[refund["id"]] = refund
            return 200, refund
        return 404, {"error": {"type": "invalid_request_error", "message": f"no route {method} {path}"}}


class _Handler(JsonHandler):
    def _serve(self) -> None:
        emulator: StripeEmulator = self.server.owner  # type: ignore[attr-defined]
        body = self.read_body().decode() if self.command == "POST" else ""
        query = urlsplit(self.path).query
        params = _nested(parse_qsl(body or query, keep_blank_values=True))
        auth = self.headers.get("Authorization", "")
        key = auth.removeprefix("Bearer ").strip() if auth.startswith("Bearer ") else None
        idem = self.headers.get("Idempotency-Key")
        with emulator.lock:
            if idem and idem in emulator.idempotent:
                self.reply(200, emulator.idempotent[idem])
                return
            status, payload = emulator.handle(self.command, self.path, params, key)
            data = json.dumps(payload).encode()
            if idem and status == 200:
                emulator.idempotent[idem] = data
        self.reply(status, data)

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()
