"""维保 Maintenance rules and completing a maintenance order.

Completing records what was checked, the photos, who signed and the day (today: the signature is the
evidence, so no back-dating). The gap since the previous completion is recorded on the spot when
it reached the warning day or passed the limit, so a gap is found even if no sweep ran meanwhile.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from saas.accounts.models import User
from saas.core.errors import DomainError, ErrorCollector
from saas.core.validators import check_text
from saas.equipment.errors import MaintenanceErrorCode
from saas.equipment.models import (
    Equipment,
    EquipmentCategory,
    MaintenanceOrder,
    MaintenanceOrderState,
    MaintenancePhoto,
    MaintenanceRule,
    RuleKind,
)
from saas.equipment.services.gaps import gaps_record, last_done_on
from saas.estates.models import Community
from saas.workorders.photos import MAX_PHOTOS, CheckedPhoto, check_photos, photo_files_delete, photo_files_save

NAME_LIMIT = 100
ITEM_LIMIT = 100
CHECKLIST_LIMIT = 50
START_WINDOW = timedelta(days=366)  # a rule starts within a year of today, either way
NOTE_LIMIT = 500
SIGNER_LIMIT = 64
MAX_INTERVAL = 366
ELEVATOR_LIMIT_DAYS = 15  # 特种设备安全监察条例 art. 31
LEGAL_LIMITS = {EquipmentCategory.ELEVATOR: ELEVATOR_LIMIT_DAYS, EquipmentCategory.ESCALATOR: ELEVATOR_LIMIT_DAYS}


@dataclass(frozen=True)
class ChecklistItem:
    item: str
    required: bool = True


@dataclass(frozen=True)
class RuleData:
    community_id: int
    name: str
    kind: str
    interval_days: int
    warning_days: int | None = None  # None: three days before the limit
    equipment_id: int | None = None  # one piece of equipment, or else every piece of:
    category: str = ""
    checklist: Sequence[ChecklistItem] = ()
    starts_on: date | None = None  # None: today
    lead_days: int = 3
    min_photos: int = 1  # photos a completion must carry


def _target_category(data: RuleData, errors: ErrorCollector) -> str | None:
    if (data.equipment_id is None) == (not data.category):
        errors.add(MaintenanceErrorCode.EQUIPMENT_OR_CATEGORY, field="equipment")
        return None
    if data.equipment_id is None:
        return data.category
    equipment = Equipment.objects.filter(pk=data.equipment_id, community_id=data.community_id).first()
    if equipment is None:
        errors.add(MaintenanceErrorCode.EQUIPMENT_NOT_FOUND, field="equipment")
        return None
    return equipment.category


def _check_days(data: RuleData, warning: int, category: str | None, errors: ErrorCollector) -> None:
    if not 1 <= data.interval_days <= MAX_INTERVAL or not 1 <= warning <= data.interval_days:
        errors.add(MaintenanceErrorCode.DAYS_OUT_OF_RANGE, field="intervalDays", limit=MAX_INTERVAL)
    elif not 0 <= data.lead_days <= data.interval_days:
        errors.add(MaintenanceErrorCode.DAYS_OUT_OF_RANGE, field="leadDays", limit=MAX_INTERVAL)
    limit = LEGAL_LIMITS.get(EquipmentCategory(category)) if category else None
    if limit is not None and data.interval_days > limit:
        errors.add(MaintenanceErrorCode.OVER_LEGAL_LIMIT, field="intervalDays")


def _checklist(items: Sequence[ChecklistItem], errors: ErrorCollector) -> list[dict[str, object]]:
    names = [entry.item.strip() for entry in items]
    too_many = len(names) > CHECKLIST_LIMIT
    if too_many or any(not name or len(name) > ITEM_LIMIT for name in names) or len(set(names)) != len(names):
        errors.add(MaintenanceErrorCode.CHECKLIST_INVALID, field="checklist")
    return [{"item": name, "required": entry.required} for name, entry in zip(names, items, strict=True)]


@transaction.atomic
def maintenance_rule_create(*, data: RuleData, today: date | None = None) -> MaintenanceRule:
    """A rule for one piece of equipment or a whole category of a community. Elevators and
    escalators may not be given more than 15 days."""
    if not Community.objects.filter(pk=data.community_id).exists():
        raise DomainError(MaintenanceErrorCode.COMMUNITY_NOT_FOUND, field="community")
    errors = ErrorCollector()
    name = data.name.strip()
    check_text(errors, MaintenanceErrorCode, "name", name, limit=NAME_LIMIT)
    category = _target_category(data, errors)
    warning = data.warning_days if data.warning_days is not None else max(1, data.interval_days - 3)
    _check_days(data, warning, category, errors)
    checklist = _checklist(data.checklist, errors)
    if not 0 <= data.min_photos <= MAX_PHOTOS:
        errors.add(MaintenanceErrorCode.PHOTOS_OUT_OF_RANGE, field="minPhotos", limit=MAX_PHOTOS)
    today = today or timezone.localdate()
    starts_on = data.starts_on or today
    if abs(starts_on - today) > START_WINDOW:
        errors.add(MaintenanceErrorCode.START_OUT_OF_RANGE, field="startsOn")
    errors.raise_if_any()
    return MaintenanceRule.objects.create(
        community_id=data.community_id,
        equipment_id=data.equipment_id,
        category=data.category if data.equipment_id is None else "",
        name=name,
        kind=RuleKind(data.kind),
        interval_days=data.interval_days,
        warning_days=warning,
        lead_days=data.lead_days,
        checklist=checklist,
        starts_on=starts_on,
        min_photos=data.min_photos,
    )


def _order_locked(order_id: int) -> MaintenanceOrder:
    order = (
        MaintenanceOrder.objects.select_for_update(of=("self",))
        .select_related("rule", "equipment__community")
        .filter(pk=order_id)
        .first()
    )
    if order is None:
        raise DomainError(MaintenanceErrorCode.NOT_FOUND, field="id")
    return order


def _check_items(rule: MaintenanceRule, checked: list[str], errors: ErrorCollector) -> None:
    known = {entry["item"] for entry in rule.checklist}
    unknown = [item for item in checked if item not in known]
    if unknown:
        errors.add(MaintenanceErrorCode.UNKNOWN_ITEM, field="checkedItems", item=unknown[0])
    missing = [item for item in rule.required_items if item not in checked]
    if missing:
        errors.add(MaintenanceErrorCode.CHECKLIST_INCOMPLETE, field="checkedItems", missing="、".join(missing))


@transaction.atomic
def maintenance_order_complete(
    *,
    order_id: int,
    signed_by: User,
    checked_items: Sequence[str],
    signer_name: str = "",
    note: str = "",
    photos: Sequence[Any] = (),
    today: date | None = None,
) -> MaintenanceOrder:
    """完成维保: every required item checked (CHECKLIST_INCOMPLETE otherwise), at least the rule's
    photos (PHOTOS_REQUIRED; JPEG, PNG, WebP or HEIC, checked like work-order photos), signed by the
    caller (or, for a vendor's technician, by the name they give), dated today."""
    today = today or timezone.localdate()
    order = _order_locked(order_id)
    if order.state == MaintenanceOrderState.DONE:
        raise DomainError(MaintenanceErrorCode.ALREADY_DONE, field="id")
    errors = ErrorCollector()
    checked = list(dict.fromkeys(item.strip() for item in checked_items))
    _check_items(order.rule, checked, errors)
    signer = signer_name.strip() or signed_by.display_name or signed_by.get_username()
    check_text(errors, MaintenanceErrorCode, "signerName", signer, limit=SIGNER_LIMIT)
    note = note.strip()
    check_text(errors, MaintenanceErrorCode, "note", note, limit=NOTE_LIMIT, required=False)
    checked_photos = check_photos(errors, photos, codes=MaintenanceErrorCode)
    if len(photos) < order.rule.min_photos:
        errors.add(MaintenanceErrorCode.PHOTOS_REQUIRED, field="photos", limit=order.rule.min_photos)
    errors.raise_if_any()
    since = last_done_on(order.rule, order.equipment_id)
    order.state = MaintenanceOrderState.DONE
    order.completed_on = today
    order.completed_at = timezone.now()
    order.checked_items = checked
    order.signed_by = signed_by
    order.signer_name = signer
    order.note = note
    order.save()
    _photos_store(order, checked_photos, signed_by)
    gaps_record(rule=order.rule, equipment=order.equipment, since=since, until=today, today=today)
    return order


def _photos_store(order: MaintenanceOrder, photos: Sequence[CheckedPhoto], uploaded_by: User) -> None:
    saved = photo_files_save(f"equipment/maintenance/{order.pk}", photos)
    try:
        MaintenancePhoto.objects.bulk_create(
            MaintenancePhoto(
                order=order,
                file=entry.name,
                jpeg_file=entry.jpeg_name,
                content_type=entry.photo.content_type,
                size=entry.photo.size,
                uploaded_by=uploaded_by,
            )
            for entry in saved
        )
    except BaseException:
        photo_files_delete(saved)
        raise
