"""Delivering the outbox: claim due rows with ``FOR UPDATE SKIP LOCKED`` and a lease, send each
through its channel's provider outside any transaction, record the outcome.

* transient failures come back after an exponential backoff (with jitter), up to
  ``OUTBOX_MAX_ATTEMPTS``; permanent ones never do, and an urgent message that failed for good on
  WeChat falls back to SMS (a row of its own, under the dedupe key SMS would have had);
* a row is marked ``sending`` (its lease renewed) just before the provider call: a row found
  ``sending`` past its lease was in flight when its worker died, and the provider is asked
  whether it arrived before it is sent again;
* SMS that is not urgent waits out the quiet hours (22:00–07:00 Beijing time) and the company's
  daily budget (counted under a row lock, so it holds across workers).
"""

from __future__ import annotations

import logging
import random
import time as time_module
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from saas.notifications.accounts import enabled_accounts, sender_for, template_of
from saas.notifications.channels.base import Accepted, DeliveryError, Outgoing, PermanentError, TransientError
from saas.notifications.channels.wechat import subscribe_quota_spent
from saas.notifications.errors import ChannelErrorCode
from saas.notifications.models import Channel, ChannelAccount, OutboxMessage, OutboxState, SmsDailyUsage
from saas.notifications.outbox import CHANNEL_SUFFIX
from saas.notifications.templates import KINDS

logger = logging.getLogger("notifications.delivery")

QUIET_START, QUIET_END = time(22, 0), time(7, 0)


@dataclass
class DeliveryRun:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    deferred: int = 0
    recovered: int = 0  # in-flight rows of a dead worker found already delivered


def in_quiet_hours(now: datetime) -> bool:
    local = timezone.localtime(now).time()
    return local >= QUIET_START or local < QUIET_END


def quiet_hours_end(now: datetime) -> datetime:
    local = timezone.localtime(now)
    day = local.date() + timedelta(days=1) if local.time() >= QUIET_START else local.date()
    return datetime.combine(day, QUIET_END, tzinfo=local.tzinfo)


def backoff(attempts: int) -> timedelta:
    base = settings.OUTBOX_RETRY_BASE_SECONDS * 2 ** max(0, attempts - 1)
    return timedelta(seconds=min(settings.OUTBOX_RETRY_MAX_SECONDS, base) * random.uniform(0.8, 1.2))


def outbox_claim(*, worker: str, limit: int, now: datetime | None = None) -> list[int]:
    """Lease up to ``limit`` due rows to ``worker`` (rows other workers hold are skipped, not waited for)."""
    now = now or timezone.now()
    table = OutboxMessage._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"""WITH due AS (
                    SELECT id FROM "{table}"
                    WHERE state IN ('pending', 'sending') AND available_at <= %s
                      AND (lease_until IS NULL OR lease_until < %s)
                    ORDER BY available_at, id LIMIT %s FOR UPDATE SKIP LOCKED)
                UPDATE "{table}" o SET lease_until = %s, claimed_by = %s FROM due WHERE o.id = due.id
                RETURNING o.id""",
            [now, now, limit, now + timedelta(seconds=settings.OUTBOX_LEASE_SECONDS), worker],
        )
        return sorted(row[0] for row in cursor.fetchall())


def _mine(message_id: int, worker: str) -> OutboxMessage | None:
    return OutboxMessage.objects.filter(pk=message_id, claimed_by=worker).first()


def _update(message: OutboxMessage, worker: str, **values: object) -> bool:
    """Write the outcome only while the row is still this worker's."""
    return OutboxMessage.objects.filter(pk=message.pk, claimed_by=worker).update(**values) == 1


def _release(message: OutboxMessage, worker: str, **values: object) -> None:
    _update(message, worker, lease_until=None, claimed_by="", **values)


