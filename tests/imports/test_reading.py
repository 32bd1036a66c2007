"""Reading exports: the kind of file by its bytes, encodings, headers, and typed refusals."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import pytest
import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st

from saas.core.money import fen_to_yuan
from saas.imports.errors import ImportErrorCode, ImportFileError
from saas.imports.reading import Table, read_table
from tests.imports import samples

HOUSES = (
    "小区,楼栋,房号,业主,电话,建筑面积\r\n"
    "京华园,1号楼,101,张伟,13911112222,89.5㎡\r\n"
    "京华园,1号楼,102,王芳,13911113333,118.62\r\n"
)


def refusal(data: bytes, **kwargs: object) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        read_table(data, **kwargs)  # type: ignore[arg-type]
    return caught.value


def rows_of(table: Table) -> list[tuple[int, dict[str, str]]]:
    return [(row.number, row.values) for row in table.rows]


# The seeded sample set -------------------------------------------------------------------------


def test_siyuan_gbk_export_reports_every_seeded_defect_and_nothing_else() -> None:
    data, expected = samples.siyuan_with_defects()
    table = read_table(data)
    assert table.encoding == "gb18030"
    assert table.header_rows == 1
    assert table.columns == samples.SIYUAN_COLUMNS  # the title row above the header is skipped
    assert [row.number for row in table.rows] == list(range(3, 43))  # three trailing empty rows ignored
    assert samples.cell_problems(table, samples.SIYUAN_PARSERS) == expected


def test_mingyuan_workbook_reports_every_seeded_defect_and_nothing_else() -> None:
    data, expected = samples.mingyuan_with_defects()
    table = read_table(data)
    assert (table.sheet, table.encoding, table.header_rows) == ("客户房产台账", None, 2)
    assert table.columns == samples.MINGYUAN_COLUMNS
    assert [row.number for row in table.rows] == list(range(4, 44))  # five formatted empty rows ignored
    assert samples.cell_problems(table, samples.MINGYUAN_PARSERS) == expected


def test_clean_exports_have_no_defects() -> None:
    houses = samples.estate()
    siyuan = read_table(samples.siyuan_csv(houses))
    mingyuan = read_table(samples.mingyuan_xlsx(houses))
    assert samples.cell_problems(siyuan, samples.SIYUAN_PARSERS) == set()
    assert samples.cell_problems(mingyuan, samples.MINGYUAN_PARSERS) == set()
    assert len(siyuan.rows) == len(mingyuan.rows) == len(houses) == 40


def test_workbook_cells_read_as_the_user_sees_them() -> None:
    house = samples.estate()[0]
    row = read_table(samples.mingyuan_xlsx()).rows[0].values
    assert row["客户信息/入住日期"] == house.handover.isoformat()  # an Excel date cell
    assert row["客户信息/手机号码"] == house.phone  # a number cell, without ".0"
    assert row["房产信息/建筑面积"] == f"{house.building_area.normalize()}"
    arrears = house.receivable_fen - house.received_fen
    assert row["费用信息/欠费金额"] == fen_to_yuan(arrears).rstrip("0").rstrip(".")  # cached formula value


def test_gbk_and_utf8_with_bom_read_the_same() -> None:
    tables = {enc: read_table(samples.siyuan_csv(encoding=enc)) for enc in ("gbk", "gb18030", "utf-8-sig", "utf-8")}
    assert {enc: t.encoding for enc, t in tables.items()} == {
        "gbk": "gb18030",
        "gb18030": "gb18030",
        "utf-8-sig": "utf-8-sig",
        "utf-8": "utf-8",
    }
    first = tables["gbk"]
    for table in tables.values():
        assert (table.columns, rows_of(table)) == (first.columns, rows_of(first))
    assert first.rows[0].values["证件号码"].strip() == samples.estate()[0].id_number


def test_old_xls_with_merged_two_row_header() -> None:
    table = read_table(samples.xls_two_row_header())
    assert table.header_rows == 2
    assert table.columns == ["序号", "房产信息/楼栋", "房产信息/房号", "房产信息/建筑面积", "交房日期"]
    assert rows_of(table)[0] == (
        3,
        {
            "序号": "1",
            "房产信息/楼栋": "1号楼",
            "房产信息/房号": "101",
            "房产信息/建筑面积": "89.5",
            "交房日期": "2012-09-30",
        },
    )


def test_demo_samples_are_what_the_builders_make() -> None:
    assert (samples.SAMPLES_DIR / samples.SIYUAN_FILE).read_bytes() == samples.siyuan_csv()
    assert (samples.SAMPLES_DIR / samples.MINGYUAN_FILE).read_bytes() == samples.mingyuan_xlsx()


# The kind of file ------------------------------------------------------------------------------


def test_kind_is_told_by_the_bytes() -> None:
    assert read_table(samples.mingyuan_xlsx()).sheet == "客户房产台账"
    assert read_table(samples.xls_two_row_header()).sheet == "房产"
    assert read_table(HOUSES.encode()).sheet is None


def test_encrypted_workbook() -> None:
    data = samples.encrypted_xlsx()
    assert data.startswith(b"\xd0\xcf\x11\xe0")
    assert refusal(data).code == ImportErrorCode.FILE_ENCRYPTED


def _zip(names: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in names.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        _zip({"word/document.xml": b"<w:document/>", "[Content_Types].xml": b"<Types/>"}),
        b"PK\x03\x04 not really a zip",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,  # an OLE2 header with no workbook inside
        b"<html><body><table><tr><td>\xe6\x88\xbf\xe5\x8f\xb7</td></tr></table></body></html>",
        b"\x00\x01\x02\x03binary\x00",
        _zip({"xl/workbook.xml": b"garbage", "[Content_Types].xml": b"<Types/>"}),
        samples.mingyuan_xlsx()[:4000],
    ],
    ids=[
        "pdf",
        "png",
        "docx",
        "broken-zip",
        "ole2-without-workbook",
        "html-named-xls",
        "binary",
        "bad-xlsx",
        "cut-xlsx",
    ],
)
def test_unsupported_files(data: bytes) -> None:
    assert refusal(data).code == ImportErrorCode.UNSUPPORTED_FILE


@pytest.mark.parametrize(
    "data",
    [b"", b" \r\n\r\n", "房号,业主\r\n".encode(), "房号,业主\r\n,\r\n,\r\n".encode(), samples.simple_xlsx([])],
    ids=["nothing", "blank-lines", "header-only", "header-and-empty-rows", "empty-workbook"],
)
def test_empty_files(data: bytes) -> None:
    assert refusal(data).code == ImportErrorCode.EMPTY_FILE


# Encodings -------------------------------------------------------------------------------------


def test_an_unknown_encoding_previews_the_two_best_guesses() -> None:
    data = "Name,Note\r\nRené,café crème\r\n".encode("cp1252")
    error = refusal(data)
    assert error.code == ImportErrorCode.UNKNOWN_ENCODING
    guesses = error.detail["guesses"]
    assert len(guesses) == 2
    assert all(g["encoding"] and g["preview"].startswith("Name,Note") for g in guesses)
    assert guesses[0]["encoding"] in error.message


def test_a_damaged_gbk_file_is_not_guessed() -> None:
    data = HOUSES.encode("gbk")
    cut = data.index("王".encode("gbk"))
    error = refusal(data[:cut] + data[cut + 1 :])  # half a character lost
    assert error.code == ImportErrorCode.UNKNOWN_ENCODING
    assert "gb18030" in [g["encoding"] for g in error.detail["guesses"]]
    preview = next(g["preview"] for g in error.detail["guesses"] if g["encoding"] == "gb18030")
    assert preview.startswith("小区,楼栋,房号")


def test_the_encoding_can_be_given() -> None:
    data = HOUSES.encode("gbk")
    assert read_table(data, encoding="gbk").rows[0].values["业主"] == "张伟"
    wrong = refusal(data, encoding="utf-8")
    assert wrong.code == ImportErrorCode.UNKNOWN_ENCODING
    assert wrong.detail["tried"] == "utf-8"
    assert refusal(data, encoding="no-such-codec").code == ImportErrorCode.UNKNOWN_ENCODING


def test_utf16_tab_separated_text() -> None:
    """Excel's “Unicode text” export: UTF-16 with a BOM, tabs between cells."""
    table = read_table(HOUSES.replace(",", "\t").encode("utf-16"))
    assert table.encoding == "utf-16"
    assert table.rows[1].values == {
        "小区": "京华园",
        "楼栋": "1号楼",
        "房号": "102",
        "业主": "王芳",
        "电话": "13911113333",
        "建筑面积": "118.62",
    }


