"""Reads of the payment side, as unevaluated querysets (``permissions.scoping.visible_to`` narrows
them to what the caller may see)."""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from billing.models import PaymentOrder, ReconciliationReport


def payment_orders(
    *,
    state: str | None = None,
    house_id: int | None = None,
    refund_due: bool | None = None,
    out_trade_no: str | None = None,
) -> QuerySet[PaymentOrder]:
    """Newest first."""
    orders = PaymentOrder.objects.order_by("-created_at", "-id")
    if state is not None:
        orders = orders.filter(state=state)
    if house_id is not None:
        orders = orders.filter(house_id=house_id)
    if refund_due is not None:
        orders = orders.filter(refund_due=refund_due)
    if out_trade_no is not None:
        orders = orders.filter(out_trade_no=out_trade_no.strip())
    return orders


def reconciliation_report_of(*, day: date) -> ReconciliationReport | None:
    return ReconciliationReport.objects.filter(day=day).first()
