"""The work-order sweep, every minute: the beat task (public schema) sends one task per company,
which runs in that company's schema (tenant-schemas-celery carries the schema in its headers)."""

from __future__ import annotations

from celery import shared_task

from saas.workorders.services.sweep import work_orders_sweep
from tenants.schemas import each_company


@shared_task(name="workorders.tasks.work_orders_sweep_all")
def work_orders_sweep_all() -> int:
    """Queue the sweep of every active company; returns how many were queued."""
    return each_company(work_orders_sweep_company.delay, writable_only=True)


@shared_task(name="workorders.tasks.work_orders_sweep_company")
def work_orders_sweep_company() -> dict[str, int]:
    """Escalate overdue orders and close expired completed ones in the task's company."""
    result = work_orders_sweep()
    return {"escalated": result.escalated, "closed": result.closed}
