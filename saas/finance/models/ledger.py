"""Allocations: which payment, prepaid entry or waiver settled which bill line (ledger rows)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone

from saas.finance.models.bills import Bill, BillLine
from saas.finance.models.payments import Payment
from saas.finance.models.prepaid import PrepaidEntry
from saas.finance.models.waivers import Waiver


class Allocation(models.Model):
    """核销 Money applied to one line of a bill, or to its late fee (``bill_line`` null), from a
    payment, a prepaid settlement or an approved waiver; negative when a reversal takes it back.
    Insert-only."""

    bill = models.ForeignKey(Bill, on_delete=models.PROTECT, related_name="allocations")
    bill_line = models.ForeignKey(BillLine, null=True, blank=True, on_delete=models.PROTECT, related_name="allocations")
    amount_fen = models.BigIntegerField("金额（分）")
    payment = models.ForeignKey(Payment, null=True, blank=True, on_delete=models.PROTECT, related_name="allocations")
    prepaid_entry = models.ForeignKey(
        PrepaidEntry, null=True, blank=True, on_delete=models.PROTECT, related_name="allocations"
    )
    waiver = models.ForeignKey(Waiver, null=True, blank=True, on_delete=models.PROTECT, related_name="allocations")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["id"]
        verbose_name = "核销"
        verbose_name_plural = "核销"
        constraints = [
            models.CheckConstraint(condition=~Q(amount_fen=0), name="allocation_not_zero"),
            models.CheckConstraint(
                condition=Q(payment__isnull=False, prepaid_entry__isnull=True, waiver__isnull=True)
                | Q(payment__isnull=True, prepaid_entry__isnull=False, waiver__isnull=True)
                | Q(payment__isnull=True, prepaid_entry__isnull=True, waiver__isnull=False),
                name="allocation_one_source",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.bill_id}/{self.bill_line_id}: {self.amount_fen}"
