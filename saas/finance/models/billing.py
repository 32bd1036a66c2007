"""计费批次 billing runs: one generation of bills for a period and communities."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils import timezone


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