# Rows and cells --------------------------------------------------------------------------------


def test_row_numbers_are_the_rows_the_user_sees() -> None:
    text = '房号,备注\r\n101,"两行\r\n备注"\r\n\r\n102,空行之后\r\n103,="0103"\r\n,\r\n\r\n'
    table = read_table(text.encode())
    assert rows_of(table) == [
        (2, {"房号": "101", "备注": "两行\r\n备注"}),
        (4, {"房号": "102", "备注": "空行之后"}),
        (5, {"房号": "103", "备注": "0103"}),  # Excel's ="…" keeps leading zeros
    ]


def test_workbook_offsets_and_cell_kinds() -> None:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("房屋")
    for c, name in enumerate(["房号", "电话", "合计", "交房时间", "有电梯"]):
        sheet.write(3, 2 + c, name)
    sheet.write(4, 2, "101")
    sheet.write_number(4, 3, 13911112222)
    sheet.write_formula(4, 4, "=0.1+0.2", None, 0.30000000000000004)
    sheet.write_datetime(4, 5, datetime(2024, 3, 5, 14, 30), book.add_format({"num_format": "yyyy-mm-dd hh:mm"}))
    sheet.write_boolean(4, 6, True)
    book.close()
    table = read_table(buffer.getvalue())
    assert rows_of(table) == [
        (5, {"房号": "101", "电话": "13911112222", "合计": "0.3", "交房时间": "2024-03-05 14:30:00", "有电梯": "TRUE"})
    ]


