"""Offers that lapsed, every five minutes: the beat task (public schema) queues one task per
company, run in that company's schema (tenant-schemas-celery carries it)."""

from __future__ import annotations

from celery import shared_task

from saas.parking.services.applications import parking_offers_expire
from tenants.schemas import each_company


@shared_task(name="parking.tasks.parking_offers_expire_all")
def parking_offers_expire_all() -> int:
    """Queue the expiry of every writable company's lapsed offers; returns how many were queued."""
    return each_company(parking_offers_expire_company.delay, writable_only=True)


@shared_task(name="parking.tasks.parking_offers_expire_company")
def parking_offers_expire_company() -> int:
    return parking_offers_expire()
