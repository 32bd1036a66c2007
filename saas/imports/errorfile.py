"""The error file: the user's own sheet back, with a 错误原因 column saying what is wrong with each
row, to fix in Excel and upload again.

Header rows come back as the user made them (merged parent cells included), so ``read_table``
finds the same columns; every cell is written as text, exactly as read, so ``0101`` keeps its zero
and ``=1+1`` stays the text it was (never a formula). The 错误原因 column comes back on re-upload as
an ordinary column named ``ERROR_COLUMN``; mappings ignore it.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, MergedCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from saas.imports.grid import Table

ERROR_COLUMN = "错误原因"
DEFAULT_SHEET = "导入数据"
REASON_SEPARATOR = "；"
HEADER_FONT = Font(bold=True)
HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)
ERROR_FONT = Font(color="9C0006")
ERROR_FILL = PatternFill(fill_type="solid", start_color="FFC7CE", end_color="FFC7CE")
MAX_COLUMN_WIDTH = 40


def error_file(table: Table, errors: Mapping[int, Sequence[str]], *, only_errors: bool = False) -> bytes:
    """An .xlsx of ``table``'s header and rows plus a 错误原因 column; ``errors`` maps a row number
    (``SourceRow.number``) to its messages. ``only_errors`` keeps just the rows that have some,
    each reason then starting with the row's number in the original file (and leaves out the
    totals, which no longer add up)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = _sheet_title(table.sheet)
    # A re-uploaded error file brings its old 错误原因 column: the new reasons replace it.
    kept = [k for k, column in enumerate(table.columns) if column != ERROR_COLUMN]
    columns = [table.columns[k] for k in kept]
    header = [[row[k] for k in kept] for row in table.header] or [columns]
    spans = _kept_spans(table.header_spans, kept)
    _write_header(sheet, header, spans, len(columns))
    number = len(header)
    for row in table.rows:
        reasons = list(errors.get(row.number, ()))
        if only_errors and not reasons:
            continue
        number += 1
        for c, column in enumerate(columns, start=1):
            _text_cell(sheet, number, c, row.values.get(column, ""))
        if reasons:
            text = REASON_SEPARATOR.join(reasons)
            if only_errors:
                text = f"原第 {row.number} 行：{text}"
            cell = _text_cell(sheet, number, len(columns) + 1, text)
            cell.font, cell.fill = ERROR_FONT, ERROR_FILL
    if not only_errors:
        for row in table.footer:  # the totals, still true of all the rows
            number += 1
            for c, column in enumerate(columns, start=1):
                _text_cell(sheet, number, c, row.values.get(column, ""))
    _widths(sheet, header, len(columns))
    sheet.freeze_panes = f"A{len(header) + 1}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_title(name: str | None) -> str:
    """Excel's limits: 31 characters, none of []:*?/\\."""
    if not name:
        return DEFAULT_SHEET
    cleaned = "".join(ch for ch in name if ch not in "[]:*?/\\")[:31]
    return cleaned or DEFAULT_SHEET


def _kept_spans(spans: Sequence[tuple[int, int, int]], kept: list[int]) -> list[tuple[int, int, int]]:
    result = []
    for level, first, last in spans:
        inside = [position for position, k in enumerate(kept) if first <= k <= last]
        if len(inside) > 1:
            result.append((level, inside[0], inside[-1]))
    return result


def _write_header(sheet: Worksheet, header: list[list[str]], spans: Sequence[tuple[int, int, int]], width: int) -> None:
    for r, cells in enumerate(header, start=1):
        for c, text in enumerate(cells[:width], start=1):
            cell = _text_cell(sheet, r, c, text)
            cell.font, cell.alignment = HEADER_FONT, HEADER_ALIGNMENT
    for level, first, last in spans:
        sheet.merge_cells(start_row=level + 1, start_column=first + 1, end_row=level + 1, end_column=last + 1)
    spanned = {(level, c) for level, first, last in spans for c in range(first, last + 1)}
    for c in range(width):
        top = _standing_alone(header, c, spanned)
        if top is not None:
            sheet.merge_cells(start_row=top + 1, start_column=c + 1, end_row=len(header), end_column=c + 1)
    reason = _text_cell(sheet, 1, width + 1, ERROR_COLUMN)
    reason.font, reason.alignment = Font(bold=True, color="9C0006"), HEADER_ALIGNMENT
    if len(header) > 1:
        sheet.merge_cells(start_row=1, start_column=width + 1, end_row=len(header), end_column=width + 1)


def _standing_alone(header: list[list[str]], c: int, spanned: set[tuple[int, int]]) -> int | None:
    """The header row of a name with nothing under it (序号 beside 房产信息/楼栋), which stood over
    the header rows below it, or None."""
    top = next((r for r, cells in enumerate(header) if cells[c].strip()), None)
    if top is None or top == len(header) - 1 or (top, c) in spanned:
        return None
    return None if any(cells[c].strip() for cells in header[top + 1 :]) else top


def _text_cell(sheet: Worksheet, row: int, column: int, text: str) -> Cell | MergedCell:
    """A string cell, whatever the text looks like: openpyxl would take ``=…`` for a formula."""
    cell = sheet.cell(row=row, column=column)
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", text)
    cell.data_type = "s"
    return cell


def _widths(sheet: Worksheet, header: list[list[str]], width: int) -> None:
    for c in range(1, width + 2):
        longest = max((len(cells[c - 1]) for cells in header if c - 1 < len(cells)), default=4)
        sheet.column_dimensions[get_column_letter(c)].width = min(MAX_COLUMN_WIDTH, max(8, longest * 2 + 2))
    sheet.column_dimensions[get_column_letter(width + 1)].width = MAX_COLUMN_WIDTH
