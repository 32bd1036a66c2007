"""The public schema's side: the vendor's gateway credentials (vendor staff) and a company paying
for its plan with the token of a checkout link."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from django.core import signing
from strawberry.permission import BasePermission

from billing.models import OrderPurpose, PaymentOrder
from billing.services.subscriptions import LINK_SECONDS, SALT, subscription_checkout
from schema.billing.errors import SubscriptionError
from schema.billing.inputs import PaymentGatewayConfigureInput, PaymentGatewayTestInput, SubscriptionCheckoutInput
from schema.billing.mutations import PaymentGatewayConfigurePayload, PaymentGatewayTestPayload, configure, test
from schema.billing.queries import gateway_settings
from schema.billing.types import Channel, CheckoutType, OrderState, PaymentGatewaySettingType, Provider
from schema.core.errors import payload_of
from schema.core.permissions import IsVendorStaff
from schema.core.scalars import Yuan
from tenants.schemas import activate_public


@strawberry.type(name="SubscriptionOrder", description="A company's payment for its plan.")
class SubscriptionOrderType:
    out_trade_no: str = strawberry.field(description="商户订单号, as the provider shows it.")
    gateway: Provider = strawberry.field(description="The payment provider (支付渠道).")
    channel: Channel = strawberry.field(description="How the payer pays.")
    state: OrderState = strawberry.field(description="Where the order stands.")
    amount: Yuan = strawberry.field(description="What the company pays, in yuan.")
    plan: str = strawberry.field(description="The `code` of the plan (套餐) paid for.")
    months: int = strawberry.field(description="How many months the payment covers.")
    expires_at: datetime = strawberry.field(description="After this the order can no longer be paid (+08:00).")
    paid_at: datetime | None = strawberry.field(description="When the provider confirmed the payment; null: not paid.")

    @classmethod
    def of(cls, order: PaymentOrder) -> SubscriptionOrderType:
        return cls(
            out_trade_no=order.out_trade_no,
            gateway=Provider(order.provider),
            channel=Channel(order.channel),
            state=OrderState(order.state),
            amount=Yuan(order.amount_fen),
            plan=order.plan_code,
            months=order.months or 0,
            expires_at=order.expires_at,
            paid_at=order.paid_at,
        )


@strawberry.type
class SubscriptionCheckoutPayload:
    errors: list[SubscriptionError]
    order: SubscriptionOrderType | None = None
    checkout: CheckoutType | None = None


VENDOR: list[type[BasePermission]] = [IsVendorStaff]


@strawberry.type
class PlatformBillingQueries:
    @strawberry.field(
        permission_classes=VENDOR,
        description="The platform's own gateways (plan payments): configured or not, last four characters.",
    )
    def payment_gateway_settings(self) -> list[PaymentGatewaySettingType]:
        activate_public()
        return gateway_settings()

    @strawberry.field(description="A plan payment, for whoever holds its checkout link's token; null otherwise.")
    def subscription_order(
        self,
        token: Annotated[str, strawberry.argument(description="The token of the checkout link (from its URL).")],
        out_trade_no: Annotated[str, strawberry.argument(description="The order's 商户订单号.")],
    ) -> SubscriptionOrderType | None:
        try:
            link = signing.loads(token, salt=SALT, max_age=LINK_SECONDS * 24)
        except signing.BadSignature:
            return None
        activate_public()
        order = PaymentOrder.objects.filter(
            out_trade_no=out_trade_no, purpose=OrderPurpose.SUBSCRIPTION, company_id=link.get("company")
        ).first()
        return SubscriptionOrderType.of(order) if order else None


@strawberry.type
class PlatformBillingMutations:
    @strawberry.mutation(permission_classes=VENDOR, description="The platform's own gateway credentials.")
    def payment_gateway_configure(
        self, info: strawberry.Info, input: PaymentGatewayConfigureInput
    ) -> PaymentGatewayConfigurePayload:
        activate_public()
        return configure(info, input)

    @strawberry.mutation(permission_classes=VENDOR, description="Check the platform's stored credentials.")
    def payment_gateway_test(self, input: PaymentGatewayTestInput) -> PaymentGatewayTestPayload:
        activate_public()
        return test(input)

    @strawberry.mutation(
        description="Start paying for a plan with the token of a subscriptionCheckoutLink (made by the company's "
        "admin on the company's host). The price is the plan's; on payment the company moves to that plan."
    )
    def subscription_checkout(self, input: SubscriptionCheckoutInput) -> SubscriptionCheckoutPayload:
        def start() -> SubscriptionOrderType:
            order = subscription_checkout(
                token=input.token, provider=input.gateway.value, channel=input.channel, return_url=input.return_url
            )
            payload_order.append(order)
            return SubscriptionOrderType.of(order)

        payload_order: list[PaymentOrder] = []
        payload = payload_of(SubscriptionCheckoutPayload, SubscriptionError, "order", start)
        if payload_order:
            payload.checkout = CheckoutType.of(payload_order[0])
        return payload
