"""The error file of an import job: ``GET /imports/jobs/<id>/errors.xlsx`` (the ``errorFileUrl``), the
original sheet plus a 错误原因 column to fix and upload again. Same login as the API and
DATA_IMPORT; errors are JSON ``{"code", "message"}`` with 401, 403 or 404."""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from urllib.parse import quote

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from permissions.roles import Capability, may
from saas.core.errors import DomainError
from saas.imports.errorfile import error_file
from saas.imports.models import ImportJob
from saas.imports.services.files import job_table
from schema.core.errors import ApiMessage

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _error(message: ApiMessage, status: int, **params: Any) -> JsonResponse:
    return JsonResponse(
        {"code": message.value, "message": message.message(**params)},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def import_error_file(request: HttpRequest, job_id: int) -> HttpResponse:
    if getattr(request, "tenant", None) is None:
        return _error(ApiMessage.NOT_FOUND, 404)
    if not request.user.is_authenticated:
        return _error(ApiMessage.UNAUTHENTICATED, 401)
    if not may(request.user, Capability.DATA_IMPORT):
        return _error(ApiMessage.FORBIDDEN, 403)
    job = ImportJob.objects.filter(pk=job_id).first()
    if job is None:
        return _error(ApiMessage.NOT_FOUND, 404)
    try:
        table = job_table(job)
    except DomainError:
        return _error(ApiMessage.NOT_FOUND, 404)
    reasons: dict[int, list[str]] = defaultdict(list)
    for problem in job.problems:
        reasons[problem["row"]].append(f"{problem['column']}：{problem['message']}")
    content = error_file(table, reasons)
    name = f"错误文件-{job.file_name.rsplit('.', 1)[0]}.xlsx"
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
    return response
