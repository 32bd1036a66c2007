"""The unread houses of a notice as XLSX: ``GET /notices/announcements/<id>/unreached.xlsx`` (the
``unreachedHousesDownloadUrl`` of its reach). Same login as the API (``Authorization: Bearer`` or
the session cookie), same right as the reach (ANNOUNCEMENT_PUBLISH on that notice); errors are JSON
``{"code": …, "message": …}`` with 401, 403 or 404."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from permissions.roles import Capability
from permissions.scoping import Access, access_to
from saas.notices.models import Announcement
from saas.notices.xlsx import unreached_houses_xlsx
from schema.core.errors import ApiMessage

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UNREACHED_PATH = "/notices/announcements/{pk}/unreached.xlsx"  # saas/urls_tenant.py routes it here


def _error(message: ApiMessage, status: int, **params: Any) -> JsonResponse:
    return JsonResponse(
        {"code": message.value, "message": message.message(**params)},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def unreached_download(request: HttpRequest, announcement_id: int) -> HttpResponse:
    if getattr(request, "tenant", None) is None:
        return _error(ApiMessage.NOT_FOUND, 404)
    user = request.user
    if not user.is_authenticated:
        return _error(ApiMessage.UNAUTHENTICATED, 401)
    if access_to(user, Capability.ANNOUNCEMENT_PUBLISH, Announcement, announcement_id) is Access.DENIED:
        return _error(ApiMessage.FORBIDDEN, 403)
    announcement = Announcement.objects.filter(pk=announcement_id).first()
    if announcement is None:
        return _error(ApiMessage.NOT_FOUND, 404)
    filename = f"未读房屋-{announcement.pk}-{timezone.localdate():%Y%m%d}.xlsx"
    response = HttpResponse(unreached_houses_xlsx(announcement, user), content_type=XLSX)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return response
