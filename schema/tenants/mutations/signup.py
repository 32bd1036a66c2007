"""What prospects do on the public host: sign up for a trial, book a demo."""

from __future__ import annotations

import strawberry
from django.conf import settings

from schema.core.errors import RateLimit, payload_of
from schema.tenants.errors import DemoBookingError, SignUpError
from schema.tenants.inputs import BookDemoInput, SignUpForTrialInput
from schema.tenants.types import DemoBookingType
from tenants.errors import DemoBookingErrorCode, SignupErrorCode
from tenants.services.demos import DemoRequest, demo_book
from tenants.services.signup import SignupRequest, trial_sign_up


@strawberry.type
class SignUpForTrialPayload:
    errors: list[SignUpError]
    tenant_url: str | None = strawberry.field(default=None, description="Base URL of the company's host.")
    graphql_url: str | None = strawberry.field(default=None, description="The company's GraphQL endpoint.")
    slug: str | None = strawberry.field(default=None, description="The company's subdomain, as given.")
    api_token: str | None = strawberry.field(default=None, description="A token for the new admin account.")
    admin_username: str | None = strawberry.field(
        default=None, description="The new admin account's login name (the phone given)."
    )


@strawberry.type
class BookDemoPayload:
    errors: list[DemoBookingError]
    demo_booking: DemoBookingType | None = None


@strawberry.type
class SignupMutations:
    @strawberry.mutation(description="Start a 30-day free trial: the company is ready to use on return.")
    def sign_up_for_trial(self, info: strawberry.Info, input: SignUpForTrialInput) -> SignUpForTrialPayload:
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
        return payload_of(
            SignUpForTrialPayload,
            SignUpError,
            lambda result: {
                "tenant_url": result.company_url,
                "graphql_url": f"{result.company_url}graphql",
                "slug": result.slug,
                "api_token": result.api_token,
                "admin_username": result.admin.username,
            },
            lambda: trial_sign_up(request=request),
            request=info.context.request,
            limits=[RateLimit("signup", settings.SIGNUP_RATE, SignupErrorCode.RATE_LIMITED)],
        )

    @strawberry.mutation(description="Ask for a product demo; our staff will confirm a time.")
    def book_demo(self, info: strawberry.Info, input: BookDemoInput) -> BookDemoPayload:
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
        return payload_of(
            BookDemoPayload,
            DemoBookingError,
            "demo_booking",
            lambda: demo_book(request=request),
            request=info.context.request,
            limits=[RateLimit("demo", settings.DEMO_BOOKING_RATE, DemoBookingErrorCode.RATE_LIMITED)],
        )
