"""A provider's notification, from raw request to the inbox: verify the signature, check it names
our merchant and the order's exact amount, then record it once (``inbox.inbox_record``, committed
before the answer). Settling happens after the answer, from the inbox (``inbox.inbox_settle``).
Whatever fails before the record changes nothing and is answered with a 4xx."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from django.db import connection

from billing.gateways.base import Notification, NotificationIgnored, SignatureInvalid
from billing.models import PaymentOrder, Provider
from billing.services.context import current_company, sandbox_allowed
from billing.services.credentials import GatewayNotConfigured, gateway_for
from billing.services.inbox import inbox_record


class Verdict(enum.Enum):
    RECORDED = "recorded"  # in the inbox, committed: settles from there
    DUPLICATE = "duplicate"  # seen before: acknowledged, nothing done
    IGNORED = "ignored"  # verified, about nothing we act on
    REJECTED = "rejected"  # 4xx: bad signature, unknown order, wrong merchant or amount
    NOT_CONFIGURED = "not_configured"  # 4xx: this schema has no such gateway


@dataclass(frozen=True)
class Received:
    verdict: Verdict
    detail: str = ""
    entry_id: int | None = None  # the inbox entry to settle (RECORDED)

    @property
    def acknowledged(self) -> bool:
        return self.verdict in (Verdict.RECORDED, Verdict.DUPLICATE, Verdict.IGNORED)


def _mismatch(order: PaymentOrder, notice: Notification) -> str:
    if notice.app_id != order.merchant_app_id:
        return "app id does not match"
    if notice.seller_id != order.merchant_seller_id:
        return "seller id does not match"
    if notice.amount.minor_units != order.amount_fen:
        return "amount does not match"
    if notice.amount.currency != order.currency:
        return "currency does not match"
    if order.provider_trade_no and notice.provider_trade_no and notice.provider_trade_no != order.provider_trade_no:
        return "provider trade number does not match"
    return ""


# Every delivery reads its order: by hand, since compiling the ORM query cost more CPU than running it.
ORDER_SQL = """
SELECT id, merchant_app_id, merchant_seller_id, amount_fen, currency, provider_trade_no
FROM billing_paymentorder WHERE out_trade_no = %s AND provider = %s ORDER BY id LIMIT 1
"""


def _order(out_trade_no: str, provider: str) -> PaymentOrder | None:
    """The few columns of the order a notification is checked against (an unsaved-looking instance
    carrying its pk: only read, never saved)."""
    with connection.cursor() as cursor:
        cursor.execute(ORDER_SQL, [out_trade_no, provider])
        row = cursor.fetchone()
    if row is None:
        return None
    pk, app_id, seller_id, amount_fen, currency, trade_no = row
    return PaymentOrder(
        pk=pk,
        merchant_app_id=app_id,
        merchant_seller_id=seller_id,
        amount_fen=amount_fen,
        currency=currency,
        provider_trade_no=trade_no,
    )


def notification_receive(*, provider: str, headers: Mapping[str, str], body: bytes) -> Received:
    """Handle one delivery in the current schema (the caller activated it). Sandbox money never
    reaches the ledger of a company that may not use the sandbox (one that converted to paid)."""
    if provider == Provider.SANDBOX and not sandbox_allowed(current_company()):
        return Received(Verdict.REJECTED, "sandbox not allowed for this company")
    try:
        gateway = gateway_for(provider, require_enabled=False)
    except GatewayNotConfigured:
        return Received(Verdict.NOT_CONFIGURED, "gateway not configured")
    try:
        notice = gateway.notification_parse(headers=headers, body=body)
    except SignatureInvalid as exc:
        return Received(Verdict.REJECTED, f"signature: {exc}")
    except NotificationIgnored as exc:
        return Received(Verdict.IGNORED, str(exc))
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
        # Signed but malformed content ("amount_received": "abc", "data": {}): a 4xx, since a
        # provider retries a 5xx for days and the content will not get better.
        return Received(Verdict.REJECTED, "malformed notification")
    order = _order(notice.out_trade_no, provider)
    if order is None:
        return Received(Verdict.REJECTED, "unknown order")
    problem = _mismatch(order, notice)
    if problem:
        return Received(Verdict.REJECTED, problem)
    entry_id = inbox_record(order=order, provider=provider, notice=notice)
    if entry_id is None:
        return Received(Verdict.DUPLICATE)
    return Received(Verdict.RECORDED, entry_id=entry_id)
