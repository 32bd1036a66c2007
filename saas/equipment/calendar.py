"""合规日历 and the owners' view: what is due, done or missed, which certificates end, per
community; and the public status of the elevators of an owner's building.

Reads only, as a few set-based queries (no loop over equipment).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import models
from django.db.models import Exists, OuterRef, Q

from permissions.scoping import occupied_houses
from saas.equipment.models import (
    Certificate,
    Equipment,
    EquipmentCategory,
    EquipmentStatus,
    Fault,
    FaultState,
    MaintenanceOrder,
    MaintenanceOrderState,
)
from saas.equipment.services.certificates import current_certificates

CALENDAR_DAYS_LIMIT = 93


class EntryKind(models.TextChoices):
    MAINTENANCE_DUE = "maintenance_due", "待维保"
    MAINTENANCE_DONE = "maintenance_done", "已维保"
    MAINTENANCE_MISSED = "maintenance_missed", "逾期未维保"
    CERTIFICATE_EXPIRES = "certificate_expires", "证书到期"


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    kind: EntryKind
    equipment_id: int
    equipment_code: str
    equipment_name: str
    maintenance_order_id: int | None = None
    certificate_kind: str | None = None
    certificate_number: str | None = None


def _maintenance(order: dict[str, Any], today: date) -> CalendarEntry:
    if order["state"] == MaintenanceOrderState.DONE:
        day, kind = order["completed_on"], EntryKind.MAINTENANCE_DONE
    else:
        day = order["due_on"]
        kind = EntryKind.MAINTENANCE_MISSED if day < today else EntryKind.MAINTENANCE_DUE
    return CalendarEntry(
        day, kind, order["equipment_id"], order["equipment__code"], order["equipment__name"], order["pk"]
    )


def compliance_calendar(*, community_id: int, since: date, until: date, today: date) -> list[CalendarEntry]:
    """Maintenance due, done (on the day it was done) and missed (open past its due day), and the
    current certificates ending, in [since, until], by day."""
    fields = ("pk", "state", "due_on", "completed_on", "equipment_id", "equipment__code", "equipment__name")
    in_range = Q(state=MaintenanceOrderState.OPEN, due_on__range=(since, until)) | Q(
        state=MaintenanceOrderState.DONE, completed_on__range=(since, until)
    )
    orders = MaintenanceOrder.objects.filter(in_range, community_id=community_id).values(*fields)
    certificates = Certificate.objects.filter(
        current_certificates(), equipment__community_id=community_id, valid_until__range=(since, until)
    ).values("valid_until", "kind", "number", "equipment_id", "equipment__code", "equipment__name")
    entries = [_maintenance(order, today) for order in orders]
    entries += [
        CalendarEntry(
            c["valid_until"],
            EntryKind.CERTIFICATE_EXPIRES,
            c["equipment_id"],
            c["equipment__code"],
            c["equipment__name"],
            certificate_kind=c["kind"],
            certificate_number=c["number"],
        )
        for c in certificates
    ]
    return sorted(entries, key=lambda e: (e.day, e.equipment_code, e.kind))


class PublicStatus(models.TextChoices):
    RUNNING = "running", "正常运行"
    MAINTENANCE_TODAY = "maintenance_today", "电梯维保中（今日维保）"
    UNDER_REPAIR = "under_repair", "故障维修中"
    STOPPED = "stopped", "暂停使用"


PUBLIC_LABELS_EN = {
    PublicStatus.RUNNING: "Running",
    PublicStatus.MAINTENANCE_TODAY: "Maintenance today",
    PublicStatus.UNDER_REPAIR: "Under repair",
    PublicStatus.STOPPED: "Out of use",
}
STOPPED = (EquipmentStatus.SUSPENDED, EquipmentStatus.INSPECTION_OVERDUE, EquipmentStatus.OUT_OF_SERVICE)


def public_status(equipment: Equipment) -> PublicStatus:
    """Needs the ``open_fault`` and ``maintenance_today`` annotations of ``elevators_of_owner``."""
    if equipment.status in STOPPED:
        return PublicStatus.STOPPED
    if getattr(equipment, "open_fault", False):
        return PublicStatus.UNDER_REPAIR
    if getattr(equipment, "maintenance_today", False):
        return PublicStatus.MAINTENANCE_TODAY
    return PublicStatus.RUNNING


def elevators_of_owner(user: Any, *, today: date) -> list[Equipment]:
    """The elevators and escalators of the buildings the owner lives in, not scrapped, with what
    their public status needs, in one query."""
    return list(
        Equipment.objects.filter(
            building_id__in=occupied_houses(user).values("house__building_id"),
            category__in=(EquipmentCategory.ELEVATOR, EquipmentCategory.ESCALATOR),
        )
        .exclude(status=EquipmentStatus.SCRAPPED)
        .annotate(
            open_fault=Exists(Fault.objects.filter(equipment_id=OuterRef("pk"), state=FaultState.OPEN)),
            maintenance_today=Exists(
                MaintenanceOrder.objects.filter(
                    equipment_id=OuterRef("pk"), state=MaintenanceOrderState.OPEN, due_on=today
                )
            ),
        )
        .select_related("building", "unit")
        .order_by("building__name", "code")
    )
