"""The outbox end to end against the emulators: rows written with the event (or not at all),
delivery through the real SDKs, retries, permanent failures, the emergency fallback, dedupe,
lease recovery, quiet hours and the daily budget."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import transaction

from saas.notifications.delivery import (
    in_quiet_hours,
    outbox_claim,
    outbox_deliver,
    outbox_message_retry,
    quiet_hours_end,
)
from saas.notifications.models import (
    Channel,
    ChannelAccount,
    ChannelPreference,
    MessageCategory,
    OutboxMessage,
    OutboxState,
    SmsDailyUsage,
    WechatBinding,
)
from saas.notifications.outbox import Letter, outbox_enqueue
from saas.notifications.templates import MessageKind
from tests.factories import UserFactory
from tests.notifications.conftest import configure_aliyun, configure_tencent, configure_wechat
from tests.notifications.emulators.aliyun import AliyunSmsEmulator
from tests.notifications.emulators.tencent import TencentSmsEmulator
from tests.notifications.emulators.wechat import WechatEmulator

pytestmark = pytest.mark.usefixtures("in_a")
BEIJING = ZoneInfo("Asia/Shanghai")
NOON = datetime(2026, 12, 7, 12, 0, tzinfo=BEIJING)
NIGHT = datetime(2026, 12, 7, 23, 30, tzinfo=BEIJING)


def letter(key: str, phone: str = "13911112222", user_id: int | None = None) -> Letter:
    return Letter(key=key, user_id=user_id, phone=phone, params={"community": "京华园", "title": "明日停水"})


def send(letters: list[Letter], *, urgent: bool = False) -> dict[str, int]:
    return outbox_enqueue(kind=MessageKind.NOTICE, letters=letters, urgent=urgent)


def deliver(now: datetime = NOON, worker: str = "w1") -> object:
    OutboxMessage.objects.filter(state=OutboxState.PENDING).update(available_at=now - timedelta(seconds=1))
    return outbox_deliver(worker=worker, now=now)


def test_nothing_is_written_without_an_enabled_provider() -> None:
    assert send([letter("n1.r1")]) == {}
    assert not OutboxMessage.objects.exists()


def test_a_rolled_back_event_leaves_no_message(aliyun: AliyunSmsEmulator) -> None:
    configure_aliyun(aliyun)
    with pytest.raises(RuntimeError), transaction.atomic():
        send([letter("n1.r1")])
        raise RuntimeError("publish failed")
    assert not OutboxMessage.objects.exists()
    deliver()
    assert not aliyun.sent


def test_aliyun_delivers_with_the_dedupe_key_as_out_id(aliyun: AliyunSmsEmulator) -> None:
    configure_aliyun(aliyun)
    assert send([letter("n1.r1")]) == {Channel.SMS: 1}
    run = deliver()
    assert run.sent == 1  # type: ignore[attr-defined]
    message = OutboxMessage.objects.get()
    assert (message.state, message.attempts, message.provider) == (OutboxState.SENT, 1, "aliyun_sms")
    assert message.provider_message_id
    [sent] = aliyun.sent
    assert sent["OutId"] == message.dedupe_key == "n1.r1:s"
    assert sent["SignName"] == "京华物业"
    assert sent["TemplateParam"] == {"community": "京华园", "title": "明日停水"}


def test_the_same_letter_twice_is_one_message_per_channel(aliyun: AliyunSmsEmulator) -> None:
    configure_aliyun(aliyun)
    send([letter("n1.r1"), letter("n1.r1")])
    send([letter("n1.r1")])
    assert OutboxMessage.objects.count() == 1
    deliver()
    deliver()
    assert aliyun.faults.deliveries["n1.r1:s"] == 1


def test_transient_errors_retry_with_backoff(aliyun: AliyunSmsEmulator) -> None:
    configure_aliyun(aliyun)
    send([letter("n1.r1")])
    aliyun.faults.fail_next("isp.SYSTEM_ERROR", times=2)
    outbox_deliver(worker="w1", now=NOON)
    message = OutboxMessage.objects.get()
    assert (message.state, message.attempts, message.error_code) == (OutboxState.PENDING, 1, "isp.SYSTEM_ERROR")
    first_wait = message.available_at - NOON
    assert timedelta(seconds=20) < first_wait < timedelta(seconds=40)  # 30 s ± 20 %
    deliver()
    message.refresh_from_db()
    assert message.attempts == 2
    assert message.available_at - NOON > timedelta(seconds=45)  # doubled
    deliver()
    message.refresh_from_db()
    assert (message.state, message.attempts) == (OutboxState.SENT, 3)
    assert aliyun.faults.deliveries[message.dedupe_key] == 1


def test_attempts_run_out(aliyun: AliyunSmsEmulator, settings: object) -> None:
    settings.OUTBOX_MAX_ATTEMPTS = 2  # type: ignore[attr-defined]
    configure_aliyun(aliyun)
    send([letter("n1.r1")])
    aliyun.faults.fail_next("isp.SYSTEM_ERROR", times=5)
    deliver()
    deliver()
    message = OutboxMessage.objects.get()
    assert (message.state, message.permanent_failure, message.attempts) == (OutboxState.FAILED, False, 2)


def test_a_permanent_error_is_never_retried(aliyun: AliyunSmsEmulator) -> None:
    configure_aliyun(aliyun)
    aliyun.faults.refuse("13900000000", "isv.MOBILE_NUMBER_ILLEGAL")
    send([letter("n1.r1", phone="13900000000")])
    deliver()
    deliver()
    message = OutboxMessage.objects.get()
    assert (message.state, message.permanent_failure) == (OutboxState.FAILED, True)
    assert message.error_code == "isv.MOBILE_NUMBER_ILLEGAL"
    assert aliyun.faults.calls["n1.r1:s"] == 1
    assert aliyun.faults.after_permanent == 0


def test_staff_retry_sends_a_failed_message_again(aliyun: AliyunSmsEmulator) -> None:
    configure_aliyun(aliyun)
    aliyun.faults.fail_next("isv.AMOUNT_NOT_ENOUGH")
    send([letter("n1.r1")])
    deliver()
    message = OutboxMessage.objects.get()
    assert message.state == OutboxState.FAILED
    outbox_message_retry(message_id=message.pk)
    deliver()
    message.refresh_from_db()
    assert message.state == OutboxState.SENT


def test_tencent_delivers_and_sorts_its_errors(tencent: TencentSmsEmulator) -> None:
    configure_tencent(tencent)
    tencent.faults.refuse("+8613900000000", "InvalidParameterValue.IncorrectPhoneNumber")
    send([letter("n1.r1"), letter("n1.r2", phone="13900000000")])
    tencent.request_error = "InternalError.Timeout"  # the whole request fails once
    deliver()
    deliver()
    sent = OutboxMessage.objects.get(dedupe_key="n1.r1:s")
    refused = OutboxMessage.objects.get(dedupe_key="n1.r2:s")
    assert sent.state == OutboxState.SENT and sent.provider_message_id
    assert (refused.state, refused.permanent_failure) == (OutboxState.FAILED, True)
    [delivered] = tencent.sent
    assert delivered["SessionContext"] == "n1.r1:s"
    assert delivered["TemplateParamSet"] == ["京华园", "明日停水"]
    assert delivered["PhoneNumber"] == "+8613911112222"


def test_wrong_credentials_fail_for_good(tencent: TencentSmsEmulator) -> None:
    configure_tencent(tencent)
    account = ChannelAccount.objects.get(provider="tencent_sms")
    from saas.core.crypto import encrypt

    account.secrets = encrypt(json.dumps({"secret_id": tencent.secret_id, "secret_key": "wrong", "sdk_app_id": "1"}))
    account.save()
    send([letter("n1.r1")])
    deliver()
    message = OutboxMessage.objects.get()
    assert (message.state, message.error_code) == (OutboxState.FAILED, "AuthFailure.SignatureFailure")


def _owner_with_wechat() -> int:
    user = UserFactory(username="13911112222", phone="13911112222", is_staff=False)
    WechatBinding.objects.create(user=user, channel=Channel.WECHAT_TEMPLATE, openid="o-official-zhang")
    WechatBinding.objects.create(user=user, channel=Channel.WECHAT_SUBSCRIBE, openid="o-mini-zhang")
    return int(user.pk)


def test_three_channels_one_message_each(aliyun: AliyunSmsEmulator, wechat: WechatEmulator) -> None:
    configure_aliyun(aliyun)
    configure_wechat()
    user_id = _owner_with_wechat()
    counts = send([letter("n1.u1", user_id=user_id)])
    assert counts == {Channel.SMS: 1, Channel.WECHAT_TEMPLATE: 1, Channel.WECHAT_SUBSCRIBE: 1}
    deliver()
    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {OutboxState.SENT}
    kinds = sorted(m["kind"] for m in wechat.sent)
    assert kinds == ["subscribe", "template"]
    template = next(m for m in wechat.sent if m["kind"] == "template")
    assert template["client_msg_id"] == "n1.u1:t"
    assert template["data"] == {"community": {"value": "京华园"}, "title": {"value": "明日停水"}}


def test_preferences_per_category_and_channel(aliyun: AliyunSmsEmulator, wechat: WechatEmulator) -> None:
    configure_aliyun(aliyun)
    configure_wechat()
    user_id = _owner_with_wechat()
    ChannelPreference.objects.create(
        user_id=user_id, category=MessageCategory.NOTICE, channel=Channel.SMS, enabled=False
    )
    ChannelPreference.objects.create(
        user_id=user_id, category=MessageCategory.BILLING, channel=Channel.WECHAT_TEMPLATE, enabled=False
    )
    counts = send([letter("n1.u1", user_id=user_id)])
    assert counts == {Channel.WECHAT_TEMPLATE: 1, Channel.WECHAT_SUBSCRIBE: 1}


def test_an_emergency_falls_back_to_sms_when_wechat_refuses(aliyun: AliyunSmsEmulator, wechat: WechatEmulator) -> None:
    configure_aliyun(aliyun)
    user_id = _owner_with_wechat()
    sms_refused_for_notices(user_id)
    wechat.template_faults.refuse("o-official-zhang", "43004")  # no longer follows the account
    send([letter("n1.u1", user_id=user_id)], urgent=True)
    assert OutboxMessage.objects.count() == 1
    deliver()
    failed = OutboxMessage.objects.get(channel=Channel.WECHAT_TEMPLATE)
    assert (failed.state, failed.error_code, failed.permanent_failure) == (OutboxState.FAILED, "43004", True)
    fallback = OutboxMessage.objects.get(channel=Channel.SMS)
    assert (fallback.fallback_of_id, fallback.dedupe_key, fallback.urgent) == (failed.pk, "n1.u1:s", True)
    deliver()
    fallback.refresh_from_db()
    assert fallback.state == OutboxState.SENT
    assert wechat.template_faults.after_permanent == 0


def test_a_routine_notice_does_not_fall_back(aliyun: AliyunSmsEmulator, wechat: WechatEmulator) -> None:
    configure_aliyun(aliyun)
    user_id = _owner_with_wechat()
    sms_refused_for_notices(user_id)
    wechat.template_faults.refuse("o-official-zhang", "43004")
    send([letter("n1.u1", user_id=user_id)])
    deliver()
    deliver()
    assert list(OutboxMessage.objects.values_list("channel", "state")) == [
        (Channel.WECHAT_TEMPLATE, OutboxState.FAILED)
    ]


def sms_refused_for_notices(user_id: int) -> None:
    """The owner turned SMS off for notices and the mini program is off: notices go by WeChat template."""
    configure_wechat()
    ChannelAccount.objects.filter(provider="wechat_mini").update(enabled=False)
    ChannelPreference.objects.create(
        user_id=user_id, category=MessageCategory.NOTICE, channel=Channel.SMS, enabled=False
    )


def test_subscribe_without_quota_is_permanent(wechat: WechatEmulator) -> None:
    configure_wechat()
    ChannelAccount.objects.filter(provider="wechat_official").update(enabled=False)
    user_id = _owner_with_wechat()
    wechat.grant("o-mini-zhang", "sub-notice", times=1)
    send([letter("n1.u1", user_id=user_id), letter("n2.u1", user_id=user_id)])
    deliver()
    states = dict(OutboxMessage.objects.values_list("dedupe_key", "state"))
    assert states == {"n1.u1:m": OutboxState.SENT, "n2.u1:m": OutboxState.FAILED}
    assert OutboxMessage.objects.get(dedupe_key="n2.u1:m").error_code == "43101"


def test_a_dead_workers_rows_are_taken_again_after_the_lease(aliyun: AliyunSmsEmulator) -> None:
    configure_aliyun(aliyun)
    send([letter("n1.r1"), letter("n1.r2", phone="13911113333")])
    claimed = outbox_claim(worker="dead", limit=10, now=NOON)
    assert len(claimed) == 2
    assert outbox_claim(worker="other", limit=10, now=NOON) == []  # leased
    # The dead worker had sent the first one when it was killed, before recording it.
    first = OutboxMessage.objects.get(dedupe_key="n1.r1:s")
    OutboxMessage.objects.filter(pk=first.pk).update(state=OutboxState.SENDING, attempts=1)
    from saas.notifications.accounts import enabled_accounts, sender_for, template_of

    account = enabled_accounts()[Channel.SMS]
    from saas.notifications.delivery import _outgoing

    outgoing = _outgoing(first, account)
    assert outgoing is not None and template_of(account, first.template)
    sender_for(account).send(outgoing)
    later = NOON + timedelta(seconds=61)
    run = outbox_deliver(worker="alive", now=later)
    assert (run.sent, run.recovered) == (2, 1)
    assert aliyun.faults.deliveries == {"n1.r1:s": 1, "n1.r2:s": 1}
    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {OutboxState.SENT}


def test_quiet_hours_hold_sms_but_not_emergencies(aliyun: AliyunSmsEmulator) -> None:
    configure_aliyun(aliyun)
    send([letter("n1.r1")])
    send([letter("n2.r1")], urgent=True)
    deliver(now=NIGHT)
    routine = OutboxMessage.objects.get(dedupe_key="n1.r1:s")
    urgent = OutboxMessage.objects.get(dedupe_key="n2.r1:s")
    assert urgent.state == OutboxState.SENT
    assert (routine.state, routine.attempts) == (OutboxState.PENDING, 0)
    assert routine.available_at == datetime(2026, 12, 8, 7, 0, tzinfo=BEIJING)


def test_quiet_hours_edges() -> None:
    assert in_quiet_hours(datetime(2026, 12, 7, 22, 0, tzinfo=BEIJING))
    assert in_quiet_hours(datetime(2026, 12, 7, 6, 59, tzinfo=BEIJING))
    assert not in_quiet_hours(datetime(2026, 12, 7, 7, 0, tzinfo=BEIJING))
    assert not in_quiet_hours(datetime(2026, 12, 7, 21, 59, tzinfo=BEIJING))
    assert quiet_hours_end(datetime(2026, 12, 7, 3, 0, tzinfo=BEIJING)) == datetime(2026, 12, 7, 7, 0, tzinfo=BEIJING)
    # 22:30 UTC is 06:30 in Beijing the next day
    assert in_quiet_hours(datetime(2026, 12, 6, 22, 30, tzinfo=ZoneInfo("UTC")))


def test_the_daily_budget_holds_routine_sms(aliyun: AliyunSmsEmulator) -> None:
    configure_aliyun(aliyun, daily_budget=2)
    send([letter(f"n1.r{i}", phone=f"1391111000{i}") for i in range(3)])
    send([letter("n2.r9", phone="13911110009")], urgent=True)
    run = deliver()
    assert (run.sent, run.deferred) == (3, 1)  # type: ignore[attr-defined]
    held = OutboxMessage.objects.get(state=OutboxState.PENDING)
    assert held.error_code == "DAILY_BUDGET"
    assert held.available_at == datetime(2026, 12, 8, 7, 0, tzinfo=BEIJING)


def test_a_retried_sms_is_counted_against_the_budget_once(aliyun: AliyunSmsEmulator) -> None:
    configure_aliyun(aliyun, daily_budget=2)
    send([letter("n1.r1", phone="13911110001"), letter("n1.r2", phone="13911110002")])
    aliyun.faults.fail_next("isp.SYSTEM_ERROR", times=1)
    deliver()
    deliver()  # the failed one again, on the budget it already holds
    assert sorted(OutboxMessage.objects.values_list("state", flat=True)) == [OutboxState.SENT] * 2
    assert SmsDailyUsage.objects.get().sent == 2


def test_credentials_are_encrypted_and_never_shown(aliyun: AliyunSmsEmulator) -> None:
    configure_aliyun(aliyun)
    account = ChannelAccount.objects.get(provider="aliyun_sms")
    assert aliyun.access_key_secret not in account.secrets
    assert account.hints == {"accessKeyId": aliyun.access_key_id[-4:], "accessKeySecret": aliyun.access_key_secret[-4:]}


def test_the_delivery_kick_runs_in_the_company_the_rows_were_written_in(
    aliyun: AliyunSmsEmulator,
    settings: object,
    company_a: object,
    caplog: pytest.LogCaptureFixture,
    django_capture_on_commit_callbacks: object,
) -> None:
    """The demo seed writes inside a company's schema and commits after leaving it: the kick (a
    background thread without a broker) must still deliver in that company, not in public, where
    the outbox's tables do not exist."""
    from django_tenants.utils import get_public_schema_name, schema_context, tenant_context

    from saas.core.background import background_join

    configure_aliyun(aliyun)
    settings.OUTBOX_KICK = True  # type: ignore[attr-defined]
    background_join()
    with (
        schema_context(get_public_schema_name()),
        django_capture_on_commit_callbacks(execute=True),  # type: ignore[operator]
        transaction.atomic(),
        tenant_context(company_a),
    ):
        send([letter("n1.r1")])
        # leaving: first the company's schema, then the commit and the kick, in public
    with caplog.at_level("ERROR"):
        assert background_join(timeout=60) == ["outbox-deliver"]
    assert not [r for r in caplog.records if r.levelname == "ERROR"], [r.getMessage() for r in caplog.records]


def test_a_malformed_wechat_reply_is_retried(wechat: WechatEmulator) -> None:
    configure_wechat()
    user_id = _owner_with_wechat()
    assert send([letter("n1.u1", user_id=user_id)]) == {Channel.WECHAT_TEMPLATE: 1, Channel.WECHAT_SUBSCRIBE: 1}
    wechat.answer_next_raw(b"[1, 2]")  # a JSON list, then an errcode that is no number
    wechat.answer_next_raw(b'{"errcode": "oops", "errmsg": "?"}')
    deliver()
    rows = set(OutboxMessage.objects.values_list("state", "attempts", "error_code"))
    assert rows == {(OutboxState.PENDING, 1, "MALFORMED")}
    deliver(NOON + timedelta(minutes=5))
    assert set(OutboxMessage.objects.values_list("state", flat=True)) == {OutboxState.SENT}
    assert sorted(m["kind"] for m in wechat.sent) == ["subscribe", "template"]
