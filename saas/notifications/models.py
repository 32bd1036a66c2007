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
    ANNOUNCEMENT = "announcement", "新公告"
    BILL_ISSUED = "bill_issued", "新账单"
    PAYMENT_RECEIVED = "payment_received", "缴费成功"
    REGISTRATION_REVIEWED = "registration_reviewed", "认证结果"
    REGISTRATION_SUBMITTED = "registration_submitted", "新认证申请"


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


# --- messages outside the app: SMS and WeChat through an outbox ---------------------------------


class Channel(models.TextChoices):
    SMS = "sms", "短信"
    WECHAT_TEMPLATE = "wechat_template", "公众号模板消息"
    WECHAT_SUBSCRIBE = "wechat_subscribe", "小程序订阅消息"


class ReachChannel(models.TextChoices):
    """Every way a person is told: in the app, and the outbox's channels (for reach counts)."""

    IN_APP = "in_app", "站内消息"
    SMS = Channel.SMS.value, Channel.SMS.label
    WECHAT_TEMPLATE = Channel.WECHAT_TEMPLATE.value, Channel.WECHAT_TEMPLATE.label
    WECHAT_SUBSCRIBE = Channel.WECHAT_SUBSCRIBE.value, Channel.WECHAT_SUBSCRIBE.label


class Provider(models.TextChoices):
    """Who carries a channel for a company; one enabled provider per channel."""

    ALIYUN_SMS = "aliyun_sms", "阿里云短信"
    TENCENT_SMS = "tencent_sms", "腾讯云短信"
    CONSOLE_SMS = "console_sms", "演示短信（只记日志，不发送）"
    WECHAT_OFFICIAL = "wechat_official", "微信公众号"
    WECHAT_MINI = "wechat_mini", "微信小程序"


PROVIDER_CHANNEL: dict[str, str] = {
    Provider.ALIYUN_SMS: Channel.SMS,
    Provider.TENCENT_SMS: Channel.SMS,
    Provider.CONSOLE_SMS: Channel.SMS,
    Provider.WECHAT_OFFICIAL: Channel.WECHAT_TEMPLATE,
    Provider.WECHAT_MINI: Channel.WECHAT_SUBSCRIBE,
}


class MessageCategory(models.TextChoices):
    """What a person chooses channels for (in-app messages always arrive)."""

    NOTICE = "notice", "公告"
    BILLING = "billing", "账单与缴费"
    REGISTRATION = "registration", "住户认证"
    REPAIR = "repair", "报修进度"


