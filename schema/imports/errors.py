"""GraphQL error type of the import payloads: ``{ field, message, code }``, each ``code`` one of the
app's error codes (declared once, in ``saas/imports/errors.py``)."""

from __future__ import annotations

import strawberry

from saas.imports.errors import ImportErrorCode
from schema.core.errors import CODE_DESCRIPTION, PayloadError

strawberry.enum(ImportErrorCode, name="ImportErrorCode", description="Codes of ImportError and of ImportProblem.")


@strawberry.type(description="Why an upload, mapping, dry run, commit, rollback or reconciliation was refused.")
class ImportError(PayloadError):
    code: ImportErrorCode = strawberry.field(description=CODE_DESCRIPTION)
