"""Mutations of the work-order domain, merged into one root part for schema/tenant.py."""

from strawberry.tools import merge_types

from schema.workorders.mutations.orders import WorkOrderChangeMutations
from schema.workorders.mutations.settings import WorkOrderSettingsMutations

WorkOrderMutations = merge_types("WorkOrderMutations", (WorkOrderChangeMutations, WorkOrderSettingsMutations))
