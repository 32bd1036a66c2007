"""Types of the public schema: plans, demo bookings and, for the vendor console, companies."""

from __future__ import annotations

from datetime import date, datetime

import strawberry
import strawberry_django
from django.db import models
from strawberry import auto, relay

from schema.core.fields import model_type
from schema.core.scalars import Yuan
from tenants.models import Company, CompanyStatus, DemoBooking, DemoBookingStatus, Plan
from tenants.routing import tenant_url
from tenants.selectors import schema_row_count


@strawberry.enum(name="TenantStatus", description="Where a company is in its subscription.")
class TenantStatus(models.TextChoices):
    TRIAL = CompanyStatus.TRIAL.value, CompanyStatus.TRIAL.label
    PAID = CompanyStatus.PAID.value, CompanyStatus.PAID.label


strawberry.enum(DemoBookingStatus, name="DemoBookingStatus", description="Where a demo booking stands.")


@model_type(Plan, name="Plan")
class PlanType:
    code: auto
    name: auto
    name_en: auto
    max_houses: auto
    description: auto

    @strawberry_django.field(only=["monthly_price_fen"], description="Monthly price in yuan.")
    def monthly_price(self, root: Plan) -> Yuan:
        return root.monthly_price_fen  # type: ignore[return-value]


@strawberry.type(name="TenantUsage", description="Live counts from the company's own schema.")
class TenantUsageType:
    users: int = strawberry.field(description="Accounts in the company: staff and owners.")
    communities: int = strawberry.field(description="Communities (小区).")
    houses: int = strawberry.field(description="Houses (房屋); the trial plan's limit counts these.")


@model_type(Company, name="Tenant", description="A property company, seen from the vendor console.")
class TenantType(relay.Node):
    name: auto

    @strawberry_django.field(only=["status"])
    def status(self, root: Company) -> TenantStatus:
        return TenantStatus(root.status)

    plan: PlanType | None
    trial_ends_at: auto
    paid_until: date | None
    suspended_at: datetime | None
    suspension_reason: auto
    contact_name: auto
    contact_phone: auto
    contact_email: auto
    city: auto
    houses_managed: auto
    created_at: auto

    @strawberry_django.field(prefetch_related=["domains"], description="The company's host names, primary first.")
    def domains(self, root: Company) -> list[str]:
        return [d.domain for d in sorted(root.domains.all(), key=lambda d: (not d.is_primary, d.id))]

    @strawberry_django.field(prefetch_related=["domains"], description="Base URL of the company's primary host.")
    def url(self, root: Company) -> str | None:
        primary = next((d.domain for d in root.domains.all() if d.is_primary), None)
        return tenant_url(primary) if primary else None

    @strawberry_django.field(
        only=["status", "trial_ends_at"], description="True when a trial company is past its trial's end."
    )
    def is_trial_expired(self, root: Company) -> bool:
        return root.is_trial_expired

    @strawberry_django.field(
        annotate={
            "usage_users": schema_row_count("accounts_user"),
            "usage_communities": schema_row_count("estates_community"),
            "usage_houses": schema_row_count("estates_house"),
        },
        description="Counts read live from the company's schema.",
    )
    def usage(self, root: Company) -> TenantUsageType:
        return TenantUsageType(
            users=root.usage_users,  # type: ignore[attr-defined]
            communities=root.usage_communities,  # type: ignore[attr-defined]
            houses=root.usage_houses,  # type: ignore[attr-defined]
        )


@model_type(DemoBooking, name="DemoBooking")
class DemoBookingType(relay.Node):
    company_name: auto
    contact_name: auto
    phone: auto
    email: auto
    preferred_time: auto
    city: auto
    houses_managed: auto
    notes: auto
    status: DemoBookingStatus
    scheduled_at: auto
    meeting_url: auto
    created_at: auto

    @strawberry_django.field(
        select_related=["presenter"],
        only=["presenter__display_name", "presenter__username"],
        description="The vendor staff member presenting the demo; null: not assigned yet.",
    )
    def presenter_name(self, root: DemoBooking) -> str | None:
        return str(root.presenter) if root.presenter else None

    acknowledged_at: datetime | None = strawberry_django.field(
        description="When one of the vendor's staff took the booking (+08:00); null: new, nobody has yet."
    )

    @strawberry_django.field(
        select_related=["acknowledged_by"],
        only=["acknowledged_by__display_name", "acknowledged_by__username"],
        description="Who took the booking; null: nobody yet.",
    )
    def acknowledged_by_name(self, root: DemoBooking) -> str | None:
        return str(root.acknowledged_by) if root.acknowledged_by else None
