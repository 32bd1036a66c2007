"""Which side of the platform the current schema is, and the URLs providers and payers need."""

from __future__ import annotations

from django.conf import settings
from django.db import connection

from tenants.models import Company
from tenants.routing import public_url, tenant_url


def schema_name() -> str:
    return str(connection.schema_name)  # type: ignore[attr-defined]


def in_public_schema() -> bool:
    return schema_name() == "public"


def current_company() -> Company | None:
    """The company whose schema is active (None in public); one query on the public table."""
    if in_public_schema():
        return None
    return Company.objects.filter(schema_name=schema_name()).first()


def notify_base_url() -> str:
    """``PAYMENT_NOTIFY_BASE_URL``, or the public host's URL, without the trailing slash."""
    return (settings.PAYMENT_NOTIFY_BASE_URL or public_url()).rstrip("/")


def notify_url(provider: str) -> str:
    """Where a provider posts notifications: the public host, with the company's schema in the path
    (opaque and stable, unlike a slug) or none for the vendor's own subscriptions."""
    base = notify_base_url()
    if in_public_schema():
        return f"{base}/payments/notify/{provider}/"
    return f"{base}/payments/notify/{provider}/{schema_name()}/"


def sandbox_page_base() -> str:
    """The sandbox pay pages: on the company's own host, or the public host for subscriptions."""
    company = current_company()
    if company is None:
        return notify_base_url() + "/payments/sandbox"
    domain = company.domains.filter(is_primary=True).values_list("domain", flat=True).first() or ""
    return tenant_url(domain) + "payments/sandbox"


def sandbox_allowed(company: Company | None) -> bool:
    """No real money: a company on trial, the vendor's demo company (``PAYMENT_SANDBOX_SLUGS``),
    development (``PAYMENT_SANDBOX_FOR_PAID_COMPANIES``, on with DEBUG), or the vendor's own side
    where ``PAYMENT_SANDBOX_SUBSCRIPTIONS`` allows it; never a paying company's owners otherwise."""
    if company is None:
        return bool(settings.PAYMENT_SANDBOX_SUBSCRIPTIONS)
    if company.status == "trial" or settings.PAYMENT_SANDBOX_FOR_PAID_COMPANIES:
        return True
    demo_hosts = [f"{slug}.{settings.BASE_DOMAIN}" for slug in settings.PAYMENT_SANDBOX_SLUGS]
    return company.domains.filter(domain__in=demo_hosts).exists()
