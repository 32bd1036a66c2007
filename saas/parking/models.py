"""停车 Parking: areas and spaces of a community, residents' vehicles, rights on spaces, applications.

A right (产权, 租赁, 月卡, 预留) holds one space for a half-open period of days ``[start, end)``
(no end: for good). PostgreSQL refuses two reserved or active rights on one space whose periods
overlap (``EXCLUDE USING gist``): double booking is impossible whatever the Python code does, and
the services turn the violation into ``SPACE_UNAVAILABLE``. The exclusions use only PostgreSQL's
in-core range operator class (see :func:`as_point_range`), no contrib extension: the embedded
PostgreSQL of ``make demo`` (pgserver) ships none.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import BigIntegerRangeField, DateRangeField, RangeOperators
from django.db import models
from django.db.models import F, Func, Q, Value
from django.utils import timezone

from saas.estates.models import Community
from saas.residents.models import Resident


def as_point_range(field: str) -> Func:
    """``int8range(field, field, '[]')``: a foreign key as a one-point range. Two rows share the key
    exactly when their point ranges overlap, so an ``EXCLUDE USING gist`` can say "same space" with
    the in-core ``range_ops`` instead of btree_gist's ``=`` (not in every PostgreSQL build)."""
    return Func(F(field), F(field), Value("[]"), function="int8range", output_field=BigIntegerRangeField())


class AreaKind(models.TextChoices):
    ABOVE_GROUND = "above_ground", "地面"
    UNDERGROUND = "underground", "地下"


class SpaceKind(models.TextChoices):
    OWNED = "owned", "产权车位"
    RENTABLE = "rentable", "出租车位"
    TEMPORARY = "temporary", "临停车位"
    ACCESSIBLE = "accessible", "无障碍车位"
    EV_CHARGING = "ev_charging", "充电车位"


# Spaces the property company rents out (月租): the others are an owner's or the visitors' pool.
RENTABLE_KINDS = (SpaceKind.RENTABLE, SpaceKind.ACCESSIBLE, SpaceKind.EV_CHARGING)


class RightKind(models.TextChoices):
    OWNERSHIP = "ownership", "产权"
    LEASE = "lease", "租赁"
    MONTHLY = "monthly", "月卡"


class RightState(models.TextChoices):
    RESERVED = "reserved", "预留"
    ACTIVE = "active", "有效"
    CANCELLED = "cancelled", "已取消"


HOLDING_STATES = (RightState.RESERVED, RightState.ACTIVE)


class ApplicationState(models.TextChoices):
    SUBMITTED = "submitted", "待审核"
    OFFERED = "offered", "已分配待确认"
    AWAITING_PAYMENT = "awaiting_payment", "待支付"
    ACTIVE = "active", "已生效"
    REJECTED = "rejected", "已驳回"
    CANCELLED = "cancelled", "已取消"
    EXPIRED = "expired", "已过期"


# Waiting for the office or for the applicant's money: the offered space is held (reserved) in
# the last two, and lapses with the offer.
PENDING_STATES = (ApplicationState.SUBMITTED, ApplicationState.OFFERED, ApplicationState.AWAITING_PAYMENT)
OFFER_STATES = (ApplicationState.OFFERED, ApplicationState.AWAITING_PAYMENT)


def state_is_one_of(states: tuple[str, ...]) -> Q:
    """``state IN (…)`` written as ORs: PostgreSQL prints an IN list differently once a schema is
    cloned from its own definition, and clones must match the template's constraint text."""
    condition = Q()
    for state in states:
        condition |= Q(state=state)
    return condition


class ParkingArea(models.Model):
    """停车区域 A car park of a community: 地面停车场, 地下车库B1…"""

    community = models.ForeignKey(Community, on_delete=models.PROTECT, related_name="parking_areas")
    name = models.CharField("名称", max_length=64)
    kind = models.CharField("类型", max_length=16, choices=AreaKind.choices)
    capacity = models.PositiveIntegerField("车位数上限")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["community_id", "name", "id"]
        verbose_name = "停车区域"
        verbose_name_plural = "停车区域"
        constraints = [
            models.UniqueConstraint(fields=["community", "name"], name="parking_area_name_unique"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="parking_area_capacity_positive"),
        ]

    def __str__(self) -> str:
        return self.name


