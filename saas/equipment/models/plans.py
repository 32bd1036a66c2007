"""巡检计划 Inspection plans and the rounds they generate.

A plan walks one route in one or more shifts a day (早班 08:00 for 90 minutes, 夜班 22:00 for two
hours, …) with a roster of staff who take turns. Each shift of each day is one round, generated
idempotently (unique per shift and day, like maintenance orders per rule and due date) and given to
the roster member whose turn it is. A scan on the route while a round's window is open belongs to
that round; the round's progress (checkpoints visited, abnormal, missed) is derived from its scans,
so it cannot drift from the evidence.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from saas.equipment.models.rounds import InspectionRoute
from saas.estates.models import Community


class InspectionPlan(models.Model):
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="+")
    route = models.ForeignKey(InspectionRoute, on_delete=models.PROTECT, related_name="plans")
    name = models.CharField("名称", max_length=100)
    starts_on = models.DateField("开始日期")
    is_active = models.BooleanField("启用", default=True)
    resumed_on = models.DateField(
        "恢复日期", null=True, blank=True, help_text="最近一次恢复启用的日期；暂停期间的日子不生成巡检任务"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["community_id", "name"]
        verbose_name = "巡检计划"
        verbose_name_plural = "巡检计划"
        constraints = [models.UniqueConstraint(fields=["community", "name"], name="inspection_plan_name_unique")]

    def __str__(self) -> str:
        return self.name


class PlanShift(models.Model):
    """班次 One shift of a plan: a start time (Beijing) and how long the round may take."""

    plan = models.ForeignKey(InspectionPlan, on_delete=models.CASCADE, related_name="shifts")
    position = models.PositiveSmallIntegerField("顺序")
    name = models.CharField("班次", max_length=20)
    starts_at = models.TimeField("开始时间")
    duration_minutes = models.PositiveSmallIntegerField("时长（分钟）")

    class Meta:
        ordering = ["plan_id", "position"]
        verbose_name = "巡检班次"
        verbose_name_plural = "巡检班次"
        constraints = [
            models.UniqueConstraint(fields=["plan", "position"], name="plan_shift_position_unique"),
            models.UniqueConstraint(fields=["plan", "name"], name="plan_shift_name_unique"),
            models.CheckConstraint(
                condition=Q(duration_minutes__gte=1) & Q(duration_minutes__lte=1440), name="plan_shift_duration"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plan_id} {self.name}"


class PlanMember(models.Model):
    """排班 A staff member on a plan's roster; rounds go to members in turn by position."""

    plan = models.ForeignKey(InspectionPlan, on_delete=models.CASCADE, related_name="roster")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField("顺序")

    class Meta:
        ordering = ["plan_id", "position"]
        verbose_name = "巡检排班"
        verbose_name_plural = "巡检排班"
        constraints = [
            models.UniqueConstraint(fields=["plan", "position"], name="plan_member_position_unique"),
            models.UniqueConstraint(fields=["plan", "user"], name="plan_member_once"),
        ]

    def __str__(self) -> str:
        return f"{self.plan_id}#{self.position}"


class RoundState(models.TextChoices):
    """Derived from the window and the scans (``saas.equipment.selectors.round_state``), never stored."""

    SCHEDULED = "scheduled", "未开始"
    IN_PROGRESS = "in_progress", "进行中"
    COMPLETED = "completed", "已完成"
    INCOMPLETE = "incomplete", "漏检"
    MISSED = "missed", "未巡检"


class InspectionRound(models.Model):
    """巡检任务 One shift of one day of a plan: the route to walk between ``starts_at`` and
    ``ends_at``, and who was rostered."""

    plan = models.ForeignKey(InspectionPlan, on_delete=models.CASCADE, related_name="rounds")
    shift = models.ForeignKey(PlanShift, on_delete=models.CASCADE, related_name="rounds")
    route = models.ForeignKey(InspectionRoute, on_delete=models.PROTECT, related_name="rounds")
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="+")
    day = models.DateField("日期", help_text="班次开始的日期（北京时间）")
    starts_at = models.DateTimeField("开始")
    ends_at = models.DateTimeField("结束")
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    stops_total = models.PositiveSmallIntegerField("巡检点数")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = "巡检任务"
        verbose_name_plural = "巡检任务"
        constraints = [
            models.UniqueConstraint(fields=["shift", "day"], name="inspection_round_once_per_shift_and_day"),
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="inspection_round_window"),
        ]
        indexes = [
            models.Index(fields=["route", "starts_at"], name="round_by_route_window"),
            models.Index(fields=["assignee", "starts_at"], name="round_by_assignee"),
            models.Index(fields=["community", "-starts_at"], name="round_by_community"),
        ]

    def __str__(self) -> str:
        return f"{self.plan_id}/{self.shift_id}@{self.day}"
