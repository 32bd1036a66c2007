"""Payment providers behind one protocol (``base.PaymentGateway``). Only this package imports the
providers' SDKs; ``gateway_build`` turns a provider name and its decrypted credentials into one."""

from __future__ import annotations

from collections.abc import Mapping

from django.conf import settings

from billing.gateways.base import Channel, PaymentGateway

# What each provider can hand the front end.
CHANNELS: dict[str, frozenset[Channel]] = {
    "alipay": frozenset({Channel.QR_CODE, Channel.PAGE, Channel.APP}),
    "stripe": frozenset({Channel.CARD}),
    "sandbox": frozenset(Channel),
}
# The credential fields each provider needs (all of them secret at rest).
FIELDS: dict[str, tuple[str, ...]] = {
    "alipay": ("app_id", "app_private_key", "alipay_public_key", "seller_id"),
    "stripe": ("secret_key", "webhook_secret"),
    "sandbox": ("hmac_key", "seller_id"),
}


def gateway_build(provider: str, secrets: Mapping[str, str], *, pay_page_base: str = "") -> PaymentGateway:
    if provider == "alipay":
        from billing.gateways.alipay import AlipayGateway

        return AlipayGateway(
            app_id=secrets["app_id"],
            app_private_key=secrets["app_private_key"],
            alipay_public_key=secrets["alipay_public_key"],
            seller_id=secrets["seller_id"],
            server_url=settings.ALIPAY_SERVER_URL,
        )
    if provider == "stripe":
        from billing.gateways.stripe import StripeGateway

        return StripeGateway(
            secret_key=secrets["secret_key"],
            webhook_secret=secrets["webhook_secret"],
            api_base=settings.STRIPE_API_BASE,
        )
    if provider == "sandbox":
        from billing.gateways.sandbox import SandboxGateway

        return SandboxGateway(hmac_key=secrets["hmac_key"], seller_id=secrets["seller_id"], pay_page_base=pay_page_base)
    raise ValueError(f"unknown payment provider {provider!r}")
