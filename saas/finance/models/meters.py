"""抄表 meter readings of a house, per period."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from saas.estates.models import House
from saas.finance.models.fee_items import MeterType


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
