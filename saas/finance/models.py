"""Fees (收费): fee items, meter readings, billing runs, bills and their lines, and the ledger.

Money is integer fen (``*_fen`` columns, ``BigIntegerField``); prices are yuan per unit with four
decimals. The ledger — payments, allocations, prepaid entries and late-fee accruals —
is insert-only (database triggers refuse UPDATE and DELETE): corrections are new rows. The paid,
waived and late-fee columns of bills and lines are caches the services keep in the same
transaction as the ledger rows they summarise; a test recomputes them from the ledger.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from saas.estates.models import Building, Community, House, HouseKind


class FeeKind(models.TextChoices):
    AREA = "area", "按面积"  # unit price per m² of building area per month
    FIXED = "fixed", "固定金额"  # per house per month
    METERED = "metered", "按读数"  # per unit consumed (water, electricity, heating)
    PARKING = "parking", "车位"  # per space per month; spaces arrive with the parking module


class MeterType(models.TextChoices):
    WATER = "water", "水表"
    ELECTRICITY = "electricity", "电表"
    GAS = "gas", "燃气表"
    HEATING = "heating", "热表"


class BillingCycle(models.IntegerChoices):
    """Months a bill covers; cycles are anchored at January (quarters start Jan/Apr/Jul/Oct)."""

    MONTHLY = 1, "月度"
    QUARTERLY = 3, "季度"
    YEARLY = 12, "年度"


class RoundingMode(models.TextChoices):
    HALF_UP = "half_up", "四舍五入"
    DOWN = "down", "抹零"
    UP = "up", "进位"


class RoundingUnit(models.IntegerChoices):
    """The step amounts are rounded to, in fen."""

    FEN = 1, "分"
    JIAO = 10, "角"
    YUAN = 100, "元"


class FeeItem(models.Model):
    """收费项目 A fee the company charges, e.g. 物业费 2.80 元/㎡/月."""

    name = models.CharField("名称", max_length=50, unique=True)
    kind = models.CharField("计费方式", max_length=16, choices=FeeKind.choices)
    meter_type = models.CharField("表类型", max_length=16, choices=MeterType.choices, blank=True)
    unit_price = models.DecimalField("单价（元）", max_digits=12, decimal_places=4)
    cycle_months = models.PositiveSmallIntegerField("计费周期", choices=BillingCycle.choices)
    rounding_mode = models.CharField(
        "取整方式", max_length=16, choices=RoundingMode.choices, default=RoundingMode.HALF_UP
    )
    rounding_unit = models.PositiveSmallIntegerField("取整单位", choices=RoundingUnit.choices, default=RoundingUnit.FEN)
    communities = models.ManyToManyField(Community, related_name="+", verbose_name="适用小区")
    buildings = models.ManyToManyField(Building, related_name="+", blank=True, verbose_name="限定楼栋")
    house_kinds = ArrayField(
        models.CharField(max_length=16, choices=HouseKind.choices),
        default=list,
        blank=True,
        verbose_name="限定房屋类型",
    )
    effective_from = models.DateField("生效月份")
    effective_to = models.DateField("截止月份", null=True, blank=True)
    sort_order = models.PositiveSmallIntegerField("排序", default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = "收费项目"
        verbose_name_plural = "收费项目"
        constraints = [
            models.CheckConstraint(condition=Q(unit_price__gte=0), name="fee_item_price_not_negative"),
            models.CheckConstraint(
                condition=Q(kind="metered", meter_type__gt="") | (~Q(kind="metered") & Q(meter_type="")),
                name="fee_item_meter_type_iff_metered",
            ),
            models.CheckConstraint(
                condition=Q(effective_to__isnull=True) | Q(effective_to__gte=F("effective_from")),
                name="fee_item_effective_range",
            ),
            models.CheckConstraint(condition=Q(effective_from__day=1), name="fee_item_from_month_start"),
            models.CheckConstraint(
                condition=Q(effective_to__isnull=True) | Q(effective_to__day=1), name="fee_item_to_month_start"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class MeterReading(models.Model):
    """抄表 One reading of a house's meter for a billing period; its consumption is what the
    period's metered line charges."""

    house = models.ForeignKey(House, on_delete=models.PROTECT, related_name="meter_readings")
    meter_type = models.CharField("表类型", max_length=16, choices=MeterType.choices)
    period = models.DateField("账期")
    reading = models.DecimalField("读数", max_digits=12, decimal_places=2)
    previous_reading = models.DecimalField("上次读数", max_digits=12, decimal_places=2, null=True, blank=True)
    consumption = models.DecimalField("用量", max_digits=12, decimal_places=2)
    is_replacement = models.BooleanField("换表", default=False)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["house_id", "meter_type", "-period"]
        verbose_name = "抄表记录"
        verbose_name_plural = "抄表记录"
        constraints = [
            models.UniqueConstraint(fields=["house", "meter_type", "period"], name="one_reading_per_meter_period"),
            models.CheckConstraint(condition=Q(period__day=1), name="reading_period_month_start"),
            models.CheckConstraint(condition=Q(reading__gte=0, consumption__gte=0), name="reading_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.house_id} {self.meter_type} {self.period:%Y-%m}: {self.reading}"


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


class BillingRun(models.Model):
    """生成账单 One billing run and what it created."""

    period = models.DateField("账期")
    community_ids = ArrayField(models.BigIntegerField(), verbose_name="小区")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    bills_created = models.PositiveIntegerField(default=0)
    lines_created = models.PositiveIntegerField(default=0)
    amount_fen = models.BigIntegerField("新增金额（分）", default=0)
    houses_settled = models.PositiveIntegerField("预存抵扣户数", default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "账单生成记录"
        verbose_name_plural = "账单生成记录"

    def __str__(self) -> str:
        return f"{self.period:%Y-%m} #{self.pk}"


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


class PaymentMethod(models.TextChoices):
    CASH = "cash", "现金"
    BANK_TRANSFER = "bank_transfer", "银行转账"
    POS = "pos", "POS 刷卡"
    CHEQUE = "cheque", "支票"
    # Online: booked by the payment layer (billing/) when the provider's notification settles an
    # order, never by a cashier.
    ALIPAY = "alipay", "支付宝（线上）"
    STRIPE = "stripe", "银行卡（Stripe，线上）"
    SANDBOX = "sandbox", "模拟支付（非真实资金）"


ONLINE_PAYMENT_METHODS = (PaymentMethod.ALIPAY, PaymentMethod.STRIPE, PaymentMethod.SANDBOX)


class Payment(models.Model):
    """收款 Money received for a house (or, with ``reversal_of``, its reversal 冲正: the negative
    amount). Each carries the company's next receipt number. Insert-only."""

    house = models.ForeignKey(House, on_delete=models.PROTECT, related_name="payments")
    community = models.ForeignKey(Community, on_delete=models.PROTECT, related_name="+")
    amount_fen = models.BigIntegerField("金额（分）")
    method = models.CharField("收款方式", max_length=16, choices=PaymentMethod.choices)
    received_at = models.DateTimeField("收款时间", default=timezone.now)
    # Null for money that came in online (no cashier took it); a reversal names who did it.
    cashier = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    payer_name = models.CharField("缴款人", max_length=64, blank=True)
    reference = models.CharField("凭证号", max_length=64, blank=True)
    receipt_no = models.PositiveBigIntegerField("收据号", unique=True)
    reversal_of = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="reversal", verbose_name="冲正原收款"
    )
    reason = models.CharField("冲正原因", max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = "收款"
        verbose_name_plural = "收款"
        constraints = [
            models.CheckConstraint(
                condition=Q(reversal_of__isnull=True, amount_fen__gt=0)
                | Q(reversal_of__isnull=False, amount_fen__lt=0, reason__gt=""),
                name="payment_sign_and_reversal",
            ),
            models.CheckConstraint(
                # ORs, not an IN list: the cloned schema's constraint text must equal the template's.
                condition=Q(cashier__isnull=False)
                | Q(method=PaymentMethod.ALIPAY)
                | Q(method=PaymentMethod.STRIPE)
                | Q(method=PaymentMethod.SANDBOX),
                name="payment_cashier_unless_online",
            ),
        ]
        indexes = [models.Index(fields=["house", "received_at"]), models.Index(fields=["received_at"])]

    def __str__(self) -> str:
        return f"No.{self.receipt_no}"


class ReceiptCounter(models.Model):
    """The company's last receipt number; its one row is locked by each payment's transaction, so
    numbers are handed out in commit order and a rolled-back payment gives its number back."""

    last_no = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "收据号"
        verbose_name_plural = "收据号"

    def __str__(self) -> str:
        return f"No.{self.last_no}"


class PrepaidKind(models.TextChoices):
    DEPOSIT = "deposit", "预存"
    SETTLE = "settle", "抵扣账单"
    REVERSAL = "reversal", "冲正"
    REFUND = "refund", "退款"


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
                | ((Q(kind="settle") | Q(kind="refund")) & Q(amount_fen__lt=0)),
                name="prepaid_entry_sign",
            )
        ]
        indexes = [models.Index(fields=["house", "created_at"])]

    def __str__(self) -> str:
        return f"{self.house_id} {self.kind} {self.amount_fen}"


class WaiverStatus(models.TextChoices):
    PENDING = "pending", "待审批"
    APPROVED = "approved", "已批准"
    REJECTED = "rejected", "已驳回"


class Waiver(models.Model):
    """减免 A request to waive part of a bill: one person asks with a reason, another decides."""

    bill = models.ForeignKey(Bill, on_delete=models.PROTECT, related_name="waivers")
    amount_fen = models.BigIntegerField("金额（分）")
    reason = models.CharField("原因", max_length=200)
    status = models.CharField("状态", max_length=16, choices=WaiverStatus.choices, default=WaiverStatus.PENDING)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.CharField("审批意见", max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "减免申请"
        verbose_name_plural = "减免申请"
        constraints = [
            models.CheckConstraint(condition=Q(amount_fen__gt=0), name="waiver_amount_positive"),
            models.CheckConstraint(
                condition=Q(status="pending") | ~Q(decided_by=F("requested_by")), name="waiver_four_eyes"
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.bill_id} −{self.amount_fen} ({self.status})"


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
