"""Selects the schema for each request from its host; refuses unknown hosts and suspended companies.

The lookup is cached (tenants.routing), so a request to a tenant host costs no query to find its
company, and ``search_path`` is set once, by the first query the request makes.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import set_urlconf
from django.utils import translation

from tenants.messages import PlatformMessage
from tenants.routing import hostname_of, route_for_host
from tenants.schemas import activate, activate_public


def _error_response(request: HttpRequest, status: int, message: PlatformMessage, **params: str) -> HttpResponse:
    with translation.override(translation.get_language_from_request(request)):
        text = message.message(**params)
    body = {"errors": [{"message": text, "extensions": {"code": message.value}}]}
    return HttpResponse(
        json.dumps(body, ensure_ascii=False), status=status, content_type="application/json; charset=utf-8"
    )


class TenantMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        hostname = hostname_of(request.get_host())
        route = route_for_host(hostname)
        if route.is_public:
            activate_public()
            request.tenant = None  # type: ignore[attr-defined]
            request.urlconf = settings.PUBLIC_SCHEMA_URLCONF  # type: ignore[attr-defined]
            set_urlconf(request.urlconf)  # type: ignore[attr-defined]
            return self.get_response(request)
        company = route.company
        if company is None:
            activate_public()
            return _error_response(request, 404, PlatformMessage.UNKNOWN_HOST, host=hostname)
        if company.is_suspended:
            activate_public()
            return _error_response(request, 403, PlatformMessage.TENANT_SUSPENDED, company=company.name)
        company.domain_url = hostname  # type: ignore[assignment]
        request.tenant = company  # type: ignore[attr-defined]
        activate(company)
        set_urlconf(None)
        return self.get_response(request)
