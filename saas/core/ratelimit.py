"""Per-client-address rate limits (django-ratelimit over the platform cache)."""

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


def over_limit(request: HttpRequest, *, group: str, rate: str, extra_key: str = "") -> bool:
    """Count this call against ``rate`` for the caller's address; True once the limit is passed."""
    return is_ratelimited(
        request,
        group=group,
        key=lambda _group, req: f"{client_address(req)}|{extra_key}",
        rate=rate,
        increment=True,
    )
