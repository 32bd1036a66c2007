"""A small Alipay open-platform gateway (``/gateway.do``) for tests: it verifies the app's RSA2
signature on every request (page and app pay strings included), keeps trades in memory, signs its
responses with "Alipay's" key, and signs notifications the way Alipay does."""

from __future__ import annotations

import base64
import json
import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from billing.gateways.alipay import sign_content
from tests.billing.emulators.common import JsonHandler, Server, rsa_key_pair

APP_ID = "2021000123456789"
SELLER_ID = "2088102177889900"


@dataclass
class Trade:
    out_trade_no: str
    total_amount: str
    subject: str
    notify_url: str
    trade_no: str
    status: str = "WAIT_BUYER_PAY"
    refunds: dict[str, str] = field(default_factory=dict)
    gmt_payment: str = ""


def _sign(key: Any, content: str, algorithm: Any = None) -> str:
    signature = key.sign(content.encode(), padding.PKCS1v15(), algorithm or hashes.SHA256())
    return base64.b64encode(signature).decode()


class AlipayEmulator:
    def __init__(self) -> None:
        self.alipay_key, _, self.alipay_public_pem = rsa_key_pair()
        self.app_key, self.app_private_pem, self.app_public_pem = rsa_key_pair()
        self.app_id = APP_ID
        self.seller_id = SELLER_ID
        self.trades: dict[str, Trade] = {}
        self.calls: list[str] = []
        self.lock = threading.Lock()
        self.server = Server(_Handler, port=80)
        self.server.httpd.owner = self  # type: ignore[attr-defined]
        self.server.start()
        host, _ = self.server.address
        self.url = f"http://{host}/gateway.do"

    def reset(self) -> None:
        with self.lock:
            self.trades.clear()
            self.calls.clear()

    def stop(self) -> None:
        self.server.stop()

    # --- what the test does as Alipay or as a buyer -----------------------------------------
    def verify_app_signature(self, params: dict[str, str]) -> bool:
        content = "&".join(f"{k}={v}" for k, v in sorted(params.items()) if k != "sign")
        public_key = self.app_key.public_key()
        try:
            public_key.verify(
                base64.b64decode(params.get("sign", "")), content.encode(), padding.PKCS1v15(), hashes.SHA256()
            )
        except (InvalidSignature, ValueError):
            return False
        return params.get("sign_type") == "RSA2" and params.get("app_id") == self.app_id

    def open_page(self, url: str) -> bool:
        """The buyer's browser follows a page-pay redirect: the trade exists if it verified."""
        params = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
        return self._create_from_signed(params)

    def app_pay(self, order_string: str) -> bool:
        """The Alipay app is handed an app-pay order string."""
        return self._create_from_signed(dict(parse_qsl(order_string, keep_blank_values=True)))

    def _create_from_signed(self, params: dict[str, str]) -> bool:
        if not self.verify_app_signature(params):
            return False
        biz = json.loads(params["biz_content"])
        self._trade(biz, params.get("notify_url", ""))
        return True

    def _trade(self, biz: dict[str, Any], notify_url: str) -> Trade:
        with self.lock:
            trade = self.trades.get(biz["out_trade_no"])
            if trade is None:
                trade = Trade(
                    out_trade_no=biz["out_trade_no"],
                    total_amount=str(biz["total_amount"]),
                    subject=str(biz.get("subject", "")),
                    notify_url=notify_url,
                    trade_no=f"2026{secrets.randbelow(10**20):020d}",
                )
                self.trades[trade.out_trade_no] = trade
            return trade

    def scan(self, out_trade_no: str) -> Trade:
        return self.trades[out_trade_no]

    def pay(self, out_trade_no: str) -> dict[str, str]:
        """The buyer pays: the trade succeeds; returns the notification Alipay would post."""
        trade = self.trades[out_trade_no]
        trade.status = "TRADE_SUCCESS"
        trade.gmt_payment = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
        return self.notification(out_trade_no)

    def notification(
        self,
        number: str,
        /,
        *,
        status: str | None = None,
        sign_type: str = "RSA2",
        sha1: bool = False,
        key: Any = None,
        **overrides: str,
    ) -> dict[str, str]:
        trade = self.trades[number]
        status = status or trade.status
        params = {
            "notify_time": datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
            "notify_type": "trade_status_sync",
            "notify_id": secrets.token_hex(16),
            "charset": "utf-8",
            "version": "1.0",
            "app_id": self.app_id,
            "seller_id": self.seller_id,
            "trade_no": trade.trade_no,
            "out_trade_no": trade.out_trade_no,
            "trade_status": status,
            "total_amount": trade.total_amount,
            "receipt_amount": trade.total_amount,
            "buyer_logon_id": "138****0000",
            "subject": trade.subject,
            "gmt_payment": trade.gmt_payment or datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
            **overrides,
        }
        params["sign"] = _sign(key or self.alipay_key, sign_content(params), hashes.SHA1() if sha1 else None)
        params["sign_type"] = sign_type
        return params

    # --- the gateway --------------------------------------------------------------------------
    def handle(self, params: dict[str, str]) -> tuple[str, dict[str, Any]]:
        method = params.get("method", "")
        name = method.replace(".", "_") + "_response"
        self.calls.append(method)
        if params.get("app_id") != self.app_id:
            return name, {"code": "40002", "msg": "Invalid Arguments", "sub_code": "isv.invalid-app-id"}
        if not self.verify_app_signature(params):
            return name, {"code": "40002", "msg": "Invalid Arguments", "sub_code": "isv.invalid-signature"}
        biz = json.loads(params.get("biz_content") or "{}")
        found = self.trades.get(biz.get("out_trade_no", ""))
        missing = {
            "code": "40004",
            "msg": "Business Failed",
            "sub_code": "ACQ.TRADE_NOT_EXIST",
            "sub_msg": "交易不存在",
        }
        if method == "alipay.trade.precreate":
            trade = self._trade(biz, params.get("notify_url", ""))
            return name, {
                "code": "10000",
                "msg": "Success",
                "out_trade_no": trade.out_trade_no,
                "qr_code": f"https://qr.alipay.com/bax0{trade.trade_no[-12:]}",
            }
        if found is None:
            return name, missing
        if method == "alipay.trade.query":
            return name, {
                "code": "10000",
                "msg": "Success",
                "trade_no": found.trade_no,
                "out_trade_no": found.out_trade_no,
                "trade_status": found.status,
                "total_amount": found.total_amount,
                "buyer_logon_id": "138****0000",
            }
        if method == "alipay.trade.close":
            if found.status != "WAIT_BUYER_PAY":
                return name, {"code": "40004", "msg": "Business Failed", "sub_code": "ACQ.TRADE_STATUS_ERROR"}
            found.status = "TRADE_CLOSED"
            return name, {
                "code": "10000",
                "msg": "Success",
                "trade_no": found.trade_no,
                "out_trade_no": found.out_trade_no,
            }
        if method == "alipay.trade.refund":
            if found.status not in ("TRADE_SUCCESS", "TRADE_FINISHED"):
                return name, {"code": "40004", "msg": "Business Failed", "sub_code": "ACQ.TRADE_STATUS_ERROR"}
            request_no = biz["out_request_no"]
            change = "N" if request_no in found.refunds else "Y"
            found.refunds[request_no] = str(biz["refund_amount"])
            return name, {
                "code": "10000",
                "msg": "Success",
                "trade_no": found.trade_no,
                "out_trade_no": found.out_trade_no,
                "refund_fee": biz["refund_amount"],
                "fund_change": change,
            }
        return name, {"code": "40004", "msg": "Business Failed", "sub_code": "ACQ.UNKNOWN_METHOD"}

    def response(self, name: str, content: dict[str, Any]) -> bytes:
        inner = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
        return f'{{"{name}":{inner},"sign":"{_sign(self.alipay_key, inner)}"}}'.encode()

    def private_pem_pkcs8(self) -> str:
        return self.app_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()


class _Handler(JsonHandler):
    def _params(self) -> dict[str, str]:
        query = dict(parse_qsl(urlsplit(self.path).query, keep_blank_values=True))
        body = self.read_body().decode() if self.command == "POST" else ""
        return {**query, **dict(parse_qsl(body, keep_blank_values=True))}

    def do_POST(self) -> None:
        emulator: AlipayEmulator = self.server.owner  # type: ignore[attr-defined]
        name, content = emulator.handle(self._params())
        self.reply(200, emulator.response(name, content))

    def do_GET(self) -> None:  # page pay: the buyer's browser
        emulator: AlipayEmulator = self.server.owner  # type: ignore[attr-defined]
        ok = emulator._create_from_signed(self._params())
        self.reply(200 if ok else 400, ("支付宝收银台" if ok else "签名错误").encode(), "text/html; charset=utf-8")
