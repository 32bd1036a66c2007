"""GraphQL types of fees, bills and the ledger. Money fields are ``Yuan`` (decimal yuan strings over
integer fen). Every node type scopes its own queryset: staff see their communities' rows (with
BILL_VIEW), owners the rows of the houses they live in."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import strawberry
import strawberry_django
from django.db.models import Exists, OuterRef, QuerySet, prefetch_related_objects
from strawberry import auto, relay

from permissions.scoping import visible_to
from saas.finance.models import (
    Bill,
    BillingCycle,
    BillingRun,
    BillLine,
    BillStatus,
    FeeItem,
    FeeKind,
    FinancePolicy,
    MeterReading,
    MeterType,
    Payment,
    PaymentMethod,
    RoundingMode,
    RoundingUnit,
    Waiver,
    WaiverStatus,
)
from schema.core.context import Info
from schema.core.fields import model_field, model_type
from schema.core.scalars import Yuan
from schema.estates.types import BuildingType, CommunityType, HouseKind, HouseType

strawberry.enum(FeeKind, name="FeeKind", description="How a fee is computed.")
strawberry.enum(MeterType, name="MeterType", description="What a meter (表) measures.")
strawberry.enum(BillingCycle, name="BillingCycle", description="Months a bill covers; anchored at January.")
strawberry.enum(RoundingMode, name="RoundingMode", description="四舍五入, 抹零 or 进位.")
strawberry.enum(RoundingUnit, name="RoundingUnit", description="Round to the fen, jiao or yuan.")
strawberry.enum(BillStatus, name="BillStatus", description="Where a bill (账单) stands.")
strawberry.enum(
    PaymentMethod, name="PaymentMethod", description="How the money came: offline (by a cashier) or online."
)
strawberry.enum(WaiverStatus, name="WaiverStatus", description="Where a waiver request (减免申请) stands.")


REVERSED = "finance_reversed"


@model_type(FeeItem, name="FeeItem", description="收费项目 A fee the company charges.")
class FeeItemType(relay.Node):
    name: auto
    kind: FeeKind
    meter_type: MeterType | None = strawberry_django.field(description="Metered fees only.", only=["meter_type"])
    unit_price: Decimal = model_field(
        description='Yuan per unit (m² per month, house per month, unit consumed), four decimals: "0.4883".'
    )
    rounding_mode: RoundingMode
    effective_from: date = model_field(description="First month billed (a period: the 1st).")
    effective_to: date | None = model_field(description="Last month billed; null: no end.")
    sort_order: int = model_field(description="Order of the lines on a bill and of allocation within a bill.")
    communities: list[CommunityType] = strawberry_django.field(description="Communities the fee applies to.")
    buildings: list[BuildingType] = strawberry_django.field(
        description="If any: only houses of these buildings pay it."
    )

    @strawberry_django.field(only=["cycle_months"], description="How many months one bill line covers (计费周期).")
    def cycle(self, root: FeeItem) -> BillingCycle:
        return BillingCycle(root.cycle_months)

    @strawberry_django.field(only=["rounding_unit"])
    def rounding_unit(self, root: FeeItem) -> RoundingUnit:
        return RoundingUnit(root.rounding_unit)

    @strawberry_django.field(only=["house_kinds"], description="If any: only houses of these kinds pay it.")
    def house_kinds(self, root: FeeItem) -> list[HouseKind]:
        return [HouseKind(kind) for kind in root.house_kinds]

    @classmethod
    def get_queryset(cls, queryset: QuerySet[FeeItem], info: Info, **kwargs: Any) -> QuerySet[FeeItem]:
        return visible_to(info.context.viewer, queryset).distinct()


@model_type(MeterReading, name="MeterReading", description="抄表 A meter reading for a billing period.")
class MeterReadingType(relay.Node):
    house: HouseType = model_field(select_related=["house"])
    meter_type: MeterType
    period: date = model_field(description="The billing period (1st of the month) this reading bills.")
    reading: Decimal = model_field()
    previous_reading: Decimal | None = model_field(description="Null for the meter's first reading.")
    consumption: Decimal = model_field(
        description="Billed quantity: reading − previous (the reading after a replacement)."
    )
    is_replacement: bool = model_field(description="换表: the meter was replaced and started again from zero.")
    created_at: auto

    @classmethod
    def get_queryset(cls, queryset: QuerySet[MeterReading], info: Info, **kwargs: Any) -> QuerySet[MeterReading]:
        return visible_to(info.context.viewer, queryset)


@model_type(BillLine, name="BillLine", description="账单明细 One fee on a bill: quantity × unit price (× months).")
class BillLineType(relay.Node):
    fee_item: FeeItemType = model_field(select_related=["fee_item"])
    description: auto
    quantity: Decimal = model_field(description="m² for area fees, consumption for metered fees, 1 for fixed fees.")
    unit_price: Decimal = model_field(description="Yuan per unit as billed.")
    months: int = model_field(description="Months covered (the cycle); metered fees are not multiplied by it.")
    amount: Yuan = model_field(field_name="amount_fen")
    paid: Yuan = model_field(field_name="paid_fen")
    waived: Yuan = model_field(field_name="waived_fen")

    @strawberry_django.field(
        only=["amount_fen", "paid_fen", "waived_fen"], description="Still to pay on this line: amount − paid − waived."
    )
    def balance(self, root: BillLine) -> Yuan:
        return Yuan(root.balance_fen)

    @classmethod
    def get_queryset(cls, queryset: QuerySet[BillLine], info: Info, **kwargs: Any) -> QuerySet[BillLine]:
        return visible_to(info.context.viewer, queryset)


BILL_MONEY = ["amount_fen", "paid_fen", "waived_fen", "late_fee_fen", "late_fee_paid_fen", "late_fee_waived_fen"]


@model_type(Bill, name="Bill", description="账单 A house's bill for one period.")
class BillType(relay.Node):
    # No hint: a hinted relation stops the optimizer there, and the owner app's 京华园 3号楼 1单元 1502
    # then cost three lookups per bill. Unhinted, the house (scoped) comes in one prefetch with
    # its community, building and unit joined.
    house: HouseType = model_field()
    community: CommunityType = model_field(select_related=["community"])
    building: BuildingType = model_field(select_related=["building"])
    period: date = model_field(description="The month billed (its 1st day).")
    due_date: date = model_field(description="缴费截止日; late fees (if the company charges them) start after it.")
    status: BillStatus
    amount: Yuan = model_field(field_name="amount_fen", description="Principal: the sum of the lines.")
    late_fee: Yuan = model_field(field_name="late_fee_fen", description="滞纳金 accrued so far.")
    created_at: auto
    cancelled_at: datetime | None = model_field(description="作废: when the bill was cancelled, if it was.")
    cancel_reason: str = model_field(description="Why it was cancelled.")
    lines: list[BillLineType] = strawberry_django.field(description="In fee-item order.")

    @strawberry_django.field(only=["amount_fen", "late_fee_fen"], description="amount + lateFee.")
    def total(self, root: Bill) -> Yuan:
        return Yuan(root.total_fen)

    @strawberry_django.field(only=["paid_fen", "late_fee_paid_fen"], description="Paid, late fee included.")
    def paid(self, root: Bill) -> Yuan:
        return Yuan(root.paid_fen + root.late_fee_paid_fen)

    @strawberry_django.field(only=["waived_fen", "late_fee_waived_fen"], description="Waived, late fee included.")
    def waived(self, root: Bill) -> Yuan:
        return Yuan(root.waived_fen + root.late_fee_waived_fen)

    @strawberry_django.field(only=BILL_MONEY, description="Still to pay: total − paid − waived.")
    def balance(self, root: Bill) -> Yuan:
        return Yuan(root.balance_fen)

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Bill], info: Info, **kwargs: Any) -> QuerySet[Bill]:
        return visible_to(info.context.viewer, queryset)


@strawberry.type(
    name="Allocation", description="核销 Part of a payment, prepaid settlement or waiver applied to a bill."
)
class AllocationType:
    bill: BillType = strawberry.field(description="The bill it was applied to.")
    bill_line: BillLineType | None = strawberry.field(description="Null: the bill's late fee.")
    amount: Yuan = strawberry.field(description="Negative in a reversal.")


@model_type(Payment, name="Payment", description="收款 A payment or its reversal (冲正), with its receipt number.")
class PaymentType(relay.Node):
    receipt_no: int = model_field(description="收据号: sequential per company, no gaps.")
    house: HouseType = model_field(select_related=["house"])
    amount: Yuan = model_field(field_name="amount_fen", description="Negative for a reversal.")
    method: PaymentMethod
    received_at: datetime = model_field()
    payer_name: str = model_field(description="缴款人 as written by the cashier.")
    reference: str = model_field(description="Bank or cheque reference, if any.")
    reason: str = model_field(description="Why it was reversed (reversals only).")
    reversal_of: PaymentType | None = model_field(
        select_related=["reversal_of"], description="For a reversal: the payment it reverses."
    )

    @strawberry_django.field(
        only=["cashier__display_name"], select_related=["cashier"], description="收款员; empty for online payments."
    )
    def cashier_name(self, root: Payment) -> str:
        return root.cashier.display_name if root.cashier else ""  # online money has no cashier

    @strawberry_django.field(
        prefetch_related=["prepaid_entries"],
        description="What went to the house's prepaid balance (negative: taken back).",
    )
    def to_prepaid(self, root: Payment) -> Yuan:
        return Yuan(sum(entry.amount_fen for entry in root.prepaid_entries.all()))

    @strawberry_django.field(
        prefetch_related=["allocations__bill__house", "allocations__bill_line__fee_item"],
        description="The bills and lines it paid (in allocation order).",
    )
    def allocations(self, root: Payment, info: Info) -> list[AllocationType]:
        if "allocations" not in getattr(root, "_prefetched_objects_cache", {}):
            # a mutation's payload (the optimizer's hints serve lists): what is selected, per level
            selected = {s.name for field in info.selected_fields for s in field.selections if hasattr(s, "name")}
            wanted = {"bill": "allocations__bill__house", "billLine": "allocations__bill_line__fee_item"}
            prefetch_related_objects(
                [root], "allocations", *(path for name, path in wanted.items() if name in selected)
            )
        return [
            AllocationType(bill=a.bill, bill_line=a.bill_line, amount=Yuan(a.amount_fen))  # type: ignore[arg-type]
            for a in sorted(root.allocations.all(), key=lambda a: a.pk)
        ]

    @strawberry_django.field(
        annotate={REVERSED: Exists(Payment.objects.filter(reversal_of_id=OuterRef("pk")))},
        description="True once reversed (a reversal itself is never reversed).",
    )
    def reversed(self, root: Payment) -> bool:
        known = getattr(root, REVERSED, None)
        return bool(known) if known is not None else Payment.objects.filter(reversal_of_id=root.pk).exists()

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Payment], info: Info, **kwargs: Any) -> QuerySet[Payment]:
        return visible_to(info.context.viewer, queryset)


@model_type(Waiver, name="Waiver", description="减免 A request to waive part of a bill, and its decision.")
class WaiverType(relay.Node):
    bill: BillType = model_field(select_related=["bill"])
    amount: Yuan = model_field(field_name="amount_fen")
    reason: str = model_field()
    status: WaiverStatus
    decided_at: datetime | None = model_field(description="When it was approved or rejected; null: still pending.")
    decision_note: str = model_field(description="The approver's note, or why it was rejected.")
    created_at: auto

    @strawberry_django.field(
        only=["requested_by__display_name"],
        select_related=["requested_by"],
        description="The staff member who asked for it.",
    )
    def requested_by_name(self, root: Waiver) -> str:
        return root.requested_by.display_name

    @strawberry_django.field(
        only=["decided_by__display_name"],
        select_related=["decided_by"],
        description="Who approved or rejected it; null: still pending.",
    )
    def decided_by_name(self, root: Waiver) -> str | None:
        return root.decided_by.display_name if root.decided_by else None

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Waiver], info: Info, **kwargs: Any) -> QuerySet[Waiver]:
        return visible_to(info.context.viewer, queryset)


@strawberry_django.type(FinancePolicy, name="FinancePolicy", description="收费规则 Due dates and late fees.")
class FinancePolicyType:
    bill_due_days: int = strawberry_django.field(description="A bill falls due this many days after its period starts.")
    late_fee_enabled: bool = strawberry_django.field(description="滞纳金: off unless the company turns it on.")
    late_fee_daily_rate: Decimal = strawberry_django.field(
        description='Per day on the unpaid principal, e.g. "0.000500" (万分之五); late fees never compound.'
    )
    late_fee_grace_days: int = strawberry_django.field(description="Days after the due date before late fees start.")


@strawberry_django.type(BillingRun, name="BillingRun", description="生成账单 One billing run and what it created.")
class BillingRunType:
    period: date = strawberry_django.field(description="The period billed (the 1st of the month).")
    bills_created: int = strawberry_django.field(description="New bills it made.")
    lines_created: int = strawberry_django.field(description="New bill lines it made (on new and existing bills).")
    amount: Yuan = strawberry_django.field(field_name="amount_fen", description="Of the lines created.")
    houses_settled: int = strawberry_django.field(description="Houses whose prepaid balance then paid their bills.")
    created_at: datetime = strawberry_django.field(description="When it ran (+08:00).")


@strawberry.type(name="FeeItemPreview", description="One fee item in a billing-run preview.")
class FeeItemPreviewType:
    fee_item: FeeItemType = strawberry.field(description="The fee item (收费项目).")
    lines: int = strawberry.field(description="Lines of the period with this fee, existing and new.")
    amount: Yuan = strawberry.field(description="What those lines add up to, in yuan.")
    new_lines: int = strawberry.field(description="Lines a run would add now.")
    new_amount: Yuan = strawberry.field(description="What the new lines would add up to, in yuan.")


@strawberry.type(name="BillingRunPreview", description="What billingRunCreate would do now; nothing is written.")
class BillingRunPreviewType:
    period: date = strawberry.field(description="The period previewed (the 1st of the month).")
    due_date: date = strawberry.field(description="Due date new bills would get.")
    houses: int = strawberry.field(description="Houses with at least one applicable fee.")
    new_bills: int = strawberry.field(description="Bills a run would create now.")
    new_lines: int = strawberry.field(description="Bill lines a run would add now.")
    new_amount: Yuan = strawberry.field(description="What the new lines would add up to, in yuan.")
    items: list[FeeItemPreviewType] = strawberry.field(description="The same, per fee item.")


@strawberry.type(name="HouseFinance", description="A house's money at a glance.")
class HouseFinanceType:
    house: HouseType = strawberry.field(description="The house (房屋).")
    prepaid_balance: Yuan = strawberry.field(description="预存余额: settles the next bills automatically.")
    outstanding: Yuan = strawberry.field(description="Unpaid on open bills, late fees included.")
    overdue: Yuan = strawberry.field(description="The part of outstanding past its due date.")
    open_bills: int = strawberry.field(description="Bills not yet paid, waived or cancelled.")
