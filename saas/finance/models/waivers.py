"""减免 waivers: asked by one person, decided by another."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from saas.finance.models.bills import Bill


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
