"""Daily late-fee accrual: the beat task (public schema) sends one task per company, which runs in
that company's schema (tenant-schemas-celery carries it)."""

from __future__ import annotations

from celery import shared_task
from django_tenants.utils import tenant_context

from saas.finance.services import late_fees_accrue
from tenants.models import Company
from tenants.schemas import activate_public


@shared_task(name="finance.tasks.late_fees_accrue_all")
def late_fees_accrue_all() -> int:
    """Queue today's accrual for every active company; returns how many were queued."""
    activate_public()
    queued = 0
    for company in Company.objects.customers().filter(suspended_at__isnull=True):
        if company.is_trial_expired:  # read-only: the system writes nothing there either
            continue
        with tenant_context(company):
            late_fees_accrue_company.delay()
        queued += 1
    return queued


@shared_task(name="finance.tasks.late_fees_accrue_company")
def late_fees_accrue_company() -> int:
    """Today's late fees of the company whose schema the task runs in (nothing if they are off)."""
    return late_fees_accrue()
