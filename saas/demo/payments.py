"""The demo company's online payments: the sandbox gateway (模拟支付 · 非真实资金) configured, a few
owners' bills paid through it and a couple of orders still waiting, so the staff app has orders
with a history to show and 张伟 has one to finish on the sandbox page."""

from __future__ import annotations

from billing.gateways.base import Amount, Channel, PaymentState
from billing.models import Provider
from billing.services.credentials import credentials_configure, gateway_for
from billing.services.notifications import notification_receive
from billing.services.orders import bills_pay
from saas.accounts.models import User
from saas.finance.models import OPEN_STATUSES, Bill
from saas.residents.models import Occupancy

PAID, PENDING = 4, 2


def _owners_with_open_bills(limit: int) -> list[tuple[User, int]]:
    found: list[tuple[User, int]] = []
    occupancies = Occupancy.objects.active().filter(role="owner", resident__user__isnull=False)
    for occupancy in occupancies.select_related("resident__user").order_by("house_id"):
        bill = Bill.objects.filter(house_id=occupancy.house_id, status__in=OPEN_STATUSES).order_by("period").first()
        if bill is not None:
            found.append((occupancy.resident.user, bill.pk))  # type: ignore[arg-type]
        if len(found) == limit:
            break
    return found


def seed_payments() -> None:
    credentials_configure(provider=Provider.SANDBOX, values=None)
    gateway = gateway_for(Provider.SANDBOX)
    for index, (owner, bill_id) in enumerate(_owners_with_open_bills(PAID + PENDING)):
        order = bills_pay(payer=owner, bill_ids=[bill_id], provider=Provider.SANDBOX, channel=Channel.QR_CODE)
        if index < PAID:
            headers, body = gateway.notification_build(  # type: ignore[attr-defined]
                out_trade_no=order.out_trade_no, amount=Amount(order.amount_fen), state=PaymentState.PAID
            )
            notification_receive(provider=Provider.SANDBOX, headers=headers, body=body)
