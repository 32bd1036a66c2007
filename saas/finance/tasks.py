"""Daily late-fee accrual: the beat task (public schema) sends one task per company, which runs in
that company's schema (tenant-schemas-celery carries it)."""

from __future__ import annotations

from celery import shared_task

from saas.finance.services import late_fees_accrue
from tenants.schemas import each_company


@shared_task(name="finance.tasks.late_fees_accrue_all")
def late_fees_accrue_all() -> int:
    """Queue today's accrual for every active company; returns how many were queued."""
    return each_company(late_fees_accrue_company.delay, writable_only=True)


@shared_task(name="finance.tasks.late_fees_accrue_company")
def late_fees_accrue_company() -> int:
    """Today's late fees of the company whose schema the task runs in (nothing if they are off)."""
    return late_fees_accrue()
