"""巡检 Inspection rounds: checkpoints (optionally at a piece of equipment) with a place and a
radius, routes of ordered checkpoints, and scans kept as evidence.

A checkpoint's QR code carries a signed token of its id and version (``saas.equipment.tokens``);
rotating bumps the version, so an old print or a photo of it stops working. A scan keeps the
device's time, the server's time and the position, and its anomalies (outside the radius, a
skewed clock, faster than walking from the previous stop) for a supervisor. The client's scan id
is unique: a retry returns the same scan.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils import timezone

from saas.equipment.models.faults import Fault
from saas.equipment.models.ledger import Equipment
from saas.estates.models import Community


class Checkpoint(models.Model):
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="+")
    name = models.CharField("名称", max_length=100)
    equipment = models.ForeignKey(Equipment, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    latitude = models.DecimalField("纬度", max_digits=9, decimal_places=6)
    longitude = models.DecimalField("经度", max_digits=9, decimal_places=6)
    radius_m = models.PositiveSmallIntegerField("半径（米）", default=30)
    token_version = models.PositiveIntegerField("二维码版本", default=1)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["community_id", "name"]
        verbose_name = "巡检点"
        verbose_name_plural = "巡检点"
        constraints = [models.UniqueConstraint(fields=["community", "name"], name="checkpoint_name_unique")]

    def __str__(self) -> str:
        return self.name


class InspectionRoute(models.Model):
    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="+")
    name = models.CharField("名称", max_length=100)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["community_id", "name"]
        verbose_name = "巡检路线"
        verbose_name_plural = "巡检路线"
        constraints = [models.UniqueConstraint(fields=["community", "name"], name="route_name_unique")]

    def __str__(self) -> str:
        return self.name


class RouteStop(models.Model):
    route = models.ForeignKey(InspectionRoute, on_delete=models.CASCADE, related_name="stops")
    checkpoint = models.ForeignKey(Checkpoint, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField("顺序")

    class Meta:
        ordering = ["route_id", "position"]
        verbose_name = "路线站点"
        verbose_name_plural = "路线站点"
        constraints = [
            models.UniqueConstraint(fields=["route", "position"], name="route_stop_position_unique"),
            models.UniqueConstraint(fields=["route", "checkpoint"], name="route_stop_checkpoint_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.route_id}#{self.position}"


class ScanResult(models.TextChoices):
    NORMAL = "normal", "正常"
    ABNORMAL = "abnormal", "异常"


class Anomaly(models.TextChoices):
    OUTSIDE_RADIUS = "outside_radius", "不在巡检点范围内"
    CLOCK_SKEW = "clock_skew", "设备时间偏差过大"
    TOO_FAST = "too_fast", "两点间移动过快"


class CheckpointScan(models.Model):
    route = models.ForeignKey(InspectionRoute, on_delete=models.PROTECT, related_name="scans")
    checkpoint = models.ForeignKey(Checkpoint, on_delete=models.PROTECT, related_name="scans")
    community = models.ForeignKey(Community, on_delete=models.PROTECT, related_name="+")
    scanned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    client_scan_id = models.CharField("客户端扫码编号", max_length=64, unique=True)
    device_time = models.DateTimeField("设备时间")
    server_time = models.DateTimeField("服务器时间", default=timezone.now)
    latitude = models.DecimalField("纬度", max_digits=9, decimal_places=6)
    longitude = models.DecimalField("经度", max_digits=9, decimal_places=6)
    distance_m = models.PositiveIntegerField("距巡检点（米）")
    result = models.CharField("结果", max_length=8, choices=ScanResult.choices)
    note = models.CharField("说明", max_length=500, blank=True)
    anomalies = ArrayField(models.CharField(max_length=16, choices=Anomaly.choices), default=list, blank=True)
    fault = models.ForeignKey(Fault, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    # The plan's round whose window was open on this route when the scan arrived; null: an ad-hoc scan.
    round = models.ForeignKey(
        "equipment.InspectionRound", on_delete=models.SET_NULL, null=True, blank=True, related_name="scans"
    )

    class Meta:
        ordering = ["-server_time", "-id"]
        verbose_name = "巡检记录"
        verbose_name_plural = "巡检记录"
        indexes = [models.Index(fields=["scanned_by", "route", "-server_time"], name="scan_previous")]

    def __str__(self) -> str:
        return self.client_scan_id
