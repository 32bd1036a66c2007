"""Prepaid balance (预存): money a house paid ahead settles its open bills, oldest first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from django.db import connection, transaction
from django.utils import timezone

from saas.finance.errors import PaymentErrorCode
from saas.finance.models import PrepaidEntry, PrepaidKind
from saas.finance.services.ledger import Source, allocate, bill_open_fen, house_lock, open_bills_locked, prepaid_balance


@transaction.atomic
def prepaid_settle(*, house_id: int, at: datetime | None = None) -> int:
    """Use the house's prepaid balance on its open bills, oldest first; returns the fen used."""
    house_lock(house_id, PaymentErrorCode.HOUSE_NOT_FOUND)
    balance = prepaid_balance(house_id)
    if balance <= 0:
        return 0
    bills = open_bills_locked(house_id)
    use = min(balance, sum(bill_open_fen(bill) for bill in bills))
    if use <= 0:
        return 0
    when = at or timezone.now()
    entry = PrepaidEntry.objects.create(house_id=house_id, amount_fen=-use, kind=PrepaidKind.SETTLE, created_at=when)
    allocate(bills=bills, amount_fen=use, source=Source(prepaid_entry=entry), at=when)
    return use


def houses_with_prepaid_and_open_bills(community_ids: Sequence[int]) -> list[int]:
    """Houses of these communities holding a positive prepaid balance and an open bill (one query)."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT p.house_id FROM finance_prepaidentry p
            JOIN estates_house h ON h.id = p.house_id AND h.community_id = ANY(%s)
            WHERE EXISTS (SELECT 1 FROM finance_bill b
                          WHERE b.house_id = p.house_id AND b.status IN ('unpaid', 'partially_paid'))
            GROUP BY p.house_id HAVING SUM(p.amount_fen) > 0
            ORDER BY p.house_id
            """,
            [list(community_ids)],
        )
        return [row[0] for row in cursor.fetchall()]
