"""Upload, map, dry-run and commit import jobs (DATA_IMPORT). A commit runs in Celery after the
request's transaction (inline without a broker); poll ``ImportJob.progress`` and ``state``."""

from __future__ import annotations

from typing import Any

import strawberry
from django.db import connection, transaction
from django_tenants.utils import tenant_context

from saas.core.errors import DomainError
from saas.imports.errors import ImportErrorCode
from saas.imports.models import ImportJob
from saas.imports.services.files import MAX_FILE_BYTES
from saas.imports.services.jobs import (
    import_job_commit_start,
    import_job_configure,
    import_job_dry_run,
    import_job_for_stage,
    import_job_queue,
    import_job_upload,
)
from saas.imports.tasks import import_job_commit_task
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.relay import pk_from_global_id
from schema.imports.errors import ImportError
from schema.imports.inputs import (
    ImportJobConfigureInput,
    ImportJobForStageInput,
    ImportJobIdInput,
    ImportJobUploadInput,
)
from schema.imports.mutations.common import IMPORTERS, ImportJobPayload


def _job_pk(global_id: Any) -> int:
    return pk_from_global_id(global_id, "ImportJob")


def _commit(job_id: int, user: Any) -> ImportJob:
    job = import_job_commit_start(job_id=job_id, committed_by=user)
    company = connection.tenant  # type: ignore[attr-defined]

    def send() -> None:
        # queued from the company's schema, so tenant-schemas-celery runs it there (inline too)
        with tenant_context(company):
            import_job_commit_task.delay(job_id)

    transaction.on_commit(lambda: import_job_queue(job_id=job_id, send=send))
    return job


@strawberry.type
class ImportJobMutations:
    @strawberry.mutation(
        permission_classes=IMPORTERS,
        description="Upload an export for one stage: kept encrypted once it reads as a table (else a coded refusal).",
    )
    def import_job_upload(self, info: Info, input: ImportJobUploadInput) -> ImportJobPayload:
        upload: Any = input.file  # Django's UploadedFile

        def change() -> ImportJob:
            if upload.size > MAX_FILE_BYTES:  # refused before the file is read into memory
                raise DomainError(ImportErrorCode.FILE_TOO_LARGE, field="file", limit=MAX_FILE_BYTES // (1024 * 1024))
            return import_job_upload(
                data=upload.read(),
                file_name=getattr(upload, "name", "") or "",
                stage=input.stage.value,
                source_system=input.source_system.value,
                uploaded_by=info.context.viewer,
                encoding=input.encoding,
                sheet=input.sheet,
                header_rows=input.header_rows,
                options=input.options.as_dict() if input.options else None,
            )

        return payload_of(ImportJobPayload, ImportError, "job", change)

    @strawberry.mutation(
        permission_classes=IMPORTERS,
        description="A job for another stage of a file already uploaded (houses, then owners, then balances).",
    )
    def import_job_for_stage(self, info: Info, input: ImportJobForStageInput) -> ImportJobPayload:
        return payload_of(
            ImportJobPayload,
            ImportError,
            "job",
            lambda: import_job_for_stage(
                job_id=_job_pk(input.id),
                stage=input.stage.value,
                uploaded_by=info.context.viewer,
                options=input.options.as_dict() if input.options else None,
            ),
        )

    @strawberry.mutation(permission_classes=IMPORTERS, description="Choose the mapping profile and the options.")
    def import_job_configure(self, info: Info, input: ImportJobConfigureInput) -> ImportJobPayload:
        return payload_of(
            ImportJobPayload,
            ImportError,
            "job",
            lambda: import_job_configure(
                job_id=_job_pk(input.id),
                profile_id=pk_from_global_id(input.profile, "MappingProfile") if input.profile else None,
                options=input.options.as_dict() if input.options else None,
            ),
        )

    @strawberry.mutation(
        permission_classes=IMPORTERS,
        description="试导入 Validate every row and count what a commit would create, update and skip; writes nothing.",
    )
    def import_job_dry_run(self, info: Info, input: ImportJobIdInput) -> ImportJobPayload:
        return payload_of(ImportJobPayload, ImportError, "job", lambda: import_job_dry_run(job_id=_job_pk(input.id)))

    @strawberry.mutation(
        permission_classes=IMPORTERS,
        description="导入 Commit a validated job in one transaction (in the background); bad rows are left out.",
    )
    def import_job_commit(self, info: Info, input: ImportJobIdInput) -> ImportJobPayload:
        job_id = _job_pk(input.id)
        payload = payload_of(ImportJobPayload, ImportError, "job", lambda: _commit(job_id, info.context.viewer))
        if payload.job is not None:
            payload.job = ImportJob.objects.get(pk=job_id)  # type: ignore[assignment]  # inline runs finish first
        return payload