def test_first_visible_sheet_or_the_named_one() -> None:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    hidden = book.add_worksheet("说明")
    hidden.write(0, 0, "本表由系统导出")
    hidden.hide()
    houses = book.add_worksheet("房屋")
    houses.write_row(0, 0, ["房号", "面积"])
    houses.write_row(1, 0, ["101", 89.5])
    fees = book.add_worksheet("欠费")
    fees.write_row(0, 0, ["房号", "欠费"])
    fees.write_row(1, 0, ["101", 120])
    houses.activate()
    book.close()
    data = buffer.getvalue()
    assert read_table(data).sheet == "房屋"
    assert read_table(data, sheet="欠费").rows[0].values == {"房号": "101", "欠费": "120"}
    missing = refusal(data, sheet="车位")
    assert missing.code == ImportErrorCode.SHEET_NOT_FOUND
    assert missing.detail == {"sheet": "车位", "sheets": ["说明", "房屋", "欠费"]}


def test_too_many_rows() -> None:
    data = samples.siyuan_csv()
    assert len(read_table(data, max_rows=40).rows) == 40
    error = refusal(data, max_rows=39)
    assert error.code == ImportErrorCode.TOO_MANY_ROWS
    assert "39" in error.message
    assert refusal(samples.mingyuan_xlsx(), max_rows=10).code == ImportErrorCode.TOO_MANY_ROWS


# Headers ---------------------------------------------------------------------------------------


