"""The demo company's online payments: the sandbox gateway (模拟支付 · 非真实资金) configured, a few
京华园 owners who use the owner app and paid a bill through it, one more whose order is still
waiting, and 张伟's order for this month's bill, waiting for him to finish on the sandbox page."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from billing.gateways.base import Amount, Channel, PaymentState
from billing.models import PaymentOrder, Provider
from billing.services.credentials import credentials_configure, gateway_for
from billing.services.inbox import inbox_settle
from billing.services.notifications import notification_receive
from billing.services.orders import bills_pay
from permissions.roles import Role
from permissions.services import role_set
from saas.accounts.models import User
from saas.demo.residents import DEMO_OWNER_PHONE
from saas.finance.models import OPEN_STATUSES, Bill
from saas.residents.models import Occupancy, OccupancyRole

PAID, PENDING = 4, 1
# Waiting orders stay payable for a week instead of PAYMENT_ORDER_MINUTES: a salesperson shows them
# days after the seed. `make demo-reset` makes fresh ones.
DEMO_ORDER_VALIDITY = timedelta(days=7)


def _oldest_open_bill(house_id: int) -> int | None:
    bill = Bill.objects.filter(house_id=house_id, status__in=OPEN_STATUSES).order_by("period").first()
    return bill.pk if bill is not None else None


def _app_owners(limit: int) -> list[tuple[User, int]]:
    """京华园 owners with an open bill, given an owner-app account (login: their phone)."""
    found: list[tuple[User, int]] = []
    occupancies = Occupancy.objects.active().filter(
        role=OccupancyRole.OWNER, resident__user__isnull=True, house__community__name="京华园"
    )
    for occupancy in occupancies.select_related("resident").order_by("house_id"):
        bill_id = _oldest_open_bill(occupancy.house_id)
        if bill_id is None:
            continue
        resident = occupancy.resident
        user = User.objects.create_user(
            username=resident.phone, password=None, display_name=resident.name, phone=resident.phone
        )
        role_set(user=user, role=Role.OWNER)
        resident.user = user
        resident.save(update_fields=["user"])
        found.append((user, bill_id))
        if len(found) == limit:
            break
    return found


def seed_payments() -> None:
    credentials_configure(provider=Provider.SANDBOX, values=None)
    gateway = gateway_for(Provider.SANDBOX)
    waiting: list[PaymentOrder] = []
    for index, (owner, bill_id) in enumerate(_app_owners(PAID + PENDING)):
        order = bills_pay(payer=owner, bill_ids=[bill_id], provider=Provider.SANDBOX, channel=Channel.QR_CODE)
        if index < PAID:
            headers, body = gateway.notification_build(  # type: ignore[attr-defined]
                out_trade_no=order.out_trade_no, amount=Amount(order.amount_fen), state=PaymentState.PAID
            )
            received = notification_receive(provider=Provider.SANDBOX, headers=headers, body=body)
            assert received.entry_id is not None, received
            inbox_settle(entry_id=received.entry_id)
        else:
            waiting.append(order)
    zhang_wei = User.objects.get(username=DEMO_OWNER_PHONE)
    home = Occupancy.objects.active().get(resident__user=zhang_wei).house_id
    own_bill = _oldest_open_bill(home)
    assert own_bill is not None, "the finance seed leaves 张伟 this month's bill"
    waiting.append(bills_pay(payer=zhang_wei, bill_ids=[own_bill], provider=Provider.SANDBOX, channel=Channel.QR_CODE))
    PaymentOrder.objects.filter(pk__in=[o.pk for o in waiting]).update(expires_at=timezone.now() + DEMO_ORDER_VALIDITY)
