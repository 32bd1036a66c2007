"""GraphQL types of imports: jobs with their dry-run report (counts, problems by row), a masked
preview of the file, mapping profiles and reconciliations."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Annotated, Any

import strawberry
from django.db.models import QuerySet
from django.urls import reverse
from strawberry import auto, relay

from permissions.masking import mask_middle
from permissions.scoping import visible_to
from saas.imports.errors import ImportErrorCode
from saas.imports.models import ImportJob, JobState, MappingProfile, Reconciliation, SourceSystem, Stage
from saas.imports.services.files import job_table
from saas.imports.services.jobs import job_progress, personal_columns
from schema.core.context import Info
from schema.core.fields import model_field, model_type
from schema.core.scalars import Yuan

strawberry.enum(Stage, name="ImportStage", description="导入阶段, in dependency order.")
strawberry.enum(SourceSystem, name="ImportSourceSystem", description="原系统 The system the data comes from.")
strawberry.enum(
    JobState, name="ImportJobState", description="Uploaded → validated → committed or failed → rolled back."
)

PREVIEW_ROWS = 20
# Phones and ID numbers anywhere in a preview are masked: the file is not yet anybody's record.
# A run of digits (full-width too) joined by spaces or hyphens (139-1111-4444, 110105 19491231 002X)
# is read NFKC-normalised without its separators; 7 digits or more are masked. The rest of the
# cell is shown as written.
DIGITS_RE = re.compile(r"\d(?:[\s\-‐‑–—－]*\d)*(?:[\s\-－]*[XxＸｘ](?![A-Za-z]))?")
SEPARATORS_RE = re.compile(r"[\s\-‐‑–—]")
DATE_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
PII_DIGITS = 7


def _digits(text: str) -> str:
    return SEPARATORS_RE.sub("", unicodedata.normalize("NFKC", text))


def _masked_run(run: str) -> str:
    digits = _digits(run)
    if sum(c.isdigit() for c in digits) < PII_DIGITS or DATE_RE.fullmatch(unicodedata.normalize("NFKC", run)):
        return run
    return mask_middle(digits)


def masked(text: str, *, whole: bool = False) -> str:
    """A preview cell; ``whole`` for a column the mapping assigns to phones or ID numbers."""
    if whole:
        return mask_middle(_digits(text))
    return DIGITS_RE.sub(lambda m: _masked_run(m.group(0)), text)


@strawberry.type(name="ImportCount", description="What a stage does to one kind of object.")
class ImportCountType:
    object_type: str = strawberry.field(description="houses, communities, buildings, units, residents, …")
    create: int = strawberry.field(description="Will be (or were) created.")
    update: int = strawberry.field(description="Will be (or were) updated.")
    skip: int = strawberry.field(description="Already as in the file, or a row naming nothing for this stage.")


@strawberry.type(name="ImportProblem", description="One bad cell or row, as the user finds it in the file.")
class ImportProblemType:
    row: int = strawberry.field(description="The row number as Excel or the CSV shows it (0: the file as a whole).")
    column: str = strawberry.field(description="The file's column.")
    code: ImportErrorCode = strawberry.field(description="What is wrong.")
    message: str = strawberry.field(description="In words, naming the first row for a duplicate.")


@strawberry.type(name="ImportPreviewRow", description="A row of the file, phones and ID numbers masked.")
class ImportPreviewRowType:
    number: int = strawberry.field(description="The row number as the file shows it.")
    cells: list[str] = strawberry.field(description="The cells in the order of the job's columns.")


@strawberry.type(name="ImportOptions", description="导入选项")
class ImportOptionsType:
    district: str | None = strawberry.field(description="Default district of new communities (e.g. chaoyang).")
    default_unit: str | None = strawberry.field(description="Unit name for houses whose rows name none.")
    opening_period: date | None = strawberry.field(description="The month opening arrears are booked in.")
    move_in: date | None = strawberry.field(description="Move-in date for occupancies whose rows give none.")


@model_type(MappingProfile, name="MappingProfile")
class MappingProfileType(relay.Node):
    name: auto
    version: auto
    stage: Stage
    source_system: SourceSystem
    created_at: auto

    @strawberry.field(description="Field → the file's column, as `field=column` pairs.")
    def columns(self, root: MappingProfile) -> list[str]:
        return [f"{name}={column}" for name, column in sorted(root.columns.items())]

    @strawberry.field(description="Value maps as `field:word=value`.")
    def value_maps(self, root: MappingProfile) -> list[str]:
        return [f"{f}:{w}={v}" for f, words in sorted(root.value_maps.items()) for w, v in words.items()]

    @strawberry.field(description="Transforms as `field:step` (remove:号楼, append:单元, upper).")
    def transforms(self, root: MappingProfile) -> list[str]:
        return [f"{f}:{step}" for f, steps in sorted(root.transforms.items()) for step in steps]

    @strawberry.field(description="Fields required beyond the stage's own.")
    def required(self, root: MappingProfile) -> list[str]:
        return list(root.required)

    @classmethod
    def get_queryset(cls, queryset: QuerySet[MappingProfile], info: Info, **kwargs: Any) -> QuerySet[MappingProfile]:
        return visible_to(info.context.viewer, queryset)


@model_type(ImportJob, name="ImportJob")
class ImportJobType(relay.Node):
    stage: Stage
    source_system: SourceSystem
    state: JobState
    file_name: auto
    file_size: auto
    encoding: auto
    sheet: auto
    header_rows: auto
    row_count: auto
    will_create: auto
    will_update: auto
    will_skip: auto
    created: auto
    updated: auto
    failure: auto
    created_at: auto
    validated_at: auto
    committed_at: auto
    rolled_back_at: auto
    file_purged_at: auto
    profile: MappingProfileType | None = model_field(description="The mapping used; null: the built-in one.")

    @strawberry.field(description="The file's column names.")
    def columns(self, root: ImportJob) -> list[str]:
        return list(root.columns)

    @strawberry.field(description="The profile version this job used.")
    def profile_version(self, root: ImportJob) -> int | None:
        return root.profile_version

    @strawberry.field(description="The job's options.")
    def options(self, root: ImportJob) -> ImportOptionsType:
        o = root.options
        return ImportOptionsType(
            district=o.get("district"),
            default_unit=o.get("default_unit"),
            opening_period=date.fromisoformat(o["opening_period"]) if o.get("opening_period") else None,
            move_in=date.fromisoformat(o["move_in"]) if o.get("move_in") else None,
        )

    @strawberry.field(description="Per kind of object: create, update, skip (the dry run's, then the commit's).")
    def counts(self, root: ImportJob) -> list[ImportCountType]:
        return [ImportCountType(object_type=name, **c) for name, c in root.counts.items()]

    @strawberry.field(description="How many bad rows and cells the last dry run or commit found.")
    def problem_count(self, root: ImportJob) -> int:
        return len(root.problems)

    @strawberry.field(description="Bad rows and cells by row number, a page at a time (at most 500).")
    def problems(
        self,
        root: ImportJob,
        offset: Annotated[int, strawberry.argument(description="Problems to pass over.")] = 0,
        limit: Annotated[int, strawberry.argument(description="Problems to return (at most 500).")] = 100,
    ) -> list[ImportProblemType]:
        offset, limit = max(offset, 0), min(max(limit, 0), 500)
        return [
            ImportProblemType(row=p["row"], column=p["column"], code=ImportErrorCode(p["code"]), message=p["message"])
            for p in root.problems[offset : offset + limit]
        ]

    @strawberry.field(description="Rows written so far while committing (poll it; then all rows).")
    def progress(self, root: ImportJob) -> int:
        return job_progress(root)

    @strawberry.field(description="The first rows of the file, phones and ID numbers masked; empty once purged.")
    def preview(
        self, root: ImportJob, rows: Annotated[int, strawberry.argument(description="How many (at most 20).")] = 10
    ) -> list[ImportPreviewRowType]:
        if root.file_encrypted is None:
            return []
        table = job_table(root)
        personal = personal_columns(root, table.columns)
        return [
            ImportPreviewRowType(
                number=row.number, cells=[masked(row.values.get(c, ""), whole=c in personal) for c in table.columns]
            )
            for row in table.rows[: min(max(rows, 0), PREVIEW_ROWS)]
        ]

    @strawberry.field(
        description="错误文件 The original sheet plus a 错误原因 column (XLSX; same login), while the file is kept."
    )
    def error_file_url(self, root: ImportJob) -> str | None:
        if root.file_encrypted is None or root.state == JobState.UPLOADED:
            return None
        return reverse("import-error-file", args=[root.pk])

    @classmethod
    def get_queryset(cls, queryset: QuerySet[ImportJob], info: Info, **kwargs: Any) -> QuerySet[ImportJob]:
        return visible_to(info.context.viewer, queryset)


@strawberry.type(name="ReconciliationFigure", description="One control total: the old system's, Wuye's, the gap.")
class ReconciliationFigureType:
    name: str = strawberry.field(description="house_count, building_area, arrears_fen, prepaid_fen, …")
    label: str = strawberry.field(description="In Chinese.")
    source: str | None = strawberry.field(description="The old system's figure (fen for money).")
    wuye: str = strawberry.field(description="What Wuye holds.")
    difference: str | None = strawberry.field(description="Wuye minus source; 0 when reconciled.")


@strawberry.type(name="ReconciliationHouse", description="A house whose opening balance differs from the file.")
class ReconciliationHouseType:
    label: str = strawberry.field(description="小区 楼栋 单元 房号")
    row: int | None = strawberry.field(description="The opening file's row for it.")
    source_arrears: Yuan = strawberry.field(description="The old system's arrears.")
    wuye_arrears: Yuan = strawberry.field(description="Wuye's opening arrears.")
    source_prepaid: Yuan = strawberry.field(description="The old system's prepaid balance.")
    wuye_prepaid: Yuan = strawberry.field(description="Wuye's opening prepaid.")


@model_type(Reconciliation, name="Reconciliation")
class ReconciliationType(relay.Node):
    source_system: SourceSystem
    house_count: auto
    building_area: auto
    arrears: Yuan = model_field(field_name="arrears_fen", description="欠费合计 the user entered.")
    prepaid: Yuan = model_field(field_name="prepaid_fen", description="预存合计 the user entered.")
    last_period: auto
    last_period_receipts: Yuan | None = model_field(
        field_name="last_period_receipts_fen", description="上期实收 the user entered."
    )
    reconciled: bool = model_field(description="Every figure matches to the fen and no house differs.")
    created_at: auto
    signed_off_at: datetime | None = model_field(description="签字确认 When someone accepted it for go-live.")
    sign_off_note: auto

    @strawberry.field(description="The figures compared.")
    def figures(self, root: Reconciliation) -> list[ReconciliationFigureType]:
        return [ReconciliationFigureType(**f) for f in root.result.get("figures", [])]

    @strawberry.field(description="Houses that differ (the first 500).")
    def houses(self, root: Reconciliation) -> list[ReconciliationHouseType]:
        return [
            ReconciliationHouseType(
                label=h["label"],
                row=h["row"],
                source_arrears=Yuan(h["sourceArrearsFen"]),
                wuye_arrears=Yuan(h["wuyeArrearsFen"]),
                source_prepaid=Yuan(h["sourcePrepaidFen"]),
                wuye_prepaid=Yuan(h["wuyePrepaidFen"]),
            )
            for h in root.result.get("houses", [])
        ]

    @strawberry.field(description="How many houses differ in all.")
    def houses_differing(self, root: Reconciliation) -> int:
        return int(root.result.get("housesDiffering", 0))

    @strawberry.field(description="Who signed it off.")
    def signed_off_by_name(self, root: Reconciliation) -> str | None:
        user = root.signed_off_by
        return (user.display_name or user.username) if user is not None else None

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Reconciliation], info: Info, **kwargs: Any) -> QuerySet[Reconciliation]:
        return visible_to(info.context.viewer, queryset)
