"""Imports (数据迁移): mapping profiles, import jobs, the row each imported object came from, legacy
keys, the old system's bill history, and the reconciliation signed off before go-live."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from saas.estates.models import House


class Stage(models.TextChoices):
    """What one file brings in, in dependency order (a later stage refers to an earlier one's rows)."""

    HOUSES = "houses", "房产（小区、楼栋、单元、房屋）"
    RESIDENTS = "residents", "住户与入住"
    OPENING_BALANCES = "opening_balances", "期初欠费与预存"
    PAYMENT_HISTORY = "payment_history", "历史账单与缴费"


STAGE_ORDER = [Stage.HOUSES, Stage.RESIDENTS, Stage.OPENING_BALANCES, Stage.PAYMENT_HISTORY]


class SourceSystem(models.TextChoices):
    SIYUAN = "siyuan", "思源"
    MINGYUAN = "mingyuan", "明源"
    KINGDEE = "kingdee", "金蝶我家云"
    EXCEL = "excel", "自制 Excel"
    OTHER = "other", "其他系统"


class MappingProfile(models.Model):
    """映射方案 How one old system's export maps onto one stage: column → field, value maps,
    transforms and required fields. Saving a profile adds a version; a job records the version."""

    name = models.CharField("名称", max_length=64)
    version = models.PositiveIntegerField("版本", default=1)
    stage = models.CharField("阶段", max_length=24, choices=Stage.choices)
    source_system = models.CharField("原系统", max_length=16, choices=SourceSystem.choices)
    columns = models.JSONField("列映射", default=dict, help_text="字段 → 文件中的列名")
    value_maps = models.JSONField("取值映射", default=dict, help_text="字段 → {文件中的写法: 取值}")
    transforms = models.JSONField("转换", default=dict, help_text="字段 → 转换名（如 strip_suffix:号楼）")
    required = models.JSONField("必填字段", default=list)
    header_rows = models.PositiveSmallIntegerField("表头行数", null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "-version"]
        verbose_name = "映射方案"
        verbose_name_plural = "映射方案"
        constraints = [models.UniqueConstraint(fields=["name", "version"], name="mapping_profile_version_unique")]

    def __str__(self) -> str:
        return f"{self.name} v{self.version}"


class JobState(models.TextChoices):
    UPLOADED = "uploaded", "已上传"
    VALIDATED = "validated", "已试导入"
    COMMITTING = "committing", "导入中"
    COMMITTED = "committed", "已导入"
    FAILED = "failed", "导入失败"
    ROLLED_BACK = "rolled_back", "已撤销"


class ImportJob(models.Model):
    """导入任务 One file for one stage: uploaded → validated (dry run) → committed or failed →
    rolled back. The file is kept encrypted until it is purged."""

    stage = models.CharField("阶段", max_length=24, choices=Stage.choices)
    source_system = models.CharField("原系统", max_length=16, choices=SourceSystem.choices)
    state = models.CharField("状态", max_length=16, choices=JobState.choices, default=JobState.UPLOADED)
    file_name = models.CharField("文件名", max_length=200)
    file_size = models.PositiveIntegerField("文件大小（字节）")
    file_sha256 = models.CharField("文件摘要", max_length=64)
    file_encrypted = models.BinaryField("文件（密文）", null=True, editable=False)
    file_purged_at = models.DateTimeField("原文件清除时间", null=True, blank=True)
    encoding = models.CharField("编码", max_length=32, blank=True)
    sheet = models.CharField("工作表", max_length=64, blank=True)
    header_rows = models.PositiveSmallIntegerField("表头行数", null=True, blank=True)
    columns = models.JSONField("文件列", default=list)
    profile = models.ForeignKey(
        MappingProfile, null=True, blank=True, on_delete=models.PROTECT, related_name="jobs", verbose_name="映射方案"
    )
    options = models.JSONField("选项", default=dict, help_text="如期初月份、默认区")
    row_count = models.PositiveIntegerField("数据行数", default=0)
    will_create = models.PositiveIntegerField("将新增", default=0)
    will_update = models.PositiveIntegerField("将更新", default=0)
    will_skip = models.PositiveIntegerField("将跳过", default=0)
    counts = models.JSONField("各类对象", default=dict, help_text="对象类型 → {create, update, skip}")
    problems = models.JSONField("问题行", default=list, help_text="[{row, column, code, message}]")
    created = models.PositiveIntegerField("已新增", default=0)
    updated = models.PositiveIntegerField("已更新", default=0)
    progress_done = models.PositiveIntegerField("已处理行数", default=0)
    failure = models.TextField("失败原因", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    validated_at = models.DateTimeField("试导入时间", null=True, blank=True)
    committed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    committed_at = models.DateTimeField("导入时间", null=True, blank=True)
    commit_started_at = models.DateTimeField("开始导入时间", null=True, blank=True)
    rolled_back_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rolled_back_at = models.DateTimeField("撤销时间", null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "导入任务"
        verbose_name_plural = "导入任务"
        indexes = [models.Index(fields=["file_purged_at", "created_at"])]

    def __str__(self) -> str:
        return f"{self.get_stage_display()} {self.file_name}"

    @property
    def profile_version(self) -> int | None:
        return self.profile.version if self.profile_id and self.profile else None


class RowAction(models.TextChoices):
    CREATED = "created", "新增"
    UPDATED = "updated", "更新"


class ImportedObject(models.Model):
    """导入记录 One object a committed job created or updated, from which row of its file; an update
    keeps the object's fields as they were (``before``) so a rollback puts them back exactly."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="imported_objects")
    row_number = models.PositiveIntegerField("行号")
    model = models.CharField("对象类型", max_length=64, help_text="app_label.model")
    object_id = models.BigIntegerField("对象 ID")
    action = models.CharField("操作", max_length=8, choices=RowAction.choices)
    before = models.JSONField("原值", null=True, blank=True)

    class Meta:
        ordering = ["job_id", "id"]
        verbose_name = "导入记录"
        verbose_name_plural = "导入记录"
        indexes = [models.Index(fields=["model", "object_id"]), models.Index(fields=["job", "model"])]

    def __str__(self) -> str:
        return f"{self.job_id}:{self.row_number} {self.action} {self.model}#{self.object_id}"


class LegacyKey(models.Model):
    """原系统编号 The old system's id of an imported object: a re-import finds the object by it."""

    source_system = models.CharField("原系统", max_length=16, choices=SourceSystem.choices)
    model = models.CharField("对象类型", max_length=64)
    source_id = models.CharField("原系统编号", max_length=200)
    object_id = models.BigIntegerField("对象 ID")
    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="legacy_keys")

    class Meta:
        verbose_name = "原系统编号"
        verbose_name_plural = "原系统编号"
        constraints = [
            models.UniqueConstraint(fields=["source_system", "model", "source_id"], name="legacy_key_unique"),
        ]
        indexes = [models.Index(fields=["model", "object_id"])]

    def __str__(self) -> str:
        return f"{self.source_system}:{self.model}:{self.source_id}"


class OpeningSource(models.Model):
    """期初（原系统） What the old system said one house owed or had prepaid, as a committed opening
    file's row said it (valid or not, once the house is known): reconciliation compares it with
    the opening bill and prepaid Wuye holds."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="opening_sources")
    row_number = models.PositiveIntegerField("行号")
    house = models.ForeignKey(House, on_delete=models.CASCADE, related_name="+")
    arrears_fen = models.BigIntegerField("欠费（分）")
    prepaid_fen = models.BigIntegerField("预存（分）")

    class Meta:
        ordering = ["job_id", "row_number"]
        verbose_name = "期初（原系统）"
        verbose_name_plural = "期初（原系统）"

    def __str__(self) -> str:
        return f"{self.house_id}: {self.arrears_fen}/{self.prepaid_fen}"


class LegacyBillLine(models.Model):
    """历史账单 A bill line of the old system, kept for reference and reconciliation: the arrears it
    left are brought in once, as the opening balance, so these never enter the ledger."""

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="history_lines")
    row_number = models.PositiveIntegerField("行号")
    house = models.ForeignKey(House, on_delete=models.PROTECT, related_name="+", db_index=False)
    period = models.DateField("账期")
    fee_name = models.CharField("收费项目", max_length=50)
    amount_fen = models.BigIntegerField("应收（分）")
    paid_fen = models.BigIntegerField("已缴（分）", default=0)
    paid_on = models.DateField("缴费日期", null=True, blank=True)
    receipt_no = models.CharField("原收据号", max_length=64, blank=True)

    class Meta:
        ordering = ["house_id", "period", "id"]
        verbose_name = "历史账单"
        verbose_name_plural = "历史账单"
        constraints = [
            models.UniqueConstraint(fields=["house", "period", "fee_name"], name="legacy_bill_line_unique"),
            models.CheckConstraint(condition=Q(paid_fen__gte=0), name="legacy_bill_line_paid_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.house_id} {self.period:%Y-%m} {self.fee_name}"


class Reconciliation(models.Model):
    """对账 The old system's control totals against what Wuye now holds, to the fen; someone signs
    off before go-live. ``result`` keeps each figure's source, Wuye and difference, and the houses
    that differ."""

    source_system = models.CharField("原系统", max_length=16, choices=SourceSystem.choices)
    house_count = models.PositiveIntegerField("房屋数")
    building_area = models.DecimalField("总建筑面积（㎡）", max_digits=14, decimal_places=2)
    arrears_fen = models.BigIntegerField("欠费合计（分）")
    prepaid_fen = models.BigIntegerField("预存合计（分）")
    last_period = models.DateField("上期账期", null=True, blank=True)
    last_period_receipts_fen = models.BigIntegerField("上期实收（分）", null=True, blank=True)
    result = models.JSONField("对账结果", default=dict)
    reconciled = models.BooleanField("一致", default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    signed_off_at = models.DateTimeField("签字确认时间", null=True, blank=True)
    sign_off_note = models.CharField("确认说明", max_length=200, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "对账"
        verbose_name_plural = "对账"
        constraints = [
            models.CheckConstraint(
                condition=Q(signed_off_at__isnull=True) | Q(reconciled=True) | ~Q(sign_off_note=""),
                name="reconciliation_sign_off_explained",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_source_system_display()} {self.created_at:%Y-%m-%d}"
