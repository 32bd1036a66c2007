"""Serving maintenance photos to whoever may see the maintenance order (in the host's company)."""

from __future__ import annotations

from saas.equipment.models import MaintenanceOrder, MaintenancePhoto
from saas.workorders.views import photo_views


def maintenance_photo_url(photo_id: int) -> str:
    return f"/equipment/maintenance-photos/{photo_id}"


def maintenance_photo_jpeg_url(photo_id: int) -> str:
    return f"/equipment/maintenance-photos/{photo_id}/jpeg"


maintenance_photo_file, maintenance_photo_jpeg = photo_views(MaintenancePhoto, MaintenanceOrder, "order")
