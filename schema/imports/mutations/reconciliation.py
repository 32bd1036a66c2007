"""Reconcile against the old system's control totals, and sign off (DATA_IMPORT)."""

from __future__ import annotations

import strawberry

from saas.imports.services.reconciliation import reconciliation_run, reconciliation_sign_off
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.relay import pk_from_global_id
from schema.imports.errors import ImportError
from schema.imports.inputs import ImportReconcileInput, ReconciliationSignOffInput
from schema.imports.mutations.common import IMPORTERS, ReconciliationPayload


@strawberry.type
class ReconciliationMutations:
    @strawberry.mutation(
        permission_classes=IMPORTERS,
        description="对账 Compare the old system's totals with Wuye to the fen, listing the houses that differ.",
    )
    def import_reconcile(self, info: Info, input: ImportReconcileInput) -> ReconciliationPayload:
        return payload_of(
            ReconciliationPayload,
            ImportError,
            "reconciliation",
            lambda: reconciliation_run(
                source_system=input.source_system.value,
                house_count=input.house_count,
                building_area=input.building_area,
                arrears_fen=int(input.arrears),
                prepaid_fen=int(input.prepaid),
                last_period=input.last_period,
                last_period_receipts_fen=int(input.last_period_receipts)
                if input.last_period_receipts is not None
                else None,
                created_by=info.context.viewer,
            ),
        )

    @strawberry.mutation(
        permission_classes=IMPORTERS,
        description="签字确认 Accept a reconciliation before go-live (a note is required when figures differ).",
    )
    def reconciliation_sign_off(self, info: Info, input: ReconciliationSignOffInput) -> ReconciliationPayload:
        return payload_of(
            ReconciliationPayload,
            ImportError,
            "reconciliation",
            lambda: reconciliation_sign_off(
                reconciliation_id=pk_from_global_id(input.id, "Reconciliation"),
                signed_off_by=info.context.viewer,
                note=input.note,
            ),
        )
