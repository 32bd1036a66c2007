"""Inputs of the import mutations."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import strawberry
from strawberry import relay
from strawberry.file_uploads import Upload

from saas.estates.models import District
from saas.imports.models import SourceSystem, Stage
from schema.core.scalars import Yuan
from schema.estates.types import District as _District  # noqa: F401 — registers the enum
from schema.imports.types import JobState as _JobState  # noqa: F401 — registers the import enums


@strawberry.input(description="导入选项; each one left out keeps the job's current value.")
class ImportOptionsInput:
    district: District | None = strawberry.field(default=None, description="Default district of new communities.")
    default_unit: str | None = strawberry.field(default=None, description="Unit for rows naming none (1单元).")
    opening_period: date | None = strawberry.field(
        default=None, description="The month (its first day) opening arrears are booked in; default last month."
    )
    move_in: date | None = strawberry.field(default=None, description="Move-in date for rows giving none.")

    def as_dict(self) -> dict[str, Any]:
        return {
            "district": self.district.value if self.district else None,
            "default_unit": self.default_unit,
            "opening_period": self.opening_period,
            "move_in": self.move_in,
        }


@strawberry.input(description="上传 One exported file for one stage (GraphQL multipart request).")
class ImportJobUploadInput:
    file: Upload = strawberry.field(description="CSV (UTF-8 or GBK), .xlsx or .xls, at most 20 MB.")
    stage: Stage = strawberry.field(description="What this file brings in.")
    source_system: SourceSystem = strawberry.field(description="The old system it was exported from.")
    encoding: str | None = strawberry.field(default=None, description="A CSV's encoding when the guess is wrong.")
    sheet: str | None = strawberry.field(default=None, description="The workbook's sheet; default the first.")
    header_rows: int | None = strawberry.field(default=None, description="Header rows; default recognised.")
    options: ImportOptionsInput | None = strawberry.field(default=None, description="导入选项")


@strawberry.input(description="Another stage from the file an earlier job uploaded (one upload, several stages).")
class ImportJobForStageInput:
    id: relay.GlobalID = strawberry.field(description="The job whose file to use.")
    stage: Stage = strawberry.field(description="The stage of the new job.")
    options: ImportOptionsInput | None = strawberry.field(default=None, description="导入选项")


@strawberry.input(description="Choose the mapping profile and options of a job not yet committed.")
class ImportJobConfigureInput:
    id: relay.GlobalID = strawberry.field(description="The job.")
    profile: relay.GlobalID | None = strawberry.field(
        default=None, description="A MappingProfile; null: the stage's built-in one."
    )
    options: ImportOptionsInput | None = strawberry.field(default=None, description="导入选项")


@strawberry.input(description="A job, by ID.")
class ImportJobIdInput:
    id: relay.GlobalID = strawberry.field(description="The job.")


@strawberry.input(description="One field's column.")
class ColumnMappingInput:
    field: str = strawberry.field(description="The stage's field (room_number, building_area, …).")
    column: str = strawberry.field(description="The file's column name.")


@strawberry.input(description="One word of the file and the value it means (已售 → vacant).")
class ValueMappingInput:
    field: str = strawberry.field(description="A choice field (status, kind, role, gender, elevator, district).")
    word: str = strawberry.field(description="The word in the file.")
    value: str = strawberry.field(description="The value it stands for.")


@strawberry.input(description="One field's text transform.")
class TransformInput:
    field: str = strawberry.field(description="The field.")
    step: str = strawberry.field(description="remove:<text>, append:<text>, prepend:<text> or upper.")


@strawberry.input(description="映射方案 Save a profile; saving a name again adds its next version.")
class MappingProfileSaveInput:
    name: str = strawberry.field(description="Up to 64 characters.")
    stage: Stage = strawberry.field(description="The stage it maps.")
    source_system: SourceSystem = strawberry.field(description="The old system.")
    columns: list[ColumnMappingInput] = strawberry.field(description="Field → column.")
    value_maps: list[ValueMappingInput] = strawberry.field(default_factory=list, description="Words → values.")
    transforms: list[TransformInput] = strawberry.field(default_factory=list, description="Text transforms.")
    required: list[str] = strawberry.field(default_factory=list, description="Fields required beyond the stage's.")


@strawberry.input(description="对账 The old system's control totals, from its own reports.")
class ImportReconcileInput:
    source_system: SourceSystem = strawberry.field(description="The old system.")
    house_count: int = strawberry.field(description="房屋总数")
    building_area: Decimal = strawberry.field(description="总建筑面积 in ㎡.")
    arrears: Yuan = strawberry.field(description="欠费合计 in yuan.")
    prepaid: Yuan = strawberry.field(description="预存合计 in yuan.")
    last_period: date | None = strawberry.field(default=None, description="上期 (its first day).")
    last_period_receipts: Yuan | None = strawberry.field(default=None, description="上期实收 in yuan.")


@strawberry.input(description="签字确认 Accept a reconciliation for go-live.")
class ReconciliationSignOffInput:
    id: relay.GlobalID = strawberry.field(description="The reconciliation.")
    note: str = strawberry.field(default="", description="Required when figures differ; up to 200 characters.")
