"""Host name → company, cached in the platform cache and forgotten when a domain or company changes.

Used by the HTTP middleware and by the websocket middleware, so both route a host the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches

from tenants.models import Company, CompanyStatus, Domain

_MISSING = "missing"


@dataclass(frozen=True)
class HostRoute:
    """Where a host leads: the public site, a company, or nowhere."""

    is_public: bool
    company: Company | None


PUBLIC_ROUTE = HostRoute(is_public=True, company=None)
NO_ROUTE = HostRoute(is_public=False, company=None)


def hostname_of(host: str) -> str:
    return host.split(":")[0].lower().rstrip(".")


def _cache_key(hostname: str) -> str:
    return f"host:{hostname}"


def route_for_host(hostname: str) -> HostRoute:
    if hostname in settings.PUBLIC_HOSTS:
        return PUBLIC_ROUTE
    cache = caches["platform"]
    cached = cache.get(_cache_key(hostname))
    if cached == _MISSING:
        return NO_ROUTE
    if isinstance(cached, Company):
        return HostRoute(is_public=False, company=cached)
    domain = (
        Domain.objects.select_related("tenant")
        .filter(domain=hostname, tenant__status__in=[CompanyStatus.TRIAL, CompanyStatus.PAID])
        .first()
    )
    company = domain.tenant if domain else None
    cache.set(_cache_key(hostname), company or _MISSING, settings.TENANT_LOOKUP_CACHE_SECONDS)
    return HostRoute(is_public=False, company=company)


def tenant_cache_forget(hostnames: Iterable[str]) -> None:
    caches["platform"].delete_many([_cache_key(h) for h in hostnames])
