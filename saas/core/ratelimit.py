"""Rate limits (django-ratelimit over the platform cache), counted per company host.

Keys use the resolved company (or "public"), never the raw Host header: ``alpha.localhost:1``
and ``ALPHA.localhost.`` reach the same company and must share its counters.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit.core import is_ratelimited


def client_address(request: HttpRequest) -> str:
    """The caller's address; X-Forwarded-For is trusted only for the configured proxy hops."""
    hops = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if hops and forwarded:
        chain = [part.strip() for part in forwarded.split(",") if part.strip()]
        if len(chain) >= hops:
            return chain[-hops]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _scope(request: HttpRequest) -> str:
    tenant = getattr(request, "tenant", None)
    return tenant.schema_name if tenant is not None else "public"


def over_limit(request: HttpRequest, *, group: str, rate: str, subject: str | None = None) -> bool:
    """Count this call against ``rate``; True once the limit is passed.

    Counted per client address, or per ``subject`` (a username, a phone) when given, so spreading
    attempts over many addresses does not help either.
    """
    who = subject.strip().lower() if subject is not None else client_address(request)
    return is_ratelimited(
        request, group=group, key=lambda _group, req: f"{_scope(req)}|{who}", rate=rate, increment=True
    )
