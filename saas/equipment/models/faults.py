"""故障 A fault of one piece of equipment: reported, or found abnormal on a round. An equipment has
at most one open fault (a partial unique constraint), and that fault exactly one work order, which
goes through the work-order dispatch and SLA; when the order ends, the fault is closed."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from saas.equipment.models.ledger import Equipment
from saas.workorders.models import WorkOrder


class FaultState(models.TextChoices):
    OPEN = "open", "处理中"
    CLOSED = "closed", "已关闭"


class FaultSource(models.TextChoices):
    REPORT = "report", "报告"
    INSPECTION = "inspection", "巡检异常"


class Fault(models.Model):
    equipment = models.ForeignKey(Equipment, on_delete=models.PROTECT, related_name="faults")
    work_order = models.OneToOneField(WorkOrder, on_delete=models.PROTECT, related_name="equipment_fault")
    source = models.CharField("来源", max_length=12, choices=FaultSource.choices)
    description = models.CharField("描述", max_length=500)
    state = models.CharField("状态", max_length=8, choices=FaultState.choices, default=FaultState.OPEN)
    reports = models.PositiveIntegerField("报告次数", default=1, help_text="处理中又报告同一故障时累加")
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "设备故障"
        verbose_name_plural = "设备故障"
        constraints = [
            models.UniqueConstraint(
                fields=["equipment"], condition=Q(state="open"), name="one_open_fault_per_equipment"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.equipment_id} {self.state}"
