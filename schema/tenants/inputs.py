from __future__ import annotations

from datetime import date, datetime

import strawberry
from django.db import models
from strawberry import relay


@strawberry.input
class SignUpForTrialInput:
    company_name: str
    slug: str = strawberry.field(description="Subdomain: the company's host becomes <slug>.<base domain>.")
    contact_name: str
    phone: str = strawberry.field(description="Mainland mobile; also the admin's login name.")
    email: str
    password: str
    city: str
    houses_managed: int | None = None


@strawberry.input
class BookDemoInput:
    company_name: str
    contact_name: str
    phone: str
    email: str = ""
    preferred_time: datetime | None = None
    city: str
    houses_managed: int | None = None
    notes: str = ""


@strawberry.input
class TenantTrialExtendInput:
    id: relay.GlobalID
    days: int


@strawberry.input
class TenantConvertToPaidInput:
    id: relay.GlobalID
    plan_code: str
    paid_until: date


@strawberry.input
class TenantSuspendInput:
    id: relay.GlobalID
    reason: str


@strawberry.input
class TenantReactivateInput:
    id: relay.GlobalID


@strawberry.input
class DemoBookingScheduleInput:
    id: relay.GlobalID
    scheduled_at: datetime
    meeting_url: str = ""
    presenter_username: str | None = strawberry.field(
        default=None, description="Vendor staff presenting; defaults to the caller."
    )


@strawberry.enum(name="DemoBookingOutcome")
class DemoBookingOutcome(models.TextChoices):
    DONE = "done", "已演示"
    CANCELLED = "cancelled", "已取消"


@strawberry.input
class DemoBookingCloseInput:
    id: relay.GlobalID
    outcome: DemoBookingOutcome
