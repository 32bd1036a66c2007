"""收款 payments and reversals (ledger rows) with their receipt numbers."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from saas.estates.models import Community, House


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
