"""阿里云短信 through the official ``alibabacloud-dysmsapi20170525`` SDK. ``OutId`` carries our
dedupe key; QuerySendDetails finds a message a dead worker may have sent."""

from __future__ import annotations

import json
from datetime import datetime
from urllib.parse import urlsplit

from alibabacloud_dysmsapi20170525 import models as sms_models
from alibabacloud_dysmsapi20170525.client import Client
from alibabacloud_tea_openapi import models as openapi_models
from alibabacloud_tea_openapi.exceptions import ClientException, ThrottlingException
from darabonba.runtime import RuntimeOptions
from django.utils import timezone

from saas.notifications.channels.base import Accepted, Outgoing, PermanentError, TransientError

# isv.* are the caller's faults (never retried) except flow control; isp.* are Aliyun's own.
TRANSIENT_CODES = frozenset({"isv.BUSINESS_LIMIT_CONTROL", "isv.DAY_LIMIT_CONTROL_TEMP", "Throttling.User"})


def _classify(code: str, message: str) -> Exception:
    if code in TRANSIENT_CODES or code.startswith(("isp.", "Throttling", "ServiceUnavailable", "InternalError")):
        return TransientError(code, message)
    return PermanentError(code, message)


class AliyunSmsSender:
    provider = "aliyun_sms"

    def __init__(self, *, access_key_id: str, access_key_secret: str, sign_name: str, endpoint: str) -> None:
        url = urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
        config = openapi_models.Config(
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
            endpoint=url.netloc,
            protocol=url.scheme,
            connect_timeout=5000,
            read_timeout=10000,
        )
        self.client = Client(config)
        self.sign_name = sign_name

    def _call(self, method: str, request: object) -> object:
        try:
            return getattr(self.client, method)(request, RuntimeOptions())
        except ThrottlingException as exc:
            raise TransientError(str(exc.code), str(exc.message)) from exc
        except ClientException as exc:  # HTTP 4xx: our request or credentials are wrong
            raise _classify(str(exc.code), str(exc.message)) from exc
        except Exception as exc:  # 5xx, throttling, the network (the SDK wraps requests' errors)
            raise TransientError(str(getattr(exc, "code", "") or type(exc).__name__), str(exc)) from exc

    def send(self, message: Outgoing) -> Accepted:
        request = sms_models.SendSmsRequest(
            phone_numbers=message.address,
            sign_name=self.sign_name,
            template_code=message.template_id,
            template_param=json.dumps(dict(message.params), ensure_ascii=False),
            out_id=message.dedupe_key,
        )
        body = self._call("send_sms_with_options", request).body  # type: ignore[attr-defined]
        if body.code != "OK":
            raise _classify(body.code or "", body.message or "")
        return Accepted(body.biz_id or "")

    def find_sent(self, message: Outgoing, since: datetime) -> Accepted | None:
        day = timezone.localdate(since)
        for page in range(1, 11):
            request = sms_models.QuerySendDetailsRequest(
                phone_number=message.address, send_date=f"{day:%Y%m%d}", page_size=50, current_page=page
            )
            body = self._call("query_send_details_with_options", request).body  # type: ignore[attr-defined]
            if body.code != "OK":
                raise _classify(body.code or "", body.message or "")
            details = body.sms_send_detail_dtos.sms_send_detail_dto if body.sms_send_detail_dtos else []
            for detail in details or []:
                if detail.out_id == message.dedupe_key:
                    return Accepted(detail.out_id)
            if len(details or []) < 50:
                return None
        return None
