"""Switching the connection's schema, and running something in every company's schema.
django-tenants adds these methods to its database wrapper; they are reached through here so the
rest of the code stays typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import connection
from django_tenants.utils import tenant_context

from tenants.models import Company


def activate_public() -> None:
    connection.set_schema_to_public()  # type: ignore[attr-defined]


def activate(tenant: Any) -> None:
    connection.set_tenant(tenant)  # type: ignore[attr-defined]


def current_schema_name() -> str:
    return str(connection.schema_name)  # type: ignore[attr-defined]


def each_company(send: Callable[[], object], *, writable_only: bool) -> int:
    """Call ``send`` (usually ``<per-company task>.delay``) once in every customer company's schema,
    from the public schema; tenant-schemas-celery carries the schema into the task. With
    ``writable_only`` it skips suspended companies and read-only (expired-trial) ones, where the
    system writes nothing either. Returns how many companies it was called for."""
    activate_public()
    companies = Company.objects.customers()
    if writable_only:
        companies = companies.filter(suspended_at__isnull=True)
    called = 0
    for company in list(companies):
        if writable_only and company.is_trial_expired:
            continue
        with tenant_context(company):
            send()
        called += 1
    return called
