"""feeItemCreate / feeItemUpdate (FEE_SETUP): what a company charges and how."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.core.unset import UNSET
from saas.finance.models import FeeItem
from saas.finance.services import (
    fee_item_create,
    fee_item_update,
)
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.relay import pk_from_global_id
from schema.estates.mutations.common import maybe
from schema.finance.errors import FeeItemError
from schema.finance.inputs import (
    FeeItemCreateInput,
    FeeItemUpdateInput,
)
from schema.finance.mutations.common import FEE_SETUP, authorize_communities, pks
from schema.finance.types import FeeItemType


@strawberry.type
class FeeItemCreatePayload:
    errors: list[FeeItemError]
    fee_item: FeeItemType | None = None


@strawberry.type
class FeeItemUpdatePayload:
    errors: list[FeeItemError]
    fee_item: FeeItemType | None = None


@strawberry.type
class FeeItemMutations:
    @strawberry.mutation(
        permission_classes=FEE_SETUP,
        description="Add a fee item for communities you set fees up in; it bills from its first month on.",
    )
    def fee_item_create(self, info: Info, input: FeeItemCreateInput) -> FeeItemCreatePayload:
        communities, buildings = pks(input.communities, "Community"), pks(input.buildings, "Building")
        authorize_communities(info, Capability.FEE_SETUP, communities)
        return payload_of(
            FeeItemCreatePayload,
            FeeItemError,
            "fee_item",
            lambda: fee_item_create(
                name=input.name,
                kind=input.kind.value,
                unit_price=input.unit_price,
                cycle_months=int(input.cycle),
                community_ids=communities,
                building_ids=buildings,
                house_kinds=[kind.value for kind in input.house_kinds],
                effective_from=input.effective_from,
                effective_to=input.effective_to,
                meter_type=input.meter_type.value if input.meter_type else "",
                rounding_mode=input.rounding_mode.value,
                rounding_unit=int(input.rounding_unit),
                sort_order=input.sort_order,
            ),
        )

    @strawberry.mutation(
        permission_classes=FEE_SETUP,
        description="Change a fee item; the next runs use the change, bills already made keep their lines. "
        "Every community it applies to (before and after) must be yours.",
    )
    def fee_item_update(self, info: Info, input: FeeItemUpdateInput) -> FeeItemUpdatePayload:
        item_id = pk_from_global_id(input.id, "FeeItem")
        item = FeeItem.objects.filter(pk=item_id).first()
        current = list(item.communities.values_list("pk", flat=True)) if item else []
        communities = pks(input.communities.value, "Community") if input.communities is not None else None
        buildings = pks(input.buildings.value, "Building") if input.buildings is not None else None
        authorize_communities(info, Capability.FEE_SETUP, sorted(set(current) | set(communities or [])))
        meter = maybe(input.meter_type)
        return payload_of(
            FeeItemUpdatePayload,
            FeeItemError,
            "fee_item",
            lambda: fee_item_update(
                fee_item_id=item_id,
                name=maybe(input.name),
                kind=maybe(input.kind),
                meter_type=UNSET if meter is UNSET else (meter or ""),
                unit_price=maybe(input.unit_price),
                cycle_months=maybe(input.cycle),
                rounding_mode=maybe(input.rounding_mode),
                rounding_unit=maybe(input.rounding_unit),
                community_ids=UNSET if communities is None else communities,
                building_ids=UNSET if buildings is None else buildings,
                house_kinds=maybe(input.house_kinds),
                effective_from=maybe(input.effective_from),
                effective_to=maybe(input.effective_to),
                sort_order=maybe(input.sort_order),
            ),
        )