def test_two_row_header_in_csv() -> None:
    text = (
        "序号,房屋信息,,,业主信息,,\r\n"
        ",楼栋,单元,房号,姓名,电话,身份证号\r\n"
        "1,1号楼,1单元,101,张伟,13911112222,110105194912310021\r\n"
    )
    table = read_table(text.encode("gbk"))
    assert table.header_rows == 2
    assert table.columns == [
        "序号", "房屋信息/楼栋", "房屋信息/单元", "房屋信息/房号",
        "业主信息/姓名", "业主信息/电话", "业主信息/身份证号",
    ]  # fmt: skip
    assert table.header_spans == ((0, 1, 3), (0, 4, 6))
    assert table.rows[0].number == 3


def test_a_data_row_is_not_taken_for_a_second_header_row() -> None:
    """The header's blank column looks like a span, but the next row fills columns outside it."""
    error = refusal("房号,业主,,电话\r\n101,张伟,备注,13911112222\r\n".encode())
    assert error.code == ImportErrorCode.MISSING_HEADER
    assert error.detail == {"column": "C", "row": 2}


def test_header_rows_can_be_given() -> None:
    """Child names that are numbers (years) are not recognised as a header row; saying so reads them."""
    text = "房号,欠费（年度）,\r\n,2024,2025\r\n101,120.00,360.00\r\n"
    assert refusal(text.encode()).code == ImportErrorCode.MISSING_HEADER
    table = read_table(text.encode(), header_rows=2)
    assert table.columns == ["房号", "欠费（年度）/2024", "欠费（年度）/2025"]
    assert rows_of(table) == [(3, {"房号": "101", "欠费（年度）/2024": "120.00", "欠费（年度）/2025": "360.00"})]


def test_duplicate_columns() -> None:
    csv_error = refusal("房号,联系电话,业主,联系电话\r\n101,139,张伟,138\r\n".encode())
    assert csv_error.code == ImportErrorCode.DUPLICATE_COLUMN
    assert csv_error.detail == {"name": "联系电话", "columns": ["B", "D"]}
    xlsx_error = refusal(samples.simple_xlsx([["房号", "面积", " 面积 "], ["101", 89.5, 90]]))
    assert xlsx_error.detail == {"name": "面积", "columns": ["B", "C"]}


def test_merged_cells_over_data_rows() -> None:
    error = refusal(samples.mingyuan_xlsx(merge_over_data="C4:C7"))
    assert error.code == ImportErrorCode.MERGED_CELLS_IN_DATA
    assert error.detail == {"ranges": ["C4:C7"], "rows": [4], "columns": ["C"]}
    assert "C4:C7" in error.message


def test_merges_in_the_title_and_header_are_fine_and_offsets_count() -> None:
    rows: list[list[object]] = [[], [], [None, "房屋信息"], [None, "楼栋", "房号"], [None, "1号楼", "101"]]
    table = read_table(samples.simple_xlsx(rows, merges={"B3:C3": "房屋信息"}))
    assert table.columns == ["房屋信息/楼栋", "房屋信息/房号"]
    assert rows_of(table) == [(5, {"房屋信息/楼栋": "1号楼", "房屋信息/房号": "101"})]
    error = refusal(
        samples.simple_xlsx([*rows, [None, "2号楼", "201"]], merges={"B3:C3": "房屋信息", "B5:B6": "1号楼"})
    )
    assert error.detail["ranges"] == ["B5:B6"]


def test_an_unnamed_empty_column_is_dropped_and_a_named_one_kept() -> None:
    table = read_table("房号,,备注,业主\r\n101,,,张伟\r\n".encode())
    assert table.columns == ["房号", "备注", "业主"]
    assert rows_of(table) == [(2, {"房号": "101", "备注": "", "业主": "张伟"})]


def test_header_names_keep_their_characters() -> None:
    table = read_table('房号,"建筑面积\n（㎡）",  业主\u3000姓名 \r\n101,89.5,张伟\r\n'.encode())
    assert table.columns == ["房号", "建筑面积 （㎡）", "业主 姓名"]  # no NFKC: ㎡ stays ㎡


