"""Roll a committed import back (DATA_IMPORT)."""

from __future__ import annotations

import strawberry

from saas.imports.services.rollback import import_job_rollback
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.relay import pk_from_global_id
from schema.imports.errors import ImportError
from schema.imports.inputs import ImportJobIdInput
from schema.imports.mutations.common import IMPORTERS, ImportJobPayload


@strawberry.type
class ImportRollbackMutations:
    @strawberry.mutation(
        permission_classes=IMPORTERS,
        description="撤销 Restore exactly what was there before the job; refused naming what depends on it.",
    )
    def import_job_rollback(self, info: Info, input: ImportJobIdInput) -> ImportJobPayload:
        return payload_of(
            ImportJobPayload,
            ImportError,
            "job",
            lambda: import_job_rollback(
                job_id=pk_from_global_id(input.id, "ImportJob"), rolled_back_by=info.context.viewer
            ),
        )
