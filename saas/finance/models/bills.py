"""账单 bills and their lines; the paid, waived and late-fee columns are caches of the ledger."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from saas.estates.models import Building, Community, House
from saas.finance.models.billing import BillingRun
from saas.finance.models.fee_items import FeeItem


class BillStatus(models.TextChoices):
    UNPAID = "unpaid", "未缴"
    PARTIALLY_PAID = "partially_paid", "部分缴纳"
    PAID = "paid", "已缴清"
    WAIVED = "waived", "已减免"
    CANCELLED = "cancelled", "已作废"


OPEN_STATUSES = (BillStatus.UNPAID, BillStatus.PARTIALLY_PAID)


class Bill(models.Model):
    """账单 One house's bill for one period: a line per fee item.

    ``amount_fen`` is the principal (the lines' sum); late fees accrue beside it. Paid and waived
    amounts are split into principal (``paid_fen``, ``waived_fen``: the lines' sums) and late fee.
    """

    # No database foreign keys on the columns a billing run writes: each costs a row lock and a
    # WAL record per row (~50 µs; 20 s of a 100,000-house run). Rows are written only by the run's
    # join of existing houses, items and bills; bills and lines refuse DELETE (trigger) and the
    # ORM protects houses, communities, buildings and items with bills (docs/decisions.md).
    house = models.ForeignKey(
        House, on_delete=models.PROTECT, related_name="bills", db_constraint=False, db_index=False
    )
    # Where the house was when it was billed: plain columns for filters and reports, indexed
    # together with the period.
    community = models.ForeignKey(
        Community, on_delete=models.PROTECT, related_name="+", db_constraint=False, db_index=False
    )
    building = models.ForeignKey(
        Building, on_delete=models.PROTECT, related_name="+", db_constraint=False, db_index=False
    )
    period = models.DateField("账期")
    due_date = models.DateField("缴费截止日")
    billing_run = models.ForeignKey(
        BillingRun, on_delete=models.PROTECT, related_name="bills", db_constraint=False, db_index=False
    )
    amount_fen = models.BigIntegerField("应收（分）", default=0)
    paid_fen = models.BigIntegerField("已缴（分）", default=0)
    waived_fen = models.BigIntegerField("减免（分）", default=0)
    late_fee_fen = models.BigIntegerField("滞纳金（分）", default=0)
    late_fee_paid_fen = models.BigIntegerField("滞纳金已缴（分）", default=0)
    late_fee_waived_fen = models.BigIntegerField("滞纳金减免（分）", default=0)
    status = models.CharField("状态", max_length=16, choices=BillStatus.choices, default=BillStatus.UNPAID)
    created_at = models.DateTimeField(default=timezone.now)
    # 作废: a bill issued by mistake (nothing paid, waived or accrued on it) is cancelled, never deleted.
    cancelled_at = models.DateTimeField("作废时间", null=True, blank=True)
    cancel_reason = models.CharField("作废原因", max_length=200, blank=True, db_default="")
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+", db_constraint=False
    )

    class Meta:
        ordering = ["period", "id"]
        verbose_name = "账单"
        verbose_name_plural = "账单"
        constraints = [
            models.UniqueConstraint(fields=["house", "period"], name="one_bill_per_house_period"),
            models.CheckConstraint(condition=Q(period__day=1), name="bill_period_month_start"),
            models.CheckConstraint(
                condition=Q(paid_fen__gte=0, waived_fen__gte=0, late_fee_paid_fen__gte=0, late_fee_waived_fen__gte=0),
                name="bill_settled_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(amount_fen__gte=F("paid_fen") + F("waived_fen"))
                & Q(late_fee_fen__gte=F("late_fee_paid_fen") + F("late_fee_waived_fen")),
                name="bill_not_overpaid",
            ),
        ]
        # A house's bills come off the unique (house, period) index; lists and reports by community.
        indexes = [models.Index(fields=["community", "period"])]

    def __str__(self) -> str:
        return f"{self.house_id} {self.period:%Y-%m}"

    @property
    def total_fen(self) -> int:
        return self.amount_fen + self.late_fee_fen

    @property
    def settled_fen(self) -> int:
        return self.paid_fen + self.waived_fen + self.late_fee_paid_fen + self.late_fee_waived_fen

    @property
    def balance_fen(self) -> int:
        return self.total_fen - self.settled_fen

    @property
    def principal_balance_fen(self) -> int:
        return self.amount_fen - self.paid_fen - self.waived_fen


class BillLine(models.Model):
    """账单明细 One fee item on a bill: quantity × unit price (× months), rounded by the item's rule."""

    bill = models.ForeignKey(Bill, on_delete=models.PROTECT, related_name="lines", db_constraint=False, db_index=False)
    fee_item = models.ForeignKey(FeeItem, on_delete=models.PROTECT, related_name="+", db_constraint=False)
    description = models.CharField("说明", max_length=120)
    quantity = models.DecimalField("数量", max_digits=12, decimal_places=2)
    unit_price = models.DecimalField("单价（元）", max_digits=12, decimal_places=4)
    months = models.PositiveSmallIntegerField("月数")
    amount_fen = models.BigIntegerField("金额（分）")
    paid_fen = models.BigIntegerField("已缴（分）", default=0)
    waived_fen = models.BigIntegerField("减免（分）", default=0)
    sort_order = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["bill_id", "sort_order", "fee_item_id"]
        verbose_name = "账单明细"
        verbose_name_plural = "账单明细"
        constraints = [
            models.UniqueConstraint(fields=["bill", "fee_item"], name="one_line_per_bill_fee_item"),
            models.CheckConstraint(
                condition=Q(paid_fen__gte=0, waived_fen__gte=0, amount_fen__gte=F("paid_fen") + F("waived_fen")),
                name="bill_line_not_overpaid",
            ),
        ]

    def __str__(self) -> str:
        return self.description

    @property
    def balance_fen(self) -> int:
        return self.amount_fen - self.paid_fen - self.waived_fen
