"""From a grid of cell texts to a table: where the header is, what the columns are called, which
rows hold data. The same rules serve CSV and Excel; Excel adds its merged ranges.

Rules (a person reading the sheet would see the same):
- Leading rows whose only filled cell is the first (a title such as “京华园住户信息表”, an export
  date) in a table at least three columns wide are a preamble, not the header.
- A header of several rows is recognised when a header cell spans children: an Excel merge across
  columns, or in CSV a name followed by empty cells; the next row must then name every child and
  leave the other columns empty (or repeat their name). The columns are called “父/子”.
- Trailing rows that start with 合计, 总计, 小计 or 共 N 户/条 are totals, kept apart in
  ``Table.footer`` (merged cells there are fine).
- Empty rows are skipped (their numbers are kept by the rows after them); trailing empty columns
  are ignored, and an empty column without a name is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from saas.imports.cells import INVISIBLE_RE, WHITESPACE_RE, normalise_text
from saas.imports.errors import ImportErrorCode, ImportFileError

MAX_HEADER_ROWS = 3
MAX_PREAMBLE_ROWS = 5
MAX_FOOTER_ROWS = 5
FOOTER_RE = re.compile(r"^(?:合计|总计|共计|小计|总合计|本页合计|累计)|^共 ?\d+ ?[条户行笔项套间]")
MIN_WIDTH_FOR_TITLE = 3
NUMBER_CHARS = frozenset("0123456789.,-+ ")


@dataclass(frozen=True)
class SourceRow:
    """One data row: ``number`` as the user sees it (the Excel row, the CSV line counting the
    header), ``values`` each column's cell text as read."""

    number: int
    values: dict[str, str]


@dataclass(frozen=True)
class Table:
    """A sheet or CSV file read as named columns and data rows.

    ``header`` holds the header rows' own cell texts in the columns' order (merged cells only in
    their first cell) and ``header_spans`` the header cells that span several columns, as (row index
    in ``header``, first column, last column), so an error file can show the header as the user
    made it. ``footer`` holds the totals rows after the data (合计…), which a reconciliation can
    compare with what it imported."""

    columns: list[str]
    rows: list[SourceRow]
    encoding: str | None
    sheet: str | None
    header_rows: int
    header: tuple[tuple[str, ...], ...] = ()
    header_spans: tuple[tuple[int, int, int], ...] = ()
    footer: tuple[SourceRow, ...] = ()


@dataclass(frozen=True)
class Merge:
    """A merged range: 1-based first and last row numbers, 0-based first and last columns."""

    first_row: int
    first_col: int
    last_row: int
    last_col: int

    @property
    def ref(self) -> str:
        return f"{column_letter(self.first_col)}{self.first_row}:{column_letter(self.last_col)}{self.last_row}"


@dataclass
class Grid:
    """The non-empty rows of a sheet, each with its number, plus the sheet's merged ranges."""

    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    from_excel: bool = False


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how Excel names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def header_text(text: str) -> str:
    """A header cell as a column name: as written (no NFKC, so 建筑面积（㎡） stays), whitespace
    runs and line breaks as one space, trimmed."""
    return WHITESPACE_RE.sub(" ", INVISIBLE_RE.sub("", text)).strip()


def is_empty(text: str) -> bool:
    return not text.strip()


def build_table(
    grid: Grid, *, header_rows: int | None, max_rows: int, encoding: str | None, sheet: str | None
) -> Table:
    rows = grid.rows
    if not rows:
        raise ImportFileError(ImportErrorCode.EMPTY_FILE)
    width = max(_last_filled(cells) for _, cells in rows) + 1
    start = _preamble_length(rows, width)
    if header_rows is None:
        header_rows = _detect_header_rows(rows[start:], width, grid)
    elif header_rows < 1:
        raise ValueError("header_rows counts the header's rows: 1 or more")
    header = [_padded(cells, width) for _, cells in rows[start : start + header_rows]]
    if len(header) < header_rows:
        raise ImportFileError(ImportErrorCode.EMPTY_FILE)
    header_numbers = [number for number, _ in rows[start : start + header_rows]]
    data = rows[start + header_rows :]
    footer_length = _footer_length(data)
    data, footer = data[: len(data) - footer_length], data[len(data) - footer_length :]
    if not data:
        raise ImportFileError(ImportErrorCode.EMPTY_FILE)
    if len(data) > max_rows:
        raise ImportFileError(ImportErrorCode.TOO_MANY_ROWS, limit=max_rows)
    _refuse_merges_over_data(grid.merges, header_numbers[-1], footer[0][0] if footer else None)
    spans = _spans(header, header_numbers, grid)
    names = _column_names(header, spans)
    kept = _kept_columns(names, data, width)
    _refuse_duplicates(names, kept)

    def source_row(number: int, cells: list[str]) -> SourceRow:
        return SourceRow(number, {names[j]: (cells[j] if j < len(cells) else "") for j in kept})

    return Table(
        columns=[names[j] for j in kept],
        rows=[source_row(number, cells) for number, cells in data],
        encoding=encoding,
        sheet=sheet,
        header_rows=header_rows,
        header=tuple(tuple(cells[j] for j in kept) for cells in header),
        header_spans=_kept_spans(spans, kept),
        footer=tuple(source_row(number, cells) for number, cells in footer),
    )


def _footer_length(data: list[tuple[int, list[str]]]) -> int:
    """How many of the last rows are totals (合计, 总计, 共 40 户…) rather than data."""
    count = 0
    while count < min(MAX_FOOTER_ROWS, len(data)):
        cells = data[len(data) - 1 - count][1]
        first = next((text for text in cells if not is_empty(text)), "")
        if not FOOTER_RE.match(normalise_text(first)):
            break
        count += 1
    return count


