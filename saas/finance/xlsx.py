"""The four reports as XLSX workbooks (openpyxl), Chinese headers, amounts in yuan with two decimals.

Amounts are written as exact decimals (fen ÷ 100), never through floats; a totals row closes each
sheet.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from saas.accounts.models import User
from saas.estates.models import Building, Community
from saas.finance.models import FeeItem, PaymentMethod
from saas.finance.reports import (
    AGING_BUCKETS,
    AGING_LABELS,
    AgingReport,
    CashRow,
    CollectionReport,
    CollectionRow,
    IncomeReport,
)

MONEY = "#,##0.00"
BOLD = Font(bold=True)


def yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


def _names(model: Any, ids: Iterable[int | None], attr: str = "name") -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    return {pk: getattr(obj, attr) for pk, obj in model.objects.in_bulk(list(wanted)).items()}


def _sheet(title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]], money_columns: set[int]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = BOLD
    last: list[Any] = []
    for row in rows:
        sheet.append(list(row))
        last = list(row)
    if last and last[0] == "合计":
        for cell in sheet[sheet.max_row]:
            cell.font = BOLD
    for column in money_columns:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            cell.number_format = MONEY
    for index, header in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(12, len(header) * 2 + 4)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _period(value: date | None) -> str:
    return f"{value:%Y-%m}" if value else ""


def collection_xlsx(report: CollectionReport) -> bytes:
    communities = _names(Community, (r.community_id for r in report.rows))
    buildings = _names(Building, (r.building_id for r in report.rows))

    def line(label: Sequence[str], r: CollectionRow) -> list[Any]:
        rate = r.rate
        return [
            *label,
            r.bills,
            yuan(r.billed_fen),
            yuan(r.late_fee_fen),
            yuan(r.paid_fen),
            yuan(r.waived_fen),
            yuan(r.outstanding_fen),
            f"{rate * 100:.2f}%" if rate is not None else "",
        ]

    rows = [
        line([communities.get(r.community_id or 0, ""), buildings.get(r.building_id or 0, ""), _period(r.period)], r)
        for r in report.rows
    ]
    rows.append(line(["合计", "", ""], report.total))
    headers = [
        "小区",
        "楼栋",
        "账期",
        "账单数",
        "应收（元）",
        "其中滞纳金",
        "实收（元）",
        "减免（元）",
        "欠费（元）",
        "收缴率",
    ]
    return _sheet(f"收缴率 {report.as_of:%Y-%m-%d}", headers, rows, {5, 6, 7, 8, 9})


def aging_xlsx(report: AgingReport) -> bytes:
    communities = _names(Community, (r.community_id for r in report.rows))
    buildings = _names(Building, (r.building_id for r in report.rows))
    rows: list[list[Any]] = [
        [
            communities.get(r.community_id or 0, ""),
            buildings.get(r.building_id or 0, ""),
            r.houses_in_arrears,
            *(yuan(r.buckets[key]) for key in AGING_BUCKETS),
            yuan(r.outstanding_fen),
        ]
        for r in report.rows
    ]
    t = report.total
    rows.append(
        ["合计", "", t.houses_in_arrears, *(yuan(t.buckets[k]) for k in AGING_BUCKETS), yuan(t.outstanding_fen)]
    )
    headers = ["小区", "楼栋", "欠费户数", *(AGING_LABELS[k] for k in AGING_BUCKETS), "欠费合计（元）"]
    return _sheet(f"欠费账龄 {report.as_of:%Y-%m-%d}", headers, rows, set(range(4, 10)))


INCOME_KIND_LABELS = {"late_fee": "滞纳金", "prepaid": "预存（净增加）"}


def income_xlsx(report: IncomeReport) -> bytes:
    items = _names(FeeItem, (i.fee_item_id for i in report.by_item))
    rows: list[list[Any]] = [
        ["按收费项目", items.get(i.fee_item_id or 0) or INCOME_KIND_LABELS[i.kind], "", "", yuan(i.amount_fen)]
        for i in report.by_item
    ]
    rows.append(["按收费项目", "小计", "", "", yuan(sum(i.amount_fen for i in report.by_item))])
    for m in report.by_method:
        rows.append(
            ["按收款方式", PaymentMethod(m.method).label, yuan(m.received_fen), yuan(m.reversed_fen), yuan(m.net_fen)]
        )
    rows.append(["合计", "", "", "", yuan(report.total_fen)])
    headers = ["口径", "项目", "收款（元）", "冲正（元）", "净额（元）"]
    return _sheet(f"收入 {report.date_from:%Y%m%d}-{report.date_to:%Y%m%d}", headers, rows, {3, 4, 5})


def daily_cash_xlsx(day: date, rows: Sequence[CashRow]) -> bytes:
    cashiers = _names(User, (r.cashier_id for r in rows), attr="display_name")
    lines: list[list[Any]] = [
        [
            cashiers.get(r.cashier_id, ""),
            PaymentMethod(r.method).label,
            r.payments,
            yuan(r.received_fen),
            r.reversals,
            yuan(r.reversed_fen),
            yuan(r.net_fen),
            r.first_receipt_no,
            r.last_receipt_no,
        ]
        for r in rows
    ]
    lines.append(
        [
            "合计",
            "",
            sum(r.payments for r in rows),
            yuan(sum(r.received_fen for r in rows)),
            sum(r.reversals for r in rows),
            yuan(sum(r.reversed_fen for r in rows)),
            yuan(sum(r.net_fen for r in rows)),
            "",
            "",
        ]
    )
    headers = [
        "收款员",
        "收款方式",
        "笔数",
        "收款（元）",
        "冲正笔数",
        "冲正（元）",
        "净额（元）",
        "起始收据号",
        "截止收据号",
    ]
    return _sheet(f"收款日报 {day:%Y-%m-%d}", headers, lines, {4, 6, 7})
