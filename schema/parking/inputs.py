"""Inputs of the parking mutations."""

from __future__ import annotations

import datetime

import strawberry
from strawberry import relay

from schema.billing.types import Channel, Provider
from schema.core.scalars import Yuan
from schema.parking.types import AreaKind, SpaceKind  # registered as GraphQL enums there


@strawberry.input(description="A car park of a community.")
class ParkingAreaCreateInput:
    community: relay.GlobalID
    name: str = strawberry.field(description="地面停车场, 地下车库B1…; unique in the community, up to 64 characters.")
    kind: AreaKind
    capacity: int = strawberry.field(description="How many spaces it may hold, 1–10000.")


@strawberry.input(description="A space of an area. An owned space (OWNED) names its owner, an owner of the community.")
class ParkingSpaceCreateInput:
    area: relay.GlobalID
    number: str = strawberry.field(description="Unique in the area: 1–16 letters, digits or '-' (B1-023).")
    kind: SpaceKind
    owner: relay.GlobalID | None = strawberry.field(default=None, description="A Resident ID; OWNED spaces only.")


@strawberry.input(description="A resident's car. Owners: their own (leave resident out); staff: a resident's.")
class VehicleRegisterInput:
    plate: str = strawberry.field(description="京A12345, 京AD12345 (new energy); spaces, dots and case are ignored.")
    resident: relay.GlobalID | None = None


@strawberry.input(description="租赁 A lease signed at the office, for a space the company rents out.")
class ParkingRightGrantInput:
    space: relay.GlobalID
    holder: relay.GlobalID = strawberry.field(description="A Resident ID of someone living in the community.")
    start: datetime.date = strawberry.field(description="Today or later.")
    months: int = strawberry.field(description="1–12; non-owners 1 (month by month).")
    vehicle: relay.GlobalID | None = strawberry.field(default=None, description="One of the holder's vehicles.")


@strawberry.input(description="车位申请 An owner (1–12 months) or another resident (1 month) asks for a space.")
class ParkingApplicationSubmitInput:
    community: relay.GlobalID
    vehicle: relay.GlobalID = strawberry.field(description="One of your vehicles.")
    months: int = strawberry.field(description="1–12; non-owners 1.")
    start: datetime.date = strawberry.field(description="Wished first day, today or later.")


@strawberry.input(description="分配 Offer a space the company rents out to a waiting application.")
class ParkingApplicationOfferInput:
    id: relay.GlobalID
    space: relay.GlobalID


@strawberry.input
class ParkingApplicationRejectInput:
    id: relay.GlobalID
    reason: str = strawberry.field(description="What the applicant reads, up to 200 characters.")


@strawberry.input
class ParkingApplicationCancelInput:
    id: relay.GlobalID
    reason: str = strawberry.field(default="", description="Optional, up to 200 characters.")


@strawberry.input(description="摇号 Draw lots among the community's waiting owners for these spaces.")
class ParkingLotteryDrawInput:
    community: relay.GlobalID
    spaces: list[relay.GlobalID] = strawberry.field(description="Spaces to give, in the order they go to the winners.")


@strawberry.input(description="临停收费标准 An area's tariff from a day on.")
class ParkingTariffSetInput:
    area: relay.GlobalID
    valid_from: datetime.date = strawberry.field(description="Today or later; the version in force then ends.")
    free_minutes: int = strawberry.field(description="免费时长, 0–1440.")
    unit_minutes: int = strawberry.field(description="计费单位, 1–1440 minutes.")
    unit_price: Yuan = strawberry.field(description='Per unit, e.g. "6.00".')
    daily_cap: Yuan | None = strawberry.field(default=None, description="At most this per 24 hours.")
    charge_part_units: bool = strawberry.field(
        default=False, description="Charge a part unit as a whole one (needs overrideReason); default: part units free."
    )
    override_reason: str = strawberry.field(default="", description="Why part units are charged, up to 200 characters.")


@strawberry.input(description="入场 A car passed the entry gate of an area.")
class VehicleEntryRecordInput:
    area: relay.GlobalID
    plate: str = strawberry.field(description="As the camera read it; normalised like vehicleRegister's.")
    at: datetime.datetime | None = strawberry.field(default=None, description="The gate's time; default now.")


@strawberry.input(description="出场 A car passed the exit gate of an area.")
class VehicleExitRecordInput:
    area: relay.GlobalID
    plate: str = strawberry.field(description="As the camera read it; normalised like vehicleRegister's.")
    at: datetime.datetime | None = strawberry.field(default=None, description="The gate's time; default now.")


@strawberry.input(description="Pay an offered space's months online (the applicant).")
class ParkingOfferPayInput:
    id: relay.GlobalID = strawberry.field(description="The ParkingApplication, offered and not expired.")
    gateway: Provider = strawberry.field(description="The payment provider (支付渠道); it must be enabled.")
    channel: Channel = strawberry.field(description="How the payer pays: QR code, web page, app or card.")
    return_url: str | None = strawberry.field(default=None, description="PAGE: where Alipay sends the browser back.")


@strawberry.input(description="续费 Pay the next months of your monthly pass, from max(its end, today).")
class ParkingPassRenewInput:
    right: relay.GlobalID = strawberry.field(description="Your active monthly pass (a ParkingRight of kind MONTHLY).")
    months: int = strawberry.field(description="1–12 (non-owners: 1).")
    gateway: Provider = strawberry.field(description="The payment provider (支付渠道); it must be enabled.")
    channel: Channel = strawberry.field(description="How the payer pays: QR code, web page, app or card.")
    return_url: str | None = strawberry.field(default=None, description="PAGE: where Alipay sends the browser back.")


@strawberry.input(description="Pay a stay of one of your cars online, after its exit.")
class ParkingSessionPayInput:
    id: relay.GlobalID = strawberry.field(description="The ParkingSession, closed, with a fee, not yet paid.")
    gateway: Provider = strawberry.field(description="The payment provider (支付渠道); it must be enabled.")
    channel: Channel = strawberry.field(description="How the payer pays: QR code, web page, app or card.")
    return_url: str | None = strawberry.field(default=None, description="PAGE: where Alipay sends the browser back.")