def _kept_spans(spans: list[list[tuple[int, int]]], kept: list[int]) -> tuple[tuple[int, int, int], ...]:
    """The spans in the kept columns' positions (a dropped empty column narrows its span)."""
    result = []
    for level, level_spans in enumerate(spans):
        for first, last in level_spans:
            inside = [k for k, j in enumerate(kept) if first <= j <= last]
            if len(inside) > 1:
                result.append((level, inside[0], inside[-1]))
    return tuple(result)


def _last_filled(cells: Sequence[str]) -> int:
    for j in range(len(cells) - 1, -1, -1):
        if not is_empty(cells[j]):
            return j
    return -1


def _padded(cells: Sequence[str], width: int) -> list[str]:
    return [*cells[:width], *[""] * (width - len(cells))]


def _filled_count(cells: Sequence[str]) -> int:
    return sum(1 for text in cells if not is_empty(text))


def _preamble_length(rows: list[tuple[int, list[str]]], width: int) -> int:
    if width < MIN_WIDTH_FOR_TITLE:
        return 0
    count = 0
    while (
        count < min(MAX_PREAMBLE_ROWS, len(rows) - 1)
        and _filled_count(rows[count][1]) == 1
        and not is_empty(rows[count][1][0])
    ):
        count += 1
    return count


def _detect_header_rows(rows: list[tuple[int, list[str]]], width: int, grid: Grid) -> int:
    count = 1
    while count < MAX_HEADER_ROWS and count < len(rows):
        number, upper = rows[count - 1]
        lower_number, lower = rows[count]
        if lower_number != number + 1:
            break  # an empty row ends the header
        spans = _row_spans(_padded(upper, width), number, grid)
        if not spans or not _names_children(_padded(upper, width), _padded(lower, width), spans):
            break
        count += 1
    return count


def _row_spans(cells: list[str], number: int, grid: Grid) -> list[tuple[int, int]]:
    """The (first, last) columns of the cells in this row that span several columns."""
    if grid.from_excel:
        merged = [
            (m.first_col, m.last_col)
            for m in grid.merges
            if m.first_row <= number <= m.last_row and m.last_col > m.first_col
        ]
        if merged:
            return sorted(merged)
    spans = []
    j = 0
    while j < len(cells):
        if is_empty(cells[j]):
            j += 1
            continue
        last = j
        while last + 1 < len(cells) and is_empty(cells[last + 1]):
            last += 1
        if last > j:
            spans.append((j, last))
        j = last + 1
    return spans


def _names_children(upper: list[str], lower: list[str], spans: list[tuple[int, int]]) -> bool:
    """Whether ``lower`` reads as the row of child names under ``upper``'s spanning cells."""
    inside = {j for first, last in spans for j in range(first, last + 1)}
    for j, text in enumerate(lower):
        filled = not is_empty(text)
        if filled and set(text.strip()) <= NUMBER_CHARS:
            return False  # a number is data, never a column name
        if j in inside:
            if not filled:
                return False
        elif filled and not (is_empty(upper[j]) or text.strip() == upper[j].strip()):
            return False
    return True


def _spans(header: list[list[str]], numbers: list[int], grid: Grid) -> list[list[tuple[int, int]]]:
    """Per header row above the last, the spanning cells whose name the columns below inherit."""
    spans: list[list[tuple[int, int]]] = []
    for level, cells in enumerate(header):
        if level == len(header) - 1:
            spans.append([])
        else:
            spans.append(_row_spans(cells, numbers[level], grid))
    return spans


def _column_names(header: list[list[str]], spans: list[list[tuple[int, int]]]) -> list[str]:
    width = len(header[0])
    parts: list[list[str]] = [[] for _ in range(width)]
    for level, cells in enumerate(header):
        filled = list(cells)
        for first, last in spans[level]:
            for j in range(first + 1, last + 1):
                filled[j] = cells[first]
        for j in range(width):
            name = header_text(filled[j])
            if name and (not parts[j] or parts[j][-1] != name):
                parts[j].append(name)
    return ["/".join(p) for p in parts]


def _kept_columns(names: list[str], data: Iterable[tuple[int, list[str]]], width: int) -> list[int]:
    unnamed = [j for j in range(width) if not names[j]]
    for number, cells in data:
        for j in unnamed:
            if j < len(cells) and not is_empty(cells[j]):
                raise ImportFileError(
                    ImportErrorCode.MISSING_HEADER,
                    detail={"column": column_letter(j), "row": number},
                    column=column_letter(j),
                )
    return [j for j in range(width) if names[j]]


def _refuse_duplicates(names: list[str], kept: list[int]) -> None:
    seen: dict[str, list[int]] = {}
    for j in kept:
        seen.setdefault(names[j], []).append(j)
    for name, positions in seen.items():
        if len(positions) > 1:
            letters = [column_letter(j) for j in positions]
            raise ImportFileError(
                ImportErrorCode.DUPLICATE_COLUMN,
                detail={"name": name, "columns": letters},
                name=name,
                columns="、".join(letters),
            )


def _refuse_merges_over_data(merges: list[Merge], last_header_number: int, first_footer_number: int | None) -> None:
    """Merges in the title, the header or the totals are layout; over data rows they hide values."""
    over_data = [
        m
        for m in merges
        if m.last_row > last_header_number and (first_footer_number is None or m.first_row < first_footer_number)
    ]
    if over_data:
        refs = [m.ref for m in over_data]
        raise ImportFileError(
            ImportErrorCode.MERGED_CELLS_IN_DATA,
            detail={
                "ranges": refs,
                "rows": sorted({m.first_row for m in over_data}),
                "columns": sorted({column_letter(m.first_col) for m in over_data}),
            },
            ranges="、".join(refs[:5]) + ("…" if len(refs) > 5 else ""),
        )
