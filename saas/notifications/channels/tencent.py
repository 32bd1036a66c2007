"""腾讯云短信 through the official ``tencentcloud-sdk-python-sms`` SDK (API 2021-01-11).
``SessionContext`` carries our dedupe key (Tencent returns it in status reports), and
PullSmsSendStatusByPhoneNumber finds a message a dead worker may have sent."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.sms.v20210111 import models as sms_models
from tencentcloud.sms.v20210111.sms_client import SmsClient

from saas.notifications.channels.base import Accepted, Outgoing, PermanentError, TransientError, mainland

# Codes worth another try; anything else about the number, the template, the signature, the
# balance or the credentials is permanent.
TRANSIENT_PREFIXES = ("InternalError", "RequestLimitExceeded", "LimitExceeded.AppCountryOrRegionDailyLimit")
TRANSIENT_CODES = frozenset({"FailedOperation.JsonParseFail", "ClientNetworkError", "ServerNetworkError"})


def _classify(code: str, message: str) -> Exception:
    if code in TRANSIENT_CODES or code.startswith(TRANSIENT_PREFIXES):
        return TransientError(code, message)
    return PermanentError(code, message)


class TencentSmsSender:
    provider = "tencent_sms"

    def __init__(
        self, *, secret_id: str, secret_key: str, sdk_app_id: str, sign_name: str, endpoint: str, region: str
    ) -> None:
        url = urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
        http = HttpProfile(protocol=url.scheme, endpoint=url.netloc, reqTimeout=10)
        self.client = SmsClient(credential.Credential(secret_id, secret_key), region, ClientProfile(httpProfile=http))
        self.sdk_app_id = sdk_app_id
        self.sign_name = sign_name

    def _call(self, method: str, request: object) -> object:
        try:
            return getattr(self.client, method)(request)
        except TencentCloudSDKException as exc:
            raise _classify(str(exc.get_code() or "ClientNetworkError"), str(exc.get_message())) from exc
        except Exception as exc:
            raise TransientError(type(exc).__name__, str(exc)) from exc

    def send(self, message: Outgoing) -> Accepted:
        request = sms_models.SendSmsRequest()
        request.PhoneNumberSet = [mainland(message.address)]
        request.SmsSdkAppId = self.sdk_app_id
        request.SignName = self.sign_name
        request.TemplateId = message.template_id
        request.TemplateParamSet = [str(v) for v in message.params.values()]
        request.SessionContext = message.dedupe_key
        response = self._call("SendSms", request)
        statuses = response.SendStatusSet or []  # type: ignore[attr-defined]
        if not statuses:
            raise TransientError("EmptySendStatusSet", "no status for the number")
        status = statuses[0]
        if status.Code != "Ok":
            raise _classify(status.Code or "", status.Message or "")
        return Accepted(status.SerialNo or "")

    def find_sent(self, message: Outgoing, since: datetime) -> Accepted | None:
        offset = 0
        while offset < 500:
            request = sms_models.PullSmsSendStatusByPhoneNumberRequest()
            request.BeginTime = int(since.timestamp()) - 60
            request.Offset, request.Limit = offset, 100
            request.PhoneNumber = mainland(message.address)
            request.SmsSdkAppId = self.sdk_app_id
            response = self._call("PullSmsSendStatusByPhoneNumber", request)
            rows = response.PullSmsSendStatusSet or []  # type: ignore[attr-defined]
            for row in rows:
                if row.SessionContext == message.dedupe_key:
                    return Accepted(row.SerialNo or "")
            if len(rows) < 100:
                return None
            offset += 100
        return None
