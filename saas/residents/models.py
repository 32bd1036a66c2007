"""Residents (住户), who lives where (occupancy), and owners' requests to be bound to a house (审核)."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from saas.estates.models import House


class IdDocumentType(models.TextChoices):
    RESIDENT_ID = "resident_id", "居民身份证"
    PASSPORT = "passport", "护照"
    HK_MACAO_PERMIT = "hk_macao_permit", "港澳居民来往内地通行证"
    TAIWAN_PERMIT = "taiwan_permit", "台湾居民来往大陆通行证"
    FOREIGNER_PERMIT = "foreigner_permit", "外国人永久居留身份证"


class Gender(models.TextChoices):
    MALE = "male", "男"
    FEMALE = "female", "女"


class Resident(models.Model):
    """住户 A person known to the company. The ID number is stored encrypted with a keyed hash beside
    it for exact search; the phone keeps its last four digits in a column of their own."""

    name = models.CharField("姓名", max_length=64)
    phone = models.CharField("手机号", max_length=11, db_index=True)
    phone_last4 = models.CharField("手机尾号", max_length=4, db_index=True, editable=False)
    second_phone = models.CharField("备用电话", max_length=20, blank=True)
    id_type = models.CharField("证件类型", max_length=20, choices=IdDocumentType.choices, blank=True)
    id_number_encrypted = models.TextField("证件号（密文）", blank=True, editable=False)
    id_number_hash = models.CharField("证件号（检索摘要）", max_length=64, blank=True, db_index=True, editable=False)
    id_number_last4 = models.CharField("证件号末四位", max_length=4, blank=True, editable=False)
    gender = models.CharField("性别", max_length=8, choices=Gender.choices, blank=True)
    household_size = models.PositiveSmallIntegerField("家庭人口", default=1)
    emergency_contact_name = models.CharField("紧急联系人", max_length=64, blank=True)
    emergency_contact_phone = models.CharField("紧急联系电话", max_length=20, blank=True)
    notes = models.TextField("备注", blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="resident"
    )
    created_at = models.DateTimeField(default=timezone.now)
    anonymised_at = models.DateTimeField(
        "匿名化时间", null=True, blank=True, help_text="个人信息已按本人要求删除；财务记录以化名保留"
    )

    class Meta:
        ordering = ["name", "id"]
        verbose_name = "住户"
        verbose_name_plural = "住户"
        constraints = [
            models.CheckConstraint(
                condition=Q(household_size__gte=1, household_size__lte=20), name="resident_household_size_range"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_anonymised(self) -> bool:
        return self.anonymised_at is not None


class OccupancyRole(models.TextChoices):
    OWNER = "owner", "业主"
    TENANT = "tenant", "租户"
    FAMILY = "family", "家庭成员"


def in_force(on: object = None) -> Q:
    """Occupancies in force on ``on`` (default today): moved in, not yet moved out."""
    day = on or timezone.localdate()
    return (Q(move_out__isnull=True) | Q(move_out__gt=day)) & Q(move_in__lte=day)


class OccupancyQuerySet(models.QuerySet["Occupancy"]):
    def active(self, on: object = None) -> OccupancyQuerySet:
        return self.filter(in_force(on))


class Occupancy(models.Model):
    """入住 A resident's relation to a house over a period."""

    resident = models.ForeignKey(Resident, on_delete=models.PROTECT, related_name="occupancies")
    house = models.ForeignKey(House, on_delete=models.PROTECT, related_name="occupancies")
    role = models.CharField("身份", max_length=16, choices=OccupancyRole.choices)
    move_in = models.DateField("入住日期")
    move_out = models.DateField("迁出日期", null=True, blank=True)
    is_primary_contact = models.BooleanField("主要联系人", default=False)
    created_at = models.DateTimeField(default=timezone.now)

    objects = OccupancyQuerySet.as_manager()

    class Meta:
        ordering = ["house_id", "-is_primary_contact", "move_in", "id"]
        verbose_name = "入住记录"
        verbose_name_plural = "入住记录"
        constraints = [
            models.CheckConstraint(
                condition=Q(move_out__isnull=True) | Q(move_out__gt=F("move_in")), name="occupancy_out_after_in"
            ),
        ]
        indexes = [models.Index(fields=["house", "move_out"]), models.Index(fields=["resident", "move_out"])]

    def __str__(self) -> str:
        return f"{self.resident_id}@{self.house_id}"

    def is_active_on(self, day: date | None = None) -> bool:
        """The same rule as ``OccupancyQuerySet.active`` for one loaded row."""
        day = day or timezone.localdate()
        return self.move_in <= day and (self.move_out is None or self.move_out > day)


