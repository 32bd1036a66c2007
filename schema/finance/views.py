"""XLSX downloads of the finance reports: ``GET /finance/reports/<name>.xlsx?…`` with the query
string the GraphQL report's ``downloadUrl`` gives. Same login as the API (``Authorization: Bearer``
or the session cookie), same capability (FINANCE_REPORT) and community scope; errors are JSON
``{"code": …, "message": …}`` with 401, 403 or 400."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any
from urllib.parse import quote

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_GET
from strawberry import relay

from permissions.roles import Capability, may
from saas.finance import reports, xlsx
from schema.core.errors import ApiError, ApiMessage
from schema.finance.reports import ReportArgs, _check_range

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TITLES = {"collection": "收缴率", "arrears": "欠费账龄", "income": "收入", "daily-cash": "收款日报"}


class BadParameter(Exception):
    pass


def _date(request: HttpRequest, name: str, default: date | None = None) -> date | None:
    raw = request.GET.get(name)
    if not raw:
        return default
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise BadParameter(f"{name} is not a date") from exc


def _required_date(request: HttpRequest, name: str) -> date:
    value = _date(request, name)
    if value is None:
        raise BadParameter(f"{name} is required")
    return value


def _flag(request: HttpRequest, name: str, default: bool) -> bool:
    return request.GET.get(name, str(default).lower()) == "true"


def _args(request: HttpRequest) -> ReportArgs:
    try:
        communities = [relay.GlobalID.from_id(value) for value in request.GET.getlist("community")]
        building = request.GET.get("building")
        return ReportArgs(communities, relay.GlobalID.from_id(building) if building else None)
    except Exception as exc:
        raise BadParameter("community and building must be IDs") from exc


def _collection(request: HttpRequest, user: Any) -> bytes:
    report = reports.collection_report(
        where=_args(request).where(user),
        as_of=_date(request, "asOf", timezone.localdate()) or timezone.localdate(),
        period_from=_date(request, "periodFrom"),
        period_to=_date(request, "periodTo"),
        by_building=_flag(request, "byBuilding", False),
        by_period=_flag(request, "byPeriod", True),
    )
    return xlsx.collection_xlsx(report)


def _arrears(request: HttpRequest, user: Any) -> bytes:
    report = reports.arrears_aging_report(
        where=_args(request).where(user),
        as_of=_date(request, "asOf", timezone.localdate()) or timezone.localdate(),
        by_building=_flag(request, "byBuilding", False),
    )
    return xlsx.aging_xlsx(report)


def _income(request: HttpRequest, user: Any) -> bytes:
    date_from, date_to = _required_date(request, "dateFrom"), _required_date(request, "dateTo")
    _check_range(date_from, date_to)
    return xlsx.income_xlsx(
        reports.income_report(where=_args(request).where(user), date_from=date_from, date_to=date_to)
    )


def _daily_cash(request: HttpRequest, user: Any) -> bytes:
    day = _date(request, "day", timezone.localdate()) or timezone.localdate()
    return xlsx.daily_cash_xlsx(day, reports.daily_cash_report(where=_args(request).where(user), day=day))


BUILDERS: dict[str, Callable[[HttpRequest, Any], bytes]] = {
    "collection": _collection,
    "arrears": _arrears,
    "income": _income,
    "daily-cash": _daily_cash,
}


def _error(message: ApiMessage, status: int, **params: Any) -> JsonResponse:
    return JsonResponse(
        {"code": message.value, "message": message.message(**params)},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def report_download(request: HttpRequest, name: str) -> HttpResponse:
    builder = BUILDERS.get(name)
    if builder is None or getattr(request, "tenant", None) is None:
        return _error(ApiMessage.NOT_FOUND, 404)
    user = request.user
    if not user.is_authenticated:
        return _error(ApiMessage.UNAUTHENTICATED, 401)
    if not may(user, Capability.FINANCE_REPORT):
        return _error(ApiMessage.FORBIDDEN, 403)
    try:
        content = builder(request, user)
    except BadParameter as exc:
        return _error(ApiMessage.BAD_USER_INPUT, 400, detail=str(exc))
    except ApiError as exc:
        code = (exc.extensions or {}).get("code", "FORBIDDEN")
        return JsonResponse(
            {"code": code, "message": exc.message},
            status=403 if code == "FORBIDDEN" else 400,
            json_dumps_params={"ensure_ascii": False},
        )
    filename = f"{TITLES[name]}-{timezone.localdate():%Y%m%d}.xlsx"
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return response
