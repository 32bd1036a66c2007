"""The error file: the user's sheet back with a 错误原因 column, fixable and re-uploadable."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from saas.imports.errorfile import ERROR_COLUMN, error_file
from saas.imports.errors import CellError
from saas.imports.reading import SourceRow, Table, read_table
from tests.imports import samples


def defect_messages(table: Table, parsers: dict) -> dict[int, list[str]]:  # type: ignore[type-arg]
    """Row number → the messages ``cell_problems`` finds, as the import's dry run would give them."""
    messages: dict[int, list[str]] = {}
    for number, column, code in sorted(samples.cell_problems(table, parsers)):
        messages.setdefault(number, []).append(f"{column}：{code}")
    return messages


def values(table: Table) -> list[dict[str, str]]:
    return [row.values for row in table.rows]


def test_round_trip_keeps_the_two_row_header_and_every_cell() -> None:
    data, expected = samples.mingyuan_with_defects()
    table = read_table(data)
    errors = defect_messages(table, samples.MINGYUAN_PARSERS)
    assert set(errors) == {number for number, _, _ in expected}
    back = read_table(error_file(table, errors))
    assert back.header_rows == 2
    assert back.sheet == table.sheet
    assert back.columns == [*table.columns, ERROR_COLUMN]
    assert len(back.rows) == len(table.rows)
    for original, returned in zip(table.rows, back.rows, strict=True):
        reason = returned.values.pop(ERROR_COLUMN)
        assert returned.values == original.values
        assert reason == "；".join(errors.get(original.number, []))


def test_the_header_comes_back_merged() -> None:
    table = read_table(samples.mingyuan_xlsx())
    sheet = load_workbook(io.BytesIO(error_file(table, {}))).active
    assert sheet is not None
    merged = {str(r) for r in sheet.merged_cells.ranges}
    # 序号 over both header rows, 房产信息 over B–G, 客户信息 over H–L, 费用信息 over M–O, and 错误原因.
    assert merged == {"A1:A2", "B1:G1", "H1:L1", "M1:O1", "P1:P2"}


def test_only_the_bad_rows_say_where_they_came_from() -> None:
    data, expected = samples.siyuan_with_defects()
    table = read_table(data)
    errors = defect_messages(table, samples.SIYUAN_PARSERS)
    back = read_table(error_file(table, errors, only_errors=True))
    assert [row.values["房号"] for row in back.rows] == [
        next(r for r in table.rows if r.number == number).values["房号"] for number in sorted(errors)
    ]
    assert [row.values[ERROR_COLUMN].split("：")[0] for row in back.rows] == [f"原第 {n} 行" for n in sorted(errors)]
    assert len(back.rows) == len({number for number, _, _ in expected}) == 7


def test_fixed_and_uploaded_again_it_passes_and_a_new_error_file_has_one_reason_column() -> None:
    data, _ = samples.mingyuan_with_defects()
    table = read_table(data)
    errors = defect_messages(table, samples.MINGYUAN_PARSERS)
    book = load_workbook(io.BytesIO(error_file(table, errors, only_errors=True)))
    sheet = book.active
    assert sheet is not None
    fixes = {
        "客户信息/入住日期": "2015-03-05",
        "客户信息/证件号码": samples.estate()[4].id_number,
        "房产信息/套内面积": "70",
        "费用信息/欠费金额": "12.35",
        "客户信息/性别": "男",
    }
    header = [cell.value for cell in sheet[2]]
    for row in sheet.iter_rows(min_row=3):
        for column, fixed in fixes.items():
            cell = row[header.index(column.split("/")[1])]
            try:
                samples.MINGYUAN_PARSERS[column]("" if cell.value is None else str(cell.value))
            except CellError:
                cell.value = fixed
    fixed_file = io.BytesIO()
    book.save(fixed_file)
    again = read_table(fixed_file.getvalue())
    assert len(again.rows) == 5
    assert samples.cell_problems(again, samples.MINGYUAN_PARSERS) == set()
    third = read_table(error_file(again, {again.rows[0].number: ["仍有问题"]}))
    assert third.columns.count(ERROR_COLUMN) == 1
    assert third.rows[0].values[ERROR_COLUMN] == "仍有问题"
    assert third.rows[1].values[ERROR_COLUMN] == ""


def test_cells_come_back_as_the_same_text() -> None:
    table = Table(
        columns=["房号", "备注", "证件号码"],
        rows=[
            SourceRow(2, {"房号": "0101", "备注": "=1+1", "证件号码": "\t110106199208112459"}),
            SourceRow(3, {"房号": "0102", "备注": "两行\n备注\x0b", "证件号码": ""}),
        ],
        encoding="utf-8",
        sheet=None,
        header_rows=1,
    )
    back = read_table(error_file(table, {3: ["备注：太长"]}))
    assert back.sheet == "导入数据"
    assert values(back) == [
        {"房号": "0101", "备注": "=1+1", "证件号码": "\t110106199208112459", ERROR_COLUMN: ""},
        {"房号": "0102", "备注": "两行\n备注", "证件号码": "", ERROR_COLUMN: "备注：太长"},  # \x0b cannot be in xlsx
    ]


def test_a_gbk_csv_comes_back_as_a_workbook_with_its_columns() -> None:
    table = read_table(samples.siyuan_csv())
    back = read_table(error_file(table, {3: ["证件号码：BAD_ID_NUMBER"]}))
    assert (back.encoding, back.header_rows) == (None, 1)
    assert back.columns == [*samples.SIYUAN_COLUMNS, ERROR_COLUMN]
    assert values(back)[0] == {**table.rows[0].values, ERROR_COLUMN: "证件号码：BAD_ID_NUMBER"}


CELL_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r"), max_size=30
) | st.sampled_from(["0101", "=SUM(A1:A2)", "'13912345678", "１３９", "  空格  ", "\t110106199208112459", "TRUE"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(CELL_TEXT, CELL_TEXT, CELL_TEXT), min_size=1, max_size=6))
def test_any_text_survives_the_round_trip(cells: list[tuple[str, str, str]]) -> None:
    columns = ["房号", "业主", "备注"]
    rows = [SourceRow(n, dict(zip(columns, texts, strict=True))) for n, texts in enumerate(cells, start=2)]
    rows = [row for row in rows if any(text.strip() for text in row.values.values())]
    if not rows:
        return
    table = Table(columns=columns, rows=rows, encoding="utf-8", sheet=None, header_rows=1)
    back = read_table(error_file(table, {}))
    # A cell of ASCII spaces only is blank in a workbook (calamine reads it as ""), as in Excel.
    expected = [{k: v if v.strip(" ") else "" for k, v in row.items()} for row in values(table)]
    assert [{k: v for k, v in row.values.items() if k != ERROR_COLUMN} for row in back.rows] == expected


def test_totals_come_back_with_all_rows_only() -> None:
    table = read_table(samples.mingyuan_xlsx())
    assert table.footer
    back = read_table(error_file(table, {4: ["x"]}))
    assert [{k: v for k, v in row.values.items() if k != ERROR_COLUMN} for row in back.footer] == [
        row.values for row in table.footer
    ]
    assert read_table(error_file(table, {4: ["x"]}, only_errors=True)).footer == ()
