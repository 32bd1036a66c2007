"""The vendor console: what our own staff do to companies and demo bookings."""

from __future__ import annotations

import strawberry

from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import IsVendorStaff
from schema.core.relay import pk_from_global_id
from schema.tenants.errors import DemoBookingError, TenantError
from schema.tenants.inputs import (
    DemoBookingAcknowledgeInput,
    DemoBookingCloseInput,
    DemoBookingScheduleInput,
    TenantConvertToPaidInput,
    TenantReactivateInput,
    TenantSuspendInput,
    TenantTrialExtendInput,
)
from schema.tenants.types import DemoBookingStatus, DemoBookingType, TenantType
from tenants.services import lifecycle
from tenants.services.demos import demo_acknowledge, demo_close, demo_schedule


@strawberry.type
class TenantPayload:
    errors: list[TenantError]
    tenant: TenantType | None = None


@strawberry.type
class DemoBookingPayload:
    errors: list[DemoBookingError]
    demo_booking: DemoBookingType | None = None


@strawberry.type
class ConsoleMutations:
    @strawberry.mutation(permission_classes=[IsVendorStaff], description="Extend a trial by 1–90 days.")
    def tenant_trial_extend(self, input: TenantTrialExtendInput) -> TenantPayload:
        company_id = pk_from_global_id(input.id, "Tenant")
        return payload_of(
            TenantPayload, TenantError, "tenant", lambda: lifecycle.trial_extend(company_id=company_id, days=input.days)
        )

    @strawberry.mutation(permission_classes=[IsVendorStaff], description="Move a company onto a paid plan.")
    def tenant_convert_to_paid(self, input: TenantConvertToPaidInput) -> TenantPayload:
        company_id = pk_from_global_id(input.id, "Tenant")
        return payload_of(
            TenantPayload,
            TenantError,
            "tenant",
            lambda: lifecycle.trial_convert_to_paid(
                company_id=company_id, plan_code=input.plan_code, paid_until=input.paid_until
            ),
        )

    @strawberry.mutation(permission_classes=[IsVendorStaff], description="Stop serving a company until reactivated.")
    def tenant_suspend(self, input: TenantSuspendInput) -> TenantPayload:
        company_id = pk_from_global_id(input.id, "Tenant")
        return payload_of(
            TenantPayload,
            TenantError,
            "tenant",
            lambda: lifecycle.tenant_suspend(company_id=company_id, reason=input.reason),
        )

    @strawberry.mutation(
        permission_classes=[IsVendorStaff],
        description="Lift a company's suspension: its host and logins work again. Vendor's console staff only.",
    )
    def tenant_reactivate(self, input: TenantReactivateInput) -> TenantPayload:
        company_id = pk_from_global_id(input.id, "Tenant")
        return payload_of(
            TenantPayload, TenantError, "tenant", lambda: lifecycle.tenant_reactivate(company_id=company_id)
        )

    @strawberry.mutation(permission_classes=[IsVendorStaff], description="Confirm a demo time with the prospect.")
    def demo_booking_schedule(self, info: Info, input: DemoBookingScheduleInput) -> DemoBookingPayload:
        booking_id = pk_from_global_id(input.id, "DemoBooking")
        presenter = input.presenter_username or info.context.viewer.username
        return payload_of(
            DemoBookingPayload,
            DemoBookingError,
            "demo_booking",
            lambda: demo_schedule(
                booking_id=booking_id,
                scheduled_at=input.scheduled_at,
                presenter_username=presenter,
                meeting_url=input.meeting_url,
                user=info.context.viewer,
            ),
        )

    @strawberry.mutation(permission_classes=[IsVendorStaff], description="Mark a demo done or cancelled.")
    def demo_booking_close(self, info: Info, input: DemoBookingCloseInput) -> DemoBookingPayload:
        booking_id = pk_from_global_id(input.id, "DemoBooking")
        outcome = DemoBookingStatus(input.outcome.value)
        return payload_of(
            DemoBookingPayload,
            DemoBookingError,
            "demo_booking",
            lambda: demo_close(booking_id=booking_id, outcome=outcome, user=info.context.viewer),
        )

    @strawberry.mutation(
        permission_classes=[IsVendorStaff],
        description="Take a new demo booking (认领): it leaves the console's badge for the whole team. Scheduling or "
        "closing a booking nobody took takes it too.",
    )
    def demo_booking_acknowledge(self, info: Info, input: DemoBookingAcknowledgeInput) -> DemoBookingPayload:
        booking_id = pk_from_global_id(input.id, "DemoBooking")
        return payload_of(
            DemoBookingPayload,
            DemoBookingError,
            "demo_booking",
            lambda: demo_acknowledge(booking_id=booking_id, user=info.context.viewer),
        )
