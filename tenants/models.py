"""The vendor's side of the world, in the public schema: companies, their hosts, plans, demos."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models, transaction
from django.utils import timezone
from django_tenants.models import DomainMixin, TenantMixin


class Plan(models.Model):
    """套餐 A subscription plan a company can be on."""

    code = models.SlugField("代码", max_length=32, unique=True)
    name = models.CharField("名称", max_length=64)
    name_en = models.CharField("English name", max_length=64)
    monthly_price_fen = models.PositiveIntegerField("月费（分）")
    max_houses = models.PositiveIntegerField("房屋上限", null=True, blank=True, help_text="空表示不限")
    description = models.TextField("说明", blank=True)
    is_public = models.BooleanField("公开展示", default=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "id"]
        verbose_name = "套餐"
        verbose_name_plural = "套餐"

    def __str__(self) -> str:
        return self.name


class CompanyStatus(models.TextChoices):
    TEMPLATE = "template", "模板"
    SPARE = "spare", "备用"
    TRIAL = "trial", "试用"
    PAID = "paid", "付费"


class CompanyQuerySet(models.QuerySet["Company"]):
    def customers(self) -> CompanyQuerySet:
        """Companies that signed up or were onboarded: not the template, not warm spares."""
        return self.filter(status__in=[CompanyStatus.TRIAL, CompanyStatus.PAID])


class Company(TenantMixin):
    """物业公司 A property-management company: one tenant, one PostgreSQL schema."""

    name = models.CharField("公司名称", max_length=100, blank=True)
    status = models.CharField("状态", max_length=16, choices=CompanyStatus.choices, default=CompanyStatus.SPARE)
    plan = models.ForeignKey(Plan, verbose_name="套餐", null=True, blank=True, on_delete=models.PROTECT)
    trial_ends_at = models.DateTimeField("试用截止", null=True, blank=True)
    paid_until = models.DateField("付费截止", null=True, blank=True)
    suspended_at = models.DateTimeField("停用时间", null=True, blank=True)
    suspension_reason = models.CharField("停用原因", max_length=200, blank=True)
    contact_name = models.CharField("联系人", max_length=64, blank=True)
    contact_phone = models.CharField("联系电话", max_length=11, blank=True)
    contact_email = models.EmailField("联系邮箱", blank=True)
    city = models.CharField("城市", max_length=32, blank=True)
    houses_managed = models.PositiveIntegerField("在管房屋数", null=True, blank=True)
    created_at = models.DateTimeField("创建时间", default=timezone.now)
    activated_at = models.DateTimeField("开通时间", null=True, blank=True)
    # CORS: the company's own apps (owner app, staff app) on origins of their own, set by its admin.
    cors_origins = ArrayField(models.CharField(max_length=255), verbose_name="允许的跨域来源", default=list, blank=True)

    objects = CompanyQuerySet.as_manager()

    # Provisioning creates schemas itself (claiming a spare or cloning the template); a plain
    # save never runs the migration history.
    auto_create_schema = False

    class Meta:
        verbose_name = "物业公司"
        verbose_name_plural = "物业公司"
        indexes = [models.Index(fields=["status"])]

    def __str__(self) -> str:
        return self.name or self.schema_name

    @property
    def is_suspended(self) -> bool:
        return self.suspended_at is not None

    @property
    def is_trial_expired(self) -> bool:
        return (
            self.status == CompanyStatus.TRIAL
            and self.trial_ends_at is not None
            and self.trial_ends_at <= timezone.now()
        )

    def save(self, *args: object, **kwargs: object) -> None:
        super().save(*args, **kwargs)  # type: ignore[arg-type]
        transaction.on_commit(lambda: _forget_hosts_of(self.pk))


class Domain(DomainMixin):
    """域名 A host name routed to a company: ``<slug>.<BASE_DOMAIN>`` or a custom domain."""

    class Meta:
        verbose_name = "域名"
        verbose_name_plural = "域名"

    def save(self, *args: object, **kwargs: object) -> None:
        previous = Domain.objects.filter(pk=self.pk).values_list("domain", flat=True).first() if self.pk else None
        super().save(*args, **kwargs)  # type: ignore[arg-type]
        hosts = {host for host in (self.domain, previous) if host}
        transaction.on_commit(lambda: _forget_hosts(hosts))

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        host = self.domain
        result = super().delete(*args, **kwargs)  # type: ignore[arg-type]
        transaction.on_commit(lambda: _forget_hosts({host}))
        return result


class DemoBookingStatus(models.TextChoices):
    REQUESTED = "requested", "待安排"
    SCHEDULED = "scheduled", "已安排"
    DONE = "done", "已完成"
    CANCELLED = "cancelled", "已取消"


class DemoBooking(models.Model):
    """演示预约 A prospect's request for a product demo."""

    company_name = models.CharField("公司名称", max_length=100)
    contact_name = models.CharField("联系人", max_length=64)
    phone = models.CharField("手机号", max_length=11)
    email = models.EmailField("邮箱", blank=True)
    preferred_time = models.DateTimeField("期望时间")
    city = models.CharField("城市", max_length=32)
    houses_managed = models.PositiveIntegerField("在管房屋数", null=True, blank=True)
    notes = models.TextField("备注", blank=True)
    status = models.CharField(
        "状态", max_length=16, choices=DemoBookingStatus.choices, default=DemoBookingStatus.REQUESTED
    )
    scheduled_at = models.DateTimeField("演示时间", null=True, blank=True)
    presenter = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="演示顾问", null=True, blank=True, on_delete=models.SET_NULL
    )
    meeting_url = models.URLField("会议链接", blank=True)
    company = models.ForeignKey(Company, verbose_name="转化租户", null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField("提交时间", default=timezone.now)
    # The vendor console's "new booking" badge: a booking nobody on the sales team has taken yet.
    acknowledged_at = models.DateTimeField("认领时间", null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="认领人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "演示预约"
        verbose_name_plural = "演示预约"

    def __str__(self) -> str:
        return f"{self.company_name} / {self.contact_name}"


def _forget_hosts_of(company_id: int) -> None:
    from tenants.routing import tenant_cache_forget

    tenant_cache_forget(set(Domain.objects.filter(tenant_id=company_id).values_list("domain", flat=True)))


def _forget_hosts(hosts: set[str]) -> None:
    from tenants.routing import tenant_cache_forget

    tenant_cache_forget(hosts)
