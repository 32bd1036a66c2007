"""Which browser origins may call a host's GraphQL endpoint (django-cors-headers).

A company host answers the origins its admin set (``Company.cors_origins``, read from the cached
host route: no query per request); the public host answers ``CORS_CONSOLE_ORIGINS`` (the vendor
console's apps). ``CORS_ALLOW_LOCALHOST`` (`make demo`) adds any ``http://localhost:<port>`` and
``http://<name>.localhost:<port>`` on every host. Credentials never cross origins: apps send
``Authorization: Bearer <token>``, and cookies are not allowed (``CORS_ALLOW_CREDENTIALS`` off).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest

from saas.core.errors import ErrorCollector
from tenants.errors import CorsErrorCode
from tenants.models import Company

MAX_ORIGINS = 20
_HOST = re.compile(r"(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
LOCALHOST_ORIGIN = re.compile(r"http://(?:[a-z0-9-]+\.)*localhost(?::\d{1,5})?")


def origin_normalise(value: str) -> str | None:
    """``scheme://host[:port]`` in lower case, or None for anything else."""
    text = value.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname or ""
    well_formed = (
        parts.scheme.lower() in ("http", "https")
        and parts.path == ""
        and not (parts.query or parts.fragment or parts.username or parts.password or "*" in text)
        and _HOST.fullmatch(host) is not None
        and text.lower().startswith(f"{parts.scheme.lower()}://{host}")
    )
    if not well_formed:
        return None
    return f"{parts.scheme.lower()}://{host}" + (f":{port}" if port is not None else "")


def company_origins_set(*, company: Company, origins: list[str]) -> list[str]:
    """Replace the company's allowed origins (validated, deduplicated, in the order given)."""
    errors = ErrorCollector()
    if len(origins) > MAX_ORIGINS:
        errors.add(CorsErrorCode.TOO_MANY_ORIGINS, field="origins", limit=MAX_ORIGINS)
    cleaned: list[str] = []
    for index, value in enumerate(origins):
        origin = origin_normalise(value)
        if origin is None:
            errors.add(CorsErrorCode.ORIGIN_INVALID, field=f"origins.{index}", origin=value)
        elif origin not in cleaned:
            cleaned.append(origin)
    errors.raise_if_any()
    company.cors_origins = cleaned
    company.save(update_fields=["cors_origins"])
    return cleaned


def origin_allowed(request: HttpRequest, origin: str) -> bool:
    if settings.CORS_ALLOW_LOCALHOST and LOCALHOST_ORIGIN.fullmatch(origin):
        return True
    company = getattr(request, "tenant", None)
    allowed = company.cors_origins if company is not None else settings.CORS_CONSOLE_ORIGINS
    return origin in allowed


def cors_allow(sender: Any, request: HttpRequest, **kwargs: Any) -> bool:
    """django-cors-headers' ``check_request_enabled`` signal (asked for every path: only the API's)."""
    origin = request.headers.get("Origin", "")
    on_api = re.match(settings.CORS_URLS_REGEX, request.path_info) is not None
    return on_api and bool(origin) and origin_allowed(request, origin)
