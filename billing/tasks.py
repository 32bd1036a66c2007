"""Reconciliation on a schedule: the beat task (public schema) sweeps the vendor's own orders and
sends one task per company, which runs in that company's schema (tenant-schemas-celery)."""

from __future__ import annotations

import logging
from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from billing.services.inbox import inbox_settle, inbox_sweep
from billing.services.reconciliation import reconcile_pending, reconciliation_report_build
from tenants.schemas import activate_public, each_company

log = logging.getLogger("billing.inbox")


@shared_task(name="billing.tasks.reconcile_pending_all")
def reconcile_pending_all() -> int:
    """Sweep the public schema now and queue a sweep per company (suspended and read-only ones too:
    money already paid to them must still land). Returns how many companies were queued."""
    activate_public()
    reconcile_pending()
    return each_company(reconcile_pending_company.delay, writable_only=False)


@shared_task(name="billing.tasks.reconcile_pending_company")
def reconcile_pending_company() -> dict[str, int]:
    sweep = reconcile_pending()
    return {"checked": sweep.checked, "settled": sweep.settled, "closed": sweep.closed, "errors": sweep.errors}


@shared_task(name="billing.tasks.reconciliation_report_all")
def reconciliation_report_all() -> int:
    """Yesterday's (Beijing time) reconciliation report for every company."""
    return each_company(reconciliation_report_company.delay, writable_only=False)


@shared_task(name="billing.tasks.reconciliation_report_company")
def reconciliation_report_company(day: str | None = None) -> int:
    from datetime import date

    when = date.fromisoformat(day) if day else timezone.localdate() - timedelta(days=1)
    return reconciliation_report_build(day=when).pk


@shared_task(name="billing.tasks.inbox_settle", ignore_result=True)
def inbox_settle_entry(entry_id: int) -> str | None:
    """Settle one recorded notification, in the schema it was recorded in (carried by the task)."""
    outcome = inbox_settle(entry_id=entry_id)
    return str(outcome) if outcome else None


@shared_task(name="billing.tasks.inbox_sweep_all")
def inbox_sweep_all() -> int:
    """Entries whose task never ran or failed: the public schema now, one sweep per company."""
    activate_public()
    inbox_sweep()
    return each_company(inbox_sweep_company.delay, writable_only=False)


@shared_task(name="billing.tasks.inbox_sweep_company")
def inbox_sweep_company() -> dict[str, float]:
    sweep = inbox_sweep()
    return {"settled": sweep.settled, "failed": sweep.failed, "oldest_waiting_seconds": sweep.oldest_waiting_seconds}


def settle_soon(entry_id: int) -> None:
    """Queue the settlement of a committed entry. Never raises: the answer to the provider does not
    depend on it (with no broker, or a failing eager run, the sweep settles the entry later)."""
    try:
        inbox_settle_entry.delay(entry_id)
    except Exception:
        log.exception("payment inbox entry %s: settlement not queued; the sweep will settle it", entry_id)
