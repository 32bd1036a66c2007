"""Writing messages to the outbox, in the caller's transaction: one row per person and channel the
company has enabled (with a template for the kind) and the person allows. Nothing is sent here;
after the commit a worker is asked to deliver (a rolled-back event leaves no row and sends nothing).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from saas.notifications.accounts import enabled_accounts, template_of
from saas.notifications.models import (
    Channel,
    ChannelPreference,
    NotificationKind,
    OutboxMessage,
    OutboxState,
    WechatBinding,
)
from saas.notifications.services import Addressed, NotificationText, Target, notifications_push_each
from saas.notifications.templates import KINDS, message_text

logger = logging.getLogger("notifications.outbox")

CHANNEL_SUFFIX = {Channel.SMS: "s", Channel.WECHAT_TEMPLATE: "t", Channel.WECHAT_SUBSCRIBE: "m"}


@dataclass(frozen=True)
class Letter:
    """What one person is told about one event. ``key`` names the event and the person
    (``n42.u17``); with the channel it becomes the message's dedupe key."""

    key: str
    user_id: int | None
    phone: str
    params: Mapping[str, str]
    resident_id: int | None = None
    text: NotificationText | None = None  # the in-app notification, for people with an account
    target: Target | None = None  # what this letter is about, when it differs from the batch's
    community_id: int | None = None  # the community it is about: its staff see the message in the outbox


@dataclass
class Enqueued:
    in_app: int = 0
    outbox: dict[str, int] = field(default_factory=dict)


def messages_send(
    *,
    kind: str,
    letters: Sequence[Letter],
    in_app_kind: NotificationKind | None,
    target: Target | None = None,
    urgent: bool = False,
    available_at: datetime | None = None,
) -> Enqueued:
    """In-app (for letters with an account and a text; ``in_app_kind`` None: none) and the outbox."""
    result = Enqueued()
    if in_app_kind is not None:
        seen: set[tuple[int, Target | None]] = set()
        items = []
        for letter in letters:
            about = letter.target or target
            if letter.user_id is None or letter.text is None or (letter.user_id, about) in seen:
                continue
            seen.add((letter.user_id, about))
            items.append(Addressed(letter.user_id, letter.text, about))
        result.in_app = len(notifications_push_each(items, kind=in_app_kind))
    result.outbox = outbox_enqueue(kind=kind, letters=letters, target=target, urgent=urgent, available_at=available_at)
    return result


def _opted_out(category: str, user_ids: set[int]) -> set[tuple[int, str]]:
    refused = ChannelPreference.objects.filter(category=category, enabled=False).values_list("user_id", "channel")
    return {(user_id, channel) for user_id, channel in refused if user_id in user_ids}


def _openids(channels: Iterable[str], user_ids: set[int]) -> dict[tuple[int, str], str]:
    bindings = WechatBinding.objects.filter(channel__in=list(channels), user_id__in=list(user_ids))
    return {(b.user_id, b.channel): b.openid for b in bindings}


def outbox_enqueue(
    *,
    kind: str,
    letters: Sequence[Letter],
    target: Target | None = None,
    urgent: bool = False,
    available_at: datetime | None = None,
) -> dict[str, int]:
    """Rows for every enabled channel with a template for ``kind`` (sent from ``available_at``,
    default now); returns how many per channel were asked for (a dedupe key already in the outbox
    is skipped by the database)."""
    spec = KINDS[kind]
    accounts = {
        channel: account for channel, account in enabled_accounts().items() if template_of(account, kind) is not None
    }
    if not accounts or not letters:
        return {}
    user_ids = {letter.user_id for letter in letters if letter.user_id is not None}
    refused = _opted_out(spec.category, user_ids)
    wechat = [c for c in accounts if c != Channel.SMS]
    openids = _openids(wechat, user_ids) if wechat else {}
    rows = []
    for letter in letters:
        text = message_text(kind, letter.params)
        about = letter.target or target
        for channel in accounts:
            if letter.user_id is not None and (letter.user_id, channel) in refused:
                continue
            address = letter.phone if channel == Channel.SMS else openids.get((letter.user_id or 0, channel), "")
            if not address:
                continue
            rows.append(
                OutboxMessage(
                    dedupe_key=f"{letter.key}:{CHANNEL_SUFFIX[Channel(channel)]}",
                    channel=channel,
                    template=kind,
                    category=spec.category,
                    urgent=urgent,
                    user_id=letter.user_id,
                    resident_id=letter.resident_id,
                    community_id=letter.community_id,
                    address=address,
                    phone=letter.phone,
                    params=dict(letter.params),
                    text=text,
                    target_type=about.type_name if about else "",
                    target_id=about.pk if about else None,
                    available_at=available_at or timezone.now(),
                )
            )
    OutboxMessage.objects.bulk_create(rows, ignore_conflicts=True, batch_size=2000)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.channel] = counts.get(row.channel, 0) + 1
    if rows:
        deliver_after_commit()
    return counts


def deliver_after_commit() -> None:
    """Ask for a delivery run once the caller's transaction commits (``OUTBOX_KICK``; the beat
    task delivers in any case). The company is the one the rows were written in: the commit may
    come after the caller left its schema (an atomic block around a ``tenant_context``)."""
    if settings.OUTBOX_KICK:
        tenant = connection.tenant  # type: ignore[attr-defined]
        transaction.on_commit(lambda: deliver_soon(tenant))


def deliver_soon(tenant: Any) -> None:
    """A worker delivers now for ``tenant`` (Celery); without a broker a background thread does.
    Never raises: the beat task picks up anything left."""
    from django_tenants.utils import tenant_context

    try:
        if settings.CELERY_TASK_ALWAYS_EAGER:
            from saas.core.background import run_in_background
            from saas.notifications.delivery import outbox_deliver

            def run() -> None:
                with tenant_context(tenant):
                    outbox_deliver(worker="background")

            run_in_background(run, name="outbox-deliver")
        else:
            from saas.notifications.tasks import outbox_deliver_company

            with tenant_context(tenant):  # tenant-schemas-celery sends the current schema
                outbox_deliver_company.delay()
    except Exception:
        logger.exception("outbox: delivery not queued; the beat task will deliver")


def outbox_cancel(*, target: Target) -> int:
    """Messages about ``target`` not yet sent are not sent (a notice withdrawn before they went
    out); one already with a provider cannot be called back. Returns how many were cancelled."""
    return OutboxMessage.objects.filter(
        target_type=target.type_name, target_id=target.pk, state=OutboxState.PENDING
    ).update(state=OutboxState.CANCELLED, lease_until=None, claimed_by="")
