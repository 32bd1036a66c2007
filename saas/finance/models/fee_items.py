"""收费项目 fee items: what a company charges, how it is computed and rounded."""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from saas.estates.models import Building, Community, HouseKind


class FeeKind(models.TextChoices):
    AREA = "area", "按面积"  # unit price per m² of building area per month
    FIXED = "fixed", "固定金额"  # per house per month
    METERED = "metered", "按读数"  # per unit consumed (water, electricity, heating)
    PARKING = "parking", "车位"  # per company space rented per month (saas.parking.prices)


class MeterType(models.TextChoices):
    WATER = "water", "水表"
    ELECTRICITY = "electricity", "电表"
    GAS = "gas", "燃气表"
    HEATING = "heating", "热表"


class BillingCycle(models.IntegerChoices):
    """Months a bill covers; cycles are anchored at January (quarters start Jan/Apr/Jul/Oct)."""

    MONTHLY = 1, "月度"
    QUARTERLY = 3, "季度"
    YEARLY = 12, "年度"


class RoundingMode(models.TextChoices):
    HALF_UP = "half_up", "四舍五入"
    DOWN = "down", "抹零"
    UP = "up", "进位"


class RoundingUnit(models.IntegerChoices):
    """The step amounts are rounded to, in fen."""

    FEN = 1, "分"
    JIAO = 10, "角"
    YUAN = 100, "元"


class FeeItem(models.Model):
    """收费项目 A fee the company charges, e.g. 物业费 2.80 元/㎡/月."""

    name = models.CharField("名称", max_length=50, unique=True)
    kind = models.CharField("计费方式", max_length=16, choices=FeeKind.choices)
    meter_type = models.CharField("表类型", max_length=16, choices=MeterType.choices, blank=True)
    unit_price = models.DecimalField("单价（元）", max_digits=12, decimal_places=4)
    cycle_months = models.PositiveSmallIntegerField("计费周期", choices=BillingCycle.choices)
    rounding_mode = models.CharField(
        "取整方式", max_length=16, choices=RoundingMode.choices, default=RoundingMode.HALF_UP
    )
    rounding_unit = models.PositiveSmallIntegerField("取整单位", choices=RoundingUnit.choices, default=RoundingUnit.FEN)
    communities = models.ManyToManyField(Community, related_name="+", verbose_name="适用小区")
    buildings = models.ManyToManyField(Building, related_name="+", blank=True, verbose_name="限定楼栋")
    house_kinds = ArrayField(
        models.CharField(max_length=16, choices=HouseKind.choices),
        default=list,
        blank=True,
        verbose_name="限定房屋类型",
    )
    effective_from = models.DateField("生效月份")
    effective_to = models.DateField("截止月份", null=True, blank=True)
    sort_order = models.PositiveSmallIntegerField("排序", default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = "收费项目"
        verbose_name_plural = "收费项目"
        constraints = [
            models.CheckConstraint(condition=Q(unit_price__gte=0), name="fee_item_price_not_negative"),
            models.CheckConstraint(
                condition=Q(kind="metered", meter_type__gt="") | (~Q(kind="metered") & Q(meter_type="")),
                name="fee_item_meter_type_iff_metered",
            ),
            models.CheckConstraint(
                condition=Q(effective_to__isnull=True) | Q(effective_to__gte=F("effective_from")),
                name="fee_item_effective_range",
            ),
            models.CheckConstraint(condition=Q(effective_from__day=1), name="fee_item_from_month_start"),
            models.CheckConstraint(
                condition=Q(effective_to__isnull=True) | Q(effective_to__day=1), name="fee_item_to_month_start"
            ),
        ]

    def __str__(self) -> str:
        return self.name
