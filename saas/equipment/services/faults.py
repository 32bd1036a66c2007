"""故障 A fault of a piece of equipment becomes one work order.

An equipment has at most one open fault (a partial unique constraint), found under the
equipment's row lock: reporting it again while it is open counts the report on the same fault
instead of opening a second order. The work order is a public-area repair reported by the staff
member, through ``work_order_submit`` (so the community's dispatch mode and the SLA apply); when
it ends (closed, rated or cancelled) the fault is closed (``saas.workorders.hooks``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from saas.accounts.models import User
from saas.core.errors import DomainError, ErrorCollector
from saas.core.validators import check_text
from saas.equipment.errors import FaultErrorCode
from saas.equipment.models import SPECIAL_CATEGORIES, Equipment, EquipmentCategory, EquipmentStatus, Fault, FaultState
from saas.workorders.models import Category, Priority, WorkOrder
from saas.workorders.services.submission import WorkOrderReport, work_order_submit

DESCRIPTION_LIMIT = 400
WORK_ORDER_CATEGORY = {
    EquipmentCategory.ELEVATOR: Category.ELEVATOR,
    EquipmentCategory.ESCALATOR: Category.ELEVATOR,
    EquipmentCategory.ACCESS_CONTROL: Category.ACCESS_CONTROL,
    EquipmentCategory.WATER_PUMP: Category.PLUMBING,
    EquipmentCategory.BOILER: Category.PLUMBING,
    EquipmentCategory.TRANSFORMER: Category.ELECTRICAL,
    EquipmentCategory.CCTV: Category.ELECTRICAL,
}


@dataclass(frozen=True)
class FaultReported:
    fault: Fault
    created: bool  # False: the equipment's open fault, reported once more


def _equipment_locked(equipment_id: int) -> Equipment:
    equipment = Equipment.objects.select_for_update().filter(pk=equipment_id).first()
    if equipment is None:
        raise DomainError(FaultErrorCode.NOT_FOUND, field="equipment")
    if equipment.status == EquipmentStatus.SCRAPPED:
        raise DomainError(FaultErrorCode.SCRAPPED, field="equipment")
    return equipment


def _work_order(equipment: Equipment, description: str, reporter: User) -> WorkOrder:
    category = WORK_ORDER_CATEGORY.get(EquipmentCategory(equipment.category), Category.OTHER)
    priority = Priority.URGENT if equipment.category in SPECIAL_CATEGORIES else Priority.NORMAL
    location = f"{equipment.code} {equipment.name}"[:100]
    return work_order_submit(
        reporter=reporter,
        report=WorkOrderReport(
            category=category,
            description=description,
            priority=priority,
            community_id=equipment.community_id,
            building_id=equipment.building_id,
            location=location,
        ),
    )


@transaction.atomic
def fault_report(*, equipment_id: int, description: str, reporter: User, source: str) -> FaultReported:
    """Open the equipment's fault and its work order, or count one more report on the open one."""
    text = description.strip()
    errors = ErrorCollector()
    check_text(errors, FaultErrorCode, "description", text, limit=DESCRIPTION_LIMIT)
    errors.raise_if_any()
    equipment = _equipment_locked(equipment_id)
    open_fault = Fault.objects.filter(equipment=equipment, state=FaultState.OPEN).first()
    if open_fault is not None:
        Fault.objects.filter(pk=open_fault.pk).update(reports=F("reports") + 1)
        open_fault.refresh_from_db(fields=["reports"])
        return FaultReported(fault=open_fault, created=False)
    order = _work_order(equipment, text, reporter)
    fault = Fault.objects.create(
        equipment=equipment, work_order=order, source=source, description=text, reported_by=reporter
    )
    return FaultReported(fault=fault, created=True)


def fault_close_for_order(order: WorkOrder) -> None:
    """The work order ended: its fault (if it had one) is closed."""
    Fault.objects.filter(work_order_id=order.pk, state=FaultState.OPEN).update(
        state=FaultState.CLOSED, closed_at=timezone.now()
    )
