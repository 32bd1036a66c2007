"""Alipay (支付宝) through the official ``alipay-sdk-python``: QR code precreate (scan to pay in the
owner app), page pay (desktop redirect), app pay (order string for the mobile SDK), trade query,
close and refund, and asynchronous notifications. RSA2 only.

Notifications are verified the way the SDK's helper (``verify_with_rsa``) does it, with python-rsa's
``rsa.verify``, but against Alipay's public key parsed once per gateway (the helper parses the PEM
with pyasn1 on every call: most of a notification's CPU). ``rsa.verify`` raises on a bad signature
and picks the hash from the signature itself, so a SHA-1 ("RSA") signature verifies too:
notifications must say ``sign_type=RSA2`` and the hash it reports must be SHA-256.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl

import rsa
from alipay.aop.api.AlipayClientConfig import AlipayClientConfig
from alipay.aop.api.DefaultAlipayClient import DefaultAlipayClient
from alipay.aop.api.domain.AlipayTradeAppPayModel import AlipayTradeAppPayModel
from alipay.aop.api.domain.AlipayTradeCloseModel import AlipayTradeCloseModel
from alipay.aop.api.domain.AlipayTradePagePayModel import AlipayTradePagePayModel
from alipay.aop.api.domain.AlipayTradePrecreateModel import AlipayTradePrecreateModel
from alipay.aop.api.domain.AlipayTradeQueryModel import AlipayTradeQueryModel
from alipay.aop.api.domain.AlipayTradeRefundModel import AlipayTradeRefundModel
from alipay.aop.api.request.AlipayTradeAppPayRequest import AlipayTradeAppPayRequest
from alipay.aop.api.request.AlipayTradeCloseRequest import AlipayTradeCloseRequest
from alipay.aop.api.request.AlipayTradePagePayRequest import AlipayTradePagePayRequest
from alipay.aop.api.request.AlipayTradePrecreateRequest import AlipayTradePrecreateRequest
from alipay.aop.api.request.AlipayTradeQueryRequest import AlipayTradeQueryRequest
from alipay.aop.api.request.AlipayTradeRefundRequest import AlipayTradeRefundRequest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
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
from saas.core.money import MoneyFormatError, fen_to_yuan, yuan_to_fen

SUCCESS = "10000"
PAID_STATUSES = {"TRADE_SUCCESS", "TRADE_FINISHED"}
STATES = {
    "WAIT_BUYER_PAY": PaymentState.PENDING,
    "TRADE_CLOSED": PaymentState.CLOSED,
    "TRADE_SUCCESS": PaymentState.PAID,
    "TRADE_FINISHED": PaymentState.PAID,
}
NOT_EXIST = "ACQ.TRADE_NOT_EXIST"
PRIVATE_BEGIN = "-----BEGIN RSA PRIVATE KEY-----"


def _pem_body(pem: bytes) -> str:
    """The base64 body of a PEM block, the form the SDK and Alipay's console use."""
    lines = pem.decode().strip().splitlines()
    return "".join(line for line in lines if not line.startswith("-----"))


def _as_pem(text: str, kind: str) -> bytes:
    text = text.strip()
    if text.startswith("-----"):
        return text.encode()
    body = "".join(text.split())
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----\n".encode()


def private_key_normalise(text: str) -> str:
    """An app private key in any usual form (PKCS#1 or PKCS#8, PEM or bare base64) as the PKCS#1
    base64 body the SDK signs with; ``ValueError`` if it is not a 2048-bit (or larger) RSA key."""
    last_error: Exception | None = None
    for kind in ("RSA PRIVATE KEY", "PRIVATE KEY"):
        try:
            key = serialization.load_pem_private_key(_as_pem(text, kind), password=None)
        except (ValueError, TypeError) as exc:
            last_error = exc
            continue
        if not isinstance(key, RSAPrivateKey) or key.key_size < 2048:
            raise ValueError("not an RSA key of at least 2048 bits")
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
        )
        return _pem_body(pem)
    raise ValueError("not an RSA private key") from last_error


def public_key_normalise(text: str) -> str:
    """Alipay's public key (PEM or bare base64 SubjectPublicKeyInfo) as its base64 body."""
    try:
        key = serialization.load_pem_public_key(_as_pem(text, "PUBLIC KEY"))
    except (ValueError, TypeError) as exc:
        raise ValueError("not an RSA public key") from exc
    if not isinstance(key, RSAPublicKey) or key.key_size < 2048:
        raise ValueError("not an RSA key of at least 2048 bits")
    pem = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return _pem_body(pem)


