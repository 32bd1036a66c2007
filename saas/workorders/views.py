"""Serving a work order's photos to whoever may see the order (in the host's company)."""

from __future__ import annotations

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_GET

from permissions.scoping import visible_to
from saas.workorders.models import WorkOrder, WorkOrderPhoto


def photo_url(photo_id: int) -> str:
    return f"/workorders/photos/{photo_id}"


@require_GET
def photo_file(request: HttpRequest, photo_id: int) -> FileResponse:
    """The file, or 404 alike for a photo that does not exist and one the caller may not see."""
    if getattr(request, "tenant", None) is None:
        raise Http404
    orders = visible_to(request.user, WorkOrder.objects.all()).values("pk")
    photo = WorkOrderPhoto.objects.filter(pk=photo_id, work_order__in=orders).first()
    if photo is None or not default_storage.exists(photo.file.name):
        raise Http404
    response = FileResponse(default_storage.open(photo.file.name, "rb"), content_type=photo.content_type)
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    return response
