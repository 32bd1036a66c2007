"""消息中心 In-app notifications: what the company tells one account, read or not yet read.

Domain apps write them (work orders today); the text is written in both languages at that moment
and the reader's language picks one, like error messages. A notification may point at the object
it is about by its GraphQL type name and primary key (``target``), without a foreign key, so the
centre depends on no domain app.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class NotificationKind(models.TextChoices):
    WORK_ORDER_ASSIGNED = "work_order_assigned", "新派工单"
    WORK_ORDER_OFFERED = "work_order_offered", "可抢工单"
    WORK_ORDER_UPDATED = "work_order_updated", "报修进度"
    WORK_ORDER_ESCALATED = "work_order_escalated", "工单超时"
    EQUIPMENT_ALERT = "equipment_alert", "设备提醒"


class Notification(models.Model):
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField("类型", max_length=32, choices=NotificationKind.choices)
    title = models.CharField("标题", max_length=100)
    body = models.CharField("内容", max_length=300)
    title_en = models.CharField("标题（英文）", max_length=100)
    body_en = models.CharField("内容（英文）", max_length=300)
    target_type = models.CharField("对象类型", max_length=40, blank=True)
    target_id = models.BigIntegerField("对象编号", null=True, blank=True)
    read_at = models.DateTimeField("已读时间", null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "通知"
        verbose_name_plural = "通知"
        indexes = [
            models.Index(fields=["recipient", "-created_at", "-id"], name="notification_inbox"),
            models.Index(fields=["recipient"], condition=models.Q(read_at__isnull=True), name="notification_unread"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_read(self) -> bool:
        return self.read_at is not None
