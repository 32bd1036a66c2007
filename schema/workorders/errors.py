"""GraphQL error types of the workorders payloads: ``{ field, message, code }``, each ``code`` an enum
of the app's error codes (declared once, in the app's ``errors.py``)."""

from __future__ import annotations

import strawberry

from saas.workorders.errors import WorkOrderErrorCode, WorkOrderSettingsErrorCode
from schema.core.errors import CODE_DESCRIPTION, PayloadError

strawberry.enum(WorkOrderErrorCode, name="WorkOrderErrorCode", description="Codes of WorkOrderError.")


@strawberry.type(description="Why reporting or changing a work order was refused.")
class WorkOrderError(PayloadError):
    code: WorkOrderErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(
    WorkOrderSettingsErrorCode, name="WorkOrderSettingsErrorCode", description="Codes of WorkOrderSettingsError."
)


@strawberry.type(description="Why a change to the repair rules was refused.")
class WorkOrderSettingsError(PayloadError):
    code: WorkOrderSettingsErrorCode = strawberry.field(description=CODE_DESCRIPTION)
