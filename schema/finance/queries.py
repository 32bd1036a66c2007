"""Finance reads: fee items, readings, bills, payments, waivers, a house's balance, the policy and
the billing preview. Lists return unevaluated querysets; each type's ``get_queryset`` scopes them."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry
import strawberry_django
from django.db.models import QuerySet
from django.utils import timezone
from strawberry import relay

from permissions.roles import Capability
from permissions.scoping import visible_to
from saas.estates.models import House
from saas.finance import selectors
from saas.finance.models import OPEN_STATUSES, Bill, FeeItem, FinancePolicy, MeterReading, Payment, Waiver
from saas.finance.services import billing_run_preview, prepaid_balance
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability
from schema.core.relay import CountedConnection, NodeIdCheck, pk_from_global_id
from schema.core.scalars import Yuan
from schema.finance.errors import BillingError
from schema.finance.inputs import BillingRunInput
from schema.finance.mutations.common import authorize_communities, pks
from schema.finance.types import (
    BillingRunPreviewType,
    BillStatus,
    BillType,
    FeeItemPreviewType,
    FeeItemType,
    FinancePolicyType,
    HouseFinanceType,
    MeterReadingType,
    MeterType,
    PaymentMethod,
    PaymentType,
    WaiverStatus,
    WaiverType,
)

BILL_READERS = HasCapability(Capability.BILL_VIEW, owners=True)


def _pk(value: relay.GlobalID | None, type_name: str) -> int | None:
    return pk_from_global_id(value, type_name) if value is not None else None


@strawberry.input(description="All given filters must match.")
class BillFilterInput:
    community: relay.GlobalID | None = strawberry.field(default=None, description="Bills of this community (小区).")
    building: relay.GlobalID | None = strawberry.field(default=None, description="Bills of this building (楼栋).")
    house: relay.GlobalID | None = strawberry.field(default=None, description="Bills of this house (房屋).")
    period: date | None = strawberry.field(default=None, description="One period (the 1st of a month).")
    period_from: date | None = strawberry.field(default=None, description="Periods from this month on (its 1st).")
    period_to: date | None = strawberry.field(default=None, description="Periods up to this month (its 1st).")
    statuses: list[BillStatus] | None = strawberry.field(default=None, description="Any of these statuses.")
    overdue: bool | None = strawberry.field(default=None, description="Unpaid after the due date (催缴).")

    def apply(self, bills: QuerySet[Bill]) -> QuerySet[Bill]:
        for column, value in (
            ("community_id", _pk(self.community, "Community")),
            ("building_id", _pk(self.building, "Building")),
            ("house_id", _pk(self.house, "House")),
            ("period", self.period),
            ("period__gte", self.period_from),
            ("period__lte", self.period_to),
        ):
            if value is not None:
                bills = bills.filter(**{column: value})
        if self.statuses:
            bills = bills.filter(status__in=[BillStatus(s) for s in self.statuses])
        if self.overdue is not None:
            late = {"status__in": OPEN_STATUSES, "due_date__lt": timezone.localdate()}
            bills = bills.filter(**late) if self.overdue else bills.exclude(**late)
        return bills


@strawberry.type(
    name="BillingRunPreviewPayload", description="What billingRunPreview returns: the preview, or why not."
)
class BillingRunPreviewPayload:
    errors: list[BillingError] = strawberry.field(description="Why there is no preview; empty on success.")
    preview: BillingRunPreviewType | None = strawberry.field(
        default=None, description="What a run would do now; null when `errors` is not empty."
    )


def _preview(period: date, community_ids: list[int]) -> BillingRunPreviewType:
    result = billing_run_preview(period=period, community_ids=community_ids)
    return BillingRunPreviewType(
        period=result.period,
        due_date=result.due_date,
        houses=result.houses,
        new_bills=result.new_bills,
        new_lines=result.new_lines,
        new_amount=Yuan(result.new_amount_fen),
        items=[
            FeeItemPreviewType(
                fee_item=item.fee_item,  # type: ignore[arg-type]
                lines=item.lines,
                amount=Yuan(item.amount_fen),
                new_lines=item.new_lines,
                new_amount=Yuan(item.new_amount_fen),
            )
            for item in result.items
        ],
    )


@strawberry.type
class FinanceQueries:
    bill: BillType | None = strawberry_django.node(
        description="A bill by ID with its lines, if you may see it.", extensions=[NodeIdCheck()]
    )

    @strawberry_django.connection(
        CountedConnection[FeeItemType],
        permission_classes=[HasCapability(Capability.BILL_VIEW)],
        description="Fee items applying to your communities, in line order.",
    )
    def fee_items(self, community: relay.GlobalID | None = None) -> QuerySet[FeeItem]:
        return selectors.fee_items(community_id=_pk(community, "Community"))

    @strawberry_django.connection(
        CountedConnection[MeterReadingType],
        permission_classes=[HasCapability(Capability.METER_READING_RECORD, owners=True)],
        description="Meter readings, newest period first. Owners see their houses' readings.",
    )
    def meter_readings(
        self,
        house: relay.GlobalID | None = None,
        community: relay.GlobalID | None = None,
        meter_type: MeterType | None = None,
        period: Annotated[date | None, strawberry.argument(description="Readings of this period (its 1st).")] = None,
    ) -> QuerySet[MeterReading]:
        return selectors.meter_readings(
            house_id=_pk(house, "House"),
            community_id=_pk(community, "Community"),
            meter_type=meter_type.value if meter_type is not None else None,
            period=period,
        )

    @strawberry_django.connection(
        CountedConnection[BillType],
        permission_classes=[BILL_READERS],
        description="Bills, oldest period first. Staff see their communities' bills; owners their houses' bills.",
    )
    def bills(self, filter: BillFilterInput | None = None) -> QuerySet[Bill]:
        bills = selectors.bills()
        return filter.apply(bills) if filter is not None else bills

    @strawberry_django.connection(
        CountedConnection[PaymentType],
        permission_classes=[BILL_READERS],
        description="Payments and reversals with their receipts, newest first. Owners see their houses' payments.",
    )
    def payments(
        self,
        house: relay.GlobalID | None = None,
        community: relay.GlobalID | None = None,
        method: PaymentMethod | None = None,
        receipt_no: Annotated[
            int | None, strawberry.argument(description="The one payment with this receipt number.")
        ] = None,
        date_from: Annotated[date | None, strawberry.argument(description="Booked on or after this day.")] = None,
        date_to: Annotated[date | None, strawberry.argument(description="Booked on or before this day.")] = None,
    ) -> QuerySet[Payment]:
        return selectors.payments(
            house_id=_pk(house, "House"),
            community_id=_pk(community, "Community"),
            method=method.value if method is not None else None,
            receipt_no=receipt_no,
            date_from=date_from,
            date_to=date_to,
        )

    @strawberry_django.connection(
        CountedConnection[WaiverType],
        permission_classes=[HasCapability(Capability.BILL_VIEW)],
        description="Waiver requests of your communities, newest first.",
    )
    def waivers(
        self,
        status: WaiverStatus | None = None,
        community: relay.GlobalID | None = None,
        bill: relay.GlobalID | None = None,
    ) -> QuerySet[Waiver]:
        return selectors.waivers(
            status=status.value if status is not None else None,
            community_id=_pk(community, "Community"),
            bill_id=_pk(bill, "Bill"),
        )

    @strawberry.field(
        permission_classes=[BILL_READERS],
        description="A house's prepaid balance and what it owes; null if you may not see its bills.",
    )
    def house_finance(
        self, info: Info, house: Annotated[relay.GlobalID, strawberry.argument(description="The house's global ID.")]
    ) -> HouseFinanceType | None:
        house_id = pk_from_global_id(house, "House")
        capability = None if not info.context.viewer.is_staff else Capability.BILL_VIEW
        found = visible_to(info.context.viewer, House.objects.filter(pk=house_id), capability).first()
        if found is None:
            return None
        totals = selectors.house_open_bill_totals(house_id=house_id)
        return HouseFinanceType(
            house=found,  # type: ignore[arg-type]
            prepaid_balance=Yuan(prepaid_balance(house_id)),
            outstanding=Yuan(totals["outstanding"]),
            overdue=Yuan(totals["overdue"]),
            open_bills=totals["count"],
        )

    @strawberry.field(
        permission_classes=[HasCapability(Capability.COMPANY_SETTINGS)],
        description="When bills fall due and the late-fee policy. Admin only.",
    )
    def finance_policy(self) -> FinancePolicyType:
        return FinancePolicy.current()  # type: ignore[return-value]

    @strawberry.field(
        permission_classes=[HasCapability(Capability.FEE_SETUP)],
        description="What billingRunCreate would do now (same computation), writing nothing.",
    )
    def billing_run_preview(
        self,
        info: Info,
        input: Annotated[BillingRunInput, strawberry.argument(description="The period and communities to preview.")],
    ) -> BillingRunPreviewPayload:
        communities = pks(input.communities, "Community")
        authorize_communities(info, Capability.FEE_SETUP, communities)
        return payload_of(
            BillingRunPreviewPayload, BillingError, "preview", lambda: _preview(input.period, communities)
        )
