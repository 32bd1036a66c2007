"""Messages outside the app in the demo company, pointing nowhere real: SMS goes to the console
provider (logged, never sent), the official account is configured with made-up credentials and
switched off. The notices published next are told through the outbox (in-app and console SMS),
and 张伟's WeChat copies of the notices failed because the official account was switched off
before they went out — the failed messages the admin sees in ``outboxMessages``."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.utils import timezone

from saas.accounts.models import User
from saas.notifications.accounts import channel_account_configure
from saas.notifications.bindings import wechat_binding_save
from saas.notifications.delivery import in_quiet_hours, outbox_deliver
from saas.notifications.models import Channel, ChannelAccount
from saas.notifications.templates import MessageKind

SMS_TEMPLATES = {
    MessageKind.NOTICE: "SMS_480001",
    MessageKind.BILL_ISSUED: "SMS_480002",
    MessageKind.PAYMENT_RECEIVED: "SMS_480003",
    MessageKind.REGISTRATION_REVIEWED: "SMS_480004",
    MessageKind.REGISTRATION_SUBMITTED: "SMS_480005",
    MessageKind.REPAIR_UPDATED: "SMS_480006",
}


def seed_channels() -> None:
    """Before the notices: console SMS (budget 2,000 a day), the official account on for now."""
    from saas.demo.residents import DEMO_OWNER_PHONE

    admin = User.objects.get(username="admin")
    channel_account_configure(
        provider="console_sms",
        values={},
        templates={kind.value: template for kind, template in SMS_TEMPLATES.items()},
        daily_budget=2000,
        user=admin,
    )
    channel_account_configure(
        provider="wechat_official",
        values={"app_id": "wx00demo00notreal", "app_secret": "demo-secret-not-a-real-account"},
        templates={MessageKind.NOTICE.value: {"id": "demo-notice-template", "fields": {"thing1": "title"}}},
        user=admin,
    )
    zhang = User.objects.get(username=DEMO_OWNER_PHONE)
    # What wechatBind records after trading 张伟's web-page authorisation code (no WeChat to ask here).
    wechat_binding_save(user=zhang, channel=Channel.WECHAT_TEMPLATE, openid="oDemo_ZhangWei_0001")


def _daytime() -> datetime:
    """Now, or the next 10:00 Beijing time when the seed runs in the quiet hours (SMS would wait)."""
    now = timezone.now()
    if not in_quiet_hours(now):
        return now
    local = timezone.localtime(now)
    day = local.date() + timedelta(days=1) if local.hour >= 22 else local.date()
    return datetime.combine(day, time(10), tzinfo=local.tzinfo)


def seed_deliveries() -> None:
    """After the notices: the official account is switched off, then the outbox delivered."""
    ChannelAccount.objects.filter(provider="wechat_official").update(enabled=False)
    outbox_deliver(worker="demo-seed", now=_daytime())
