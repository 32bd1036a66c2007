"""The daily equipment compliance sweep: the beat task (public schema) sends one task per company,
which runs in that company's schema (the platform's ``each_company``)."""

from __future__ import annotations

from celery import shared_task
from django.utils import timezone

from saas.equipment.services.compliance import equipment_compliance_sweep
from tenants.schemas import each_company


@shared_task(name="equipment.tasks.equipment_compliance_sweep_all")
def equipment_compliance_sweep_all() -> int:
    """Queue the sweep of every writable company; returns how many were queued."""
    return each_company(equipment_compliance_sweep_company.delay, writable_only=True)


@shared_task(name="equipment.tasks.equipment_compliance_sweep_company")
def equipment_compliance_sweep_company() -> dict[str, int]:
    """Orders for due slots, gaps, certificate alerts, lapsed inspections and inspection rounds of
    today (Beijing)."""
    result = equipment_compliance_sweep(today=timezone.localdate())
    return {
        "orders": result.orders,
        "gaps": result.gaps,
        "certificateAlerts": result.certificate_alerts,
        "lapsed": result.lapsed,
        "rounds": result.rounds,
    }
