"""Mapping profiles saved per company: each save of a name adds its next version (a job keeps the
version it used, so an old job's report still says how its file was read)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.db import connection, transaction

from saas.core.errors import DomainError
from saas.estates.models import District
from saas.imports.errors import ImportErrorCode
from saas.imports.models import MappingProfile, SourceSystem, Stage
from saas.imports.stages.registry import STAGES

TRANSFORMS = ("remove", "append", "prepend", "upper")


def _check(
    stage: str,
    columns: Mapping[str, str],
    value_maps: Mapping[str, Mapping[str, str]],
    transforms: Mapping[str, Sequence[str]],
    required: Sequence[str],
) -> None:
    fields = {spec.name: spec for spec in STAGES[stage].specs}
    for name in [*columns, *value_maps, *transforms, *required]:
        if name not in fields:
            raise DomainError(ImportErrorCode.UNKNOWN_FIELD, field="columns", field_name=name)
    for name, words in value_maps.items():
        spec = fields[name]
        allowed = set(spec.choices.values()) or (set(District.values) if name == "district" else set())
        for value in words.values():
            if spec.kind != "choice" or value not in allowed:
                raise DomainError(ImportErrorCode.UNKNOWN_FIELD, field="valueMaps", field_name=value)
    for steps in transforms.values():
        for step in steps:
            if step.partition(":")[0] not in TRANSFORMS:
                raise DomainError(ImportErrorCode.UNKNOWN_FIELD, field="transforms", field_name=step)


def profile_lock_key(name: str) -> str:
    return f"wuye.imports.profile.{connection.schema_name}.{name}"  # type: ignore[attr-defined]


@transaction.atomic
def mapping_profile_save(
    *,
    name: str,
    stage: str,
    source_system: str,
    columns: Mapping[str, str],
    value_maps: Mapping[str, Mapping[str, str]] | None = None,
    transforms: Mapping[str, Sequence[str]] | None = None,
    required: Sequence[str] = (),
    header_rows: int | None = None,
    saved_by: Any = None,
) -> MappingProfile:
    name = (name or "").strip()
    if not name:
        raise DomainError(ImportErrorCode.PROFILE_NAME_REQUIRED, field="name")
    if len(name) > 64:
        raise DomainError(ImportErrorCode.TOO_LONG, field="name", limit=64)
    value_maps, transforms = dict(value_maps or {}), {k: list(v) for k, v in (transforms or {}).items()}
    _check(Stage(stage), columns, value_maps, transforms, required)
    # versions of one name are numbered in order: the name's lock (its rows do not exist yet on the
    # first save, so locking them would lock nothing) is held while choosing the next
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [profile_lock_key(name)])
    versions = MappingProfile.objects.select_for_update().filter(name=name).values_list("version", flat=True)
    last = max(versions, default=0)
    return MappingProfile.objects.create(
        name=name,
        version=last + 1,
        stage=Stage(stage),
        source_system=SourceSystem(source_system),
        columns={k: v.strip() for k, v in columns.items() if v and v.strip()},
        value_maps={k: dict(v) for k, v in value_maps.items()},
        transforms=transforms,
        required=list(required),
        header_rows=header_rows,
        created_by=saved_by,
    )
