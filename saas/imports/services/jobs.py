"""Import jobs: upload → dry run (validated) → commit (one transaction per stage; a crash leaves the
stage unwritten and the job ``failed``) → rollback (see ``rollback``)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone

from saas.core.crypto import encrypt_bytes
from saas.core.errors import DomainError
from saas.estates.models import District
from saas.imports.cells import is_blank
from saas.imports.errors import ImportErrorCode
from saas.imports.mapping import MappedRow, Problem, ResolvedMapping, map_row
from saas.imports.models import ImportJob, JobState, MappingProfile, SourceSystem, Stage
from saas.imports.profiles import BUILTIN_BY_STAGE, resolve_columns
from saas.imports.reading import Table
from saas.imports.services.files import MAX_FILE_BYTES, job_table, table_of
from saas.imports.stages.common import StagePlan
from saas.imports.stages.registry import STAGES

logger = logging.getLogger(__name__)
OPTION_NAMES = {"district", "default_unit", "opening_period", "move_in"}
HOUSE_REF_FIELDS = ("community", "building", "room_number")


def _job(job_id: int, *, lock: bool = False) -> ImportJob:
    query = ImportJob.objects.select_for_update() if lock else ImportJob.objects
    job = query.filter(pk=job_id).first()
    if job is None:
        raise DomainError(ImportErrorCode.NOT_FOUND, field="id")
    return job


def _clean_options(options: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for name, value in options.items():
        if name not in OPTION_NAMES or value in (None, ""):
            continue
        if name == "district" and value not in District.values:
            raise DomainError(ImportErrorCode.UNKNOWN_FIELD, field="options.district", field_name=value)
        if name in ("opening_period", "move_in"):
            day = value if isinstance(value, date) else None
            if day is None:
                try:
                    day = date.fromisoformat(str(value))
                except ValueError:
                    raise DomainError(ImportErrorCode.OPENING_PERIOD_INVALID, field=f"options.{name}") from None
            if name == "opening_period" and day.day != 1:
                raise DomainError(ImportErrorCode.OPENING_PERIOD_INVALID, field="options.openingPeriod")
            value = day.isoformat()
        cleaned[name] = str(value)[:50]
    return cleaned


@transaction.atomic
def import_job_upload(
    *,
    data: bytes,
    file_name: str,
    stage: str,
    source_system: str,
    uploaded_by: Any,
    encoding: str | None = None,
    sheet: str | None = None,
    header_rows: int | None = None,
    options: dict[str, Any] | None = None,
) -> ImportJob:
    """Keep the file (encrypted) once it reads as a table; nothing is stored for a file that does not."""
    if len(data) > MAX_FILE_BYTES:
        raise DomainError(ImportErrorCode.FILE_TOO_LARGE, field="file", limit=MAX_FILE_BYTES // (1024 * 1024))
    table = table_of(data, encoding=encoding, header_rows=header_rows, sheet=sheet)
    return ImportJob.objects.create(
        stage=Stage(stage),
        source_system=SourceSystem(source_system),
        file_name=(file_name or "import")[:200],
        file_size=len(data),
        file_sha256=hashlib.sha256(data).hexdigest(),
        file_encrypted=encrypt_bytes(data),
        encoding=table.encoding or "",
        sheet=table.sheet or "",
        header_rows=table.header_rows,
        columns=table.columns,
        row_count=len(table.rows),
        options=_clean_options(options or {}),
        created_by=uploaded_by,
    )


@transaction.atomic
def import_job_configure(*, job_id: int, profile_id: int | None, options: dict[str, Any] | None = None) -> ImportJob:
    """Choose the mapping profile (None: the built-in one for the stage) and the options; the job
    goes back to ``uploaded`` until its next dry run."""
    job = _job(job_id, lock=True)
    if job.state not in (JobState.UPLOADED, JobState.VALIDATED, JobState.FAILED):
        raise DomainError(ImportErrorCode.WRONG_STATE, field="id", state=job.get_state_display(), action="修改映射")
    profile = None
    if profile_id is not None:
        profile = MappingProfile.objects.filter(pk=profile_id).first()
        if profile is None:
            raise DomainError(ImportErrorCode.PROFILE_NOT_FOUND, field="profile")
        if profile.stage != job.stage:
            raise DomainError(
                ImportErrorCode.PROFILE_STAGE_MISMATCH, field="profile", stage=profile.get_stage_display()
            )
    job.profile = profile
    if options is not None:
        job.options = {**job.options, **_clean_options(options)}
    job.state = JobState.UPLOADED
    job.save(update_fields=["profile", "options", "state"])
    return job


def resolve_mapping(job: ImportJob, table: Table) -> ResolvedMapping:
    """The job's profile (or the stage's built-in one) against the file's columns; a required
    field without its column refuses the job (MISSING_COLUMN), as does a column a saved profile names
    that the file lacks."""
    specs = STAGES[job.stage].specs
    profile = job.profile
    if profile is not None:
        wanted: dict[str, Any] = dict(profile.columns)
        value_maps, transforms, required = profile.value_maps, profile.transforms, set(profile.required)
    else:
        builtin = BUILTIN_BY_STAGE[Stage(job.stage)]
        wanted = {name: list(columns) for name, columns in builtin.columns.items()}
        value_maps, transforms, required = builtin.value_maps, {}, set(builtin.required)
    resolved = resolve_columns(wanted, table.columns)
    for spec in specs:
        named = wanted.get(spec.name)
        if spec.name in resolved:
            continue
        explicit = profile is not None and isinstance(named, str) and named
        if spec.required or spec.name in required or explicit:
            column = named if isinstance(named, str) and named else (named[0] if named else spec.label)
            raise DomainError(ImportErrorCode.MISSING_COLUMN, field="profile", column=column, field_name=spec.label)
    if any(spec.name == "house_source_id" for spec in specs) and "house_source_id" not in resolved:
        for name in HOUSE_REF_FIELDS:
            if name not in resolved:
                label = next(spec.label for spec in specs if spec.name == name)
                raise DomainError(ImportErrorCode.MISSING_COLUMN, field="profile", column=label, field_name=label)
    return ResolvedMapping(
        columns=resolved,
        value_maps={k: dict(v) for k, v in value_maps.items()},
        transforms={k: list(v) if isinstance(v, list) else [v] for k, v in transforms.items()},
        required=frozenset(required),
    )


def personal_columns(job: ImportJob, columns: list[str]) -> set[str]:
    """The file's columns the job's mapping (its profile or the built-in one) assigns to phones or
    ID numbers: a preview masks them whole, whatever their cells look like."""
    personal = {spec.name for spec in STAGES[job.stage].specs if spec.kind in ("phone", "id_number")}
    if job.profile is not None:
        wanted: dict[str, Any] = dict(job.profile.columns)
    else:
        wanted = {name: list(names) for name, names in BUILTIN_BY_STAGE[Stage(job.stage)].columns.items()}
    resolved = resolve_columns({name: wanted[name] for name in personal if name in wanted}, columns)
    return set(resolved.values())


@dataclass
class Prepared:
    table: Table
    plan: StagePlan
    problems: list[Problem]


def _prepare(job: ImportJob) -> Prepared:
    table = job_table(job)
    mapping = resolve_mapping(job, table)
    stage = STAGES[job.stage]
    rows: list[MappedRow] = []
    cell_problems: list[Problem] = []
    blank_columns = [mapping.columns[name] for name in stage.blank_skips if name in mapping.columns]
    blank = 0
    cache: dict[tuple[str, str], Any] = {}
    for source in table.rows:
        if blank_columns and all(is_blank(source.values.get(column)) for column in blank_columns):
            blank += 1
            continue
        mapped, found = map_row(stage.specs, mapping, source, cache)
        cell_problems.extend(found)
        if not found:  # a row with a bad cell is reported, never half-used
            rows.append(mapped)
    plan = stage.plan(job, rows)
    plan.counts[plan.headline].skip += blank
    problems = sorted(cell_problems + plan.problems, key=lambda p: (p.row, p.column))
    return Prepared(table, plan, problems)


def _record(job: ImportJob, prepared: Prepared) -> None:
    head = prepared.plan.counts[prepared.plan.headline]
    job.counts = prepared.plan.counts_json()
    job.will_create, job.will_update, job.will_skip = head.create, head.update, head.skip
    job.problems = [p.as_json() for p in prepared.problems]
    job.row_count = len(prepared.table.rows)


@transaction.atomic
def import_job_dry_run(*, job_id: int) -> ImportJob:
    """Validate every row (cells, across rows, against the database) and count what a commit would
    create, update and skip. Writes nothing but the job's report."""
    job = _job(job_id, lock=True)
    if job.state not in (JobState.UPLOADED, JobState.VALIDATED, JobState.FAILED):
        raise DomainError(ImportErrorCode.WRONG_STATE, field="id", state=job.get_state_display(), action="试导入")
    prepared = _prepare(job)
    _record(job, prepared)
    job.state = JobState.VALIDATED
    job.validated_at = timezone.now()
    job.failure = ""
    job.save()
    return job


