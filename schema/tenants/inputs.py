from __future__ import annotations

from datetime import date, datetime

import strawberry
from django.db import models
from strawberry import relay


@strawberry.input
class SignUpForTrialInput:
    company_name: str = strawberry.field(description="The property-management company's name (物业公司名称).")
    slug: str = strawberry.field(description="Subdomain: the company's host becomes <slug>.<base domain>.")
    contact_name: str = strawberry.field(description="Who signs up (联系人); also the admin account's display name.")
    phone: str = strawberry.field(description="Mainland mobile; also the admin's login name.")
    email: str = strawberry.field(description="The contact's e-mail address.")
    password: str = strawberry.field(description="The admin account's password; weak ones are refused (PASSWORD_WEAK).")
    city: str = strawberry.field(description="The city the company works in, e.g. 北京.")
    houses_managed: int | None = strawberry.field(
        default=None, description="About how many houses (户) the company manages; null: not said."
    )


@strawberry.input
class BookDemoInput:
    company_name: str = strawberry.field(description="The property-management company's name (物业公司名称).")
    contact_name: str = strawberry.field(description="Who to talk to (联系人).")
    phone: str = strawberry.field(description="The contact's mainland mobile, 11 digits.")
    email: str = strawberry.field(default="", description="The contact's e-mail address; empty: none.")
    preferred_time: datetime | None = strawberry.field(
        default=None, description="When the prospect would like the demo (+08:00); null: any time."
    )
    city: str = strawberry.field(description="The city the company works in, e.g. 北京.")
    houses_managed: int | None = strawberry.field(
        default=None, description="About how many houses (户) the company manages; null: not said."
    )
    notes: str = strawberry.field(default="", description="Anything else the prospect wants us to know.")


@strawberry.input
class TenantTrialExtendInput:
    id: relay.GlobalID
    days: int = strawberry.field(description="How many days to add to the trial's end.")


@strawberry.input
class TenantConvertToPaidInput:
    id: relay.GlobalID
    plan_code: str = strawberry.field(description="The `code` of the plan (套餐) the company now pays for.")
    paid_until: date = strawberry.field(description="The last day the payment covers.")


@strawberry.input
class TenantSuspendInput:
    id: relay.GlobalID
    reason: str = strawberry.field(description="Why the company is suspended (停用原因); shown in the console.")


@strawberry.input
class TenantReactivateInput:
    id: relay.GlobalID


@strawberry.input
class DemoBookingScheduleInput:
    id: relay.GlobalID
    scheduled_at: datetime = strawberry.field(description="When the demo takes place (+08:00).")
    meeting_url: str = strawberry.field(default="", description="Link to the online meeting; empty: none yet.")
    presenter_username: str | None = strawberry.field(
        default=None, description="Vendor staff presenting; defaults to the caller."
    )


@strawberry.input(description="The new demo booking to take.")
class DemoBookingAcknowledgeInput:
    id: relay.GlobalID


@strawberry.enum(name="DemoBookingOutcome", description="How a demo booking ended.")
class DemoBookingOutcome(models.TextChoices):
    DONE = "done", "已演示"
    CANCELLED = "cancelled", "已取消"


@strawberry.input
class DemoBookingCloseInput:
    id: relay.GlobalID
    outcome: DemoBookingOutcome = strawberry.field(description="Whether the demo took place or was called off.")
