"""预存 prepaid entries of a house (ledger rows)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone

from saas.estates.models import House
from saas.finance.models.payments import Payment


class PrepaidKind(models.TextChoices):
    DEPOSIT = "deposit", "预存"
    SETTLE = "settle", "抵扣账单"
    REVERSAL = "reversal", "冲正"
    REFUND = "refund", "退款"
    # 期初: the balance a house had in the company's old system, brought in by an import; negative
    # when that import is rolled back (the ledger never forgets, it takes the amount back out).
    OPENING = "opening", "期初预存"


class PrepaidEntry(models.Model):
    """预存 A movement of a house's prepaid balance (the balance is their sum). Insert-only."""

    house = models.ForeignKey(House, on_delete=models.PROTECT, related_name="prepaid_entries")
    amount_fen = models.BigIntegerField("金额（分）")
    kind = models.CharField("类型", max_length=16, choices=PrepaidKind.choices)
    payment = models.ForeignKey(
        Payment, null=True, blank=True, on_delete=models.PROTECT, related_name="prepaid_entries"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["house_id", "created_at", "id"]
        verbose_name = "预存流水"
        verbose_name_plural = "预存流水"
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="deposit", amount_fen__gt=0, payment__isnull=False)
                | Q(kind="reversal", amount_fen__lt=0, payment__isnull=False)
                # settle or refund, spelt as equalities: an IN list's stored text changes when the
                # schema cloner re-creates the constraint.
                | ((Q(kind="settle") | Q(kind="refund")) & Q(amount_fen__lt=0))
                | (Q(kind="opening") & ~Q(amount_fen=0) & Q(payment__isnull=True)),
                name="prepaid_entry_sign",
            )
        ]
        indexes = [models.Index(fields=["house", "created_at"])]

    def __str__(self) -> str:
        return f"{self.house_id} {self.kind} {self.amount_fen}"