def progress_key(job_id: int) -> str:
    return f"imports:progress:{connection.schema_name}:{job_id}"  # type: ignore[attr-defined]


def job_progress(job: ImportJob) -> int:
    """Rows written so far: live from the cache while the commit runs, then the stored figure."""
    if job.state == JobState.COMMITTING:
        return int(cache.get(progress_key(job.pk)) or 0)
    return job.progress_done


@transaction.atomic
def import_job_commit_start(*, job_id: int, committed_by: Any) -> ImportJob:
    """Mark a validated job as committing (the commit then runs, in Celery when there is a broker)."""
    job = _job(job_id, lock=True)
    if job.state != JobState.VALIDATED:
        raise DomainError(ImportErrorCode.WRONG_STATE, field="id", state=job.get_state_display(), action="导入")
    job.state = JobState.COMMITTING
    job.committed_by = committed_by
    job.commit_started_at = timezone.now()
    job.save(update_fields=["state", "committed_by", "commit_started_at"])
    return job


def _fail(job_ids: Any, reason: str) -> int:
    return ImportJob.objects.filter(pk__in=job_ids, state=JobState.COMMITTING).update(
        state=JobState.FAILED, failure=ImportErrorCode.COMMIT_FAILED.message(reason=reason)
    )


def import_job_queue(*, job_id: int, send: Callable[[], None]) -> None:
    """Hand a committing job to the workers; if the broker refuses it the job is ``failed`` (nothing
    was written) and the caller gets COMMIT_FAILED instead of a job committing for ever."""
    try:
        send()
    except Exception as error:
        logger.warning("import job %s could not be queued", job_id, exc_info=True)
        reason = f"任务队列不可用（{type(error).__name__}），请稍后重试"
        _fail([job_id], reason)
        raise DomainError(ImportErrorCode.COMMIT_FAILED, field="id", reason=reason) from error


