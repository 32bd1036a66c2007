"""维保 Maintenance on a compliance clock, not a calendar.

A rule says how often one piece of equipment (or every piece of a category in a community) is
maintained: on fixed slots every N days, or at most N days between two completed maintenances
(elevators: 15, 特种设备安全监察条例 art. 31). Orders are generated for each due slot exactly once
(unique per rule, equipment and due date) and always go somewhere: the responsible technician on
duty, else the vendor, else the community's manager. The gap since the last completed maintenance
is measured: a warning at ``warning_days`` and a violation past ``interval_days``, each recorded
once per gap.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from saas.equipment.models.ledger import Equipment
from saas.estates.models import Community


class RuleKind(models.TextChoices):
    EVERY = "every", "固定周期"
    MAX_GAP = "max_gap", "最长间隔"


class MaintenanceRule(models.Model):
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="+")
    equipment = models.ForeignKey(
        Equipment, on_delete=models.CASCADE, null=True, blank=True, related_name="maintenance_rules"
    )
    category = models.CharField("设备类别", max_length=20, blank=True, help_text="整类设备的规则；单台设备的规则留空")
    name = models.CharField("名称", max_length=100)
    kind = models.CharField("方式", max_length=8, choices=RuleKind.choices)
    interval_days = models.PositiveSmallIntegerField("周期（天）")
    warning_days = models.PositiveSmallIntegerField("预警（天）", help_text="距上次完成达到该天数即预警")
    lead_days = models.PositiveSmallIntegerField("提前生成（天）", default=3)
    # [{"item": "曳引机检查", "required": true}, …]
    checklist = models.JSONField("检查项", default=list)
    starts_on = models.DateField("起算日期")
    min_photos = models.PositiveSmallIntegerField("现场照片（张）", default=1, help_text="完成维保至少上传的照片数")
    is_active = models.BooleanField("启用", default=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["community_id", "id"]
        verbose_name = "维保规则"
        verbose_name_plural = "维保规则"
        constraints = [
            models.CheckConstraint(
                condition=(Q(equipment__isnull=False) & Q(category="")) | (Q(equipment__isnull=True) & ~Q(category="")),
                name="maintenance_rule_equipment_or_category",
            ),
            models.CheckConstraint(
                condition=Q(interval_days__gte=1)
                & Q(warning_days__gte=1)
                & Q(warning_days__lte=models.F("interval_days")),
                name="maintenance_rule_days",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def required_items(self) -> list[str]:
        return [entry["item"] for entry in self.checklist if entry.get("required")]


class MaintenanceOrderState(models.TextChoices):
    OPEN = "open", "待维保"
    DONE = "done", "已完成"


class AssignedTo(models.TextChoices):
    STAFF = "staff", "责任技师"
    VENDOR = "vendor", "维保单位"
    MANAGER = "manager", "项目经理"


class MaintenanceOrder(models.Model):
    rule = models.ForeignKey(MaintenanceRule, on_delete=models.PROTECT, related_name="orders")
    equipment = models.ForeignKey(Equipment, on_delete=models.PROTECT, related_name="maintenance_orders")
    community = models.ForeignKey(Community, on_delete=models.PROTECT, related_name="+")
    due_on = models.DateField("应完成日期")
    state = models.CharField("状态", max_length=8, choices=MaintenanceOrderState.choices, default="open")
    assigned_to = models.CharField("派给", max_length=8, choices=AssignedTo.choices)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    vendor_name = models.CharField("维保单位", max_length=100, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    completed_on = models.DateField("完成日期", null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    checked_items = models.JSONField("已完成检查项", default=list)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    signer_name = models.CharField("签字人", max_length=64, blank=True)
    note = models.CharField("说明", max_length=500, blank=True)

    class Meta:
        ordering = ["due_on", "id"]
        verbose_name = "维保单"
        verbose_name_plural = "维保单"
        constraints = [
            models.UniqueConstraint(fields=["rule", "equipment", "due_on"], name="maintenance_order_once_per_slot"),
            models.CheckConstraint(
                condition=Q(state="open") | (Q(completed_on__isnull=False) & ~Q(signer_name="")),
                name="maintenance_order_done_is_signed",
            ),
        ]
        indexes = [
            models.Index(fields=["community", "due_on"]),
            models.Index(fields=["rule", "equipment", "state"], name="maintenance_order_by_rule"),
        ]

    def __str__(self) -> str:
        return f"{self.equipment_id}@{self.due_on}"


class MaintenancePhoto(models.Model):
    """维保照片 A photo taken when the maintenance was done; the file lives under
    ``<schema>/equipment/maintenance/<order id>/`` and is served only to whoever sees the order."""

    order = models.ForeignKey(MaintenanceOrder, on_delete=models.CASCADE, related_name="photos")
    file = models.FileField("文件", max_length=255)
    jpeg_file = models.FileField("JPEG 副本", max_length=255, blank=True, help_text="HEIC/HEIF 照片旁存的 JPEG")
    content_type = models.CharField("类型", max_length=20)
    size = models.PositiveIntegerField("字节数")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["order_id", "id"]
        verbose_name = "维保照片"
        verbose_name_plural = "维保照片"

    def __str__(self) -> str:
        return self.file.name


class GapLevel(models.TextChoices):
    WARNING = "warning", "预警"
    VIOLATION = "violation", "超期"


class MaintenanceGap(models.Model):
    """维保间隔超限 A gap since ``since_on`` (the last completed maintenance, or the rule's start)
    that reached the warning day or passed the limit; one row per gap and level."""

    rule = models.ForeignKey(MaintenanceRule, on_delete=models.CASCADE, related_name="gaps")
    equipment = models.ForeignKey(Equipment, on_delete=models.CASCADE, related_name="maintenance_gaps")
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="+")
    since_on = models.DateField("上次完成")
    level = models.CharField("级别", max_length=10, choices=GapLevel.choices)
    gap_days = models.PositiveSmallIntegerField("间隔天数")
    recorded_on = models.DateField("记录日期")

    class Meta:
        ordering = ["-recorded_on", "-id"]
        verbose_name = "维保间隔超限"
        verbose_name_plural = "维保间隔超限"
        constraints = [
            models.UniqueConstraint(fields=["rule", "equipment", "since_on", "level"], name="maintenance_gap_once"),
        ]
        indexes = [models.Index(fields=["community", "-recorded_on"])]

    def __str__(self) -> str:
        return f"{self.equipment_id} {self.level} since {self.since_on}"
