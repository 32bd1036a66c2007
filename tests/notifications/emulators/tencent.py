"""A small Tencent Cloud SMS API (2021-01-11, TC3-HMAC-SHA256 over HTTP) for tests: it checks the
signature, answers SendSms (one status per number, the request's ``SessionContext`` kept) and
PullSmsSendStatusByPhoneNumber, and whole-request errors as ``Response.Error``."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from datetime import UTC, datetime
from typing import Any

from tests.billing.emulators.common import JsonHandler, Server
from tests.notifications.emulators.faults import Faults

SECRET_ID = "AKIDwuyeTestSecretId0001"
SECRET_KEY = "wuye-tencent-secret-key-0001"
SDK_APP_ID = "1400123456"
JSON = "application/json"  # exactly: the SDK looks for errors only under this content type


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode(), hashlib.sha256).digest()


class TencentSmsEmulator:
    def __init__(self) -> None:
        self.secret_id = SECRET_ID
        self.secret_key = SECRET_KEY
        self.sdk_app_id = SDK_APP_ID
        self.faults = Faults(
            transient_code="InternalError.Timeout", permanent_code="InvalidParameterValue.IncorrectPhoneNumber"
        )
        self.request_error: str | None = None  # the next request fails as a whole with this code
        self.sent: list[dict[str, Any]] = []
        self.server = Server(_Handler)
        self.server.httpd.owner = self  # type: ignore[attr-defined]
        self.server.start()
        host, port = self.server.address
        self.endpoint = f"http://{host}:{port}"

    def reset(self) -> None:
        self.faults.reset()
        self.request_error = None
        with self.faults.lock:
            self.sent.clear()

    def stop(self) -> None:
        self.server.stop()

    def signature_ok(self, headers: dict[str, str], body: bytes) -> bool:
        auth = headers.get("authorization", "")
        if not auth.startswith("TC3-HMAC-SHA256 "):
            return False
        parts = dict(p.strip().split("=", 1) for p in auth.removeprefix("TC3-HMAC-SHA256 ").split(","))
        credential = parts.get("Credential", "").split("/")
        if len(credential) != 4 or credential[0] != self.secret_id:
            return False
        day, service = credential[1], credential[2]
        timestamp = headers.get("x-tc-timestamp", "0")
        signed = parts.get("SignedHeaders", "").split(";")
        canonical_headers = "".join(f"{name}:{headers.get(name, '').strip().lower()}\n" for name in signed)
        canonical = "\n".join(["POST", "/", "", canonical_headers, ";".join(signed), hashlib.sha256(body).hexdigest()])
        scope = f"{day}/{service}/tc3_request"
        to_sign = f"TC3-HMAC-SHA256\n{timestamp}\n{scope}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
        key = _hmac(_hmac(_hmac(f"TC3{self.secret_key}".encode(), day), service), "tc3_request")
        expected = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, parts.get("Signature", ""))

    def handle(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        request_id = secrets.token_hex(8)
        if self.request_error:
            code, self.request_error = self.request_error, None
            return {"Error": {"Code": code, "Message": code}, "RequestId": request_id}
        if params.get("SmsSdkAppId") != self.sdk_app_id:
            return {
                "Error": {"Code": "UnauthorizedOperation.SmsSdkAppIdVerifyFail", "Message": "app id"},
                "RequestId": request_id,
            }
        if action == "SendSms":
            key = params.get("SessionContext", "")
            statuses = []
            for phone in params.get("PhoneNumberSet", []):
                code = self.faults.outcome(key, phone)
                serial = f"{secrets.randbelow(10**10)}:{secrets.token_hex(8)}"
                if code is None:
                    with self.faults.lock:
                        self.sent.append(
                            {
                                "PhoneNumber": phone,
                                "SessionContext": key,
                                "SerialNo": serial,
                                "TemplateId": params.get("TemplateId"),
                                "TemplateParamSet": params.get("TemplateParamSet", []),
                                "SignName": params.get("SignName"),
                                "UserReceiveTime": int(time.time()),
                            }
                        )
                statuses.append(
                    {
                        "SerialNo": serial if code is None else "",
                        "PhoneNumber": phone,
                        "Fee": 1 if code is None else 0,
                        "SessionContext": key,
                        "Code": code or "Ok",
                        "Message": "send success" if code is None else code,
                        "IsoCode": "CN",
                    }
                )
            return {"SendStatusSet": statuses, "RequestId": request_id}
        if action == "PullSmsSendStatusByPhoneNumber":
            phone = params.get("PhoneNumber", "")
            offset, limit = int(params.get("Offset", 0)), int(params.get("Limit", 100))
            with self.faults.lock:
                rows = [r for r in self.sent if r["PhoneNumber"] == phone]
            chunk = [
                {
                    "UserReceiveTime": r["UserReceiveTime"],
                    "CountryCode": "86",
                    "SubscriberNumber": phone[3:],
                    "PhoneNumber": phone,
                    "SerialNo": r["SerialNo"],
                    "ReportStatus": "SUCCESS",
                    "Description": "用户接收成功",
                    "SessionContext": r["SessionContext"],
                }
                for r in rows[offset : offset + limit]
            ]
            return {"PullSmsSendStatusSet": chunk, "RequestId": request_id}
        return {"Error": {"Code": "InvalidAction", "Message": action}, "RequestId": request_id}


class _Handler(JsonHandler):
    def do_POST(self) -> None:
        emulator: TencentSmsEmulator = self.server.owner  # type: ignore[attr-defined]
        body = self.read_body()
        headers = {k.lower(): v for k, v in self.headers.items()}
        if not emulator.signature_ok(headers, body):
            error = {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": "signature"}, "RequestId": "x"}
            self.reply(200, json.dumps({"Response": error}).encode(), JSON)
            return
        response = emulator.handle(headers.get("x-tc-action", ""), json.loads(body or b"{}"))
        self.reply(200, json.dumps({"Response": response}).encode(), JSON)


def today() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d")
