"""Mutations of the work-order domain, one module per service topic
(``saas/workorders/services/<topic>.py``), merged into one root part for schema/tenant.py."""

from strawberry.tools import merge_types

from schema.workorders.mutations.settings import WorkOrderSettingsMutations
from schema.workorders.mutations.submission import WorkOrderSubmissionMutations
from schema.workorders.mutations.transitions import WorkOrderTransitionMutations

WorkOrderMutations = merge_types(
    "WorkOrderMutations", (WorkOrderSubmissionMutations, WorkOrderTransitionMutations, WorkOrderSettingsMutations)
)
