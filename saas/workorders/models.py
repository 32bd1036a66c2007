"""报修工单 Repair work orders: what is broken where, who fixes it, how fast, and how it went.

An order belongs to one community: at a house (reported by one of its owners or by staff) or at a
public area (staff only: a building and/or a free-text place such as "2号电梯" or "地下车库B2").
Its state moves along ``saas.workorders.states``; every move is a ``WorkOrderEvent``. Deadlines
(SLA) are fixed when it is submitted, from the company's ``SlaPolicy`` for its priority.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils import timezone

from saas.estates.models import Building, Community, House


class Category(models.TextChoices):
    PLUMBING = "plumbing", "水暖"
    ELECTRICAL = "electrical", "电路"
    ELEVATOR = "elevator", "电梯"
    ACCESS_CONTROL = "access_control", "门禁"
    DOORS_WINDOWS = "doors_windows", "门窗"
    PUBLIC_AREA = "public_area", "公共区域"
    OTHER = "other", "其他"


class Priority(models.TextChoices):
    URGENT = "urgent", "紧急"
    NORMAL = "normal", "普通"
    LOW = "low", "不急"


class State(models.TextChoices):
    SUBMITTED = "submitted", "待派单"
    ASSIGNED = "assigned", "待接单"
    ACCEPTED = "accepted", "已接单"
    ON_SITE = "on_site", "维修中"
    COMPLETED = "completed", "已完工"
    RATED = "rated", "已评价"
    CLOSED = "closed", "已关闭"
    CANCELLED = "cancelled", "已取消"
    REOPENED = "reopened", "返修"


class DispatchMode(models.TextChoices):
    ASSIGN = "assign", "客服派单"
    AUTO = "auto", "自动派单"
    GRAB = "grab", "抢单"


class Action(models.TextChoices):
    """What happened, on the timeline."""

    SUBMITTED = "submitted", "提交报修"
    ASSIGNED = "assigned", "派单"
    OFFERED = "offered", "推送抢单"
    ACCEPTED = "accepted", "接单"
    ARRIVED = "arrived", "到场"
    COMPLETED = "completed", "完工"
    RATED = "rated", "评价"
    CLOSED = "closed", "关闭"
    CANCELLED = "cancelled", "取消"
    REOPENED = "reopened", "返修"
    ESCALATED = "escalated", "超时升级"


class WorkOrder(models.Model):
    community = models.ForeignKey(Community, on_delete=models.PROTECT, related_name="work_orders")
    house = models.ForeignKey(House, on_delete=models.PROTECT, null=True, blank=True, related_name="work_orders")
    building = models.ForeignKey(Building, on_delete=models.PROTECT, null=True, blank=True, related_name="work_orders")
    location = models.CharField("位置", max_length=100, blank=True, help_text="如 2号电梯、地下车库B2、厨房")
    category = models.CharField("类别", max_length=20, choices=Category.choices)
    description = models.TextField("问题描述")
    priority = models.CharField("优先级", max_length=10, choices=Priority.choices, default=Priority.NORMAL)
    state = models.CharField("状态", max_length=12, choices=State.choices, default=State.SUBMITTED)
    contact_name = models.CharField("联系人", max_length=64, blank=True)
    contact_phone = models.CharField("联系电话", max_length=11, blank=True)
    preferred_visit_at = models.DateTimeField("期望上门时间", null=True, blank=True)
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    dispatch_mode = models.CharField("派单方式", max_length=8, choices=DispatchMode.choices)
    # SLA deadlines, fixed at submission (and again when the owner reopens the order).
    respond_by = models.DateTimeField("响应时限")
    on_site_by = models.DateTimeField("到场时限")
    complete_by = models.DateTimeField("完成时限")
    created_at = models.DateTimeField("提交时间", default=timezone.now)
    assigned_at = models.DateTimeField("派单时间", null=True, blank=True)
    accepted_at = models.DateTimeField("接单时间", null=True, blank=True)
    on_site_at = models.DateTimeField("到场时间", null=True, blank=True)
    completed_at = models.DateTimeField("完工时间", null=True, blank=True)
    closed_at = models.DateTimeField("结束时间", null=True, blank=True, help_text="评价、关闭或取消的时间")
    reopened_at = models.DateTimeField("返修时间", null=True, blank=True)
    overdue_at = models.DateTimeField("首次超时", null=True, blank=True)
    # 0: on time; 1, 2, 3: the respond, on-site, completion deadline passed and the manager was told.
    escalation_level = models.PositiveSmallIntegerField("升级级别", default=0)
    escalated_at = models.DateTimeField("升级时间", null=True, blank=True)
    rating = models.PositiveSmallIntegerField("评分", null=True, blank=True)
    rating_comment = models.CharField("评价", max_length=500, blank=True)
    rated_at = models.DateTimeField("评价时间", null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "报修工单"
        verbose_name_plural = "报修工单"
        constraints = [
            models.CheckConstraint(
                condition=Q(rating__isnull=True) | Q(rating__gte=1, rating__lte=5), name="work_order_rating_1_to_5"
            ),
            models.CheckConstraint(
                condition=Q(house__isnull=False) | ~Q(location="") | Q(building__isnull=False),
                name="work_order_has_a_place",
            ),
        ]
        indexes = [
            models.Index(fields=["community", "state"]),
            models.Index(fields=["assignee", "state"]),
            models.Index(fields=["reporter", "-created_at"]),
            models.Index(fields=["-created_at", "-id"], name="work_order_list_order"),
            models.Index(fields=["state", "escalation_level"], name="work_order_sweep"),
            # Auto dispatch ranks technicians by their latest assignment while it holds the
            # community's turn: max(assigned_at) per technician is then one index entry, not every
            # order they ever had (100 technicians with 1,000 closed orders each: a pick took 23 ms
            # without it, 3.3 ms with it; make bench NAME=dispatch, dispatch_history).
            models.Index(fields=["assignee", "assigned_at"], name="work_order_latest_assignment"),
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def number(self) -> str:
        """工单号 e.g. BX20261128-42: the submission day (Beijing) and the id."""
        return f"BX{timezone.localtime(self.created_at):%Y%m%d}-{self.pk}"

    @property
    def place(self) -> str:
        """Where, for people: ``3号楼1单元1502`` or ``3号楼 2号电梯``; needs house, its building
        and unit, and the building loaded."""
        if self.house_id is not None:
            house = self.house
            assert house is not None
            address = f"{house.building.name}{house.unit.name}{house.room_number}"
            return f"{address} {self.location}" if self.location else address
        parts = [self.building.name if self.building_id is not None and self.building else "", self.location]
        return " ".join(p for p in parts if p)


class WorkOrderEvent(models.Model):
    """时间线 One step of a work order: who did what, when, from which state to which, and why."""

    work_order = models.ForeignKey(WorkOrder, on_delete=models.CASCADE, related_name="events")
    action = models.CharField("动作", max_length=12, choices=Action.choices)
    from_state = models.CharField("原状态", max_length=12, choices=State.choices, blank=True)
    to_state = models.CharField("新状态", max_length=12, choices=State.choices)
    note = models.CharField("说明", max_length=500, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    actor_name = models.CharField("操作人", max_length=150, help_text="系统操作为“系统”")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = "工单记录"
        verbose_name_plural = "工单记录"
        indexes = [models.Index(fields=["work_order", "created_at", "id"], name="work_order_timeline")]

    def __str__(self) -> str:
        return f"{self.work_order_id} {self.action}"


class WorkOrderPhoto(models.Model):
    """现场照片 A photo the reporter attached; the file lives under ``<schema>/workorders/``."""

    work_order = models.ForeignKey(WorkOrder, on_delete=models.CASCADE, related_name="photos")
    file = models.FileField("文件", max_length=255)
    jpeg_file = models.FileField("JPEG 副本", max_length=255, blank=True, help_text="HEIC/HEIF 照片旁存的 JPEG")
    content_type = models.CharField("类型", max_length=20)
    size = models.PositiveIntegerField("字节数")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["work_order_id", "id"]
        verbose_name = "工单照片"
        verbose_name_plural = "工单照片"

    def __str__(self) -> str:
        return self.file.name


class WorkOrderOffer(models.Model):
    """抢单推送 An order pushed to one technician in grab mode; the first to accept takes it. Kept
    after that, so the others still see what became of it (and get ALREADY_TAKEN)."""

    work_order = models.ForeignKey(WorkOrder, on_delete=models.CASCADE, related_name="offers")
    technician = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "抢单推送"
        verbose_name_plural = "抢单推送"
        constraints = [
            models.UniqueConstraint(fields=["work_order", "technician"], name="work_order_offer_once"),
        ]
        indexes = [models.Index(fields=["technician", "work_order"], name="work_order_offer_by_technician")]

    def __str__(self) -> str:
        return f"{self.work_order_id}→{self.technician_id}"


class TechnicianProfile(models.Model):
    """维修技师档案 What a technician can fix and whether they are on duty. Where they work is their
    community scope (permissions); auto and grab dispatch only reach technicians on duty with the
    order's category among their skills."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="technician_profile"
    )
    skills = ArrayField(models.CharField(max_length=20, choices=Category.choices), default=list, blank=True)
    on_duty = models.BooleanField("在岗", default=False)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "维修技师档案"
        verbose_name_plural = "维修技师档案"

    def __str__(self) -> str:
        return str(self.user_id)


