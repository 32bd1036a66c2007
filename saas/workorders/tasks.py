"""The work-order sweep, every minute: the beat task (public schema) sends one task per company,
which runs in that company's schema (tenant-schemas-celery carries the schema in its headers)."""

from __future__ import annotations

from celery import shared_task
from django_tenants.utils import tenant_context

from saas.workorders.services.sweep import work_orders_sweep
from tenants.models import Company
from tenants.schemas import activate_public


@shared_task(name="workorders.tasks.work_orders_sweep_all")
def work_orders_sweep_all() -> int:
    """Queue the sweep of every active company; returns how many were queued."""
    activate_public()
    queued = 0
    for company in Company.objects.customers().filter(suspended_at__isnull=True):
        if company.is_trial_expired:  # read-only: the system writes nothing there either
            continue
        with tenant_context(company):
            work_orders_sweep_company.delay()
        queued += 1
    return queued


@shared_task(name="workorders.tasks.work_orders_sweep_company")
def work_orders_sweep_company() -> dict[str, int]:
    """Escalate overdue orders and close expired completed ones in the task's company."""
    result = work_orders_sweep()
    return {"escalated": result.escalated, "closed": result.closed}
