"""Mutations of imports, one module per service topic (``saas/imports/services/<topic>.py``),
merged into one root part for schema/tenant.py."""

from strawberry.tools import merge_types

from schema.imports.mutations.jobs import ImportJobMutations
from schema.imports.mutations.profiles import MappingProfileMutations
from schema.imports.mutations.reconciliation import ReconciliationMutations
from schema.imports.mutations.rollback import ImportRollbackMutations

ImportMutations = merge_types(
    "ImportMutations",
    (ImportJobMutations, ImportRollbackMutations, MappingProfileMutations, ReconciliationMutations),
)
