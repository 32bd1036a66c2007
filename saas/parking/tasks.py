"""Offers that lapsed, every five minutes: the beat task (public schema) queues one task per
company, run in that company's schema (tenant-schemas-celery carries it)."""

from __future__ import annotations

from celery import shared_task
from django_tenants.utils import tenant_context

from saas.parking.services.applications import parking_offers_expire
from tenants.models import Company
from tenants.schemas import activate_public


@shared_task(name="parking.tasks.parking_offers_expire_all")
def parking_offers_expire_all() -> int:
    """Queue the expiry of every active company's lapsed offers; returns how many were queued."""
    activate_public()
    queued = 0
    for company in Company.objects.customers().filter(suspended_at__isnull=True):
        if company.is_trial_expired:  # read-only: the system writes nothing there either
            continue
        with tenant_context(company):
            parking_offers_expire_company.delay()
        queued += 1
    return queued


@shared_task(name="parking.tasks.parking_offers_expire_company")
def parking_offers_expire_company() -> int:
    return parking_offers_expire()
