"""What the stages share: the plan they return, counting, links to the rows objects came from,
legacy keys, and finding a house named in a file (with a suggestion when there is none)."""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Model

from saas.estates.models import House
from saas.imports.errors import ImportErrorCode
from saas.imports.mapping import FieldSpec, MappedRow, Problem, problem
from saas.imports.models import ImportedObject, ImportJob, LegacyKey, RowAction

Progress = Callable[[int], None]


@dataclass
class Counts:
    create: int = 0
    update: int = 0
    skip: int = 0

    def as_json(self) -> dict[str, int]:
        return {"create": self.create, "update": self.update, "skip": self.skip}


@dataclass
class StagePlan:
    """What a stage will do with a file: counts per object type (the first is the headline),
    problems by row, and the writes (``commit``), run only inside the stage's transaction."""

    headline: str
    counts: dict[str, Counts]
    problems: list[Problem]
    commit: Callable[[ImportJob, Progress], tuple[int, int]]

    def counts_json(self) -> dict[str, dict[str, int]]:
        return {name: c.as_json() for name, c in self.counts.items()}


def model_label(model: type[Model]) -> str:
    return f"{model._meta.app_label}.{model._meta.model_name}"


def snapshot(obj: Model, fields: Iterable[str]) -> dict[str, Any]:
    """Fields as JSON-able values (decimals and dates as text), for a before-image."""
    out: dict[str, Any] = {}
    for name in fields:
        value = getattr(obj, name)
        out[name] = str(value) if isinstance(value, Decimal) or hasattr(value, "isoformat") else value
    return out


@dataclass
class Links:
    """Collects the job's links and legacy keys while a stage writes, then inserts them in bulk."""

    job: ImportJob
    objects: list[ImportedObject] = field(default_factory=list)
    keys: list[LegacyKey] = field(default_factory=list)

    def created(self, row: int, model: type[Model], pk: int) -> None:
        self.objects.append(
            ImportedObject(
                job=self.job, row_number=row, model=model_label(model), object_id=pk, action=RowAction.CREATED
            )
        )

    def updated(self, row: int, model: type[Model], pk: int, before: dict[str, Any]) -> None:
        self.objects.append(
            ImportedObject(
                job=self.job,
                row_number=row,
                model=model_label(model),
                object_id=pk,
                action=RowAction.UPDATED,
                before=before,
            )
        )

    def key(self, model: type[Model], source_id: str, pk: int) -> None:
        self.keys.append(
            LegacyKey(
                source_system=self.job.source_system,
                model=model_label(model),
                source_id=source_id,
                object_id=pk,
                job=self.job,
            )
        )

    def save(self) -> None:
        ImportedObject.objects.bulk_create(self.objects, batch_size=5000)
        # a key that already exists (an earlier job made it) stays with that job
        LegacyKey.objects.bulk_create(self.keys, batch_size=5000, ignore_conflicts=True)


def legacy_ids(source_system: str, model: type[Model]) -> dict[str, int]:
    rows = LegacyKey.objects.filter(source_system=source_system, model=model_label(model))
    return dict(rows.values_list("source_id", "object_id"))


HOUSE_REF_SPECS = [
    FieldSpec("house_source_id", "原系统房屋编号", max_length=200),
    FieldSpec("community", "小区", max_length=100),
    FieldSpec("building", "楼栋", max_length=50),
    FieldSpec("unit", "单元", max_length=50),
    FieldSpec("room_number", "房号", max_length=20),
]


def house_label(community: str, building: str, unit: str, room: str) -> str:
    return " ".join(part for part in (community, building, unit, room) if part)


class HouseIndex:
    """Every house of the company by (community, building, unit, room) and by the old system's id,
    loaded in two queries; an unknown house gets the nearest names in its building or community."""

    def __init__(self, source_system: str, *, default_unit: str) -> None:
        self.default_unit = default_unit
        self.by_key: dict[tuple[str, str, str, str], int] = {}
        self.labels: dict[int, str] = {}
        self._in_building: dict[tuple[str, str], list[str]] = defaultdict(list)
        self._in_community: dict[str, list[str]] = defaultdict(list)
        rows = House.objects.values_list("id", "community__name", "building__name", "unit__name", "room_number")
        for pk, community, building, unit, room in rows.iterator(chunk_size=5000):
            self.by_key[(community, building, unit, room)] = pk
            label = house_label(community, building, unit, room)
            self.labels[pk] = label
            self._in_building[(community, building)].append(label)
            self._in_community[community].append(label)
        self.by_source = legacy_ids(source_system, House)

    def key_of(self, row: MappedRow) -> tuple[str, str, str, str] | None:
        v = row.values
        if not (v.get("community") and v.get("building") and v.get("room_number")):
            return None
        return (v["community"], v["building"], v.get("unit") or self.default_unit, v["room_number"])

    def find(self, row: MappedRow, problems: list[Problem]) -> int | None:
        """The house a row names (by the old system's id, else by its names), or a problem."""
        source_id = row.values.get("house_source_id")
        if source_id:
            pk = self.by_source.get(source_id)
            if pk is None:
                problems.append(
                    problem(
                        row.number,
                        row.column("house_source_id"),
                        ImportErrorCode.UNKNOWN_HOUSE,
                        house=source_id,
                        suggestion="",
                        suggestion_en="",
                    )
                )
            return pk
        key = self.key_of(row)
        if key is None:
            for name in ("community", "building", "room_number"):
                if not row.values.get(name):
                    problems.append(problem(row.number, row.column(name), ImportErrorCode.REQUIRED))
            return None
        pk = self.by_key.get(key)
        if pk is None:
            label = house_label(*key)
            problems.append(
                problem(
                    row.number,
                    row.column("room_number"),
                    ImportErrorCode.UNKNOWN_HOUSE,
                    house=label,
                    **self.suggestion(key),
                )
            )
        return pk

    def suggestion(self, key: tuple[str, str, str, str]) -> dict[str, str]:
        """The nearest house of the same building (else community), else the nearest community,
        as the message's ``suggestion`` in both languages."""
        label = house_label(*key)
        candidates: Sequence[str] = self._in_building.get((key[0], key[1])) or self._in_community.get(key[0]) or []
        if candidates:
            close = difflib.get_close_matches(label, candidates, n=1, cutoff=0.6)
            if close:
                return {"suggestion": f"是否为“{close[0]}”？", "suggestion_en": f"Did you mean “{close[0]}”?"}
            return {"suggestion": "", "suggestion_en": ""}
        near = difflib.get_close_matches(key[0], list(self._in_community), n=1, cutoff=0.5)
        if near:
            return {
                "suggestion": f"是否为小区“{near[0]}”？",
                "suggestion_en": f"Did you mean the community “{near[0]}”?",
            }
        return {"suggestion": "", "suggestion_en": ""}


def duplicate(seen: dict[Any, int], key: Any, row: MappedRow) -> int | None:
    """The row that first had ``key``, or None (and remember this one)."""
    first = seen.get(key)
    if first is None:
        seen[key] = row.number
    return first