class CommunityDispatch(models.Model):
    """派单方式 How a community's new orders reach technicians; ``assign`` when no row exists."""

    community = models.OneToOneField(
        Community, on_delete=models.CASCADE, primary_key=True, related_name="work_order_dispatch"
    )
    mode = models.CharField("派单方式", max_length=8, choices=DispatchMode.choices, default=DispatchMode.ASSIGN)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "派单方式"
        verbose_name_plural = "派单方式"

    def __str__(self) -> str:
        return self.mode


class SlaPolicy(models.Model):
    """服务时限 The company's deadlines for one priority, in minutes from submission."""

    priority = models.CharField("优先级", max_length=10, choices=Priority.choices, unique=True)
    respond_minutes = models.PositiveIntegerField("响应（分钟）")
    on_site_minutes = models.PositiveIntegerField("到场（分钟）")
    complete_minutes = models.PositiveIntegerField("完成（分钟）")

    class Meta:
        verbose_name = "服务时限"
        verbose_name_plural = "服务时限"
        constraints = [
            models.CheckConstraint(
                condition=Q(respond_minutes__gte=1)
                & Q(respond_minutes__lte=models.F("on_site_minutes"))
                & Q(on_site_minutes__lte=models.F("complete_minutes")),
                name="sla_deadlines_in_order",
            )
        ]

    def __str__(self) -> str:
        return self.priority


class WorkOrderPolicy(models.Model):
    """报修规则 The company's rules for repairs; one row per company (tenant schema)."""

    reopen_days = models.PositiveSmallIntegerField(
        "返修期（天）", default=7, help_text="完工后业主可在此期间内要求返修；期满未评价的工单自动关闭"
    )

    class Meta:
        verbose_name = "报修规则"
        verbose_name_plural = "报修规则"

    def __str__(self) -> str:
        return "报修规则"

    @classmethod
    def current(cls) -> WorkOrderPolicy:
        policy = cls.objects.filter(pk=1).first()
        return policy if policy is not None else cls(pk=1)
