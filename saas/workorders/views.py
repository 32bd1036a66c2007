"""Serving a work order's photos to whoever may see the order (in the host's company)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.files.storage import default_storage
from django.db.models import Model
from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_GET

from permissions.scoping import visible_to
from saas.workorders.models import WorkOrder, WorkOrderPhoto


def photo_url(photo_id: int) -> str:
    return f"/workorders/photos/{photo_id}"


def photo_jpeg_url(photo_id: int) -> str:
    return f"/workorders/photos/{photo_id}/jpeg"


def serve_photo(name: str, content_type: str) -> FileResponse:
    """A stored photo, privately cached and never sniffed by the browser; 404 when the file is gone."""
    if not name or not default_storage.exists(name):
        raise Http404
    response = FileResponse(default_storage.open(name, "rb"), content_type=content_type)
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    return response


PhotoView = Callable[[HttpRequest, int], FileResponse]


def photo_views(photos: type[Model], orders: type[Model], order_field: str) -> tuple[PhotoView, PhotoView]:
    """The two views of an order's photos (the file, and the JPEG copy of a HEIC/HEIF one): served
    only to whoever may see the order, in the host's company; 404 alike for a photo that does not
    exist and one the caller may not see."""

    def visible(request: HttpRequest, photo_id: int) -> Any:
        if getattr(request, "tenant", None) is None:
            raise Http404
        seen = visible_to(request.user, orders.objects.all()).values("pk")  # type: ignore[attr-defined]
        photo = photos.objects.filter(pk=photo_id, **{f"{order_field}__in": seen}).first()  # type: ignore[attr-defined]
        if photo is None:
            raise Http404
        return photo

    @require_GET
    def photo_file(request: HttpRequest, photo_id: int) -> FileResponse:
        photo = visible(request, photo_id)
        return serve_photo(photo.file.name, photo.content_type)

    @require_GET
    def photo_jpeg(request: HttpRequest, photo_id: int) -> FileResponse:
        photo = visible(request, photo_id)
        if photo.jpeg_file:
            return serve_photo(photo.jpeg_file.name, "image/jpeg")
        return serve_photo(photo.file.name, photo.content_type)

    return photo_file, photo_jpeg


photo_file, photo_jpeg = photo_views(WorkOrderPhoto, WorkOrder, "work_order")
