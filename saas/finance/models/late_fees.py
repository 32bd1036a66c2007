"""滞纳金: the company's bill-due and late-fee policy, and the daily accruals (ledger rows)."""

from __future__ import annotations

from decimal import Decimal

from django.db import models
from django.db.models import Q
from django.utils import timezone

from saas.finance.models.bills import Bill


class FinancePolicy(models.Model):
    """收费规则 One row per company: when bills fall due and whether late fees (滞纳金) accrue."""

    bill_due_days = models.PositiveSmallIntegerField("缴费期限（天）", default=30)
    late_fee_enabled = models.BooleanField("计收滞纳金", default=False)
    late_fee_daily_rate = models.DecimalField("滞纳金日费率", max_digits=7, decimal_places=6, default=Decimal("0.0005"))
    late_fee_grace_days = models.PositiveSmallIntegerField("宽限期（天）", default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "收费规则"
        verbose_name_plural = "收费规则"
        constraints = [
            models.CheckConstraint(
                condition=Q(late_fee_daily_rate__gte=0, late_fee_daily_rate__lte=Decimal("0.01")),
                name="late_fee_rate_range",
            )
        ]

    def __str__(self) -> str:
        return "收费规则"

    @classmethod
    def current(cls) -> FinancePolicy:
        policy, _ = cls.objects.get_or_create(pk=1)
        return policy


class LateFeeAccrual(models.Model):
    """滞纳金 One day's late fee on a bill: the daily rate × that day's unpaid principal (never the
    late fees already accrued). Insert-only; one row per bill and day."""

    bill = models.ForeignKey(Bill, on_delete=models.PROTECT, related_name="late_fee_accruals")
    day = models.DateField("日期")
    base_fen = models.BigIntegerField("计费本金（分）")
    rate = models.DecimalField("日费率", max_digits=7, decimal_places=6)
    amount_fen = models.BigIntegerField("金额（分）")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["bill_id", "day"]
        verbose_name = "滞纳金计提"
        verbose_name_plural = "滞纳金计提"
        constraints = [
            models.UniqueConstraint(fields=["bill", "day"], name="one_accrual_per_bill_day"),
            models.CheckConstraint(condition=Q(base_fen__gt=0, amount_fen__gte=0), name="accrual_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.bill_id} {self.day}: {self.amount_fen}"
