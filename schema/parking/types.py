"""GraphQL types of parking: areas with their occupancy, spaces, vehicles, rights, applications and
lotteries. Each type scopes itself (``get_queryset`` → ``visible_to``), so connections,
``node(id:)`` and nested lists apply one rule."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Annotated, Any

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import auto, relay

from permissions.scoping import visible_to
from saas.parking import selectors
from saas.parking.fees import Quote, fee_quote
from saas.parking.models import (
    ApplicationState,
    AreaKind,
    ParkingApplication,
    ParkingArea,
    ParkingLottery,
    ParkingRight,
    ParkingSession,
    ParkingSpace,
    ParkingTariff,
    RightKind,
    RightState,
    SpaceKind,
    Vehicle,
)
from saas.parking.services.sessions import session_quote
from saas.parking.tariffs import tariff_terms
from schema.core.errors import ApiError, ApiMessage
from schema.core.fields import model_field, model_type
from schema.core.scalars import Yuan
from schema.estates.types import CommunityType

strawberry.enum(AreaKind, name="ParkingAreaKind", description="停车区域类型 above ground or underground.")
strawberry.enum(SpaceKind, name="ParkingSpaceKind", description="车位类型")
strawberry.enum(RightKind, name="ParkingRightKind", description="车位权利 产权, 租赁 or 月卡.")
strawberry.enum(RightState, name="ParkingRightState", description="预留 (offered, held), 有效 or 已取消.")
strawberry.enum(ApplicationState, name="ParkingApplicationState", description="车位申请状态")


MAX_QUOTE_MINUTES = 30 * 24 * 60


def _user(info: strawberry.Info) -> Any:
    return info.context.request.user


def _annotated(root: Any, name: str, expression: Callable[[], Any]) -> Any:
    """The value lists carry as a SQL annotation; a row from elsewhere (a mutation's payload) asks
    for it alone."""
    if not hasattr(root, name):
        value = type(root)._default_manager.filter(pk=root.pk).values_list(expression(), flat=True).first()
        setattr(root, name, value)
    return getattr(root, name)


@model_type(ParkingArea, name="ParkingArea", description="停车区域 A car park of a community, with today's occupancy.")
class ParkingAreaType(relay.Node):
    name: auto
    kind: AreaKind
    capacity: int = model_field(description="车位数上限 How many spaces the area may hold.")
    community: CommunityType

    @strawberry_django.field(
        annotate={"space_count": lambda info: selectors.space_count()}, description="Spaces set up in the area."
    )
    def space_count(self, root: ParkingArea) -> int:
        return int(_annotated(root, "space_count", selectors.space_count))

    @strawberry_django.field(
        annotate={"occupied_count": lambda info: selectors.occupied_count()},
        description="Spaces held today: owned, leased, on a monthly pass or reserved for an offer.",
    )
    def occupied_count(self, root: ParkingArea) -> int:
        return int(_annotated(root, "occupied_count", selectors.occupied_count))

    @classmethod
    def get_queryset(
        cls, queryset: QuerySet[ParkingArea], info: strawberry.Info, **kwargs: Any
    ) -> QuerySet[ParkingArea]:
        return visible_to(_user(info), queryset)


@model_type(ParkingSpace, name="ParkingSpace", description="车位 A space; its number is unique in its area.")
class ParkingSpaceType(relay.Node):
    number: auto
    kind: SpaceKind
    area: ParkingAreaType

    @strawberry_django.field(only=["owner__name"], select_related=["owner"], description="产权人 Owned spaces only.")
    def owner_name(self, root: ParkingSpace) -> str | None:
        return root.owner.name if root.owner is not None else None

    @strawberry_django.field(
        annotate={"occupied": lambda info: selectors.space_held_today()},
        description="Held today by a right (owned, leased, monthly pass, or reserved for an offer).",
    )
    def occupied(self, root: ParkingSpace) -> bool:
        return bool(_annotated(root, "occupied", selectors.space_held_today))

    @classmethod
    def get_queryset(
        cls, queryset: QuerySet[ParkingSpace], info: strawberry.Info, **kwargs: Any
    ) -> QuerySet[ParkingSpace]:
        return visible_to(_user(info), queryset)


@model_type(Vehicle, name="Vehicle", description="车辆 A resident's car, by its normalised plate.")
class VehicleType(relay.Node):
    plate: str = model_field(description="车牌号, normalised: 京A12345, 京AD12345 (new energy).")
    new_energy: bool = model_field(description="新能源 (green plate).")
    created_at: auto

    @strawberry_django.field(only=["resident__name"], select_related=["resident"], description="车主 The resident.")
    def resident_name(self, root: Vehicle) -> str:
        return root.resident.name

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Vehicle], info: strawberry.Info, **kwargs: Any) -> QuerySet[Vehicle]:
        return visible_to(_user(info), queryset)


@model_type(ParkingRight, name="ParkingRight", description="车位权利 Who holds a space, how, for which days.")
class ParkingRightType(relay.Node):
    space: ParkingSpaceType
    kind: RightKind
    state: RightState
    vehicle: VehicleType | None
    created_at: auto

    @strawberry_django.field(only=["holder__name"], select_related=["holder"], description="The resident holding it.")
    def holder_name(self, root: ParkingRight) -> str:
        return root.holder.name

    @strawberry_django.field(only=["period"], description="First day.")
    def start(self, root: ParkingRight) -> datetime.date:
        return root.period.lower  # type: ignore[no-any-return]

    @strawberry_django.field(only=["period"], description="The day after the last (half-open); null: for good.")
    def end(self, root: ParkingRight) -> datetime.date | None:
        return root.period.upper  # type: ignore[no-any-return]

    @classmethod
    def get_queryset(
        cls, queryset: QuerySet[ParkingRight], info: strawberry.Info, **kwargs: Any
    ) -> QuerySet[ParkingRight]:
        return visible_to(_user(info), queryset)


@model_type(ParkingLottery, name="ParkingLottery", description="摇号 A published draw among waiting owners.")
class ParkingLotteryType(relay.Node):
    community: CommunityType
    seed: str = model_field(description="Published: rank = sha256('<seed>:<application number>') ascending.")
    candidates: list[int] = model_field(description="The waiting owners' application numbers, ascending.")
    ranking: list[int] = model_field(description="The same numbers in the order drawn; the first got the spaces.")
    drawn_at: auto = model_field(description="When it was drawn (+08:00).")

    @classmethod
    def get_queryset(
        cls, queryset: QuerySet[ParkingLottery], info: strawberry.Info, **kwargs: Any
    ) -> QuerySet[ParkingLottery]:
        return visible_to(_user(info), queryset)


@model_type(ParkingApplication, name="ParkingApplication", description="车位申请 A request to rent a space.")
class ParkingApplicationType(relay.Node):
    community: CommunityType
    vehicle: VehicleType
    is_owner: bool = model_field(description="An owner of the community when applying (业主优先).")
    months: int = model_field(description="1–12 for owners; 1 for anyone else (month by month).")
    start: datetime.date = model_field(description="Wished first day.")
    state: ApplicationState
    space: ParkingSpaceType | None = model_field(description="The space offered.")
    offer_expires_at: datetime.datetime | None = model_field(description="An unanswered offer lapses then.")
    reason: str = model_field(description="Why it was rejected or cancelled; may be empty.")
    lottery: ParkingLotteryType | None = model_field(description="The draw that gave the offer, if any.")
    created_at: auto
    decided_at: datetime.datetime | None = model_field(description="When it was offered, rejected or cancelled.")

    @strawberry_django.field(only=["id"], description="申请编号 (the number the lottery ranks).")
    def number(self, root: ParkingApplication) -> int:
        return root.pk

    @strawberry_django.field(only=["applicant__name"], select_related=["applicant"], description="申请人")
    def applicant_name(self, root: ParkingApplication) -> str:
        return root.applicant.name

    @classmethod
    def get_queryset(
        cls, queryset: QuerySet[ParkingApplication], info: strawberry.Info, **kwargs: Any
    ) -> QuerySet[ParkingApplication]:
        return visible_to(_user(info), queryset)


@strawberry.type(name="ParkingFeeQuoteItem", description="One line of a quote: the free minutes, or a 24-hour window.")
class ParkingFeeQuoteItemType:
    label: str = strawberry.field(description="免费时段, 第1个24小时 …")
    minutes: int = strawberry.field(description="Minutes of the stay in this line (seconds cut off).")
    units: int = strawberry.field(description="Units charged: full units only unless the tariff charges part units.")
    amount: Yuan = strawberry.field(description="What this line costs, in yuan.")
    capped: bool = strawberry.field(description="The 24-hour cap applied.")


@strawberry.type(name="ParkingFeeQuote", description="计费明细 What a stay costs under a tariff, line by line.")
class ParkingFeeQuoteType:
    minutes: int = strawberry.field(description="The length of the stay quoted, in minutes.")
    amount: Yuan = strawberry.field(description="What the whole stay costs, in yuan.")
    items: list[ParkingFeeQuoteItemType] = strawberry.field(description="The lines that add up to amount.")

    @classmethod
    def of(cls, quote: Quote) -> ParkingFeeQuoteType:
        items = [
            ParkingFeeQuoteItemType(
                label=i.label, minutes=i.seconds // 60, units=i.units, amount=Yuan(i.amount_fen), capped=i.capped
            )
            for i in quote.items
        ]
        return cls(minutes=quote.seconds // 60, amount=Yuan(quote.amount_fen), items=items)


@model_type(ParkingTariff, name="ParkingTariff", description="临停收费标准 One version of an area's tariff.")
class ParkingTariffType(relay.Node):
    area: ParkingAreaType
    free_minutes: int = model_field(description="The first minutes of a stay are free.")
    unit_minutes: int = model_field(description="计费单位")
    charge_part_units: bool = model_field(
        description="False (the default, 北京市机动车停车条例 art. 32(3)): a part unit is free; true: charged "
        "as a whole one, with overrideReason."
    )
    override_reason: str = model_field(description="Why part units are charged; empty otherwise.")
    created_at: auto

    @strawberry_django.field(only=["unit_price_fen"], description="单价 per unit.")
    def unit_price(self, root: ParkingTariff) -> Yuan:
        return Yuan(root.unit_price_fen)

    @strawberry_django.field(only=["daily_cap_fen"], description="At most this per 24 hours; null: no cap.")
    def daily_cap(self, root: ParkingTariff) -> Yuan | None:
        return Yuan(root.daily_cap_fen) if root.daily_cap_fen is not None else None

    @strawberry_django.field(only=["valid"], description="First day in force.")
    def valid_from(self, root: ParkingTariff) -> datetime.date:
        return root.valid.lower  # type: ignore[no-any-return]

    @strawberry_django.field(only=["valid"], description="The next version's first day; null: in force until then.")
    def valid_to(self, root: ParkingTariff) -> datetime.date | None:
        return root.valid.upper  # type: ignore[no-any-return]

    @strawberry_django.field(only=["set_by__display_name"], select_related=["set_by"], description="Who set it.")
    def set_by_name(self, root: ParkingTariff) -> str:
        return root.set_by.display_name or root.set_by.get_username()

    @strawberry_django.field(
        only=["free_minutes", "unit_minutes", "unit_price_fen", "daily_cap_fen", "charge_part_units"],
        description="What a stay of this many minutes costs under this version (0 to 43200: thirty days).",
    )
    def quote(
        self,
        root: ParkingTariff,
        minutes: Annotated[int, strawberry.argument(description="How long the car stays, in minutes (0–43200).")],
    ) -> ParkingFeeQuoteType:
        if not 0 <= minutes <= MAX_QUOTE_MINUTES:
            raise ApiError(ApiMessage.BAD_USER_INPUT, detail=f"minutes must be between 0 and {MAX_QUOTE_MINUTES}")
        return ParkingFeeQuoteType.of(fee_quote(tariff_terms(root), minutes * 60))

    @classmethod
    def get_queryset(
        cls, queryset: QuerySet[ParkingTariff], info: strawberry.Info, **kwargs: Any
    ) -> QuerySet[ParkingTariff]:
        return visible_to(_user(info), queryset)


@strawberry.type(
    name="ParkingDisclosure",
    description="车位公示 (北京市物业管理条例 art. 70(7)): a community's spaces sold and rented, and the "
    "tariffs in force.",
)
class ParkingDisclosureType:
    owned: int = strawberry.field(description="已售 Spaces with an owner (产权).")
    rented: int = strawberry.field(description="The company's spaces leased or on a monthly pass today.")
    reserved: int = strawberry.field(description="Held for an offer not yet taken up.")
    free: int = strawberry.field(description="The company's spaces nobody holds today.")
    temporary: int = strawberry.field(description="The visitors' pool (临停).")
    tariffs: list[ParkingTariffType] = strawberry.field(description="Each area's tariff in force today.")


@model_type(
    ParkingSession, name="ParkingSession", description="临停记录 One stay from the entry gate to the exit gate."
)
class ParkingSessionType(relay.Node):
    area: ParkingAreaType
    plate: str = model_field(description="车牌号, normalised.")
    entered_at: datetime.datetime = model_field(description="入场")
    exited_at: datetime.datetime | None = model_field(description="出场; null while the car is inside.")
    tariff: ParkingTariffType | None = model_field(description="The version in force at entry; null: none (free).")
    paid_at: datetime.datetime | None = model_field(description="When the fee was paid online; null: not paid.")

    @strawberry_django.field(only=["fee_fen"], description="应收 at exit; null while the car is inside.")
    def fee(self, root: ParkingSession) -> Yuan | None:
        return Yuan(root.fee_fen) if root.fee_fen is not None else None

    @strawberry_django.field(
        only=["entered_at", "exited_at", "tariff_id"],
        select_related=["tariff"],
        description="计费明细 up to the exit (or now, for a car still inside); null without a tariff.",
    )
    def quote(self, root: ParkingSession) -> ParkingFeeQuoteType | None:
        quote = session_quote(root)
        return ParkingFeeQuoteType.of(quote) if quote is not None else None

    @classmethod
    def get_queryset(
        cls, queryset: QuerySet[ParkingSession], info: strawberry.Info, **kwargs: Any
    ) -> QuerySet[ParkingSession]:
        return visible_to(_user(info), queryset)
