"""The notification inbox: record a verified notification durably, answer, settle afterwards.

``inbox_record`` runs in the request, in autocommit: one ``INSERT … ON CONFLICT DO NOTHING`` on
``(provider, event_key)``, committed before the provider hears ``success``. ``inbox_settle`` runs in
a Celery task (``billing.tasks.inbox_settle``, in the company's schema): it locks the entry
(``SKIP LOCKED``: two workers never settle the same one), applies it through the one settlement
path (``settlement.order_apply_locked``: order locked, provider event unique, bills locked by the
finance services) and marks it settled in the same transaction, so it settles exactly once. An
entry whose task never ran (the broker was away, a worker died between record and settle) is
picked up by ``inbox_sweep``, which also reports the age of the oldest one still waiting.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from billing.gateways.base import Notification, PaymentState
from billing.models import EventKind, EventOutcome, InboxEntry, PaymentOrder
from billing.services.settlement import Statement, order_apply_locked

log = logging.getLogger("billing.inbox")

INSERT_ENTRY = """
INSERT INTO billing_inboxentry
    (order_id, provider, event_key, state, amount_fen, provider_trade_no, payload, occurred_at,
     received_at, outcome, attempts)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, '', 0)
ON CONFLICT (provider, event_key) DO NOTHING
RETURNING id
"""


def inbox_record(*, order: PaymentOrder, provider: str, notice: Notification) -> int | None:
    """Record ``notice`` once; its entry id, or None when the same event was recorded before."""
    with connection.cursor() as cursor:
        cursor.execute(
            INSERT_ENTRY,
            [
                order.pk,
                provider,
                notice.event_id[:128],
                notice.state.value,
                notice.amount.minor_units,
                notice.provider_trade_no[:64],
                json.dumps(dict(notice.raw), ensure_ascii=False),
                notice.occurred_at,
                timezone.now(),
            ],
        )
        row = cursor.fetchone()
    return int(row[0]) if row else None


# Everything the settlement reads of the entry: a deferred field would cost a query of its own.
ENTRY_FIELDS = [
    *("order_id", "provider", "event_key", "state", "amount_fen", "provider_trade_no", "payload"),
    *("occurred_at", "attempts"),
]


@transaction.atomic
def inbox_settle(*, entry_id: int) -> EventOutcome | None:
    """Settle one entry if nobody has (or is doing so now); its outcome, or None if there was
    nothing to do."""
    entry = (
        InboxEntry.objects.select_for_update(skip_locked=True)
        .filter(pk=entry_id, settled_at__isnull=True)
        .only(*ENTRY_FIELDS)
        .first()
    )
    if entry is None:
        return None
    outcome = order_apply_locked(
        order_id=entry.order_id,
        statement=Statement(
            provider=entry.provider,
            event_key=entry.event_key,
            kind=EventKind.NOTIFICATION,
            state=PaymentState(entry.state),
            amount_fen=entry.amount_fen,
            provider_trade_no=entry.provider_trade_no,
            payload=entry.payload,
            at=entry.occurred_at,
        ),
    )
    InboxEntry.objects.filter(pk=entry_id).update(
        settled_at=timezone.now(), outcome=(outcome or "duplicate"), attempts=entry.attempts + 1
    )
    return outcome


@dataclass(frozen=True)
class InboxSweep:
    settled: int
    failed: int
    oldest_waiting_seconds: float  # of what is still unsettled after the sweep (0: nothing)


def inbox_sweep(*, older_than: timedelta | None = None, limit: int = 500) -> InboxSweep:
    """Settle entries still waiting after ``older_than`` (their task is late or lost) and warn
    when the oldest one left has waited past ``PAYMENT_INBOX_ALERT_SECONDS``."""
    grace = older_than if older_than is not None else timedelta(seconds=settings.PAYMENT_INBOX_SWEEP_AFTER_SECONDS)
    waiting = list(
        InboxEntry.objects.filter(settled_at__isnull=True, received_at__lte=timezone.now() - grace)
        .order_by("received_at")
        .values_list("pk", flat=True)[:limit]
    )
    settled = failed = 0
    for entry_id in waiting:
        try:
            inbox_settle(entry_id=entry_id)
        except Exception:  # one bad entry must not stop the others; it stays and ages
            failed += 1
            InboxEntry.objects.filter(pk=entry_id).update(attempts=F("attempts") + 1)
            log.exception("payment inbox entry %s failed to settle", entry_id)
        else:
            settled += 1
    oldest = (
        InboxEntry.objects.filter(settled_at__isnull=True).order_by("received_at").values_list("received_at", flat=True)
    ).first()
    age = (timezone.now() - oldest).total_seconds() if oldest else 0.0
    if age > settings.PAYMENT_INBOX_ALERT_SECONDS:
        log.error(
            "payment inbox in %s: a notification has waited %.0f s to settle",
            connection.schema_name,  # type: ignore[attr-defined]
            age,
        )
    return InboxSweep(settled=settled, failed=failed, oldest_waiting_seconds=age)
