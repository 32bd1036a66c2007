"""The vendor's own billing: a company pays for its plan through the same payment layer, in the
public schema.

A company's admin token means nothing on the public host (accounts live in one schema), so the
admin asks for a checkout link on the company's host (``subscription_link_create``): a signed,
short-lived token naming the company, plan and months. The public ``subscription_checkout`` trusts
only that token; the price comes from the plan, never from the caller. The notification then
converts the company to the paid plan (``settlement._activate_plan``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from billing.errors import SubscriptionErrorCode
from billing.gateways.base import Channel, out_trade_no_new
from billing.models import OrderPurpose, OrderState, PaymentOrder
from billing.services.context import notify_base_url
from billing.services.credentials import merchant_ids
from billing.services.orders import gateway_ready, order_checkout
from saas.core.errors import DomainError
from tenants.models import Company, Plan
from tenants.schemas import activate_public

SALT = "wuye.billing.subscription"
LINK_SECONDS = 3600
MAX_MONTHS = 36
ORDER_PREFIX = "WYSUB"


@dataclass(frozen=True)
class SubscriptionLink:
    token: str
    url: str
    expires_at: datetime
    plan: Plan
    months: int
    amount_fen: int


def _plan(code: str) -> Plan:
    plan = Plan.objects.filter(code=code).first()
    if plan is None:
        raise DomainError(SubscriptionErrorCode.PLAN_NOT_FOUND, field="plan")
    if plan.monthly_price_fen <= 0:
        raise DomainError(SubscriptionErrorCode.PLAN_NOT_PAID, field="plan")
    return plan


def subscription_link_create(*, company: Company, plan_code: str, months: int, user: Any) -> SubscriptionLink:
    """A signed link to pay for ``months`` of a plan on the public host (valid one hour)."""
    if not 1 <= months <= MAX_MONTHS:
        raise DomainError(SubscriptionErrorCode.MONTHS_INVALID, field="months", limit=MAX_MONTHS)
    plan = _plan(plan_code)
    token = signing.dumps({"company": company.pk, "plan": plan.code, "months": months, "by": user.pk}, salt=SALT)
    base = notify_base_url()
    return SubscriptionLink(
        token=token,
        url=settings.SUBSCRIPTION_CHECKOUT_URL.format(base=base, token=token),
        expires_at=timezone.now() + timedelta(seconds=LINK_SECONDS),
        plan=plan,
        months=months,
        amount_fen=plan.monthly_price_fen * months,
    )


def _link(token: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = signing.loads(token, salt=SALT, max_age=LINK_SECONDS)
    except signing.BadSignature:
        raise DomainError(SubscriptionErrorCode.LINK_INVALID, field="token") from None
    return data


@transaction.atomic
def _order_reserve(*, link: dict[str, Any], provider: str, channel: Channel) -> tuple[PaymentOrder, bool]:
    company = Company.objects.customers().select_for_update().filter(pk=link["company"]).first()
    if company is None:
        raise DomainError(SubscriptionErrorCode.COMPANY_NOT_FOUND, field="token")
    plan = _plan(str(link["plan"]))
    months = int(link["months"])
    amount = plan.monthly_price_fen * months
    now = timezone.now()
    same = PaymentOrder.objects.filter(
        purpose=OrderPurpose.SUBSCRIPTION,
        state=OrderState.PENDING,
        company_id=company.pk,
        plan_code=plan.code,
        months=months,
        provider=provider,
        channel=channel.value,
        amount_fen=amount,
        expires_at__gt=now,
    ).exclude(checkout={})
    existing = same.first()
    if existing is not None:
        return existing, False
    app_id, seller_id = merchant_ids(provider)
    order = PaymentOrder.objects.create(
        out_trade_no=out_trade_no_new(ORDER_PREFIX),
        provider=provider,
        channel=channel.value,
        purpose=OrderPurpose.SUBSCRIPTION,
        amount_fen=amount,
        subject=f"物业云 {plan.name} {months} 个月 · {company.name}"[:128],
        company_id=company.pk,
        plan_code=plan.code,
        months=months,
        merchant_app_id=app_id,
        merchant_seller_id=seller_id,
        expires_at=now + timedelta(minutes=settings.PAYMENT_ORDER_MINUTES),
    )
    return order, True


def subscription_checkout(
    *, token: str, provider: str, channel: Channel, return_url: str | None = None
) -> PaymentOrder:
    """In the public schema: the order for a signed link and its checkout."""
    activate_public()
    link = _link(token)
    gateway = gateway_ready(provider, channel, SubscriptionErrorCode)
    order, is_new = _order_reserve(link=link, provider=provider, channel=channel)
    if not is_new:
        return order
    return order_checkout(order, gateway, return_url=return_url, codes=SubscriptionErrorCode)