class ChannelAccount(models.Model):
    """消息渠道 One provider's account for this company: credentials encrypted at rest
    (``saas.core.crypto``, like merchant keys, never read back out), the SMS signature, the
    template ids per message kind and, for SMS, a daily budget."""

    provider = models.CharField("服务商", max_length=20, choices=Provider.choices, unique=True)
    channel = models.CharField("渠道", max_length=20, choices=Channel.choices)
    enabled = models.BooleanField("启用", default=True)
    secrets = models.TextField("密钥（加密）", blank=True)
    hints = models.JSONField("末四位", default=dict, blank=True)
    sign_name = models.CharField("短信签名", max_length=40, blank=True)
    templates = models.JSONField("模板", default=dict, blank=True, help_text="message kind → template id (and fields)")
    daily_budget = models.PositiveIntegerField("每日短信上限", null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "消息渠道"
        verbose_name_plural = "消息渠道"
        constraints = [
            models.UniqueConstraint(
                fields=["channel"], condition=models.Q(enabled=True), name="channel_account_one_enabled"
            )
        ]

    def __str__(self) -> str:
        return self.provider


class ChannelPreference(models.Model):
    """A person's choice for one category on one channel; no row means allowed."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    category = models.CharField("类别", max_length=20, choices=MessageCategory.choices)
    channel = models.CharField("渠道", max_length=20, choices=Channel.choices)
    enabled = models.BooleanField("接收", default=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "接收偏好"
        verbose_name_plural = "接收偏好"
        constraints = [models.UniqueConstraint(fields=["user", "category", "channel"], name="channel_preference_once")]

    def __str__(self) -> str:
        return f"{self.user_id}:{self.category}:{self.channel}={self.enabled}"


class WechatBinding(models.Model):
    """微信绑定 An account's openid in the company's official account or mini program."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    channel = models.CharField("渠道", max_length=20, choices=Channel.choices)
    openid = models.CharField(max_length=64)
    bound_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "微信绑定"
        verbose_name_plural = "微信绑定"
        constraints = [
            models.UniqueConstraint(fields=["user", "channel"], name="wechat_binding_one_per_channel"),
            models.UniqueConstraint(fields=["channel", "openid"], name="wechat_binding_openid_once"),
            models.CheckConstraint(condition=~models.Q(channel="sms"), name="wechat_binding_not_sms"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}:{self.channel}"


class OutboxState(models.TextChoices):
    PENDING = "pending", "待发送"
    SENDING = "sending", "发送中"
    SENT = "sent", "已发送"
    FAILED = "failed", "发送失败"
    CANCELLED = "cancelled", "已取消"  # what it was about was withdrawn before it went out


class OutboxMessage(models.Model):
    """出站消息 One message to one person on one channel, written in the transaction of the event
    that causes it. ``dedupe_key`` is unique (the same event never yields two rows for one person
    and channel) and goes to the provider as its idempotency / out id. Workers claim rows with
    ``FOR UPDATE SKIP LOCKED`` and hold them for a lease; a row left ``sending`` past its lease
    belonged to a worker that died mid-send and is checked with the provider before a resend."""

    dedupe_key = models.CharField("去重键", max_length=64, unique=True)
    channel = models.CharField("渠道", max_length=20, choices=Channel.choices)
    template = models.CharField("消息类型", max_length=32)
    category = models.CharField("类别", max_length=20, choices=MessageCategory.choices)
    urgent = models.BooleanField("紧急", default=False, help_text="no quiet hours, no budget, SMS fallback")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resident_id = models.BigIntegerField("住户", null=True, blank=True)
    community_id = models.BigIntegerField(
        "小区", null=True, blank=True, help_text="whose staff see it in the outbox; empty: the admin only"
    )
    address = models.CharField("手机号或 openid", max_length=64)
    phone = models.CharField("手机号", max_length=20, blank=True, help_text="for an emergency's SMS fallback")
    params = models.JSONField("参数", default=dict)
    text = models.CharField("正文", max_length=500)
    target_type = models.CharField("对象类型", max_length=40, blank=True)
    target_id = models.BigIntegerField("对象编号", null=True, blank=True)
    fallback_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name="补发自"
    )
    state = models.CharField("状态", max_length=10, choices=OutboxState.choices, default=OutboxState.PENDING)
    attempts = models.PositiveSmallIntegerField("尝试次数", default=0)
    sms_counted_on = models.DateField(
        "计入短信额度日期", null=True, blank=True, help_text="counted once per day, not per attempt"
    )
    available_at = models.DateTimeField("可发送时间", default=timezone.now)
    lease_until = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=64, blank=True)
    provider = models.CharField("服务商", max_length=20, blank=True)
    provider_message_id = models.CharField("服务商消息号", max_length=64, blank=True)
    error_code = models.CharField("错误码", max_length=64, blank=True)
    error_message = models.CharField("错误信息", max_length=200, blank=True)
    permanent_failure = models.BooleanField("不可重试", default=False)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField("发送时间", null=True, blank=True)
    failed_at = models.DateTimeField("失败时间", null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "出站消息"
        verbose_name_plural = "出站消息"
        indexes = [
            models.Index(
                fields=["available_at"],
                # ORs, not IN: a schema clone replays the template's index text, and PostgreSQL
                # prints a re-parsed IN list differently (tests/tenants compares the two).
                condition=models.Q(state="pending") | models.Q(state="sending"),
                name="outbox_due",
            ),
            models.Index(fields=["-failed_at", "-id"], condition=models.Q(state="failed"), name="outbox_failed"),
            models.Index(fields=["target_type", "target_id"], name="outbox_target"),
            models.Index(fields=["community_id", "-created_at"], name="outbox_community"),
        ]

    def __str__(self) -> str:
        return self.dedupe_key


class SmsDailyUsage(models.Model):
    """SMS sent per Beijing day, counted under a row lock so the budget holds across workers."""

    day = models.DateField(unique=True)
    sent = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "短信用量"
        verbose_name_plural = "短信用量"

    def __str__(self) -> str:
        return f"{self.day}: {self.sent}"
