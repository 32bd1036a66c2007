"""What the announcement services share: checked text, the locked notice, its targets."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from django.db.models import QuerySet

from saas.core.errors import DomainError, ErrorCollector
from saas.estates.models import Building, Community, House, Unit
from saas.notices.errors import AnnouncementErrorCode
from saas.notices.models import Announcement, AnnouncementTarget, Category, State, TargetLevel

TITLE_LIMIT = 100
BODY_LIMIT = 20_000
REASON_LIMIT = 200

_TARGET_MODELS: dict[str, type[Community | Building | Unit | House]] = {
    TargetLevel.COMMUNITIES: Community,
    TargetLevel.BUILDINGS: Building,
    TargetLevel.UNITS: Unit,
    TargetLevel.HOUSES: House,
}


def locked(announcement_id: int) -> Announcement:
    announcement = Announcement.objects.select_for_update().filter(pk=announcement_id).first()
    if announcement is None:
        raise DomainError(AnnouncementErrorCode.NOT_FOUND, field="id")
    return announcement


def locked_draft(announcement_id: int) -> Announcement:
    announcement = locked(announcement_id)
    if announcement.state != State.DRAFT:
        raise DomainError(AnnouncementErrorCode.NOT_DRAFT, field="id")
    return announcement


def check_text(errors: ErrorCollector, value: str, *, field: str, limit: int) -> str:
    value = value.strip()
    if not value:
        errors.add(AnnouncementErrorCode.REQUIRED, field=field)
    elif len(value) > limit:
        errors.add(AnnouncementErrorCode.TOO_LONG, field=field, limit=limit)
    return value


def check_validity(errors: ErrorCollector, valid_from: datetime | None, valid_until: datetime | None) -> None:
    if valid_from is not None and valid_until is not None and valid_until <= valid_from:
        errors.add(AnnouncementErrorCode.VALIDITY_ORDER, field="validUntil")


def check_statutory(errors: ErrorCollector, announcement: Announcement) -> None:
    if announcement.category == Category.STATUTORY:
        if not announcement.statutory_kind or announcement.statutory_date is None:
            errors.add(AnnouncementErrorCode.STATUTORY_KIND_REQUIRED, field="statutoryKind")
    else:
        announcement.statutory_kind, announcement.statutory_date = "", None


def target_rows(level: str, ids: Sequence[int]) -> list[AnnouncementTarget]:
    """Unsaved target rows for ``ids`` at ``level`` (one query), each knowing its community."""
    if level == TargetLevel.COMPANY:
        if ids:
            raise DomainError(AnnouncementErrorCode.TARGETS_NOT_ALLOWED, field="targets")
        return []
    if not ids:
        raise DomainError(AnnouncementErrorCode.TARGETS_REQUIRED, field="targets")
    model = _TARGET_MODELS[level]
    unique = sorted(set(ids))
    found = _with_community(model.objects.filter(pk__in=unique), model)
    if len(found) != len(unique):
        raise DomainError(AnnouncementErrorCode.TARGET_NOT_FOUND, field="targets")
    column = {Community: "community_id", Building: "building_id", Unit: "unit_id", House: "house_id"}[model]
    rows = []
    for pk, community_id, building_id, unit_id in found:
        row = AnnouncementTarget(community_id=community_id, building_id=building_id, unit_id=unit_id)
        setattr(row, column, pk)
        rows.append(row)
    return rows


def _with_community(
    queryset: QuerySet[Community | Building | Unit | House], model: type
) -> list[tuple[int, int, int | None, int | None]]:
    if model is Community:
        return [(pk, pk, None, None) for pk in queryset.values_list("pk", flat=True)]
    if model is Building:
        return [(pk, c, pk, None) for pk, c in queryset.values_list("pk", "community_id")]
    if model is Unit:
        return [(pk, c, b, pk) for pk, c, b in queryset.values_list("pk", "building__community_id", "building_id")]
    return list(queryset.values_list("pk", "community_id", "building_id", "unit_id"))


def target_communities(level: str, ids: Sequence[int]) -> set[int]:
    """The communities of targets ``ids`` at ``level`` (for the caller's scope check; one query)."""
    if level == TargetLevel.COMPANY or not ids:
        return set()
    model = _TARGET_MODELS[level]
    return {row[1] for row in _with_community(model.objects.filter(pk__in=set(ids)), model)}
