"""Payment orders, what providers told us about them, refunds and merchant credentials.

The app is in both SHARED_APPS and TENANT_APPS: a company's schema holds its owners' orders for
bills, the public schema holds the vendor's subscription orders. A row lives in exactly one
schema, so nothing here may point at a tenant-only table with a foreign key (the public schema
has no bills): bills, houses, communities and the ledger payment are plain id columns.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Q
from django.utils import timezone

from billing.gateways.base import Channel, PaymentState


class Provider(models.TextChoices):
    ALIPAY = "alipay", "支付宝"
    STRIPE = "stripe", "Stripe"
    SANDBOX = "sandbox", "模拟支付 · 非真实资金"


class OrderPurpose(models.TextChoices):
    BILLS = "bills", "物业费账单"
    SUBSCRIPTION = "subscription", "平台套餐订阅"
    PARKING = "parking", "车位费"  # settled by saas.parking (settlement.settler_register)


class OrderState(models.TextChoices):
    PENDING = PaymentState.PENDING.value, "待支付"
    PAID = PaymentState.PAID.value, "已支付"
    CLOSED = PaymentState.CLOSED.value, "已关闭"
    REFUNDED = "refunded", "已退款"


CHANNEL_CHOICES = [(channel.value, channel.name) for channel in Channel]


class MerchantCredentials(models.Model):
    """商户密钥 One provider's merchant credentials, encrypted at rest (``saas.core.crypto``).

    ``secrets`` is a Fernet token of a JSON object; ``hints`` keeps the last four characters of
    each field so people can tell which key is configured. Nothing reads ``secrets`` back out
    through the API."""

    provider = models.CharField("支付渠道", max_length=16, choices=Provider.choices, unique=True)
    enabled = models.BooleanField("启用", default=True)
    secrets = models.TextField("密钥（加密）")
    hints = models.JSONField("末四位", default=dict)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)
    tested_at = models.DateTimeField("最近测试", null=True, blank=True)
    test_ok = models.BooleanField("测试通过", null=True, blank=True)
    test_message = models.CharField("测试结果", max_length=200, blank=True)

    class Meta:
        verbose_name = "商户密钥"
        verbose_name_plural = "商户密钥"

    def __str__(self) -> str:
        return self.provider


class PaymentOrder(models.Model):
    """支付订单 One attempt to collect money online: bills of one house, or a company's plan.

    ``out_trade_no`` is ours and unique; ``merchant_app_id``/``merchant_seller_id`` are copied
    from the credentials when the order is made, and a notification must name the same ones."""

    out_trade_no = models.CharField("商户订单号", max_length=64, unique=True)
    provider = models.CharField("支付渠道", max_length=16, choices=Provider.choices)
    channel = models.CharField("支付方式", max_length=16, choices=CHANNEL_CHOICES)
    purpose = models.CharField("用途", max_length=16, choices=OrderPurpose.choices)
    state = models.CharField("状态", max_length=16, choices=OrderState.choices, default=OrderState.PENDING)
    amount_fen = models.BigIntegerField("金额（分）")
    currency = models.CharField("币种", max_length=3, default="CNY")
    subject = models.CharField("商品名称", max_length=128)
    # Bills (tenant schemas): plain columns, see the module docstring.
    house_id = models.BigIntegerField(null=True, blank=True)
    community_id = models.BigIntegerField(null=True, blank=True)
    bill_ids = ArrayField(models.BigIntegerField(), default=list, blank=True)
    payer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Subscriptions (public schema).
    company_id = models.BigIntegerField(null=True, blank=True)
    plan_code = models.CharField(max_length=32, blank=True)
    months = models.PositiveSmallIntegerField(null=True, blank=True)
    merchant_app_id = models.CharField(max_length=64, blank=True)
    merchant_seller_id = models.CharField(max_length=64, blank=True)
    provider_trade_no = models.CharField("渠道交易号", max_length=64, blank=True)
    checkout = models.JSONField("收银台参数", default=dict, blank=True)
    expires_at = models.DateTimeField("支付截止")
    created_at = models.DateTimeField(default=timezone.now)
    paid_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # What the money did in the ledger (tenant schemas): the finance Payment and its prepaid part.
    payment_id = models.BigIntegerField("收款记录", null=True, blank=True)
    to_prepaid_fen = models.BigIntegerField("转入预存（分）", default=0)
    refund_due = models.BooleanField("待退款", default=False)
    paid_late = models.BooleanField("关闭后到账", default=False)
    refunded_fen = models.BigIntegerField("已退款（分）", default=0)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "支付订单"
        verbose_name_plural = "支付订单"
        constraints = [
            models.CheckConstraint(condition=Q(amount_fen__gt=0), name="payment_order_amount_positive"),
            models.CheckConstraint(
                condition=Q(refunded_fen__gte=0) & Q(refunded_fen__lte=models.F("amount_fen")),
                name="payment_order_refund_within_amount",
            ),
        ]
        indexes = [
            models.Index(fields=["state", "created_at"]),
            models.Index(fields=["house_id", "created_at"]),
            models.Index(fields=["paid_at"]),
            GinIndex(fields=["bill_ids"], name="payment_order_bills"),  # "another order covers a bill"
        ]

    def __str__(self) -> str:
        return self.out_trade_no


class EventKind(models.TextChoices):
    CHECKOUT = "checkout", "创建支付"
    NOTIFICATION = "notification", "支付通知"
    QUERY = "query", "对账查询"
    CLOSE = "close", "关闭订单"
    REFUND = "refund", "退款"


class EventOutcome(models.TextChoices):
    SETTLED = "settled", "入账"
    SETTLED_LATE = "settled_late", "关闭后到账，已入账"
    ALREADY_PAID = "already_paid", "已支付，无变化"
    CLOSED = "closed", "已关闭"
    IGNORED = "ignored", "无变化"
    REFUNDED = "refunded", "已退款"
    FAILED = "failed", "失败"


class ProviderEvent(models.Model):
    """支付事件 Something that happened to an order: a provider's notification, what a
    reconciliation query found, a checkout, a close, a refund. ``(provider, event_key)`` is unique:
    a notification delivered twice is recorded once and applied once."""

    order = models.ForeignKey(PaymentOrder, on_delete=models.PROTECT, related_name="events")
    provider = models.CharField(max_length=16, choices=Provider.choices)
    event_key = models.CharField(max_length=128)
    kind = models.CharField(max_length=16, choices=EventKind.choices)
    state = models.CharField(max_length=16, blank=True)
    amount_fen = models.BigIntegerField(null=True, blank=True)
    outcome = models.CharField(max_length=16, choices=EventOutcome.choices)
    detail = models.CharField(max_length=200, blank=True)
    payload = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = "支付事件"
        verbose_name_plural = "支付事件"
        constraints = [models.UniqueConstraint(fields=["provider", "event_key"], name="provider_event_once")]

    def __str__(self) -> str:
        return f"{self.provider}:{self.event_key}"


class InboxEntry(models.Model):
    """收件箱 A verified provider notification, recorded (and committed) before it is answered and
    settled afterwards by a task: answering never waits on the ledger, and nothing answered
    ``success`` can be lost. ``(provider, event_key)`` is unique, so a repeat is recorded once;
    ``settled_at`` stays empty until the settlement committed (the sweep retries those)."""

    order = models.ForeignKey(PaymentOrder, on_delete=models.PROTECT, related_name="+")
    provider = models.CharField(max_length=16, choices=Provider.choices)
    event_key = models.CharField(max_length=128)
    state = models.CharField(max_length=16)
    amount_fen = models.BigIntegerField(null=True, blank=True)
    provider_trade_no = models.CharField(max_length=64, blank=True)
    payload = models.JSONField(default=dict, blank=True)
    occurred_at = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(default=timezone.now)
    settled_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=16, blank=True)
    attempts = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "支付通知收件箱"
        verbose_name_plural = "支付通知收件箱"
        constraints = [models.UniqueConstraint(fields=["provider", "event_key"], name="inbox_event_once")]
        indexes = [
            models.Index(fields=["received_at"], condition=Q(settled_at__isnull=True), name="inbox_unsettled"),
        ]

    def __str__(self) -> str:
        return f"{self.provider}:{self.event_key}"


class RefundState(models.TextChoices):
    PENDING = "pending", "处理中"
    SUCCEEDED = "succeeded", "已退款"
    FAILED = "failed", "失败"


class Refund(models.Model):
    """退款 Money sent back through the gateway; its ledger side is a reversal (冲正) of the
    order's payment. ``out_refund_no`` is derived from the order, so a retry after a failure
    reuses it and the provider refunds at most once."""

    order = models.ForeignKey(PaymentOrder, on_delete=models.PROTECT, related_name="refunds")
    out_refund_no = models.CharField(max_length=64, unique=True)
    amount_fen = models.BigIntegerField()
    reason = models.CharField(max_length=200)
    state = models.CharField(max_length=16, choices=RefundState.choices, default=RefundState.PENDING)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reversal_payment_id = models.BigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "退款"
        verbose_name_plural = "退款"
        constraints = [models.CheckConstraint(condition=Q(amount_fen__gt=0), name="refund_amount_positive")]

    def __str__(self) -> str:
        return self.out_refund_no


class ReconciliationReport(models.Model):
    """对账单 One day compared three ways: our orders, the ledger, and what the gateway says."""

    day = models.DateField(unique=True)
    generated_at = models.DateTimeField(default=timezone.now)
    summary = models.JSONField(default=dict)
    discrepancies = models.JSONField(default=list)

    class Meta:
        ordering = ["-day"]
        verbose_name = "对账单"
        verbose_name_plural = "对账单"

    def __str__(self) -> str:
        return str(self.day)
