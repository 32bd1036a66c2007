from __future__ import annotations

from typing import Annotated

import strawberry
import strawberry_django
from django.db.models import Q, QuerySet

from schema.core.permissions import IsVendorStaff
from schema.core.relay import CountedConnection
from schema.tenants.types import DemoBookingStatus, DemoBookingType, PlanType, TenantStatus, TenantType
from tenants.models import Company, DemoBooking, Plan
from tenants.selectors import companies_for_console


@strawberry.type
class PublicQueries:
    @strawberry_django.field(description="Plans on offer, cheapest first.")
    def plans(self) -> list[PlanType]:
        return Plan.objects.filter(is_public=True)  # type: ignore[return-value]


@strawberry.type
class ConsoleQueries:
    @strawberry_django.connection(
        CountedConnection[TenantType],
        permission_classes=[IsVendorStaff],
        description="Every company (租户) on the platform, for the vendor's console staff only.",
    )
    def tenants(
        self,
        status: TenantStatus | None = None,
        suspended: Annotated[
            bool | None,
            strawberry.argument(description="true: only suspended companies; false: only active; null: both."),
        ] = None,
        search: Annotated[
            str | None,
            strawberry.argument(description="Part of the name or of a host name, or the contact's full phone number."),
        ] = None,
    ) -> QuerySet[Company]:
        companies = companies_for_console()
        if status is not None:
            companies = companies.filter(status=status.value)
        if suspended is not None:
            companies = companies.filter(suspended_at__isnull=not suspended)
        if search:
            companies = companies.filter(
                Q(name__icontains=search) | Q(domains__domain__icontains=search) | Q(contact_phone=search)
            ).distinct()
        return companies

    @strawberry_django.connection(
        CountedConnection[DemoBookingType],
        permission_classes=[IsVendorStaff],
        description="Demo bookings (预约演示) by prospects, newest first; vendor's console staff only.",
    )
    def demo_bookings(
        self,
        status: DemoBookingStatus | None = None,
        unacknowledged: Annotated[
            bool | None,
            strawberry.argument(
                description="true: only new bookings nobody has taken yet (with totalCount: the console's badge); "
                "false: only taken ones; null: both."
            ),
        ] = None,
    ) -> QuerySet[DemoBooking]:
        bookings = DemoBooking.objects.select_related("presenter").order_by("-created_at", "-id")
        if status is not None:
            bookings = bookings.filter(status=status.value)
        if unacknowledged is not None:
            bookings = bookings.filter(acknowledged_at__isnull=unacknowledged)
        return bookings
