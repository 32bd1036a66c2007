"""Reconciliation on a schedule: the beat task (public schema) sweeps the vendor's own orders and
sends one task per company, which runs in that company's schema (tenant-schemas-celery)."""

from __future__ import annotations

from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from billing.services.reconciliation import reconcile_pending, reconciliation_report_build
from tenants.schemas import activate_public, each_company


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
