"""Property resources: community (小区) → building (楼栋) → unit (单元) → house (房屋)."""

from __future__ import annotations

from decimal import Decimal

from django.db import models
from django.db.models import F, Q
from django.utils import timezone


class District(models.TextChoices):
    """北京市辖区 Beijing's districts."""

    DONGCHENG = "dongcheng", "东城区"
    XICHENG = "xicheng", "西城区"
    CHAOYANG = "chaoyang", "朝阳区"
    HAIDIAN = "haidian", "海淀区"
    FENGTAI = "fengtai", "丰台区"
    SHIJINGSHAN = "shijingshan", "石景山区"
    MENTOUGOU = "mentougou", "门头沟区"
    FANGSHAN = "fangshan", "房山区"
    TONGZHOU = "tongzhou", "通州区"
    SHUNYI = "shunyi", "顺义区"
    CHANGPING = "changping", "昌平区"
    DAXING = "daxing", "大兴区"
    HUAIROU = "huairou", "怀柔区"
    PINGGU = "pinggu", "平谷区"
    MIYUN = "miyun", "密云区"
    YANQING = "yanqing", "延庆区"


class Community(models.Model):
    """小区 A residential community the company manages."""

    name = models.CharField("名称", max_length=100, unique=True)
    address = models.CharField("地址", max_length=200)
    district = models.CharField("区", max_length=16, choices=District.choices)
    total_floor_area = models.DecimalField("总建筑面积（㎡）", max_digits=12, decimal_places=2, null=True, blank=True)
    handover_date = models.DateField("交付日期", null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "id"]
        verbose_name = "小区"
        verbose_name_plural = "小区"
        # Object permissions held per community (permissions.scoping): view_community is where a
        # staff member works, view_resident_pii where they see residents' phones and ID numbers.
        permissions = [("view_resident_pii", "查看住户完整手机号和证件号")]
        constraints = [
            models.CheckConstraint(
                condition=Q(total_floor_area__isnull=True) | Q(total_floor_area__gt=0), name="community_area_positive"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Building(models.Model):
    """楼栋 A building in a community."""

    community = models.ForeignKey(Community, on_delete=models.PROTECT, related_name="buildings")
    name = models.CharField("楼栋名称", max_length=50)
    floors_above = models.PositiveSmallIntegerField("地上层数")
    floors_below = models.PositiveSmallIntegerField("地下层数", default=0)
    elevators = models.PositiveSmallIntegerField("电梯数", default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["community_id", "name", "id"]
        verbose_name = "楼栋"
        verbose_name_plural = "楼栋"
        constraints = [
            models.UniqueConstraint(fields=["community", "name"], name="building_name_unique_in_community"),
            models.CheckConstraint(condition=Q(floors_above__gte=1), name="building_has_floors"),
        ]

    def __str__(self) -> str:
        return self.name


class Unit(models.Model):
    """单元 A stairwell/entrance of a building."""

    building = models.ForeignKey(Building, on_delete=models.PROTECT, related_name="units")
    name = models.CharField("单元名称", max_length=50)

    class Meta:
        ordering = ["building_id", "name", "id"]
        verbose_name = "单元"
        verbose_name_plural = "单元"
        constraints = [models.UniqueConstraint(fields=["building", "name"], name="unit_name_unique_in_building")]

    def __str__(self) -> str:
        return self.name


class HouseKind(models.TextChoices):
    RESIDENTIAL = "residential", "住宅"
    SHOP = "shop", "商铺"
    OFFICE = "office", "办公"
    STORAGE = "storage", "储藏室"


class HouseStatus(models.TextChoices):
    UNSOLD = "unsold", "未售"
    VACANT = "vacant", "空置"
    SELF_OCCUPIED = "self_occupied", "自住"
    RENTED = "rented", "出租"
    DECORATING = "decorating", "装修中"


# Statuses that count as occupied for the occupancy rate.
OCCUPIED_STATUSES = (HouseStatus.SELF_OCCUPIED, HouseStatus.RENTED)


class House(models.Model):
    """房屋 One house/flat/shop. Community and building are stored alongside the unit so lists filter
    and scope by community without joins; services keep them consistent with the unit."""

    community = models.ForeignKey(Community, on_delete=models.PROTECT, related_name="houses")
    building = models.ForeignKey(Building, on_delete=models.PROTECT, related_name="houses")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="houses")
    room_number = models.CharField("房号", max_length=20)
    floor = models.SmallIntegerField("楼层")
    layout = models.CharField("户型", max_length=20, blank=True, help_text="如 3室2厅1卫")
    building_area = models.DecimalField("建筑面积（㎡）", max_digits=9, decimal_places=2)
    usable_area = models.DecimalField("使用面积（㎡）", max_digits=9, decimal_places=2)
    kind = models.CharField("类型", max_length=16, choices=HouseKind.choices, default=HouseKind.RESIDENTIAL)
    status = models.CharField("状态", max_length=16, choices=HouseStatus.choices, default=HouseStatus.VACANT)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["community_id", "building_id", "unit_id", "floor", "room_number"]
        verbose_name = "房屋"
        verbose_name_plural = "房屋"
        constraints = [
            models.UniqueConstraint(fields=["unit", "room_number"], name="house_number_unique_in_unit"),
            models.CheckConstraint(condition=Q(building_area__gt=Decimal(0)), name="house_building_area_positive"),
            models.CheckConstraint(condition=Q(usable_area__gt=Decimal(0)), name="house_usable_area_positive"),
            models.CheckConstraint(
                condition=Q(usable_area__lte=F("building_area")), name="house_usable_within_building_area"
            ),
        ]
        indexes = [
            models.Index(fields=["community", "status"]),
            models.Index(fields=["building", "floor"]),
            # the default list order: a page of houses is read off the index, not sorted
            models.Index(fields=["community", "building", "unit", "floor", "room_number"], name="house_list_order"),
        ]

    def __str__(self) -> str:
        return self.room_number
