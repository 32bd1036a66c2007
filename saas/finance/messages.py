"""What bills and payments tell the houses' owners: in-app, and by SMS / WeChat through the outbox
(written in the run's or the payment's transaction)."""

from __future__ import annotations

from collections.abc import Iterable

from saas.core.money import fen_to_yuan
from saas.finance.models import Bill, BillingRun, Payment
from saas.notifications.models import NotificationKind
from saas.notifications.outbox import Letter, messages_send
from saas.notifications.services import NotificationText, Target
from saas.notifications.templates import MessageKind
from saas.residents.models import Occupancy, OccupancyRole


def _owners(house_ids: Iterable[int]) -> dict[int, list[tuple[int, str, int | None]]]:
    """House → its owners in force (resident, phone, account), one query."""
    owners: dict[int, list[tuple[int, str, int | None]]] = {}
    rows = (
        Occupancy.objects.active()
        .filter(house_id__in=list(house_ids), role=OccupancyRole.OWNER)
        .order_by("house_id", "resident_id")
        .values_list("house_id", "resident_id", "resident__phone", "resident__user_id")
    )
    for house_id, resident_id, phone, user_id in rows.iterator(chunk_size=5000):
        owners.setdefault(house_id, []).append((resident_id, phone, user_id))
    return owners


def _house_label(building: str, unit: str, room: str) -> str:
    return f"{building}{unit}{room}"


def bills_issued_tell(run: BillingRun) -> int:
    """Each bill the run created, to its house's owners; returns how many letters."""
    bills = list(
        Bill.objects.filter(billing_run=run, amount_fen__gt=0).values_list(
            "pk",
            "house_id",
            "period",
            "amount_fen",
            "house__building__name",
            "house__unit__name",
            "house__room_number",
            "house__community_id",
        )
    )
    owners = _owners({row[1] for row in bills})
    letters: list[Letter] = []
    for bill_id, house_id, period, amount_fen, building, unit, room, community_id in bills:
        house = _house_label(building, unit, room)
        amount = fen_to_yuan(amount_fen)
        text = NotificationText(
            title=f"{period:%Y年%-m月}账单",
            body=f"{house} {period:%Y年%-m月}账单已出，应缴 {amount} 元。",
            title_en=f"Bill for {period:%Y-%m}",
            body_en=f"{house}: the bill for {period:%Y-%m} is out, {amount} yuan due.",
        )
        for resident_id, phone, user_id in owners.get(house_id, []):
            letter = Letter(
                key=f"b{bill_id}.r{resident_id}",
                user_id=user_id,
                phone=phone,
                resident_id=resident_id,
                params={"house": house, "period": f"{period:%Y年%-m月}", "amount": amount},
                text=text,
                target=Target("Bill", bill_id),
                community_id=community_id,
            )
            letters.append(letter)
    messages_send(kind=MessageKind.BILL_ISSUED, letters=letters, in_app_kind=NotificationKind.BILL_ISSUED)
    return len(letters)


def payment_received_tell(payment: Payment) -> int:
    """缴费成功, with the receipt number, to the house's owners (one query finds them and the house)."""
    if payment.amount_fen <= 0:  # a reversal tells nobody here
        return 0
    owners = (
        Occupancy.objects.active()
        .filter(house_id=payment.house_id, role=OccupancyRole.OWNER)
        .order_by("resident_id")
        .values_list(
            "resident_id",
            "resident__phone",
            "resident__user_id",
            "house__building__name",
            "house__unit__name",
            "house__room_number",
            "house__community_id",
        )
    )
    amount = fen_to_yuan(payment.amount_fen)
    letters = []
    for resident_id, phone, user_id, building, unit, room, community_id in owners:
        label = _house_label(building, unit, room)
        text = NotificationText(
            title="缴费成功",
            body=f"{label} 已缴费 {amount} 元，收据号 {payment.receipt_no}。",
            title_en="Payment received",
            body_en=f"{label}: {amount} yuan received, receipt {payment.receipt_no}.",
        )
        letters.append(
            Letter(
                key=f"p{payment.pk}.r{resident_id}",
                user_id=user_id,
                phone=phone,
                resident_id=resident_id,
                params={"house": label, "amount": amount, "receipt": str(payment.receipt_no)},
                text=text,
                community_id=community_id,
            )
        )
    if letters:
        messages_send(
            kind=MessageKind.PAYMENT_RECEIVED,
            letters=letters,
            in_app_kind=NotificationKind.PAYMENT_RECEIVED,
            target=Target("Payment", payment.pk),
        )
    return len(letters)
