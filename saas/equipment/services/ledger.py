"""设备台账 Entering equipment and changing its status.

Special equipment goes back in service only with a valid periodic inspection
(特种设备安全法 art. 40); ``inspection_overdue`` is the system's to set (the compliance sweep).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from permissions.roles import Role
from saas.accounts.models import User
from saas.core.errors import DomainError, ErrorCollector
from saas.core.validators import check_text
from saas.equipment.errors import EquipmentErrorCode
from saas.equipment.models import SPECIAL_CATEGORIES, CertificateKind, Equipment, EquipmentCategory, EquipmentStatus
from saas.estates.models import Building, Community, Unit
from saas.workorders.dispatch import works_in

TEXT_LIMITS = {
    "code": 32,
    "name": 100,
    "public_area": 100,
    "brand": 64,
    "model_number": 64,
    "serial_number": 64,
    "vendor_name": 100,
    "vendor_phone": 20,
    "contract_number": 64,
    "registration_number": 64,
}
REQUIRED = frozenset({"code", "name"})


@dataclass(frozen=True)
class EquipmentData:
    community_id: int
    code: str
    name: str
    category: str
    is_special: bool | None = None  # None: by category (elevators, escalators, boilers)
    building_id: int | None = None
    unit_id: int | None = None
    public_area: str = ""
    brand: str = ""
    model_number: str = ""
    serial_number: str = ""
    installed_on: date | None = None
    commissioned_on: date | None = None
    responsible_id: int | None = None
    vendor_name: str = ""
    vendor_phone: str = ""
    contract_number: str = ""
    contract_ends_on: date | None = None
    registration_number: str = ""


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _clean(data: EquipmentData, errors: ErrorCollector) -> EquipmentData:
    cleaned = replace(data, **{name: getattr(data, name).strip() for name in TEXT_LIMITS})
    for name, limit in TEXT_LIMITS.items():
        check_text(
            errors, EquipmentErrorCode, _camel(name), getattr(cleaned, name), limit=limit, required=name in REQUIRED
        )
    special = cleaned.is_special if cleaned.is_special is not None else cleaned.category in SPECIAL_CATEGORIES
    cleaned = replace(cleaned, is_special=special)
    if special and not cleaned.registration_number:
        errors.add(EquipmentErrorCode.REGISTRATION_REQUIRED, field="registrationNumber")
    if cleaned.installed_on and cleaned.commissioned_on and cleaned.commissioned_on < cleaned.installed_on:
        errors.add(EquipmentErrorCode.DATES_OUT_OF_ORDER, field="commissionedOn")
    return cleaned


def _check_place(data: EquipmentData, errors: ErrorCollector) -> None:
    if data.building_id is None:
        if data.unit_id is not None:
            errors.add(EquipmentErrorCode.UNIT_NOT_IN_BUILDING, field="unit")
        elif not data.public_area:
            errors.add(EquipmentErrorCode.PLACE_REQUIRED, field="publicArea")
        return
    if not Building.objects.filter(pk=data.building_id, community_id=data.community_id).exists():
        errors.add(EquipmentErrorCode.BUILDING_NOT_IN_COMMUNITY, field="building")
    elif data.unit_id is not None and not Unit.objects.filter(pk=data.unit_id, building_id=data.building_id).exists():
        errors.add(EquipmentErrorCode.UNIT_NOT_IN_BUILDING, field="unit")


def _check_responsible(data: EquipmentData, errors: ErrorCollector) -> None:
    if data.responsible_id is None:
        return
    staff = User.objects.filter(pk=data.responsible_id, is_active=True, is_staff=True).filter(
        works_in(data.community_id) | Q(groups__name=Role.ADMIN.value)
    )
    if not staff.exists():
        errors.add(EquipmentErrorCode.RESPONSIBLE_NOT_FOUND, field="responsible")


@transaction.atomic
def equipment_create(*, data: EquipmentData) -> Equipment:
    """A new piece of equipment in the ledger, in service."""
    errors = ErrorCollector()
    if not Community.objects.filter(pk=data.community_id).exists():
        raise DomainError(EquipmentErrorCode.COMMUNITY_NOT_FOUND, field="community")
    cleaned = _clean(data, errors)
    _check_place(cleaned, errors)
    _check_responsible(cleaned, errors)
    if cleaned.code and Equipment.objects.filter(community_id=cleaned.community_id, code=cleaned.code).exists():
        errors.add(EquipmentErrorCode.CODE_TAKEN, field="code", value=cleaned.code)
    errors.raise_if_any()
    fields = {name: getattr(cleaned, name) for name in EquipmentData.__dataclass_fields__}
    return Equipment.objects.create(**fields | {"category": EquipmentCategory(cleaned.category)})


def inspection_valid(equipment: Equipment, *, today: date) -> bool:
    """Whether ``equipment`` holds a periodic inspection valid on ``today``."""
    return equipment.certificates.filter(kind=CertificateKind.PERIODIC_INSPECTION, valid_until__gte=today).exists()


@transaction.atomic
def equipment_status_set(*, equipment_id: int, status: str, today: date | None = None) -> Equipment:
    """停用、恢复、故障停运、报废. Special equipment back in service needs a valid inspection."""
    today = today or timezone.localdate()
    equipment = Equipment.objects.select_for_update().filter(pk=equipment_id).first()
    if equipment is None:
        raise DomainError(EquipmentErrorCode.NOT_FOUND, field="id")
    if status == EquipmentStatus.INSPECTION_OVERDUE:
        raise DomainError(EquipmentErrorCode.STATUS_NOT_SETTABLE, field="status")
    if equipment.status == EquipmentStatus.SCRAPPED:
        raise DomainError(EquipmentErrorCode.SCRAPPED, field="status")
    if equipment.status == status:
        raise DomainError(EquipmentErrorCode.STATUS_UNCHANGED, field="status")
    if status == EquipmentStatus.IN_SERVICE and equipment.is_special and not inspection_valid(equipment, today=today):
        raise DomainError(EquipmentErrorCode.EQUIPMENT_NOT_COMPLIANT, field="status")
    equipment.status = status
    equipment.status_changed_at = timezone.now()
    equipment.save(update_fields=["status", "status_changed_at"])
    return equipment
