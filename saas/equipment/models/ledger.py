"""设备台账 The ledger: each piece of equipment of a community, and its certificates.

Special equipment (特种设备: elevators, escalators, …) carries a registration number (使用登记证)
and must hold a valid periodic inspection (定期检验) to run (特种设备安全法 art. 40): once it lapses
the equipment turns ``inspection_overdue`` and stays there until a new certificate is recorded.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from saas.estates.models import Building, Community, Unit


class EquipmentCategory(models.TextChoices):
    ELEVATOR = "elevator", "电梯"
    ESCALATOR = "escalator", "自动扶梯"
    ACCESS_CONTROL = "access_control", "门禁"
    WATER_PUMP = "water_pump", "水泵"
    TRANSFORMER = "transformer", "变压器"
    FIRE = "fire", "消防设施"
    CCTV = "cctv", "监控"
    BOILER = "boiler", "锅炉"
    OTHER = "other", "其他"


# 特种设备 by default; a company may flag others (a pressure vessel filed as "other").
SPECIAL_CATEGORIES = frozenset({EquipmentCategory.ELEVATOR, EquipmentCategory.ESCALATOR, EquipmentCategory.BOILER})


class EquipmentStatus(models.TextChoices):
    IN_SERVICE = "in_service", "在用"
    SUSPENDED = "suspended", "停用"
    INSPECTION_OVERDUE = "inspection_overdue", "检验过期"
    OUT_OF_SERVICE = "out_of_service", "故障停运"
    SCRAPPED = "scrapped", "报废"


class Equipment(models.Model):
    community = models.ForeignKey(Community, on_delete=models.PROTECT, related_name="equipment")
    code = models.CharField("设备编号", max_length=32, help_text="小区内唯一，如 DT-3-1")
    name = models.CharField("名称", max_length=100)
    category = models.CharField("类别", max_length=20, choices=EquipmentCategory.choices)
    is_special = models.BooleanField("特种设备", default=False)
    building = models.ForeignKey(Building, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    public_area = models.CharField("公共区域", max_length=100, blank=True, help_text="如 地下车库B2、水泵房")
    brand = models.CharField("品牌", max_length=64, blank=True)
    model_number = models.CharField("型号", max_length=64, blank=True)
    serial_number = models.CharField("出厂编号", max_length=64, blank=True)
    installed_on = models.DateField("安装日期", null=True, blank=True)
    commissioned_on = models.DateField("投用日期", null=True, blank=True)
    responsible = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    vendor_name = models.CharField("维保单位", max_length=100, blank=True)
    vendor_phone = models.CharField("维保电话", max_length=20, blank=True)
    contract_number = models.CharField("维保合同号", max_length=64, blank=True)
    contract_ends_on = models.DateField("合同到期", null=True, blank=True)
    registration_number = models.CharField("使用登记证编号", max_length=64, blank=True)
    status = models.CharField(
        "状态", max_length=20, choices=EquipmentStatus.choices, default=EquipmentStatus.IN_SERVICE
    )
    status_changed_at = models.DateTimeField("状态变更时间", default=timezone.now)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["community_id", "code"]
        verbose_name = "设备"
        verbose_name_plural = "设备"
        constraints = [
            models.UniqueConstraint(fields=["community", "code"], name="equipment_code_unique_in_community"),
            models.CheckConstraint(
                condition=Q(building__isnull=False) | ~Q(public_area=""), name="equipment_has_a_place"
            ),
            models.CheckConstraint(
                condition=Q(is_special=False) | ~Q(registration_number=""), name="special_equipment_is_registered"
            ),
        ]
        indexes = [models.Index(fields=["community", "category"]), models.Index(fields=["building", "category"])]

    def __str__(self) -> str:
        return self.code

    @property
    def place(self) -> str:
        """Where, for people: ``3号楼1单元`` or ``水泵房``; needs building and unit loaded."""
        parts = [
            self.building.name if self.building_id is not None and self.building else "",
            self.unit.name if self.unit_id is not None and self.unit else "",
        ]
        building = "".join(parts)
        return " ".join(p for p in (building, self.public_area) if p)


class CertificateKind(models.TextChoices):
    REGISTRATION = "registration", "使用登记证"
    PERIODIC_INSPECTION = "periodic_inspection", "定期检验报告"
    LOAD_TEST = "load_test", "载荷试验"
    VENDOR_LICENCE = "vendor_licence", "维保单位资质"
    OPERATOR = "operator", "作业人员证"


class Certificate(models.Model):
    """证书 A certificate of one piece of equipment; a newer one of the same kind supersedes it."""

    equipment = models.ForeignKey(Equipment, on_delete=models.CASCADE, related_name="certificates")
    kind = models.CharField("类型", max_length=24, choices=CertificateKind.choices)
    number = models.CharField("证书编号", max_length=64)
    issued_on = models.DateField("发证日期")
    valid_until = models.DateField("有效期至")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["equipment_id", "kind", "-valid_until", "-id"]
        verbose_name = "设备证书"
        verbose_name_plural = "设备证书"
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__gt=models.F("issued_on")), name="certificate_valid_after_issue"
            ),
        ]
        indexes = [models.Index(fields=["equipment", "kind", "-valid_until"], name="certificate_latest")]

    def __str__(self) -> str:
        return self.number


class CertificateAlert(models.Model):
    """到期提醒 One alert of a certificate at one threshold (60, 30 or 7 days): never twice."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="alerts")
    threshold_days = models.PositiveSmallIntegerField("提前天数")
    alerted_on = models.DateField("提醒日期")

    class Meta:
        verbose_name = "证书到期提醒"
        verbose_name_plural = "证书到期提醒"
        constraints = [
            models.UniqueConstraint(fields=["certificate", "threshold_days"], name="certificate_alert_once"),
        ]

    def __str__(self) -> str:
        return f"{self.certificate_id}@{self.threshold_days}"
