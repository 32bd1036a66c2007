"""For the domains' message tests: a company whose SMS goes to the console provider (logged, not
sent) with a template for every kind, and what the outbox and the inbox hold."""

from __future__ import annotations

from saas.notifications.accounts import channel_account_configure
from saas.notifications.models import Notification, OutboxMessage
from saas.notifications.templates import MessageKind


def console_sms() -> None:
    channel_account_configure(
        provider="console_sms",
        values={},
        templates={kind.value: f"SMS_{i:04d}" for i, kind in enumerate(MessageKind, start=1)},
    )


def outbox_rows(kind: str) -> list[OutboxMessage]:
    return list(OutboxMessage.objects.filter(template=kind).order_by("dedupe_key"))


def inbox(kind: str) -> list[tuple[int, str]]:
    return sorted(Notification.objects.filter(kind=kind).values_list("recipient_id", "title"))