def _reserve_sms(message: OutboxMessage, account: ChannelAccount, today: date) -> bool:
    """Count one message against today's budget; False when it is spent (urgent ones always pass).
    A message is counted once a day whatever its attempts: a transient failure is retried on the
    budget it already holds."""
    if message.sms_counted_on == today:
        return True
    with transaction.atomic():
        SmsDailyUsage.objects.get_or_create(day=today)
        usage = SmsDailyUsage.objects.select_for_update().get(day=today)
        if not message.urgent and account.daily_budget is not None and usage.sent >= account.daily_budget:
            return False
        usage.sent += 1
        usage.save(update_fields=["sent"])
        OutboxMessage.objects.filter(pk=message.pk).update(sms_counted_on=today)
        message.sms_counted_on = today
        return True


def _outgoing(message: OutboxMessage, account: ChannelAccount) -> Outgoing | None:
    template = template_of(account, message.template)
    if template is None:
        return None
    names = KINDS[message.template].params
    params = {name: str(message.params.get(name, "")) for name in names}
    return Outgoing(
        dedupe_key=message.dedupe_key,
        address=message.address,
        template_id=template.template_id,
        params=params,
        text=message.text,
        fields=template.fields,
        page=f"pages/messages/index?m={message.dedupe_key}",
    )


def _gate_sms(message: OutboxMessage, account: ChannelAccount, worker: str, now: datetime) -> bool:
    """Quiet hours and the budget; False when the message was put off."""
    if not message.urgent and in_quiet_hours(now):
        _release(message, worker, available_at=quiet_hours_end(now))
        return False
    if message.state == OutboxState.SENDING:  # in flight before: counted then
        return True
    if not _reserve_sms(message, account, timezone.localdate(now)):
        tomorrow = timezone.localdate(now) + timedelta(days=1)
        opens = datetime.combine(tomorrow, QUIET_END, tzinfo=timezone.get_current_timezone())
        _release(message, worker, available_at=opens, error_code="DAILY_BUDGET", error_message="今日短信额度已用完")
        return False
    return True


def outbox_process(
    message_id: int, *, worker: str, accounts: dict[str, ChannelAccount], run: DeliveryRun, now: datetime | None = None
) -> None:
    """Send one claimed row (``now``: the clock quiet hours and the budget go by)."""
    message = _mine(message_id, worker)
    now = now or timezone.now()
    if message is None or message.state not in (OutboxState.PENDING, OutboxState.SENDING):
        return
    account = accounts.get(message.channel)
    outgoing = _outgoing(message, account) if account else None
    if account is None or outgoing is None:
        _fail(message, worker, ChannelErrorCode.CHANNEL_NOT_CONFIGURED.value, "渠道未启用或缺少模板", run)
        return
    if message.channel == Channel.SMS and not _gate_sms(message, account, worker, now):
        run.deferred += 1
        return
    in_doubt = message.state == OutboxState.SENDING
    lease = now + timedelta(seconds=settings.OUTBOX_LEASE_SECONDS)
    marked = _update(
        message,
        worker,
        state=OutboxState.SENDING,
        lease_until=lease,
        provider=account.provider,
        attempts=F("attempts") + 1,
    )
    if not marked:
        return
    message.attempts += 1
    sender = sender_for(account)
    try:
        found = sender.find_sent(outgoing, since=message.created_at) if in_doubt else None
        if found is not None:
            run.recovered += 1
            _sent(message, worker, found, run)
            return
        accepted = sender.send(outgoing)
    except DeliveryError as error:
        if in_doubt and subscribe_quota_spent(error):
            run.recovered += 1  # the earlier attempt used the subscription: it was delivered
            _sent(message, worker, Accepted(""), run)
            return
        _failed(message, worker, error, run, now)
        return
    except Exception as exc:  # a bug in a provider client must not stop the run
        logger.exception("outbox %s: unexpected error from %s", message.pk, account.provider)
        _failed(message, worker, TransientError(type(exc).__name__, str(exc)), run, now)
        return
    _sent(message, worker, accepted, run)


