"""Message providers behind one protocol (``base.Sender``); ``sender_build`` turns a provider name
and its decrypted credentials into one. Endpoints come from settings (tests: loopback emulators)."""

from __future__ import annotations

from collections.abc import Mapping

from django.conf import settings

from saas.notifications.channels.base import Sender

# The credential fields each provider needs (all secret at rest).
FIELDS: dict[str, tuple[str, ...]] = {
    "aliyun_sms": ("access_key_id", "access_key_secret"),
    "tencent_sms": ("secret_id", "secret_key", "sdk_app_id"),
    "console_sms": (),
    "wechat_official": ("app_id", "app_secret"),
    "wechat_mini": ("app_id", "app_secret"),
}


def sender_build(provider: str, secrets: Mapping[str, str], *, sign_name: str) -> Sender:
    if provider == "aliyun_sms":
        from saas.notifications.channels.aliyun import AliyunSmsSender

        return AliyunSmsSender(
            access_key_id=secrets["access_key_id"],
            access_key_secret=secrets["access_key_secret"],
            sign_name=sign_name,
            endpoint=settings.ALIYUN_SMS_ENDPOINT,
        )
    if provider == "tencent_sms":
        from saas.notifications.channels.tencent import TencentSmsSender

        return TencentSmsSender(
            secret_id=secrets["secret_id"],
            secret_key=secrets["secret_key"],
            sdk_app_id=secrets["sdk_app_id"],
            sign_name=sign_name,
            endpoint=settings.TENCENT_SMS_ENDPOINT,
            region=settings.TENCENT_SMS_REGION,
        )
    if provider == "console_sms":
        from saas.notifications.channels.console import ConsoleSmsSender

        return ConsoleSmsSender()
    if provider in ("wechat_official", "wechat_mini"):
        from saas.notifications.channels.wechat import WechatSender

        return WechatSender(
            provider=provider,
            app_id=secrets["app_id"],
            app_secret=secrets["app_secret"],
            api_base=settings.WECHAT_API_BASE,
        )
    raise ValueError(f"unknown message provider {provider!r}")
