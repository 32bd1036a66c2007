"""Host names: a company's own host and URL, and host name → company, cached in the platform cache
and forgotten when a domain or company changes.

Used by the HTTP middleware and by the websocket middleware, so both route a host the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches

from tenants.models import Company, CompanyStatus, Domain

_MISSING = "missing"
# Unknown hosts are remembered briefly: long enough to absorb a burst, short enough that random
# host names cannot fill the cache.
MISSING_HOST_SECONDS = 10


@dataclass(frozen=True)
class HostRoute:
    """Where a host leads: the public site, a company, or nowhere."""

    is_public: bool
    company: Company | None


PUBLIC_ROUTE = HostRoute(is_public=True, company=None)
NO_ROUTE = HostRoute(is_public=False, company=None)


def tenant_host(slug: str) -> str:
    return f"{slug}.{settings.BASE_DOMAIN}"


def tenant_url(host: str) -> str:
    """Base URL of a company's host; its GraphQL endpoint is ``<url>graphql``."""
    port = f":{settings.PUBLIC_PORT}" if settings.PUBLIC_PORT else ""
    return f"{settings.PUBLIC_URL_SCHEME}://{host}{port}/"


def public_url() -> str:
    """Base URL of the public host (signup, console, the vendor's checkout pages)."""
    return tenant_url(settings.BASE_DOMAIN)


def hostname_of(host: str) -> str:
    return host.split(":")[0].lower().rstrip(".")


def _version_key(hostname: str) -> str:
    return f"host-version:{hostname}"


def _cache_key(hostname: str) -> str:
    return f"host:{hostname}"


def route_for_host(hostname: str) -> HostRoute:
    if hostname in settings.PUBLIC_HOSTS:
        return PUBLIC_ROUTE
    cache = caches["platform"]
    # The version and the cached route are read together (one round trip), before the database:
    # a change committed while this request reads the database bumps the version, so the stale
    # row this request caches is stored with a version nobody asks for any more.
    found = cache.get_many([_version_key(hostname), _cache_key(hostname)])
    version = found.get(_version_key(hostname), 0)
    cached = found.get(_cache_key(hostname))
    if isinstance(cached, tuple) and len(cached) == 2 and cached[0] == version:
        if cached[1] == _MISSING:
            return NO_ROUTE
        if isinstance(cached[1], Company):
            return HostRoute(is_public=False, company=cached[1])
    domain = (
        Domain.objects.select_related("tenant")
        .filter(domain=hostname, tenant__status__in=[CompanyStatus.TRIAL, CompanyStatus.PAID])
        .first()
    )
    company = domain.tenant if domain else None
    ttl = settings.TENANT_LOOKUP_CACHE_SECONDS if company else MISSING_HOST_SECONDS
    cache.set(_cache_key(hostname), (version, company or _MISSING), ttl)
    return HostRoute(is_public=False, company=company)


def tenant_cache_forget(hostnames: Iterable[str]) -> None:
    cache = caches["platform"]
    for hostname in hostnames:
        key = _version_key(hostname)
        cache.add(key, 0, timeout=None)
        cache.incr(key)