def _sent(message: OutboxMessage, worker: str, accepted: Accepted, run: DeliveryRun) -> None:
    _release(
        message,
        worker,
        state=OutboxState.SENT,
        sent_at=timezone.now(),
        provider_message_id=accepted.provider_message_id[:64],
        error_code="",
        error_message="",
    )
    run.sent += 1


def _fail(
    message: OutboxMessage, worker: str, code: str, text: str, run: DeliveryRun, *, permanent: bool = True
) -> None:
    _release(
        message,
        worker,
        state=OutboxState.FAILED,
        failed_at=timezone.now(),
        error_code=code[:64],
        error_message=text[:200],
        permanent_failure=permanent,
    )
    run.failed += 1


def _failed(message: OutboxMessage, worker: str, error: DeliveryError, run: DeliveryRun, now: datetime) -> None:
    if isinstance(error, PermanentError):
        _fail(message, worker, error.code, error.message, run)
        if message.urgent and message.channel != Channel.SMS:
            sms_fallback(message)
        return
    if message.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
        _fail(message, worker, error.code, error.message, run, permanent=False)
        return
    _release(
        message,
        worker,
        state=OutboxState.PENDING,
        available_at=now + backoff(message.attempts),
        error_code=error.code,
        error_message=error.message,
    )
    run.retrying += 1


def sms_fallback(message: OutboxMessage) -> OutboxMessage | None:
    """An urgent message WeChat could not take goes by SMS, once: under the dedupe key an SMS of
    the same letter has, so a person already texted directly is not texted twice."""
    if not message.phone:
        return None
    account = enabled_accounts().get(Channel.SMS)
    if account is None or template_of(account, message.template) is None:
        return None
    key = f"{message.dedupe_key.rsplit(':', 1)[0]}:{CHANNEL_SUFFIX[Channel.SMS]}"
    created = OutboxMessage.objects.bulk_create(
        [
            OutboxMessage(
                dedupe_key=key,
                channel=Channel.SMS,
                template=message.template,
                category=message.category,
                urgent=True,
                user_id=message.user_id,
                resident_id=message.resident_id,
                community_id=message.community_id,
                address=message.phone,
                phone=message.phone,
                params=message.params,
                text=message.text,
                target_type=message.target_type,
                target_id=message.target_id,
                fallback_of_id=message.pk,
            )
        ],
        ignore_conflicts=True,
    )
    return created[0] if created and created[0].pk else None


def outbox_deliver(
    *, worker: str, batch: int = 50, max_seconds: float = 50.0, now: datetime | None = None
) -> DeliveryRun:
    """Deliver what is due in the current schema until nothing is, or ``max_seconds`` passed
    (``now``: a fixed clock, for tests)."""
    run = DeliveryRun()
    started = time_module.monotonic()
    accounts = enabled_accounts()
    if not accounts:
        return run
    while time_module.monotonic() - started < max_seconds:
        claimed = outbox_claim(worker=worker, limit=batch, now=now)
        if not claimed:
            break
        for message_id in claimed:
            outbox_process(message_id, worker=worker, accounts=accounts, run=run, now=now)
    return run


@transaction.atomic
def outbox_message_retry(*, message_id: int) -> OutboxMessage:
    """Staff send a failed message again (after fixing the number, the template, the account)."""
    from saas.core.errors import DomainError

    message = OutboxMessage.objects.select_for_update().filter(pk=message_id).first()
    if message is None:
        raise DomainError(ChannelErrorCode.MESSAGE_NOT_FOUND, field="id")
    if message.state != OutboxState.FAILED:
        raise DomainError(ChannelErrorCode.MESSAGE_NOT_FAILED, field="id")
    if message.channel not in enabled_accounts():
        raise DomainError(ChannelErrorCode.CHANNEL_NOT_CONFIGURED, field="id")
    message.state = OutboxState.PENDING
    message.attempts = 0
    message.permanent_failure = False
    message.failed_at = None
    message.available_at = timezone.now()
    message.lease_until, message.claimed_by = None, ""
    message.save()
    from saas.notifications.outbox import deliver_after_commit

    deliver_after_commit()
    return message
