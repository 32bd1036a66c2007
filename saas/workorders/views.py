"""Serving a work order's photos to whoever may see the order (in the host's company)."""

from __future__ import annotations

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_GET

from permissions.scoping import visible_to
from saas.workorders.models import WorkOrder, WorkOrderPhoto


def photo_url(photo_id: int) -> str:
    return f"/workorders/photos/{photo_id}"


def photo_jpeg_url(photo_id: int) -> str:
    return f"/workorders/photos/{photo_id}/jpeg"


def _visible_photo(request: HttpRequest, photo_id: int) -> WorkOrderPhoto:
    if getattr(request, "tenant", None) is None:
        raise Http404
    orders = visible_to(request.user, WorkOrder.objects.all()).values("pk")
    photo = WorkOrderPhoto.objects.filter(pk=photo_id, work_order__in=orders).first()
    if photo is None:
        raise Http404
    return photo


def serve_photo(name: str, content_type: str) -> FileResponse:
    """A stored photo, privately cached and never sniffed by the browser; 404 when the file is gone."""
    if not name or not default_storage.exists(name):
        raise Http404
    response = FileResponse(default_storage.open(name, "rb"), content_type=content_type)
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_GET
def photo_file(request: HttpRequest, photo_id: int) -> FileResponse:
    """The file, or 404 alike for a photo that does not exist and one the caller may not see."""
    photo = _visible_photo(request, photo_id)
    return serve_photo(photo.file.name, photo.content_type)


@require_GET
def photo_jpeg(request: HttpRequest, photo_id: int) -> FileResponse:
    """The JPEG copy of a HEIC/HEIF photo (the file itself for other types): every browser shows it."""
    photo = _visible_photo(request, photo_id)
    if photo.jpeg_file:
        return serve_photo(photo.jpeg_file.name, "image/jpeg")
    return serve_photo(photo.file.name, photo.content_type)
