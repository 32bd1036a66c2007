"""The uploaded file: kept encrypted (it holds ID numbers and phones), read back for each dry run
and commit, purged after ``IMPORT_FILE_RETENTION_DAYS``."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from saas.core.crypto import decrypt_bytes
from saas.core.errors import DomainError
from saas.imports.errors import ImportErrorCode, ImportFileError
from saas.imports.models import ImportJob, JobState
from saas.imports.reading import Table, read_table

MAX_FILE_BYTES = 20 * 1024 * 1024


def table_of(data: bytes, *, encoding: str | None, header_rows: int | None, sheet: str | None) -> Table:
    """The file's rows, or the reader's refusal (a DomainError with its code and words) on ``file``."""
    try:
        return read_table(data, encoding=encoding or None, header_rows=header_rows, sheet=sheet or None)
    except ImportFileError as error:
        error.field = error.field or "file"
        raise


def job_table(job: ImportJob) -> Table:
    if job.file_encrypted is None:
        raise DomainError(ImportErrorCode.FILE_PURGED, field="id")
    data = decrypt_bytes(bytes(job.file_encrypted))
    return table_of(data, encoding=job.encoding, header_rows=job.header_rows, sheet=job.sheet)


def retention_days() -> int:
    return int(getattr(settings, "IMPORT_FILE_RETENTION_DAYS", 30))


@transaction.atomic
def import_files_purge(*, now: object = None) -> int:
    """Drop the stored files of jobs older than the retention period (their results stay); a job
    still committing keeps its file. Returns how many were purged."""
    moment = now or timezone.now()
    cutoff = moment - timedelta(days=retention_days())  # type: ignore[operator]
    return (
        ImportJob.objects.filter(created_at__lt=cutoff, file_purged_at__isnull=True)
        .exclude(state=JobState.COMMITTING)
        .update(file_encrypted=None, file_purged_at=moment)
    )
