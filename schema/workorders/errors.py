"""Payload error types of the work-order mutations."""

from __future__ import annotations

from saas.workorders.errors import WorkOrderErrorCode, WorkOrderSettingsErrorCode
from schema.core.errors import payload_error_type

WorkOrderError = payload_error_type(
    "WorkOrderError", WorkOrderErrorCode, "Why reporting or changing a work order was refused."
)
WorkOrderSettingsError = payload_error_type(
    "WorkOrderSettingsError", WorkOrderSettingsErrorCode, "Why a change to the repair rules was refused."
)