COMMIT_STALE_AFTER = timedelta(hours=1)


def import_jobs_fail_stale(*, now: Any = None) -> int:
    """Jobs committing for over an hour lost their worker (killed, or the task was lost): the commit
    is one transaction, so nothing of theirs was written; they become ``failed`` (and their files
    purgeable). Returns how many."""
    cutoff = (now or timezone.now()) - COMMIT_STALE_AFTER
    stale = ImportJob.objects.filter(state=JobState.COMMITTING, commit_started_at__lt=cutoff).values("pk")
    return _fail(stale, "导入进程中断，请重新导入")


class _NotCommitting(Exception):
    pass


# Commits of one company serialise: two at once would both see a house without its opening
# prepaid, or a resident not yet created, and both write it.
COMMIT_LOCK = "SELECT pg_advisory_xact_lock(hashtext('wuye.imports.commit.' || current_schema()))"


def import_job_commit(*, job_id: int, on_progress: Callable[[int], None] | None = None) -> ImportJob:
    """Write a committing job's stage in one transaction. Any failure rolls the whole stage back and
    leaves the job ``failed`` with the reason; the job is returned either way. A task delivered twice
    finds the job no longer committing once it holds the job's lock, and writes nothing."""
    job = _job(job_id)
    if job.state != JobState.COMMITTING:
        raise DomainError(ImportErrorCode.WRONG_STATE, field="id", state=job.get_state_display(), action="导入")
    key = progress_key(job.pk)

    def progress(done: int) -> None:
        cache.set(key, done, 3600)
        if on_progress:
            on_progress(done)

    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(COMMIT_LOCK)
            job = _job(job_id, lock=True)
            if job.state != JobState.COMMITTING:
                raise _NotCommitting
            prepared = _prepare(job)
            _record(job, prepared)
            created, updated = prepared.plan.commit(job, progress)
            job.created, job.updated = created, updated
            job.progress_done = len(prepared.table.rows)
            job.state = JobState.COMMITTED
            job.committed_at = timezone.now()
            job.failure = ""
            job.save()
    except _NotCommitting:
        return _job(job_id)
    except Exception as error:
        logger.warning("import job %s failed", job_id, exc_info=True)
        reason = error.message if isinstance(error, DomainError) else type(error).__name__
        ImportJob.objects.filter(pk=job_id).update(
            state=JobState.FAILED, failure=ImportErrorCode.COMMIT_FAILED.message(reason=reason)
        )
    cache.delete(key)
    return _job(job_id)


@transaction.atomic
def import_job_for_stage(
    *, job_id: int, stage: str, uploaded_by: Any, options: dict[str, Any] | None = None
) -> ImportJob:
    """A new job for another stage of a file already uploaded (one export often holds houses, owners
    and balances): the same encrypted bytes and reading, the earlier job's options under the new."""
    source = _job(job_id)
    if source.file_encrypted is None:
        raise DomainError(ImportErrorCode.FILE_PURGED, field="id")
    return ImportJob.objects.create(
        stage=Stage(stage),
        source_system=source.source_system,
        file_name=source.file_name,
        file_size=source.file_size,
        file_sha256=source.file_sha256,
        file_encrypted=source.file_encrypted,
        encoding=source.encoding,
        sheet=source.sheet,
        header_rows=source.header_rows,
        columns=source.columns,
        row_count=source.row_count,
        options={**source.options, **_clean_options(options or {})},
        created_by=uploaded_by,
    )
