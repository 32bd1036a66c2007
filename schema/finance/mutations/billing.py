"""billingRunCreate (FEE_SETUP): bills for a period and communities (``billingRunPreview`` is its read twin)."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.finance.services import (
    billing_run_create,
)
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.finance.errors import BillingError
from schema.finance.inputs import (
    BillingRunInput,
)
from schema.finance.mutations.common import FEE_SETUP, authorize_communities, pks
from schema.finance.types import BillingRunType


@strawberry.type
class BillingRunCreatePayload:
    errors: list[BillingError]
    billing_run: BillingRunType | None = None


@strawberry.type
class BillingRunMutations:
    @strawberry.mutation(
        permission_classes=FEE_SETUP,
        description="Generate the period's bills for the communities: one per house, a line per applicable fee. "
        "Running it again creates only what is missing (new houses, new readings). Houses with prepaid money "
        "then settle their open bills, oldest first.",
    )
    def billing_run_create(self, info: Info, input: BillingRunInput) -> BillingRunCreatePayload:
        communities = pks(input.communities, "Community")
        authorize_communities(info, Capability.FEE_SETUP, communities)
        return payload_of(
            BillingRunCreatePayload,
            BillingError,
            "billing_run",
            lambda: billing_run_create(period=input.period, community_ids=communities, created_by=info.context.viewer),
        )
