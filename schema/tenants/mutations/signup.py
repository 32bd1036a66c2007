"""What prospects do on the public host: sign up for a trial, book a demo."""

from __future__ import annotations

import strawberry
from django.conf import settings

from saas.core.errors import DomainError, DomainErrors
from saas.core.ratelimit import over_limit
from schema.core.errors import errors_from, payload_error_type
from schema.tenants.inputs import BookDemoInput, SignUpForTrialInput
from schema.tenants.types import DemoBookingType
from tenants.errors import DemoBookingErrorCode, SignupErrorCode
from tenants.services.demos import DemoRequest, demo_book
from tenants.services.signup import SignupRequest, trial_sign_up

SignUpError = payload_error_type("SignUpError", SignupErrorCode, "Why a signup was refused.")
DemoBookingError = payload_error_type(
    "DemoBookingError", DemoBookingErrorCode, "Why a demo booking change was refused."
)


@strawberry.type
class SignUpForTrialPayload:
    errors: list[SignUpError]  # type: ignore[valid-type]
    tenant_url: str | None = strawberry.field(default=None, description="Base URL of the company's host.")
    graphql_url: str | None = strawberry.field(default=None, description="The company's GraphQL endpoint.")
    slug: str | None = None
    api_token: str | None = strawberry.field(default=None, description="A token for the new admin account.")
    admin_username: str | None = None


@strawberry.type
class BookDemoPayload:
    errors: list[DemoBookingError]  # type: ignore[valid-type]
    demo_booking: DemoBookingType | None = None


@strawberry.type
class SignupMutations:
    @strawberry.mutation(description="Start a 30-day free trial: the company is ready to use on return.")
    def sign_up_for_trial(self, info: strawberry.Info, input: SignUpForTrialInput) -> SignUpForTrialPayload:
        if over_limit(info.context.request, group="signup", rate=settings.SIGNUP_RATE):
            return SignUpForTrialPayload(errors=errors_from(DomainError(SignupErrorCode.RATE_LIMITED), SignUpError))
        request = SignupRequest(
            company_name=input.company_name,
            slug=input.slug,
            contact_name=input.contact_name,
            phone=input.phone,
            email=input.email,
            password=input.password,
            city=input.city,
            houses_managed=input.houses_managed,
        )
        try:
            result = trial_sign_up(request=request)
        except (DomainError, DomainErrors) as exc:
            return SignUpForTrialPayload(errors=errors_from(exc, SignUpError))
        return SignUpForTrialPayload(
            errors=[],
            tenant_url=result.company_url,
            graphql_url=f"{result.company_url}graphql",
            slug=result.slug,
            api_token=result.api_token,
            admin_username=result.admin.username,
        )

    @strawberry.mutation(description="Ask for a product demo; our staff will confirm a time.")
    def book_demo(self, info: strawberry.Info, input: BookDemoInput) -> BookDemoPayload:
        if over_limit(info.context.request, group="demo", rate=settings.DEMO_BOOKING_RATE):
            return BookDemoPayload(errors=errors_from(DomainError(DemoBookingErrorCode.RATE_LIMITED), DemoBookingError))
        request = DemoRequest(
            company_name=input.company_name,
            contact_name=input.contact_name,
            phone=input.phone,
            email=input.email,
            preferred_time=input.preferred_time,
            city=input.city,
            houses_managed=input.houses_managed,
            notes=input.notes,
        )
        try:
            booking = demo_book(request=request)
        except (DomainError, DomainErrors) as exc:
            return BookDemoPayload(errors=errors_from(exc, DemoBookingError))
        return BookDemoPayload(errors=[], demo_booking=booking)  # type: ignore[arg-type]