class ResidentPolicy(models.Model):
    """住户规则 The company's rules for residents; one row per company (tenant schema)."""

    allow_joint_owners = models.BooleanField(
        "允许多名业主共有", default=True, help_text="关闭后，一套房屋同一时间只能有一名在住业主"
    )

    class Meta:
        verbose_name = "住户规则"
        verbose_name_plural = "住户规则"

    def __str__(self) -> str:
        return "住户规则"

    @classmethod
    def current(cls) -> ResidentPolicy:
        policy, _ = cls.objects.get_or_create(pk=1)
        return policy


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", "待审核"
    APPROVED = "approved", "已通过"
    REJECTED = "rejected", "已驳回"


class RegistrationRequest(models.Model):
    """业主认证申请 An owner's request, from the owner app, to be bound to a house."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="registration_requests")
    house = models.ForeignKey(House, on_delete=models.PROTECT, related_name="registration_requests")
    role = models.CharField("申请身份", max_length=16, choices=OccupancyRole.choices, default=OccupancyRole.OWNER)
    name = models.CharField("姓名", max_length=64)
    phone = models.CharField("手机号", max_length=11)
    id_type = models.CharField("证件类型", max_length=20, choices=IdDocumentType.choices, blank=True)
    id_number_encrypted = models.TextField(blank=True, editable=False)
    id_number_last4 = models.CharField(max_length=4, blank=True, editable=False)
    move_in = models.DateField("入住日期", null=True, blank=True)
    status = models.CharField(
        "状态", max_length=16, choices=RegistrationStatus.choices, default=RegistrationStatus.PENDING
    )
    reject_reason = models.CharField("驳回原因", max_length=200, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    occupancy = models.OneToOneField(Occupancy, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "业主认证申请"
        verbose_name_plural = "业主认证申请"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "house"],
                condition=Q(status="pending"),
                name="one_pending_registration_per_user_and_house",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} → {self.house_id} ({self.status})"


class ConsentPurpose(models.TextChoices):
    """What a resident's personal information is processed for (PIPL art. 14: consent per purpose)."""

    PROPERTY_SERVICE = "property_service", "物业服务"
    FACE_ACCESS = "face_access", "人脸识别门禁"
    MARKETING = "marketing", "营销推送"
    THIRD_PARTY = "third_party", "向第三方提供"

    @property
    def is_necessary(self) -> bool:
        """Needed to perform the property-service contract (PIPL art. 13(2)); the others are optional."""
        return self is ConsentPurpose.PROPERTY_SERVICE

    @property
    def is_sensitive(self) -> bool:
        """Sensitive personal information (biometrics): a separate consent (PIPL art. 28, 29)."""
        return self is ConsentPurpose.FACE_ACCESS


class ConsentChannel(models.TextChoices):
    OWNER_APP = "owner_app", "业主App"
    STAFF = "staff", "工作人员录入"
    PAPER = "paper", "纸质签署"


class Consent(models.Model):
    """个人信息处理同意 A resident's consent to one purpose under one version of the privacy notice.

    Withdrawing keeps the row (with ``withdrawn_at``): the record of what was agreed when is itself
    what the company must be able to show. At most one consent per purpose is in force at a time.
    """

    resident = models.ForeignKey(Resident, on_delete=models.PROTECT, related_name="consents")
    purpose = models.CharField("目的", max_length=32, choices=ConsentPurpose.choices)
    notice_version = models.CharField("告知书版本", max_length=32)
    channel = models.CharField("方式", max_length=16, choices=ConsentChannel.choices)
    granted_at = models.DateTimeField("同意时间", default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_at = models.DateTimeField("撤回时间", null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-granted_at", "-id"]
        verbose_name = "个人信息处理同意"
        verbose_name_plural = "个人信息处理同意"
        constraints = [
            models.UniqueConstraint(
                fields=["resident", "purpose"],
                condition=Q(withdrawn_at__isnull=True),
                name="one_active_consent_per_resident_and_purpose",
            ),
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True) | Q(withdrawn_at__gte=F("granted_at")),
                name="consent_withdrawn_after_granted",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.resident_id}:{self.purpose}"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None


class SmsPurpose(models.TextChoices):
    SIGN_UP = "sign_up", "注册"
    LOG_IN = "log_in", "登录"


class SmsCode(models.Model):
    """短信验证码 A one-time code sent to a phone; only its keyed hash is stored."""

    phone = models.CharField(max_length=11, db_index=True)
    purpose = models.CharField(max_length=16, choices=SmsPurpose.choices)
    code_hash = models.CharField(max_length=64)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["phone", "purpose", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.purpose}:{self.phone[-4:]}"