def test_dates_in_a_year_first_text_stay_text() -> None:
    """Reading never parses: a CSV date is its text, parsed later by cells.parse_date."""
    table = read_table("房号,交房日期\r\n101,2012/9/30\r\n".encode())
    assert table.rows[0].values["交房日期"] == "2012/9/30"


# Any bytes at all ------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.binary(max_size=200).map(lambda tail: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + tail),
        st.binary(max_size=200).map(lambda tail: b"PK\x03\x04" + tail),
        st.text(max_size=200).map(lambda text: text.encode("utf-8")),
        st.text(alphabet='房号业主，,\r\n"=楼栋 1２', max_size=200).map(lambda text: text.encode("gb18030")),
    )
)
def test_any_bytes_give_a_table_or_a_coded_refusal(data: bytes) -> None:
    try:
        table = read_table(data)
    except ImportFileError as error:
        assert error.code in ImportErrorCode.__members__.values()
        assert error.message
    else:
        assert table.rows
        assert len(set(table.columns)) == len(table.columns)
        assert all(set(row.values) == set(table.columns) for row in table.rows)


def test_a_sep_line_names_the_delimiter_and_is_not_a_row() -> None:
    table = read_table("sep=;\r\n房号;业主\r\n101;张伟\r\n".encode())
    assert rows_of(table) == [(2, {"房号": "101", "业主": "张伟"})]


def test_old_xls_with_merged_cells_over_data_away_from_a1() -> None:
    import xlwt  # type: ignore[import-untyped]

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("房产")
    sheet.write_merge(3, 3, 2, 3, "房产信息")
    sheet.write(4, 2, "楼栋")
    sheet.write(4, 3, "房号")
    sheet.write(5, 2, "1号楼")
    sheet.write(5, 3, "101")
    sheet.write_merge(6, 7, 2, 2, "2号楼")
    sheet.write(6, 3, "201")
    sheet.write(7, 3, "202")
    buffer = io.BytesIO()
    book.save(buffer)
    error = refusal(buffer.getvalue())
    assert error.code == ImportErrorCode.MERGED_CELLS_IN_DATA
    assert error.detail == {"ranges": ["C7:C8"], "rows": [7], "columns": ["C"]}


def test_totals_rows_are_kept_apart_and_may_be_merged() -> None:
    houses = samples.estate()
    for data in (
        samples.siyuan_csv(houses, trailing_empty=2),
        samples.mingyuan_xlsx(houses, trailing_formatted_rows=3),
    ):
        table = read_table(data)
        assert len(table.rows) == 40
        assert len(table.footer) == 1
    siyuan = read_table(samples.siyuan_csv(houses)).footer[0]
    assert siyuan.number == 43
    assert siyuan.values["管理处"] == "合计：40户"
    assert siyuan.values["建筑面积(㎡)"] == f"{sum(h.building_area for h in houses):.2f}"
    mingyuan = read_table(samples.mingyuan_xlsx(houses)).footer[0]  # merged A44:E44, SUM formulas
    assert mingyuan.number == 44
    assert mingyuan.values["序号"] == "合计（40 户）"
    total_arrears = sum(h.arrears_fen for h in houses)
    assert mingyuan.values["费用信息/欠费金额"] == fen_to_yuan(total_arrears).rstrip("0").rstrip(".")


def test_a_totals_word_inside_the_data_is_data() -> None:
    table = read_table("房号,备注\r\n101,合计两套\r\n合计,\r\n102,\r\n".encode())
    assert [row.values["房号"] for row in table.rows] == ["101", "合计", "102"]
    assert table.footer == ()


def test_damaged_utf8_is_refused_with_utf8_as_the_first_guess() -> None:
    data = HOUSES.encode("utf-8")
    cut = data.index("王".encode()) + 1
    error = refusal(data[:cut] + data[cut + 1 :])  # one byte of 王 lost
    assert error.code == ImportErrorCode.UNKNOWN_ENCODING
    assert error.detail["guesses"][0]["encoding"] == "utf-8"
    assert error.detail["guesses"][0]["preview"].startswith("小区,楼栋,房号")
