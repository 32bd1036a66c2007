"""Inputs of the payment mutations."""

from __future__ import annotations

import strawberry
from strawberry import relay

from schema.billing.types import Channel, Provider


@strawberry.input(description="支付宝 merchant credentials, from the Alipay open platform console (RSA2 keys).")
class AlipayCredentialsInput:
    app_id: str = strawberry.field(description="应用 APPID, 16 digits.")
    app_private_key: str = strawberry.field(description="应用私钥 (RSA2, PKCS#1 or PKCS#8, PEM or bare base64).")
    alipay_public_key: str = strawberry.field(description="支付宝公钥 (not the app's public key).")
    seller_id: str = strawberry.field(description="商户 PID, 2088 + 12 digits.")


@strawberry.input(description="Stripe credentials: the secret API key and the webhook endpoint's signing secret.")
class StripeCredentialsInput:
    secret_key: str = strawberry.field(description="sk_live_… / sk_test_… (or a restricted rk_ key).")
    webhook_secret: str = strawberry.field(description="whsec_… of the webhook endpoint pointing at notifyUrl.")


@strawberry.input(description="Set one gateway's credentials (they replace what was stored) or switch it on/off.")
class PaymentGatewayConfigureInput:
    gateway: Provider = strawberry.field(description="The payment provider (支付渠道) to configure.")
    enabled: bool = strawberry.field(default=True, description="Whether payers may use it; default true.")
    alipay: AlipayCredentialsInput | None = strawberry.field(default=None, description="For ALIPAY.")
    stripe: StripeCredentialsInput | None = strawberry.field(
        default=None, description="For STRIPE. Leave both out to only switch a configured gateway on or off."
    )


@strawberry.input
class PaymentGatewayTestInput:
    gateway: Provider = strawberry.field(description="The configured provider to try with its stored credentials.")


@strawberry.input(description="Pay bills of one of your houses online, their exact balance.")
class BillsPayInput:
    bills: list[relay.GlobalID] = strawberry.field(description="Global IDs of the open bills to pay, all of one house.")
    gateway: Provider = strawberry.field(description="The payment provider (支付渠道); it must be enabled.")
    channel: Channel = strawberry.field(description="How the payer pays: QR code, web page, app or card.")
    return_url: str | None = strawberry.field(default=None, description="PAGE: where Alipay sends the browser back.")


@strawberry.input(description="Refund a paid order in full to the payer; the ledger gets a reversal.")
class PaymentRefundInput:
    order: relay.GlobalID
    reason: str


@strawberry.input(description="Pay for the company's plan: a link to the checkout on the platform's host.")
class SubscriptionCheckoutLinkInput:
    plan: str = strawberry.field(description="A plan code, e.g. professional.")
    months: int = strawberry.field(default=12, description="How many months to pay for; default 12.")


@strawberry.input(description="Start paying for a plan with the token of a subscriptionCheckoutLink.")
class SubscriptionCheckoutInput:
    token: str = strawberry.field(description="The token of the checkout link (from its URL).")
    gateway: Provider = strawberry.field(description="The payment provider (支付渠道).")
    channel: Channel = strawberry.field(description="How the company pays: QR code, web page, app or card.")
    return_url: str | None = strawberry.field(
        default=None, description="Where the provider's page sends the payer back after paying; optional."
    )
