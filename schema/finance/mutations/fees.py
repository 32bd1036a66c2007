"""feeItemCreate / feeItemUpdate, meterReadingRecord, billingRunCreate, financePolicyUpdate."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.core.unset import UNSET
from saas.estates.models import House
from saas.finance.models import Bill, FeeItem
from saas.finance.services import (
    bill_cancel,
    billing_run_create,
    fee_item_create,
    fee_item_update,
    finance_policy_update,
    meter_reading_record,
)
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.estates.mutations.common import maybe
from schema.finance.errors import BillError, BillingError, FeeItemError, FinancePolicyError, MeterReadingError
from schema.finance.inputs import (
    BillCancelInput,
    BillingRunInput,
    FeeItemCreateInput,
    FeeItemUpdateInput,
    FinancePolicyUpdateInput,
    MeterReadingRecordInput,
)
from schema.finance.mutations.common import authorize_communities, pks
from schema.finance.types import BillingRunType, BillType, FeeItemType, FinancePolicyType, MeterReadingType


@strawberry.type
class FeeItemCreatePayload:
    errors: list[FeeItemError]
    fee_item: FeeItemType | None = None


@strawberry.type
class FeeItemUpdatePayload:
    errors: list[FeeItemError]
    fee_item: FeeItemType | None = None


@strawberry.type
class MeterReadingRecordPayload:
    errors: list[MeterReadingError]
    meter_reading: MeterReadingType | None = None


@strawberry.type
class BillingRunCreatePayload:
    errors: list[BillingError]
    billing_run: BillingRunType | None = None


@strawberry.type
class BillCancelPayload:
    errors: list[BillError]
    bill: BillType | None = None


@strawberry.type
class FinancePolicyUpdatePayload:
    errors: list[FinancePolicyError]
    finance_policy: FinancePolicyType | None = None


FEE_SETUP = [HasCapability(Capability.FEE_SETUP)]


@strawberry.type
class FeeMutations:
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

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.METER_READING_RECORD)],
        description="Record a meter reading for a period; its consumption bills on the period's next run.",
    )
    def meter_reading_record(self, info: Info, input: MeterReadingRecordInput) -> MeterReadingRecordPayload:
        house_id = pk_from_global_id(input.house, "House")
        authorize(info, Capability.METER_READING_RECORD, House, house_id)
        return payload_of(
            MeterReadingRecordPayload,
            MeterReadingError,
            "meter_reading",
            lambda: meter_reading_record(
                house_id=house_id,
                meter_type=input.meter_type.value,
                period=input.period,
                reading=input.reading,
                is_replacement=input.is_replacement,
                recorded_by=info.context.viewer,
            ),
        )

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

    @strawberry.mutation(
        permission_classes=FEE_SETUP,
        description="作废: cancel a bill issued by mistake, with a reason, before anything was paid, waived or "
        "accrued on it (reverse its payments first). The bill stays, marked cancelled; no run re-issues it.",
    )
    def bill_cancel(self, info: Info, input: BillCancelInput) -> BillCancelPayload:
        bill_id = pk_from_global_id(input.id, "Bill")
        authorize(info, Capability.FEE_SETUP, Bill, bill_id)
        return payload_of(
            BillCancelPayload,
            BillError,
            "bill",
            lambda: bill_cancel(bill_id=bill_id, reason=input.reason, cancelled_by=info.context.viewer),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.COMPANY_SETTINGS)],
        description="Change when bills fall due and whether late fees (滞纳金) accrue. Admin only.",
    )
    def finance_policy_update(self, info: Info, input: FinancePolicyUpdateInput) -> FinancePolicyUpdatePayload:
        return payload_of(
            FinancePolicyUpdatePayload,
            FinancePolicyError,
            "finance_policy",
            lambda: finance_policy_update(
                bill_due_days=maybe(input.bill_due_days),
                late_fee_enabled=maybe(input.late_fee_enabled),
                late_fee_daily_rate=maybe(input.late_fee_daily_rate),
                late_fee_grace_days=maybe(input.late_fee_grace_days),
            ),
        )
