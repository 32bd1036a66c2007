"""Serving maintenance photos to whoever may see the maintenance order (in the host's company)."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_GET

from permissions.scoping import visible_to
from saas.equipment.models import MaintenanceOrder, MaintenancePhoto
from saas.workorders.views import serve_photo


def maintenance_photo_url(photo_id: int) -> str:
    return f"/equipment/maintenance-photos/{photo_id}"


def maintenance_photo_jpeg_url(photo_id: int) -> str:
    return f"/equipment/maintenance-photos/{photo_id}/jpeg"


def _visible_photo(request: HttpRequest, photo_id: int) -> MaintenancePhoto:
    if getattr(request, "tenant", None) is None:
        raise Http404
    orders = visible_to(request.user, MaintenanceOrder.objects.all()).values("pk")
    photo = MaintenancePhoto.objects.filter(pk=photo_id, order__in=orders).first()
    if photo is None:
        raise Http404
    return photo


@require_GET
def maintenance_photo_file(request: HttpRequest, photo_id: int) -> FileResponse:
    """The file, or 404 alike for a photo that does not exist and one the caller may not see."""
    photo = _visible_photo(request, photo_id)
    return serve_photo(photo.file.name, photo.content_type)


@require_GET
def maintenance_photo_jpeg(request: HttpRequest, photo_id: int) -> FileResponse:
    """The JPEG copy of a HEIC/HEIF photo (the file itself for other types)."""
    photo = _visible_photo(request, photo_id)
    if photo.jpeg_file:
        return serve_photo(photo.jpeg_file.name, "image/jpeg")
    return serve_photo(photo.file.name, photo.content_type)
