"""Inputs of the finance mutations. Money is ``Yuan`` ("1234.50"), prices and readings decimals,
periods dates on the 1st of a month. ``feeItemUpdate`` and ``financePolicyUpdate`` use ``Maybe``:
a field left out stays as it is."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry
from strawberry import Maybe, relay

from schema.core.scalars import Yuan
from schema.estates.types import HouseKind
from schema.finance.types import BillingCycle, FeeKind, MeterType, PaymentMethod, RoundingMode, RoundingUnit

PERIOD = "A billing period: the 1st of a month, e.g. 2026-01-01."
PRICE = 'Yuan per unit, at most four decimals, e.g. "2.80" or "0.4883".'


@strawberry.input(description="A new fee item (收费项目).")
class FeeItemCreateInput:
    name: str
    kind: FeeKind = strawberry.field(
        description="AREA, FIXED, METERED, or PARKING (元/车位/月: the rent of the company's spaces)."
    )
    unit_price: Decimal = strawberry.field(description=PRICE)
    cycle: BillingCycle = strawberry.field(
        default=BillingCycle.MONTHLY, description="How many months one bill line covers (计费周期); default monthly."
    )
    communities: list[relay.GlobalID] = strawberry.field(description="At least one.")
    effective_from: date = strawberry.field(description=PERIOD)
    effective_to: date | None = strawberry.field(default=None, description=f"Last month billed. {PERIOD}")
    meter_type: MeterType | None = strawberry.field(default=None, description="Required for METERED, else empty.")
    rounding_mode: RoundingMode = RoundingMode.HALF_UP
    rounding_unit: RoundingUnit = RoundingUnit.FEN
    buildings: list[relay.GlobalID] = strawberry.field(
        default_factory=list, description="Only these buildings (of the communities) pay it; empty: all."
    )
    house_kinds: list[HouseKind] = strawberry.field(default_factory=list, description="Only these kinds; empty: all.")
    sort_order: int = strawberry.field(default=0, description="0–999: line order on bills and allocation order.")


@strawberry.input(description="Fields left out stay as they are; bills already made keep their lines.")
class FeeItemUpdateInput:
    id: relay.GlobalID
    name: Maybe[str]
    kind: Maybe[FeeKind] = strawberry.field(description="Only before the fee has been billed.")
    meter_type: Maybe[MeterType | None]
    unit_price: Maybe[Decimal] = strawberry.field(description=PRICE)
    cycle: Maybe[BillingCycle] = strawberry.field(description="How many months one bill line covers (计费周期).")
    rounding_mode: Maybe[RoundingMode]
    rounding_unit: Maybe[RoundingUnit]
    communities: Maybe[list[relay.GlobalID]]
    buildings: Maybe[list[relay.GlobalID]]
    house_kinds: Maybe[list[HouseKind]]
    effective_from: Maybe[date]
    effective_to: Maybe[date | None]
    sort_order: Maybe[int]


@strawberry.input
class MeterReadingRecordInput:
    house: relay.GlobalID
    meter_type: MeterType
    period: date = strawberry.field(description=PERIOD)
    reading: Decimal = strawberry.field(description="The meter's reading, at most two decimals.")
    is_replacement: bool = strawberry.field(
        default=False, description="换表: a new meter starting from zero (the reading may be below the previous one)."
    )


@strawberry.input
class BillingRunInput:
    period: date = strawberry.field(description=f"{PERIOD} At the latest next month.")
    communities: list[relay.GlobalID]


@strawberry.input(description="作废: cancel a bill issued by mistake.")
class BillCancelInput:
    id: relay.GlobalID
    reason: str = strawberry.field(description="Why it is cancelled (作废原因); kept with the bill.")


@strawberry.input(description="Money received for a house.")
class PaymentRecordInput:
    house: relay.GlobalID
    amount: Yuan = strawberry.field(description='The money received, in yuan, e.g. "1234.50"; more than zero.')
    method: PaymentMethod
    payer_name: str = strawberry.field(default="", description="缴款人, at most 64 characters.")
    reference: str = strawberry.field(default="", description="Bank or cheque reference, at most 64 characters.")
    bills: list[relay.GlobalID] | None = strawberry.field(
        default=None,
        description="Pay these bills of the house, in this order; left out: its open bills, oldest first. "
        "Whatever is left goes to the house's prepaid balance (an empty list: all of it).",
    )


@strawberry.input(description="冲正: reverse a payment with a reason.")
class PaymentReverseInput:
    id: relay.GlobalID
    reason: str


@strawberry.input
class WaiverRequestInput:
    bill: relay.GlobalID
    amount: Yuan = strawberry.field(description="Up to what is unpaid (pending requests count).")
    reason: str


@strawberry.input
class WaiverApproveInput:
    id: relay.GlobalID
    note: str = strawberry.field(default="", description="The approver's note; optional.")


@strawberry.input
class WaiverRejectInput:
    id: relay.GlobalID
    note: str = strawberry.field(description="Why; required.")


@strawberry.input(description="Fields left out stay as they are.")
class FinancePolicyUpdateInput:
    bill_due_days: Maybe[int] = strawberry.field(description="0–365.")
    late_fee_enabled: Maybe[bool]
    late_fee_daily_rate: Maybe[Decimal] = strawberry.field(description='0–0.01, six decimals, e.g. "0.0005".')
    late_fee_grace_days: Maybe[int] = strawberry.field(description="0–365.")


__all__ = [
    "BillCancelInput",
    "BillingRunInput",
    "FeeItemCreateInput",
    "FeeItemUpdateInput",
    "FinancePolicyUpdateInput",
    "MeterReadingRecordInput",
    "PaymentMethod",
    "PaymentRecordInput",
    "PaymentReverseInput",
    "WaiverApproveInput",
    "WaiverRejectInput",
    "WaiverRequestInput",
]