class ParkingSpace(models.Model):
    """车位 One space; its number is unique in its area. An owned space (产权) names its owner."""

    area = models.ForeignKey(ParkingArea, on_delete=models.PROTECT, related_name="spaces")
    community = models.ForeignKey(Community, on_delete=models.PROTECT, related_name="+")  # the area's
    number = models.CharField("编号", max_length=16)
    kind = models.CharField("类型", max_length=16, choices=SpaceKind.choices)
    owner = models.ForeignKey(
        Resident, on_delete=models.PROTECT, null=True, blank=True, related_name="owned_parking_spaces"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["area_id", "number", "id"]
        verbose_name = "车位"
        verbose_name_plural = "车位"
        constraints = [
            models.UniqueConstraint(fields=["area", "number"], name="parking_space_number_unique_in_area"),
            models.CheckConstraint(
                condition=Q(kind=SpaceKind.OWNED, owner__isnull=False) | (~Q(kind=SpaceKind.OWNED) & Q(owner=None)),
                name="parking_space_owner_iff_owned",
            ),
        ]
        indexes = [models.Index(fields=["community", "kind"])]

    def __str__(self) -> str:
        return self.number


class Vehicle(models.Model):
    """车辆 A resident's car, by its normalised mainland plate (京A12345, 京AD12345)."""

    resident = models.ForeignKey(Resident, on_delete=models.PROTECT, related_name="vehicles")
    plate = models.CharField("车牌号", max_length=10, unique=True)
    new_energy = models.BooleanField("新能源", default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["plate"]
        verbose_name = "车辆"
        verbose_name_plural = "车辆"

    def __str__(self) -> str:
        return self.plate


class ParkingApplication(models.Model):
    """车位申请 A resident asks for a space to rent month by month (owners may ask for up to 12)."""

    community = models.ForeignKey(Community, on_delete=models.PROTECT, related_name="parking_applications")
    applicant = models.ForeignKey(Resident, on_delete=models.PROTECT, related_name="parking_applications")
    vehicle = models.ForeignKey(Vehicle, on_delete=models.PROTECT, related_name="applications")
    is_owner = models.BooleanField("业主申请", help_text="申请时是否为本小区业主（北京市物业管理条例第80条：业主优先）")
    months = models.PositiveSmallIntegerField("月数")
    start = models.DateField("起租日")
    state = models.CharField(
        "状态", max_length=16, choices=ApplicationState.choices, default=ApplicationState.SUBMITTED
    )
    space = models.ForeignKey(ParkingSpace, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    right = models.OneToOneField(
        "ParkingRight", on_delete=models.PROTECT, null=True, blank=True, related_name="application"
    )
    offer_expires_at = models.DateTimeField("分配有效期至", null=True, blank=True)
    lottery = models.ForeignKey(
        "ParkingLottery", on_delete=models.PROTECT, null=True, blank=True, related_name="applications"
    )
    reason = models.CharField("驳回/取消原因", max_length=200, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField("申请时间", default=timezone.now)
    decided_at = models.DateTimeField("处理时间", null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = "车位申请"
        verbose_name_plural = "车位申请"
        constraints = [
            models.CheckConstraint(condition=Q(months__gte=1, months__lte=12), name="parking_application_months"),
            models.CheckConstraint(
                condition=Q(is_owner=True) | Q(months=1), name="parking_application_outsiders_monthly"
            ),
            # One waiting application per car (MicroCommunity's check is off by one; this is not).
            models.UniqueConstraint(
                fields=["vehicle"],
                condition=state_is_one_of(PENDING_STATES),
                name="parking_application_one_pending_per_vehicle",
            ),
        ]
        indexes = [models.Index(fields=["community", "state"])]

    def __str__(self) -> str:
        return f"{self.pk}:{self.state}"


class ParkingRight(models.Model):
    """车位权利 Who holds a space, how, for which days: ``period`` is ``[start, end)``."""

    space = models.ForeignKey(ParkingSpace, on_delete=models.PROTECT, related_name="rights")
    holder = models.ForeignKey(Resident, on_delete=models.PROTECT, related_name="parking_rights")
    vehicle = models.ForeignKey(Vehicle, on_delete=models.PROTECT, null=True, blank=True, related_name="rights")
    kind = models.CharField("类型", max_length=12, choices=RightKind.choices)
    state = models.CharField("状态", max_length=12, choices=RightState.choices)
    period = DateRangeField("期间")
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["space_id", "period", "id"]
        verbose_name = "车位权利"
        verbose_name_plural = "车位权利"
        constraints = [
            ExclusionConstraint(
                name="parking_right_no_double_booking",
                expressions=[(as_point_range("space"), RangeOperators.OVERLAPS), ("period", RangeOperators.OVERLAPS)],
                condition=state_is_one_of(HOLDING_STATES),
            ),
            models.CheckConstraint(
                condition=Q(period__isempty=False, period__lower_inf=False),
                name="parking_right_period_has_a_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.space_id}:{self.kind}:{self.period}"


class ParkingLottery(models.Model):
    """摇号 A draw among the owners waiting in a community, reproducible from its published seed:
    candidates ranked by ``sha256("<seed>:<application id>")`` ascending, the first get the spaces."""

    community = models.ForeignKey(Community, on_delete=models.PROTECT, related_name="parking_lotteries")
    seed = models.CharField("随机种子", max_length=64)
    candidates = models.JSONField("参与申请", help_text="申请编号，按编号升序")
    ranking = models.JSONField("摇号顺序", help_text="申请编号，按摇号结果排序")
    spaces = models.JSONField("车位", help_text="车位编号，按分配顺序")
    drawn_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    drawn_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-drawn_at", "-id"]
        verbose_name = "摇号"
        verbose_name_plural = "摇号"

    def __str__(self) -> str:
        return f"{self.community_id}:{self.seed}"


class ParkingTariff(models.Model):
    """临停收费标准 One version of an area's temporary-parking tariff, in force on the days of
    ``valid`` (``[from, to)``; no end: until the next version). Versions of one area never overlap
    (an exclusion constraint). By default only full units are charged (北京市机动车停车条例 art. 32(3):
    a part unit is free); charging part units is an explicit choice with its reason, kept here."""

    area = models.ForeignKey(ParkingArea, on_delete=models.PROTECT, related_name="tariffs")
    valid = DateRangeField("有效期")
    free_minutes = models.PositiveIntegerField("免费时长（分钟）")
    unit_minutes = models.PositiveIntegerField("计费单位（分钟）")
    unit_price_fen = models.PositiveIntegerField("单价（分）")
    daily_cap_fen = models.PositiveIntegerField("每24小时封顶（分）", null=True, blank=True)
    charge_part_units = models.BooleanField("不足一个单位也收费", default=False)
    override_reason = models.CharField("按不足单位收费的理由", max_length=200, blank=True)
    set_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["area_id", "valid", "id"]
        verbose_name = "临停收费标准"
        verbose_name_plural = "临停收费标准"
        constraints = [
            ExclusionConstraint(
                name="parking_tariff_no_overlap",
                expressions=[(as_point_range("area"), RangeOperators.OVERLAPS), ("valid", RangeOperators.OVERLAPS)],
            ),
            models.CheckConstraint(
                condition=Q(valid__isempty=False, valid__lower_inf=False), name="parking_tariff_valid_has_a_start"
            ),
            models.CheckConstraint(
                condition=Q(unit_minutes__gte=1, unit_minutes__lte=1440, free_minutes__lte=1440),
                name="parking_tariff_minutes",
            ),
            models.CheckConstraint(
                condition=Q(charge_part_units=False) | ~Q(override_reason=""),
                name="parking_tariff_override_has_a_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.area_id}:{self.valid}"


class ParkingSession(models.Model):
    """临停记录 One stay of a car in an area, from the gate's entry event to its exit event. A plate
    has at most one open session per area (a unique index); the fee is priced at exit by the
    tariff version in force at entry."""

    area = models.ForeignKey(ParkingArea, on_delete=models.PROTECT, related_name="sessions")
    plate = models.CharField("车牌号", max_length=10)
    vehicle = models.ForeignKey(Vehicle, on_delete=models.SET_NULL, null=True, blank=True, related_name="sessions")
    tariff = models.ForeignKey(ParkingTariff, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    entered_at = models.DateTimeField("入场时间")
    exited_at = models.DateTimeField("出场时间", null=True, blank=True)
    fee_fen = models.PositiveIntegerField("应收（分）", null=True, blank=True)
    paid_at = models.DateTimeField("缴费时间", null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-entered_at", "-id"]
        verbose_name = "临停记录"
        verbose_name_plural = "临停记录"
        constraints = [
            models.UniqueConstraint(
                fields=["area", "plate"], condition=Q(exited_at=None), name="parking_session_one_open_per_plate"
            ),
            models.CheckConstraint(
                condition=Q(exited_at=None) | Q(exited_at__gte=models.F("entered_at")),
                name="parking_session_exit_after_entry",
            ),
        ]
        indexes = [models.Index(fields=["plate", "entered_at"])]

    def __str__(self) -> str:
        return f"{self.plate}@{self.area_id}"


class PaymentKind(models.TextChoices):
    OFFER = "offer", "分配车位缴费"
    RENEWAL = "renewal", "月卡续费"
    STAY = "stay", "临停缴费"


class PaymentOutcome(models.TextChoices):
    PENDING = "pending", "待支付"
    ACTIVATED = "activated", "已生效"
    REFUND_DUE = "refund_due", "无法生效，待退款"


class ParkingPayment(models.Model):
    """车位缴费 What an online payment order (``billing.PaymentOrder``, purpose ``parking``) buys: an
    offered space's months, a monthly pass's next months, or a stay. Settled once, under the
    order's lock, by ``saas.parking.services.payments.parking_order_settle``. A right or a stay is
    activated by at most one payment (two unique indexes): money that arrives for one already
    activated, or whose space was given away meanwhile, is flagged for a refund, never lost."""

    order = models.OneToOneField("billing.PaymentOrder", on_delete=models.PROTECT, related_name="parking_payment")
    kind = models.CharField("类型", max_length=12, choices=PaymentKind.choices)
    payer = models.ForeignKey(Resident, on_delete=models.PROTECT, related_name="parking_payments")
    application = models.ForeignKey(
        ParkingApplication, on_delete=models.PROTECT, null=True, blank=True, related_name="payments"
    )
    renews = models.ForeignKey(ParkingRight, on_delete=models.PROTECT, null=True, blank=True, related_name="renewals")
    space = models.ForeignKey(ParkingSpace, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    period = DateRangeField("期间", null=True, blank=True)
    months = models.PositiveSmallIntegerField("月数", null=True, blank=True)
    right = models.ForeignKey(
        ParkingRight,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="payments",
        help_text="The right the payment made active (set when it settles).",
    )
    session = models.ForeignKey(
        ParkingSession, on_delete=models.PROTECT, null=True, blank=True, related_name="payments"
    )
    outcome = models.CharField("结果", max_length=12, choices=PaymentOutcome.choices, default=PaymentOutcome.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    settled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "车位缴费"
        verbose_name_plural = "车位缴费"
        constraints = [
            models.UniqueConstraint(
                fields=["right"], condition=Q(outcome="activated"), name="parking_payment_activates_a_right_once"
            ),
            models.UniqueConstraint(
                fields=["session"], condition=Q(outcome="activated"), name="parking_payment_pays_a_stay_once"
            ),
            models.CheckConstraint(
                condition=(Q(kind="offer") & Q(application__isnull=False))
                | (Q(kind="renewal") & Q(renews__isnull=False, period__isnull=False))
                | (Q(kind="stay") & Q(session__isnull=False)),
                name="parking_payment_names_what_it_buys",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.order_id}"
