"""Outbox tests: the real SDKs (Aliyun, Tencent) and our WeChat client against loopback emulators
of the providers' HTTP APIs (started once per session, emptied per test)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from django.utils import timezone

from saas.notifications.accounts import channel_account_configure
from saas.notifications.delivery import in_quiet_hours, quiet_hours_end
from saas.notifications.templates import MessageKind
from tests.notifications.emulators.aliyun import AliyunSmsEmulator
from tests.notifications.emulators.tencent import TencentSmsEmulator
from tests.notifications.emulators.wechat import (
    MINI_APP_ID,
    MINI_SECRET,
    OFFICIAL_APP_ID,
    OFFICIAL_SECRET,
    WechatEmulator,
)

ALL_KINDS = [kind.value for kind in MessageKind]


@pytest.fixture(scope="session")
def aliyun_server() -> Iterator[AliyunSmsEmulator]:
    emulator = AliyunSmsEmulator()
    yield emulator
    emulator.stop()


@pytest.fixture(scope="session")
def tencent_server() -> Iterator[TencentSmsEmulator]:
    emulator = TencentSmsEmulator()
    yield emulator
    emulator.stop()


@pytest.fixture(scope="session")
def wechat_server() -> Iterator[WechatEmulator]:
    emulator = WechatEmulator()
    yield emulator
    emulator.stop()


@pytest.fixture
def aliyun(aliyun_server: AliyunSmsEmulator, settings: Any) -> AliyunSmsEmulator:
    aliyun_server.reset()
    settings.ALIYUN_SMS_ENDPOINT = aliyun_server.endpoint
    return aliyun_server


@pytest.fixture
def tencent(tencent_server: TencentSmsEmulator, settings: Any) -> TencentSmsEmulator:
    tencent_server.reset()
    settings.TENCENT_SMS_ENDPOINT = tencent_server.endpoint
    return tencent_server


@pytest.fixture
def wechat(wechat_server: WechatEmulator, settings: Any) -> WechatEmulator:
    wechat_server.reset()
    settings.WECHAT_API_BASE = wechat_server.url
    return wechat_server


@pytest.fixture(autouse=True)
def _fast_retries(settings: Any) -> None:
    settings.OUTBOX_RETRY_BASE_SECONDS = 30.0
    settings.OUTBOX_KICK = False


def templates(prefix: str) -> dict[str, str]:
    return {kind: f"{prefix}_{i:04d}" for i, kind in enumerate(ALL_KINDS, start=1)}


def configure_aliyun(emulator: AliyunSmsEmulator, **extra: Any) -> None:
    channel_account_configure(
        provider="aliyun_sms",
        values={"access_key_id": emulator.access_key_id, "access_key_secret": emulator.access_key_secret},
        sign_name="京华物业",
        templates=templates("SMS"),
        **extra,
    )


def configure_tencent(emulator: TencentSmsEmulator, **extra: Any) -> None:
    channel_account_configure(
        provider="tencent_sms",
        values={"secret_id": emulator.secret_id, "secret_key": emulator.secret_key, "sdk_app_id": emulator.sdk_app_id},
        sign_name="京华物业",
        templates={kind: str(1000 + i) for i, kind in enumerate(ALL_KINDS)},
        **extra,
    )


def configure_wechat() -> None:
    channel_account_configure(
        provider="wechat_official",
        values={"app_id": OFFICIAL_APP_ID, "app_secret": OFFICIAL_SECRET},
        templates={kind: {"id": f"tmpl-{kind}", "fields": {}} for kind in ALL_KINDS},
    )
    channel_account_configure(
        provider="wechat_mini",
        values={"app_id": MINI_APP_ID, "app_secret": MINI_SECRET},
        templates={kind: {"id": f"sub-{kind}", "fields": {}} for kind in ALL_KINDS},
    )


def awake() -> datetime:
    """Now, or the end of the quiet hours (22:00–07:00 Beijing) while they are on: a routine SMS
    waits them out, so a test delivering with the real clock passed only by day."""
    now = timezone.now()
    return quiet_hours_end(now) if in_quiet_hours(now) else now
