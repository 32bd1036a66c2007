"""Tenant reads: gateway settings (admin), orders with their history (staff in scope, owners
their own houses'), the daily reconciliation report (admin)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import relay

from billing import selectors
from billing.models import PaymentOrder
from billing.services.context import notify_url
from billing.services.credentials import credentials_settings
from billing.services.reconciliation import reconciliation_report_build
from permissions.roles import Capability
from permissions.scoping import visible_to
from schema.billing.types import OrderState, PaymentGatewaySettingType, PaymentOrderType, ReconciliationReportType
from schema.core.context import Info
from schema.core.permissions import HasCapability
from schema.core.relay import CountedConnection, pk_from_global_id

ORDER_READERS = HasCapability(Capability.BILL_VIEW, owners=True)


def gateway_settings() -> list[PaymentGatewaySettingType]:
    return [PaymentGatewaySettingType.of(s, notify_url(s.provider)) for s in credentials_settings()]


@strawberry.type
class BillingQueries:
    @strawberry.field(
        permission_classes=[HasCapability(Capability.COMPANY_SETTINGS)],
        description="Each payment gateway: configured or not, last four characters of each credential, the URL "
        "to give the provider. Admin only.",
    )
    def payment_gateway_settings(self) -> list[PaymentGatewaySettingType]:
        return gateway_settings()

    @strawberry_django.connection(
        CountedConnection[PaymentOrderType],
        permission_classes=[ORDER_READERS],
        description="Online payment orders, newest first: staff see their communities' orders, owners their "
        "houses' orders.",
    )
    def payment_orders(
        self,
        state: OrderState | None = None,
        house: relay.GlobalID | None = None,
        refund_due: Annotated[
            bool | None,
            strawberry.argument(
                description="true: only orders whose money must be refunded; false: only others; null: all."
            ),
        ] = None,
        out_trade_no: Annotated[str | None, strawberry.argument(description="The order with this 商户订单号.")] = None,
    ) -> QuerySet[PaymentOrder]:
        return selectors.payment_orders(
            state=state.value if state is not None else None,
            house_id=pk_from_global_id(house, "House") if house is not None else None,
            refund_due=refund_due,
            out_trade_no=out_trade_no,
        )

    @strawberry_django.field(
        permission_classes=[ORDER_READERS],
        description="One order by its out trade number (商户订单号) with its history; null if you may not see it.",
    )
    def payment_order(
        self, info: Info, out_trade_no: Annotated[str, strawberry.argument(description="The order's 商户订单号.")]
    ) -> PaymentOrderType | None:
        orders = visible_to(info.context.viewer, selectors.payment_orders(out_trade_no=out_trade_no))
        return orders.prefetch_related("events").first()  # type: ignore[return-value]

    @strawberry.field(
        permission_classes=[HasCapability(Capability.PAYMENT_RECONCILE)],
        description="对账: the day's orders compared with the ledger and with what each gateway says now (built on "
        "first request, then kept; the nightly job builds yesterday's). Admin only.",
    )
    def payment_reconciliation_report(
        self,
        date: Annotated[date, strawberry.argument(description="The day to reconcile (Asia/Shanghai).")],
        refresh: Annotated[
            bool, strawberry.argument(description="Build it again now instead of returning the kept one.")
        ] = False,
    ) -> ReconciliationReportType:
        report = None if refresh else selectors.reconciliation_report_of(day=date)
        return ReconciliationReportType.of(report or reconciliation_report_build(day=date))
