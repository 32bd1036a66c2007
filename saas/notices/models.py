"""公告 Announcements: written by staff for a set of houses, fixed to their recipients at publish.

A notice targets the company, or some communities, buildings, units or houses (one row of
``AnnouncementTarget`` per target, each carrying its community so scoping needs no join). Its
``state`` is what staff did (draft, published, withdrawn); ``status`` adds what time did: a
published notice is *scheduled* before ``valid_from`` and *expired* after ``valid_until``.
Published notices never change: a correction is a new notice that ``supersedes`` the old one,
which is withdrawn with a reason. ``AnnouncementRecipient`` is the snapshot taken at publish
(one row per person and house; for a staff notice one per staff account); ``AnnouncementReceipt``
records who read and acknowledged it.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from saas.estates.models import Building, Community, House, Unit
from saas.residents.models import Resident


class Category(models.TextChoices):
    ROUTINE = "routine", "日常通知"
    EMERGENCY = "emergency", "紧急通知"
    OUTAGE = "outage", "停水停电"
    FEE = "fee", "收费公示"
    STATUTORY = "statutory", "法定公示"


class Audience(models.TextChoices):
    OWNERS = "owners", "业主"
    RESIDENTS = "residents", "全体住户"
    STAFF = "staff", "员工"


class TargetLevel(models.TextChoices):
    COMPANY = "company", "全公司"
    COMMUNITIES = "communities", "小区"
    BUILDINGS = "buildings", "楼栋"
    UNITS = "units", "单元"
    HOUSES = "houses", "房屋"


class StatutoryKind(models.TextChoices):
    """北京市物业管理条例: owners'-meeting topics shown ≥ 15 days before the meeting; its decisions
    published within 3 days."""

    MEETING_TOPIC = "meeting_topic", "业主大会议题"
    MEETING_DECISION = "meeting_decision", "业主大会决定"


class State(models.TextChoices):
    DRAFT = "draft", "草稿"
    PUBLISHED = "published", "已发布"
    WITHDRAWN = "withdrawn", "已撤回"


class Status(models.TextChoices):
    """What a reader sees: ``State`` plus time."""

    DRAFT = "draft", "草稿"
    SCHEDULED = "scheduled", "定时发布"
    PUBLISHED = "published", "已发布"
    WITHDRAWN = "withdrawn", "已撤回"
    EXPIRED = "expired", "已过期"


class Announcement(models.Model):
    title = models.CharField("标题", max_length=100)
    body = models.TextField("正文", help_text="HTML, sanitised with an allow-list when saved")
    category = models.CharField("类别", max_length=16, choices=Category.choices)
    audience = models.CharField("对象", max_length=16, choices=Audience.choices)
    target_level = models.CharField("范围", max_length=16, choices=TargetLevel.choices)
    state = models.CharField("状态", max_length=16, choices=State.choices, default=State.DRAFT)
    valid_from = models.DateTimeField("生效时间", null=True, blank=True, help_text="empty: from publishing")
    valid_until = models.DateTimeField("失效时间", null=True, blank=True)
    pinned_until = models.DateTimeField("置顶至", null=True, blank=True)
    requires_acknowledgement = models.BooleanField("需确认收到", default=False)
    statutory_kind = models.CharField("法定公示类型", max_length=20, choices=StatutoryKind.choices, blank=True)
    statutory_date = models.DateField("会议或决定日期", null=True, blank=True)
    content_hash = models.CharField("内容摘要", max_length=64, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name="起草人"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    published_at = models.DateTimeField("发布时间", null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    withdrawn_at = models.DateTimeField("撤回时间", null=True, blank=True)
    withdrawal_reason = models.CharField("撤回原因", max_length=200, blank=True)
    supersedes = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="superseded_by", verbose_name="更正自"
    )

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = "公告"
        verbose_name_plural = "公告"
        indexes = [models.Index(fields=["state", "valid_from"]), models.Index(fields=["pinned_until"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_until__gt=models.F("valid_from")),
                name="announcement_valid_until_after_from",
            ),
            models.CheckConstraint(
                condition=~Q(state="published") | (Q(published_at__isnull=False) & ~Q(content_hash="")),
                name="announcement_published_has_hash",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def status_at(self, now: datetime | None = None) -> Status:
        now = now or timezone.now()
        if self.state != State.PUBLISHED:
            return Status(self.state)
        if self.valid_from is not None and self.valid_from > now:
            return Status.SCHEDULED
        if self.valid_until is not None and self.valid_until <= now:
            return Status.EXPIRED
        return Status.PUBLISHED

    def is_pinned_at(self, now: datetime | None = None) -> bool:
        return self.pinned_until is not None and self.pinned_until > (now or timezone.now())


class AnnouncementTarget(models.Model):
    """One community, building, unit or house a notice is for; ``community`` always set."""

    announcement = models.ForeignKey(Announcement, on_delete=models.CASCADE, related_name="targets")
    community = models.ForeignKey(Community, on_delete=models.PROTECT, related_name="+")
    building = models.ForeignKey(Building, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    house = models.ForeignKey(House, on_delete=models.PROTECT, null=True, blank=True, related_name="+")

    class Meta:
        verbose_name = "公告范围"
        verbose_name_plural = "公告范围"
        indexes = [models.Index(fields=["community", "announcement"])]

    def __str__(self) -> str:
        return f"{self.announcement_id}→{self.house_id or self.unit_id or self.building_id or self.community_id}"


class AnnouncementRecipient(models.Model):
    """Who a published notice reached, fixed at publish: a person in a house (owners and
    residents), or a staff account (staff notices: ``user`` set, no resident or house)."""

    # No index of their own for announcement, resident, user: the unique constraint, the
    # (resident, announcement) and the partial (user, announcement) indexes lead with them.
    announcement = models.ForeignKey(Announcement, on_delete=models.CASCADE, related_name="recipients", db_index=False)
    resident = models.ForeignKey(
        Resident, on_delete=models.PROTECT, null=True, blank=True, related_name="+", db_index=False
    )
    house = models.ForeignKey(House, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+", db_index=False
    )

    class Meta:
        verbose_name = "公告接收人"
        verbose_name_plural = "公告接收人"
        constraints = [
            models.UniqueConstraint(fields=["announcement", "resident", "house"], name="announcement_recipient_once"),
            models.UniqueConstraint(
                fields=["announcement", "user"],
                condition=Q(user__isnull=False),
                name="announcement_staff_recipient_once",
            ),
            models.CheckConstraint(
                condition=(Q(resident__isnull=False) & Q(house__isnull=False) & Q(user__isnull=True))
                | (Q(resident__isnull=True) & Q(house__isnull=True) & Q(user__isnull=False)),
                name="announcement_recipient_person_or_staff",
            ),
        ]
        indexes = [
            models.Index(fields=["resident", "announcement"]),
            models.Index(fields=["user", "announcement"], condition=Q(user__isnull=False), name="announcement_staff"),
        ]

    def __str__(self) -> str:
        if self.user_id is not None:
            return f"{self.announcement_id}→staff {self.user_id}"
        return f"{self.announcement_id}→{self.resident_id}@{self.house_id}"


class AnnouncementReceipt(models.Model):
    """已读 / 已确认: one per account and notice, whatever the houses."""

    announcement = models.ForeignKey(Announcement, on_delete=models.CASCADE, related_name="receipts")
    # No index of its own: the unique (user, announcement) leads with it.
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", db_index=False)
    read_at = models.DateTimeField(default=timezone.now)
    acknowledged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "公告回执"
        verbose_name_plural = "公告回执"
        constraints = [models.UniqueConstraint(fields=["user", "announcement"], name="announcement_receipt_once")]

    def __str__(self) -> str:
        return f"{self.announcement_id} read by {self.user_id}"
