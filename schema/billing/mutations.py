"""Tenant mutations: gateway credentials (admin), billsPay (owners), paymentRefund (admin and
finance in their communities), subscriptionCheckoutLink (admin)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from billing.models import PaymentOrder
from billing.services.context import current_company, notify_url
from billing.services.credentials import credentials_configure, credentials_settings, credentials_test
from billing.services.orders import bills_pay
from billing.services.refunds import order_refund
from billing.services.subscriptions import subscription_link_create
from permissions.roles import Capability
from schema.billing.errors import BillsPayError, PaymentGatewaySettingsError, PaymentRefundError, SubscriptionError
from schema.billing.inputs import (
    BillsPayInput,
    PaymentGatewayConfigureInput,
    PaymentGatewayTestInput,
    PaymentRefundInput,
    SubscriptionCheckoutLinkInput,
)
from schema.billing.types import CheckoutType, PaymentGatewaySettingType, PaymentOrderType, Provider
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, IsOwnerAccount, authorize
from schema.core.relay import pk_from_global_id
from schema.core.scalars import Yuan


def gateway_setting(provider: str) -> PaymentGatewaySettingType:
    found = next(s for s in credentials_settings() if s.provider == provider)
    return PaymentGatewaySettingType.of(found, notify_url(provider))


@strawberry.type
class PaymentGatewayConfigurePayload:
    errors: list[PaymentGatewaySettingsError]
    setting: PaymentGatewaySettingType | None = None


@strawberry.type
class PaymentGatewayTestPayload:
    errors: list[PaymentGatewaySettingsError]
    ok: bool = strawberry.field(
        default=False, description="True when the gateway answered with the stored credentials."
    )
    setting: PaymentGatewaySettingType | None = None


@strawberry.type
class BillsPayPayload:
    errors: list[BillsPayError]
    order: PaymentOrderType | None = None
    checkout: CheckoutType | None = None


@strawberry.type
class PaymentRefundPayload:
    errors: list[PaymentRefundError]
    order: PaymentOrderType | None = None


@strawberry.type(name="SubscriptionCheckoutLink", description="Open url (on the platform's host) to pay.")
class SubscriptionCheckoutLinkType:
    url: str = strawberry.field(description="The checkout page on the platform's host; open it to pay.")
    token: str = strawberry.field(description="The link's token (also in the url), for subscriptionOrder.")
    expires_at: datetime = strawberry.field(description="After this the link no longer works (+08:00).")
    plan: str = strawberry.field(description="The `code` of the plan (套餐) paid for.")
    months: int = strawberry.field(description="How many months the payment covers.")
    amount: Yuan = strawberry.field(description="What the company pays, in yuan.")


@strawberry.type
class SubscriptionCheckoutLinkPayload:
    errors: list[SubscriptionError]
    link: SubscriptionCheckoutLinkType | None = None


def credential_values(input: PaymentGatewayConfigureInput) -> dict[str, str] | None:
    if input.gateway == Provider.ALIPAY and input.alipay is not None:
        return {
            "app_id": input.alipay.app_id,
            "app_private_key": input.alipay.app_private_key,
            "alipay_public_key": input.alipay.alipay_public_key,
            "seller_id": input.alipay.seller_id,
        }
    if input.gateway == Provider.STRIPE and input.stripe is not None:
        return {"secret_key": input.stripe.secret_key, "webhook_secret": input.stripe.webhook_secret}
    return None


def configure(info: Info, input: PaymentGatewayConfigureInput) -> PaymentGatewayConfigurePayload:
    def change() -> PaymentGatewaySettingType:
        credentials_configure(
            provider=input.gateway.value,
            values=credential_values(input),
            enabled=input.enabled,
            user=info.context.viewer if info.context.viewer.is_authenticated else None,
        )
        return gateway_setting(input.gateway.value)

    return payload_of(PaymentGatewayConfigurePayload, PaymentGatewaySettingsError, "setting", change)


def test(input: PaymentGatewayTestInput) -> PaymentGatewayTestPayload:
    def check() -> PaymentGatewaySettingType:
        credentials_test(provider=input.gateway.value)
        return gateway_setting(input.gateway.value)

    payload = payload_of(PaymentGatewayTestPayload, PaymentGatewaySettingsError, "setting", check)
    if payload.setting is not None:
        payload.ok = bool(payload.setting.test_ok)
    return payload


ADMIN = [HasCapability(Capability.COMPANY_SETTINGS)]


@strawberry.type
class BillingMutations:
    @strawberry.mutation(
        permission_classes=ADMIN,
        description="Enter a gateway's merchant credentials (stored encrypted, never shown again) or switch it "
        "on/off. SANDBOX needs none: it serves trials and demos with no real money. Admin only.",
    )
    def payment_gateway_configure(
        self, info: Info, input: PaymentGatewayConfigureInput
    ) -> PaymentGatewayConfigurePayload:
        return configure(info, input)

    @strawberry.mutation(
        permission_classes=ADMIN,
        description="Check the stored credentials against the provider with one harmless call. Admin only.",
    )
    def payment_gateway_test(self, input: PaymentGatewayTestInput) -> PaymentGatewayTestPayload:
        return test(input)

    @strawberry.mutation(
        permission_classes=[IsOwnerAccount],
        description="Pay bills of one of your houses online, for their exact balance. Returns the order and its "
        "checkout (QR code URL, redirect URL, app order string or card client secret). Asking again for the same "
        "bills, gateway and channel while the order can be paid returns the same order; other orders for any of "
        "the bills are refused until it expires.",
    )
    def bills_pay(self, info: Info, input: BillsPayInput) -> BillsPayPayload:
        bill_ids = [pk_from_global_id(gid, "Bill") for gid in input.bills]

        def start() -> PaymentOrder:
            return bills_pay(
                payer=info.context.viewer,
                bill_ids=bill_ids,
                provider=input.gateway.value,
                channel=input.channel,
                return_url=input.return_url,
            )

        payload = payload_of(BillsPayPayload, BillsPayError, "order", start)
        if payload.order is not None:
            payload.checkout = CheckoutType.of(payload.order)  # type: ignore[arg-type]
        return payload

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PAYMENT_REFUND)],
        description="Refund a paid order in full through its gateway; the ledger gets a reversal (冲正) of its "
        "payment. Refused when its prepaid part has since paid other bills.",
    )
    def payment_refund(self, info: Info, input: PaymentRefundInput) -> PaymentRefundPayload:
        order_id = pk_from_global_id(input.order, "PaymentOrder")
        authorize(info, Capability.PAYMENT_REFUND, PaymentOrder, order_id)

        def refund() -> PaymentOrder:
            return order_refund(order_id=order_id, reason=input.reason, requested_by=info.context.viewer).order

        return payload_of(PaymentRefundPayload, PaymentRefundError, "order", refund)

    @strawberry.mutation(
        permission_classes=ADMIN,
        description="Pay for the company's plan: a signed link (valid one hour) to the checkout on the platform's "
        "host, where subscriptionCheckout takes its token. Admin only.",
    )
    def subscription_checkout_link(
        self, info: Info, input: SubscriptionCheckoutLinkInput
    ) -> SubscriptionCheckoutLinkPayload:
        def create() -> SubscriptionCheckoutLinkType:
            company = current_company()
            assert company is not None
            link = subscription_link_create(
                company=company, plan_code=input.plan, months=input.months, user=info.context.viewer
            )
            return SubscriptionCheckoutLinkType(
                url=link.url,
                token=link.token,
                expires_at=link.expires_at,
                plan=link.plan.code,
                months=link.months,
                amount=Yuan(link.amount_fen),
            )

        return payload_of(SubscriptionCheckoutLinkPayload, SubscriptionError, "link", create)
