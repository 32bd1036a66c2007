"""What the import mutations share: the permission and the payloads."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from schema.core.permissions import HasCapability
from schema.imports.errors import ImportError
from schema.imports.types import ImportJobType, MappingProfileType, ReconciliationType

IMPORTERS = [HasCapability(Capability.DATA_IMPORT)]


@strawberry.type(description="The job as it is now, or why it was refused.")
class ImportJobPayload:
    errors: list[ImportError] = strawberry.field(description="Why it was refused; empty on success.")
    job: ImportJobType | None = strawberry.field(default=None, description="The job.")


@strawberry.type(description="The saved version, or why it was refused.")
class MappingProfilePayload:
    errors: list[ImportError] = strawberry.field(description="Why it was refused; empty on success.")
    profile: MappingProfileType | None = strawberry.field(default=None, description="The new version.")


@strawberry.type(description="The reconciliation, or why it was refused.")
class ReconciliationPayload:
    errors: list[ImportError] = strawberry.field(description="Why it was refused; empty on success.")
    reconciliation: ReconciliationType | None = strawberry.field(default=None, description="The reconciliation.")
