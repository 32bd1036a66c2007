"""A small Aliyun SMS API (dysmsapi 2017-05-25, RPC style over HTTP) for tests: it checks the
ACS3-HMAC-SHA256 signature of every request, answers SendSms and QuerySendDetails like Aliyun
(business errors are HTTP 200 with a ``Code``), and keeps what it sent with its ``OutId``."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

from tests.billing.emulators.common import JsonHandler, Server
from tests.notifications.emulators.faults import Faults

ACCESS_KEY_ID = "LTAI5tWuyeTestKey0001"
ACCESS_KEY_SECRET = "wuye-aliyun-secret-" + "x" * 11


def _encode(value: str) -> str:
    return quote(value, safe="-_.~")


class AliyunSmsEmulator:
    def __init__(self) -> None:
        self.access_key_id = ACCESS_KEY_ID
        self.access_key_secret = ACCESS_KEY_SECRET
        self.faults = Faults(transient_code="isp.SYSTEM_ERROR", permanent_code="isv.MOBILE_NUMBER_ILLEGAL")
        self.sent: list[dict[str, Any]] = []
        self.server = Server(_Handler)
        self.server.httpd.owner = self  # type: ignore[attr-defined]
        self.server.start()
        host, port = self.server.address
        self.endpoint = f"http://{host}:{port}"

    def reset(self) -> None:
        self.faults.reset()
        with self.faults.lock:
            self.sent.clear()

    def stop(self) -> None:
        self.server.stop()

    def signature_ok(self, method: str, path: str, headers: dict[str, str], body: bytes) -> bool:
        auth = headers.get("authorization", "")
        if not auth.startswith("ACS3-HMAC-SHA256 "):
            return False
        parts = dict(p.split("=", 1) for p in auth.removeprefix("ACS3-HMAC-SHA256 ").split(","))
        if parts.get("Credential") != self.access_key_id:
            return False
        url = urlsplit(path)
        query = sorted(parse_qsl(url.query, keep_blank_values=True))
        canonical_query = "&".join(f"{_encode(k)}={_encode(v)}" for k, v in query)
        signed = parts.get("SignedHeaders", "").split(";")
        canonical_headers = "".join(f"{name}:{headers.get(name, '').strip()}\n" for name in signed)
        payload = hashlib.sha256(body).hexdigest()
        canonical = "\n".join([method, url.path or "/", canonical_query, canonical_headers, ";".join(signed), payload])
        to_sign = "ACS3-HMAC-SHA256\n" + hashlib.sha256(canonical.encode()).hexdigest()
        expected = hmac.new(self.access_key_secret.encode(), to_sign.encode(), hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, parts.get("Signature", ""))

    def handle(self, action: str, params: dict[str, str]) -> dict[str, Any]:
        request_id = secrets.token_hex(8)
        if action == "SendSms":
            key, phone = params.get("OutId", ""), params.get("PhoneNumbers", "")
            code = self.faults.outcome(key, phone)
            if code is not None:
                return {"Code": code, "Message": code, "RequestId": request_id}
            biz_id = f"{secrets.randbelow(10**12):012d}^0"
            with self.faults.lock:
                self.sent.append(
                    {
                        "OutId": key,
                        "PhoneNum": phone,
                        "TemplateCode": params.get("TemplateCode", ""),
                        "TemplateParam": json.loads(params.get("TemplateParam") or "{}"),
                        "SignName": params.get("SignName", ""),
                        "SendDate": datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
                        "SendStatus": 3,
                    }
                )
            return {"Code": "OK", "Message": "OK", "BizId": biz_id, "RequestId": request_id}
        if action == "QuerySendDetails":
            phone = params.get("PhoneNumber", "")
            page, size = int(params.get("CurrentPage", "1")), int(params.get("PageSize", "10"))
            with self.faults.lock:
                rows = [r for r in self.sent if r["PhoneNum"] == phone]
            chunk = rows[(page - 1) * size : page * size]
            return {
                "Code": "OK",
                "Message": "OK",
                "RequestId": request_id,
                "TotalCount": len(rows),
                "SmsSendDetailDTOs": {"SmsSendDetailDTO": chunk},
            }
        return {"Code": "isv.INVALID_PARAMETERS", "Message": f"unknown action {action}", "RequestId": request_id}


class _Handler(JsonHandler):
    def do_POST(self) -> None:
        emulator: AliyunSmsEmulator = self.server.owner  # type: ignore[attr-defined]
        body = self.read_body()
        headers = {k.lower(): v for k, v in self.headers.items()}
        if not emulator.signature_ok("POST", self.path, headers, body):
            payload = {"Code": "SignatureDoesNotMatch", "Message": "signature mismatch", "RequestId": "x"}
            self.reply(400, json.dumps(payload).encode())
            return
        params = dict(parse_qsl(urlsplit(self.path).query, keep_blank_values=True))
        params.update(dict(parse_qsl(body.decode(), keep_blank_values=True)))
        self.reply(200, json.dumps(emulator.handle(headers.get("x-acs-action", ""), params)).encode())
