"""Stage 4: the old system's bills and what was paid on them (历史账单与缴费), kept as history.

They never enter the ledger: what they left unpaid came in once, as the opening balance. Each line
is (house, period, fee); the same line again is updated when its figures changed, else skipped.
Lines are written in bulk (240,000 in seconds); each carries the job that created it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from saas.imports.errors import ImportErrorCode
from saas.imports.mapping import FieldSpec, MappedRow, Problem, problem
from saas.imports.models import ImportJob, LegacyBillLine
from saas.imports.stages.common import (
    HOUSE_REF_SPECS,
    Counts,
    HouseIndex,
    Links,
    Progress,
    StagePlan,
    duplicate,
    snapshot,
)

SPECS = [
    *HOUSE_REF_SPECS,
    FieldSpec("period", "账期", kind="date", required=True),
    FieldSpec("fee_name", "收费项目", required=True, max_length=50),
    FieldSpec("amount", "应收金额", kind="fen", required=True),
    FieldSpec("paid", "实收金额", kind="fen"),
    FieldSpec("paid_on", "缴费日期", kind="date"),
    FieldSpec("receipt_no", "收据号", max_length=64),
]
LINE_FIELDS = ["amount_fen", "paid_fen", "paid_on", "receipt_no"]
BATCH = 5000


@dataclass
class Line:
    row: MappedRow
    house_id: int
    period: date
    fields: dict[str, Any]
    existing: LegacyBillLine | None = None
    changes: dict[str, Any] | None = None


def plan(job: ImportJob, rows: list[MappedRow]) -> StagePlan:
    problems: list[Problem] = []
    index = HouseIndex(job.source_system, default_unit=job.options.get("default_unit") or "1单元")
    seen: dict[Any, int] = {}
    lines: list[Line] = []
    for row in rows:
        before = len(problems)
        house_id = index.find(row, problems)
        v = row.values
        if v["amount"] is not None and v["paid"] is not None and v["paid"] > v["amount"] >= 0:
            problems.append(problem(row.number, row.column("paid"), ImportErrorCode.PAID_EXCEEDS_AMOUNT))
        if house_id is None or len(problems) > before or v["period"] is None or v["amount"] is None:
            continue
        period = v["period"].replace(day=1)
        key = (house_id, period, v["fee_name"])
        first = duplicate(seen, key, row)
        if first is not None:
            label = f"{index.labels[house_id]} {period:%Y-%m} {v['fee_name']}"
            problems.append(
                problem(row.number, row.column("fee_name"), ImportErrorCode.DUPLICATE_ROW, first=first, key=label)
            )
            continue
        fields = {
            "amount_fen": v["amount"],
            "paid_fen": v["paid"] or 0,
            "paid_on": v["paid_on"],
            "receipt_no": v["receipt_no"] or "",
        }
        lines.append(Line(row, house_id, period, fields))

    existing = {
        (line.house_id, line.period, line.fee_name): line
        for line in LegacyBillLine.objects.filter(house_id__in={line.house_id for line in lines}).iterator(
            chunk_size=BATCH
        )
    }
    counts = {"bill_lines": Counts()}
    for line in lines:
        line.existing = existing.get((line.house_id, line.period, line.row.values["fee_name"]))
        if line.existing is None:
            counts["bill_lines"].create += 1
            continue
        changes = {k: val for k, val in line.fields.items() if getattr(line.existing, k) != val}
        line.changes = changes or None
        if changes:
            counts["bill_lines"].update += 1
        else:
            counts["bill_lines"].skip += 1

    def commit(job: ImportJob, progress: Progress) -> tuple[int, int]:
        return _write(job, lines, progress)

    return StagePlan("bill_lines", counts, problems, commit)


def _write(job: ImportJob, lines: list[Line], progress: Progress) -> tuple[int, int]:
    links = Links(job)
    new = [
        LegacyBillLine(
            job=job,
            row_number=line.row.number,
            house_id=line.house_id,
            period=line.period,
            fee_name=line.row.values["fee_name"],
            **line.fields,
        )
        for line in lines
        if line.existing is None
    ]
    for start in range(0, len(new), BATCH):
        LegacyBillLine.objects.bulk_create(new[start : start + BATCH])
        progress(min(start + BATCH, len(new)))
    changed = []
    for line in lines:
        if line.existing is not None and line.changes:
            links.updated(line.row.number, LegacyBillLine, line.existing.pk, snapshot(line.existing, line.changes))
            for name, value in line.changes.items():
                setattr(line.existing, name, value)
            changed.append(line.existing)
    LegacyBillLine.objects.bulk_update(changed, LINE_FIELDS, batch_size=BATCH)
    links.save()
    return len(new), len(changed)