def sign_content(params: Mapping[str, str]) -> str:
    """What Alipay signs in a notification: every non-empty parameter but ``sign`` and
    ``sign_type``, sorted by name, as ``k=v`` joined with ``&`` (values not URL-encoded)."""
    pairs = sorted((k, v) for k, v in params.items() if k not in ("sign", "sign_type") and v != "")
    return "&".join(f"{k}={v}" for k, v in pairs)


class AlipayGateway:
    name = "alipay"
    is_real_money = True

    def __init__(
        self,
        *,
        app_id: str,
        app_private_key: str,
        alipay_public_key: str,
        seller_id: str,
        server_url: str,
        timeout: int = 15,
    ) -> None:
        self.app_id = app_id
        self.seller_id = seller_id
        self._alipay_public_key = rsa.PublicKey.load_pkcs1_openssl_pem(_as_pem(alipay_public_key, "PUBLIC KEY"))
        config = AlipayClientConfig()
        config.server_url = server_url
        config.app_id = app_id
        config.app_private_key = app_private_key
        config.alipay_public_key = alipay_public_key
        config.sign_type = "RSA2"
        config.charset = "utf-8"
        config.timeout = timeout
        # No logger: the SDK logs the signed request, merchant data included.
        self._client = DefaultAlipayClient(alipay_client_config=config, logger=None)

    # --- calls ---------------------------------------------------------------------------
    def _execute(self, request: Any, method: str) -> dict[str, Any]:
        try:
            content = self._client.execute(request)
        except Exception as exc:  # the SDK raises bare RequestException/ResponseException
            raise GatewayError(f"alipay {method}: {exc}".splitlines()[0][:200]) from exc
        try:
            parsed: dict[str, Any] = json.loads(content)
        except (TypeError, ValueError) as exc:
            raise GatewayError(f"alipay {method}: unreadable response") from exc
        return parsed

    @staticmethod
    def _failure(method: str, response: Mapping[str, Any]) -> GatewayError:
        detail = response.get("sub_msg") or response.get("msg") or ""
        return GatewayError(f"alipay {method}: {response.get('sub_code') or response.get('code')} {detail}"[:200])

    def checkout_create(self, request: CheckoutRequest) -> Checkout:
        if request.amount.currency != "CNY":
            raise GatewayError("alipay takes CNY only")
        minutes = max(1, int((request.expires_at - timezone.now()).total_seconds() // 60))
        common = {
            "out_trade_no": request.out_trade_no,
            "total_amount": fen_to_yuan(request.amount.minor_units),
            "subject": request.subject,
            "timeout_express": f"{minutes}m",
        }
        if request.channel is Channel.QR_CODE:
            precreate = AlipayTradePrecreateRequest(biz_model=_model(AlipayTradePrecreateModel, common))
            precreate.notify_url = request.notify_url
            response = self._execute(precreate, "precreate")
            if response.get("code") != SUCCESS or not response.get("qr_code"):
                raise self._failure("precreate", response)
            return Checkout(request.out_trade_no, request.channel, qr_code_url=str(response["qr_code"]))
        if request.channel is Channel.PAGE:
            page = AlipayTradePagePayRequest(
                biz_model=_model(AlipayTradePagePayModel, {**common, "product_code": "FAST_INSTANT_TRADE_PAY"})
            )
            page.notify_url = request.notify_url
            if request.return_url:
                page.return_url = request.return_url
            url = self._client.page_execute(page, http_method="GET")
            return Checkout(request.out_trade_no, request.channel, redirect_url=str(url))
        if request.channel is Channel.APP:
            app = AlipayTradeAppPayRequest(
                biz_model=_model(AlipayTradeAppPayModel, {**common, "product_code": "QUICK_MSECURITY_PAY"})
            )
            app.notify_url = request.notify_url
            return Checkout(request.out_trade_no, request.channel, order_string=str(self._client.sdk_execute(app)))
        raise GatewayError(f"alipay has no {request.channel.value} channel")

    def order_query(self, out_trade_no: str, provider_trade_no: str = "") -> OrderStatus:
        query = AlipayTradeQueryRequest(biz_model=_model(AlipayTradeQueryModel, {"out_trade_no": out_trade_no}))
        response = self._execute(query, "query")
        if response.get("code") != SUCCESS:
            if response.get("sub_code") == NOT_EXIST:  # a precreated QR nobody has scanned yet
                return OrderStatus(out_trade_no, PaymentState.PENDING, None)
            raise self._failure("query", response)
        state = STATES.get(str(response.get("trade_status")))
        if state is None:
            raise GatewayError(f"alipay query: unknown trade status {response.get('trade_status')!r}")
        return OrderStatus(
            out_trade_no,
            state,
            _amount(response.get("total_amount")),
            provider_trade_no=str(response.get("trade_no") or ""),
        )

    def order_close(self, out_trade_no: str, provider_trade_no: str = "") -> OrderStatus:
        close = AlipayTradeCloseRequest(biz_model=_model(AlipayTradeCloseModel, {"out_trade_no": out_trade_no}))
        response = self._execute(close, "close")
        if response.get("code") == SUCCESS or response.get("sub_code") == NOT_EXIST:
            return OrderStatus(out_trade_no, PaymentState.CLOSED, None)
        # Refused (e.g. ACQ.TRADE_STATUS_ERROR): it was paid meanwhile; say what it is now.
        return self.order_query(out_trade_no)

    def refund(self, request: RefundRequest) -> RefundResult:
        model = _model(
            AlipayTradeRefundModel,
            {
                "out_trade_no": request.out_trade_no,
                "refund_amount": fen_to_yuan(request.amount.minor_units),
                "out_request_no": request.out_refund_no,
                "refund_reason": request.reason[:256],
            },
        )
        response = self._execute(AlipayTradeRefundRequest(biz_model=model), "refund")
        if response.get("code") != SUCCESS:
            raise self._failure("refund", response)
        return RefundResult(request.out_refund_no, request.amount, succeeded=response.get("fund_change") == "Y")

    def credentials_check(self) -> None:
        """Query an order that cannot exist: Alipay answers "trade not exist" only to a request
        signed with the app's key, and its signed answer verifies only with Alipay's public key."""
        probe = AlipayTradeQueryRequest(
            biz_model=_model(AlipayTradeQueryModel, {"out_trade_no": "WUYECREDENTIALSCHECK"})
        )
        response = self._execute(probe, "query")
        if response.get("code") != SUCCESS and response.get("sub_code") != NOT_EXIST:
            raise self._failure("query", response)

    # --- notifications -------------------------------------------------------------------
    def notification_parse(self, *, headers: Mapping[str, str], body: bytes) -> Notification:
        try:
            params = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True))
        except (UnicodeDecodeError, ValueError) as exc:
            raise SignatureInvalid("not a form-encoded notification") from exc
        self._verify(params)
        status = params.get("trade_status", "")
        state = STATES.get(status)
        if state is None:
            raise SignatureInvalid(f"unknown trade status {status!r}")
        if state is PaymentState.PENDING:
            raise NotificationIgnored("the buyer has not paid yet")
        amount = _amount(params.get("total_amount"))
        if amount is None:
            raise SignatureInvalid("no amount")
        trade_no = params.get("trade_no", "")
        return Notification(
            # A retry of the same notification repeats trade_no and status; a later status of the
            # same trade (TRADE_FINISHED after TRADE_SUCCESS) is a different event.
            event_id=f"{trade_no}:{status}",
            out_trade_no=params.get("out_trade_no", ""),
            state=state,
            amount=amount,
            app_id=params.get("app_id", ""),
            seller_id=params.get("seller_id", ""),
            occurred_at=_when(params.get("gmt_payment") or params.get("notify_time")),
            provider_trade_no=trade_no,
            raw={k: v for k, v in params.items() if k not in ("sign",)},
        )

    def _verify(self, params: dict[str, str]) -> None:
        if params.get("sign_type") != "RSA2":
            raise SignatureInvalid("sign_type must be RSA2")
        try:
            signature = base64.b64decode(params.get("sign", ""), validate=True)
            hash_name = rsa.verify(sign_content(params).encode("utf-8"), signature, self._alipay_public_key)
        except Exception as exc:  # rsa.VerificationError, binascii.Error …: a mismatch or garbage
            raise SignatureInvalid("signature does not verify") from exc
        if hash_name != "SHA-256":
            raise SignatureInvalid("signed with SHA-1 (RSA), not RSA2")


def _model(cls: type, values: Mapping[str, str]) -> Any:
    model = cls()
    for key, value in values.items():
        setattr(model, key, value)
    return model


def _amount(value: object) -> Amount | None:
    if value in (None, ""):
        return None
    try:
        fen = yuan_to_fen(str(value))
    except MoneyFormatError:
        return None
    return Amount(fen) if fen > 0 else None


def _when(value: str | None) -> datetime:
    if value:
        try:
            return timezone.make_aware(datetime.strptime(value, "%Y-%m-%d %H:%M:%S"))
        except ValueError:
            pass
    return timezone.now()
