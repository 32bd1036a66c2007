"""Exports as old systems write them, built in code: clean ones and ones with seeded defects.

Two layouts of one small estate, 锦华园 and 锦华北里 in 丰台区:
- 思源-like (``siyuan_csv``): a flat CSV in GBK, one row per house with its owner and balances,
  a title row above the header, dates as ``2012/9/30``, amounts with thousands commas, ID
  numbers behind a tab (so Excel keeps them as text).
- 明源-like (``mingyuan_xlsx``): a workbook with a merged title, a two-row merged header
  (房产信息 / 客户信息 / 费用信息 over their columns, 序号 over both rows), Excel dates, phones
  typed as numbers, and 欠费金额 as a formula with its cached value.

``python -m tests.imports.samples`` writes the two clean files the demo ships
(``saas/demo/samples/``); a test checks that they are still what these builders make.

Each ``*_with_defects`` builder returns the bytes and the defects seeded into them, as
``(row number as the user sees it, column, code)``; ``cell_problems`` finds them with the parsers
of ``saas.imports.cells``, and the tests require exactly the seeded set.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter

from saas.core.idcard import check_char
from saas.core.money import fen_to_yuan
from saas.imports import cells
from saas.imports.errors import CellError
from saas.imports.reading import Table

SAMPLES_DIR = Path(__file__).resolve().parents[2] / "saas" / "demo" / "samples"
SIYUAN_FILE = "siyuan_jinhuayuan_gbk.csv"
MINGYUAN_FILE = "mingyuan_jinhuayuan.xlsx"
CREATED = datetime(2026, 11, 30, 17, 2)  # fixed, so the workbook's bytes do not change between runs

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
GIVEN_NAMES = [*"伟芳娜敏静丽强磊军洋勇艳杰娟涛明超", "秀英", "建国"]
SOLD = {"已售": True, "未售": False}
OCCUPANCY = {"自住": "self_occupied", "出租": "rented", "空置": "vacant"}
GENDER = {"男": "male", "女": "female"}


@dataclass(frozen=True)
class SampleHouse:
    community: str
    building: str
    unit: str
    room: str
    legacy_id: str
    building_area: Decimal
    usable_area: Decimal
    sold: bool
    use: str  # 自住/出租/空置
    elevator: bool
    owner: str
    gender: str  # 男/女
    id_number: str
    phone: str
    handover: date
    receivable_fen: int
    received_fen: int
    prepaid_fen: int

    @property
    def arrears_fen(self) -> int:
        return self.receivable_fen - self.received_fen


def id_number(rng: random.Random, born: date, male: bool) -> str:
    """A valid 居民身份证 number of 丰台区 (110106); the sequence's last digit is odd for men."""
    sequence = rng.randrange(0, 50) * 20 + rng.randrange(0, 5) * 2 + (1 if male else 0)
    first17 = f"110106{born:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)


def estate(seed: int = 18) -> list[SampleHouse]:
    """Two communities, 3 buildings, 2 units each, a few floors: 40 houses."""
    rng = random.Random(seed)
    houses = []
    plan = [("锦华园", "JHY", 2, 3), ("锦华北里", "JHBL", 1, 4)]
    for community, code, buildings, floors in plan:
        for b in range(1, buildings + 1):
            for u in range(1, 3):
                for floor in range(1, floors + 1):
                    for door in (1, 2):
                        room = f"{floor}{door:02d}"
                        male = rng.random() < 0.5
                        born = date(rng.randrange(1950, 1996), rng.randrange(1, 13), rng.randrange(1, 29))
                        area = Decimal(rng.choice(["78.56", "89.50", "118.62", "138.90"]))
                        receivable = int(area * 100) * rng.choice([36, 42, 48])  # ¥3.6–4.8/㎡ a month, a year
                        received = receivable if rng.random() < 0.7 else receivable - rng.randrange(1, 6) * 12345
                        house = SampleHouse(
                            community=community,
                            building=f"{b}号楼",
                            unit=f"{u}单元",
                            room=room,
                            legacy_id=f"{code}-{b:02d}-{u}-{room}",
                            building_area=area,
                            usable_area=(area * Decimal("0.8")).quantize(Decimal("0.01")),
                            sold=True,
                            use=rng.choice(["自住", "自住", "自住", "出租", "空置"]),
                            elevator=floors > 3,
                            owner=rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES),
                            gender="男" if male else "女",
                            id_number=id_number(rng, born, male),
                            phone=f"1{rng.choice('3589')}{rng.randrange(10**9):09d}",
                            handover=date(2012, 9, 30) if community == "锦华园" else date(2015, 6, 18),
                            receivable_fen=receivable,
                            received_fen=received,
                            prepaid_fen=rng.choice([0, 0, 0, 50000, 120000]) if received == receivable else 0,
                        )
                        if community == "锦华北里" and u == 2 and floor == floors:  # still the developer's: no owner
                            house = replace(
                                house, sold=False, use="空置", owner="", gender="", id_number="", phone="",
                                receivable_fen=0, received_fen=0, prepaid_fen=0,
                            )  # fmt: skip
                        houses.append(house)
    return houses


# 思源-like CSV ----------------------------------------------------------------------------------

SIYUAN_TITLE = "锦华园物业管理处 房产及业主资料（导出时间：2026-11-30 17:02）"
SIYUAN_COLUMNS = [
    "管理处", "小区名称", "楼栋名称", "单元", "房号", "房屋编号", "建筑面积(㎡)", "套内面积(㎡)", "房屋状态",
    "居住状态", "有无电梯", "业主姓名", "性别", "证件号码", "联系电话", "交房日期", "欠费金额(元)", "预存余额(元)",
]  # fmt: skip


def _amount(fen: int) -> str:
    """思源 writes amounts with thousands commas: 1,234.50."""
    yuan = Decimal(fen_to_yuan(fen))
    return f"{yuan:,.2f}"


def siyuan_row(house: SampleHouse) -> list[str]:
    return [
        "锦华园物业管理处",
        house.community,
        house.building,
        house.unit,
        house.room,
        house.legacy_id,
        f"{house.building_area:.2f}",
        f"{house.usable_area:.2f}",
        "已售" if house.sold else "未售",
        house.use,
        "有" if house.elevator else "无",
        house.owner,
        house.gender,
        "\t" + house.id_number if house.id_number else "",
        house.phone,
        f"{house.handover.year}/{house.handover.month}/{house.handover.day}",
        _amount(house.arrears_fen),
        _amount(house.prepaid_fen),
    ]


def siyuan_csv(
    houses: list[SampleHouse] | None = None, *, encoding: str = "gbk", trailing_empty: int = 0, totals: bool = True
) -> bytes:
    houses = houses or estate()
    rows = [[SIYUAN_TITLE], SIYUAN_COLUMNS, *(siyuan_row(h) for h in houses)]
    if totals:
        rows.append(siyuan_totals(houses))
    rows += [[""] * len(SIYUAN_COLUMNS)] * trailing_empty
    return csv_bytes(rows, encoding=encoding)


def siyuan_totals(houses: list[SampleHouse]) -> list[str]:
    """The 合计 row 思源 prints under the houses: their count, area and balances."""
    row = [""] * len(SIYUAN_COLUMNS)
    row[0] = f"合计：{len(houses)}户"
    row[SIYUAN_COLUMNS.index("建筑面积(㎡)")] = f"{sum(h.building_area for h in houses):.2f}"
    row[SIYUAN_COLUMNS.index("欠费金额(元)")] = _amount(sum(h.arrears_fen for h in houses))
    row[SIYUAN_COLUMNS.index("预存余额(元)")] = _amount(sum(h.prepaid_fen for h in houses))
    return row


def csv_bytes(rows: list[list[str]], *, encoding: str) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


SIYUAN_PARSERS: dict[str, Callable[[str], Any]] = {
    "建筑面积(㎡)": cells.parse_area,
    "套内面积(㎡)": cells.parse_area,
    "房屋状态": lambda text: cells.parse_choice(text, SOLD),
    "居住状态": lambda text: cells.parse_choice(text, OCCUPANCY),
    "有无电梯": lambda text: cells.parse_choice(text, cells.YES_NO),
    "性别": lambda text: cells.parse_choice(text, GENDER),
    "证件号码": cells.parse_id_number,
    "联系电话": cells.parse_phone,
    "交房日期": cells.parse_date,
    "欠费金额(元)": cells.parse_fen,
    "预存余额(元)": cells.parse_fen,
}

Defect = tuple[int, str, str]  # row number, column, code


def siyuan_with_defects() -> tuple[bytes, set[Defect]]:
    """The GBK CSV with one defect per kind on known rows, full-width cells that are fine, and
    trailing empty rows. Row 3 holds the first house (row 1 the title, row 2 the header)."""
    houses = estate()
    rows = [[SIYUAN_TITLE], SIYUAN_COLUMNS, *(siyuan_row(h) for h in houses)]
    col = SIYUAN_COLUMNS.index

    def put(number: int, column: str, text: str) -> None:
        rows[number - 1][col(column)] = text

    bad_check = houses[2].id_number[:17] + ("0" if houses[2].id_number[17] != "0" else "1")
    put(5, "证件号码", bad_check)  # GB 11643 check digit wrong
    put(7, "交房日期", "03/05/2012")  # 3 May or 5 March?
    put(8, "联系电话", "１３９１２３４５６７８")  # full-width digits: fine
    put(9, "建筑面积(㎡)", "８９．５０㎡")  # full-width with the unit: fine
    put(10, "联系电话", "1391234567")  # ten digits
    put(11, "欠费金额(元)", "12.345")  # a tenth of a fen
    put(12, "预存余额(元)", "-50.00")  # negative prepaid
    put(13, "居住状态", "已租")  # not one of 自住/出租/空置
    put(14, "交房日期", "2012-02-30")  # no such day
    put(15, "交房日期", "41182")  # an Excel serial: 2012-09-30, fine
    put(16, "欠费金额(元)", "￥1,234.50")  # full-width yuan sign: fine
    rows += [[""] * len(SIYUAN_COLUMNS)] * 3
    expected = {
        (5, "证件号码", "BAD_ID_NUMBER"),
        (7, "交房日期", "AMBIGUOUS_DATE"),
        (10, "联系电话", "BAD_PHONE"),
        (11, "欠费金额(元)", "BAD_AMOUNT"),
        (12, "预存余额(元)", "NEGATIVE_AMOUNT"),
        (13, "居住状态", "BAD_CHOICE"),
        (14, "交房日期", "BAD_DATE"),
    }
    return csv_bytes(rows, encoding="gbk"), expected


# 明源-like workbook -----------------------------------------------------------------------------

MINGYUAN_TITLE = "锦华园 客户房产台账"
MINGYUAN_GROUPS = [
    ("房产信息", ["项目名称", "楼栋", "单元", "房号", "建筑面积", "套内面积"]),
    ("客户信息", ["客户名称", "性别", "证件号码", "手机号码", "入住日期"]),
    ("费用信息", ["应收金额", "已收金额", "欠费金额"]),
]
MINGYUAN_COLUMNS = ["序号"] + [f"{group}/{child}" for group, children in MINGYUAN_GROUPS for child in children]
MINGYUAN_FIRST_DATA_ROW = 4  # title, then the two header rows

MINGYUAN_PARSERS: dict[str, Callable[[str], Any]] = {
    "房产信息/建筑面积": cells.parse_area,
    "房产信息/套内面积": cells.parse_area,
    "客户信息/性别": lambda text: cells.parse_choice(text, GENDER),
    "客户信息/证件号码": cells.parse_id_number,
    "客户信息/手机号码": cells.parse_phone,
    "客户信息/入住日期": cells.parse_date,
    "费用信息/应收金额": cells.parse_fen,
    "费用信息/已收金额": cells.parse_fen,
    "费用信息/欠费金额": cells.parse_fen,
}


def mingyuan_xlsx(
    houses: list[SampleHouse] | None = None,
    *,
    overrides: Mapping[tuple[int, str], Any] | None = None,
    merge_over_data: str | None = None,
    trailing_formatted_rows: int = 0,
    totals: bool = True,
) -> bytes:
    """The workbook; ``overrides`` puts a value in (row number, column) instead of the clean one,
    ``merge_over_data`` merges a range such as ``"C4:C7"`` (楼栋 over four houses)."""
    overrides = overrides or {}
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": CREATED, "author": "明源云"})
    sheet = book.add_worksheet("客户房产台账")
    bold = book.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1})
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    money = book.add_format({"num_format": "#,##0.00"})
    width = len(MINGYUAN_COLUMNS)
    sheet.merge_range(0, 0, 0, width - 1, MINGYUAN_TITLE, bold)
    sheet.merge_range(1, 0, 2, 0, "序号", bold)
    first = 1
    for group, children in MINGYUAN_GROUPS:
        sheet.merge_range(1, first, 1, first + len(children) - 1, group, bold)
        for offset, child in enumerate(children):
            sheet.write_string(2, first + offset, child, bold)
        first += len(children)
    col = MINGYUAN_COLUMNS.index
    for index, house in enumerate(houses or estate()):
        r = MINGYUAN_FIRST_DATA_ROW - 1 + index
        number = r + 1
        receivable, received = Decimal(fen_to_yuan(house.receivable_fen)), Decimal(fen_to_yuan(house.received_fen))
        clean: dict[str, Any] = {
            "序号": index + 1,
            "房产信息/项目名称": house.community,
            "房产信息/楼栋": house.building,
            "房产信息/单元": house.unit,
            "房产信息/房号": house.room,
            "房产信息/建筑面积": float(house.building_area),
            "房产信息/套内面积": float(house.usable_area),
            "客户信息/客户名称": house.owner,
            "客户信息/性别": house.gender,
            "客户信息/证件号码": house.id_number,
            "客户信息/手机号码": int(house.phone) if house.phone else "",
            "客户信息/入住日期": house.handover,
            "费用信息/应收金额": float(receivable),
            "费用信息/已收金额": float(received),
        }
        for name, value in clean.items():
            value = overrides.get((number, name), value)
            c = col(name)
            if value == "":
                continue
            if isinstance(value, date):
                sheet.write_datetime(r, c, datetime(value.year, value.month, value.day), day)
            elif isinstance(value, str):
                sheet.write_string(r, c, value)
            else:
                sheet.write_number(r, c, value, money if name.startswith("费用信息") else None)
        m, n = (f"{chr(ord('A') + col(name))}{number}" for name in ("费用信息/应收金额", "费用信息/已收金额"))
        arrears = overrides.get((number, "费用信息/欠费金额"), float(receivable - received))
        sheet.write_formula(r, col("费用信息/欠费金额"), f"={m}-{n}", money, arrears)
    last = MINGYUAN_FIRST_DATA_ROW - 1 + len(houses or estate())
    if totals:
        _mingyuan_totals(sheet, book, houses or estate(), last)
        last += 1
    for extra in range(trailing_formatted_rows):
        for c in range(width):
            sheet.write_blank(last + extra, c, None, money)  # formatted but empty, as Excel leaves them
    if merge_over_data:
        first_cell, last_cell = merge_over_data.split(":")
        sheet.merge_range(f"{first_cell}:{last_cell}", "1号楼")
    book.close()
    return buffer.getvalue()


def _mingyuan_totals(sheet: Any, book: Any, houses: list[SampleHouse], r: int) -> None:
    """明源's 合计 row: a merged label, then SUM formulas with their cached values."""
    money = book.add_format({"num_format": "#,##0.00", "bold": True})
    col = MINGYUAN_COLUMNS.index
    sheet.merge_range(r, 0, r, col("房产信息/房号"), f"合计（{len(houses)} 户）", book.add_format({"bold": True}))
    first, last = MINGYUAN_FIRST_DATA_ROW, r
    sums = {
        "房产信息/建筑面积": sum(h.building_area for h in houses),
        "费用信息/应收金额": Decimal(fen_to_yuan(sum(h.receivable_fen for h in houses))),
        "费用信息/已收金额": Decimal(fen_to_yuan(sum(h.received_fen for h in houses))),
        "费用信息/欠费金额": Decimal(fen_to_yuan(sum(h.arrears_fen for h in houses))),
    }
    for name, total in sums.items():
        letter = chr(ord("A") + col(name))
        sheet.write_formula(r, col(name), f"=SUM({letter}{first}:{letter}{last})", money, float(total))


def mingyuan_with_defects() -> tuple[bytes, set[Defect]]:
    """The workbook with cached formula values, Excel dates and trailing formatted rows (all fine)
    and seeded cell defects. Row 4 holds the first house."""
    houses = estate()
    bad_birth = houses[3].id_number[:10] + "1332" + houses[3].id_number[14:17]
    overrides = {
        (6, "客户信息/入住日期"): "5/3/2015",  # day-month ambiguity
        (7, "客户信息/证件号码"): bad_birth + check_char(bad_birth),  # the 32nd of month 13
        (8, "房产信息/建筑面积"): "89.5平方米",  # text with a unit: fine
        (9, "客户信息/手机号码"): "+86 139-1234-5678",  # fine
        (10, "房产信息/套内面积"): "约70",  # not a number
        (11, "费用信息/欠费金额"): 12.345,  # the formula's cached value has a tenth of a fen
        (12, "客户信息/性别"): "M",
    }
    expected = {
        (6, "客户信息/入住日期", "AMBIGUOUS_DATE"),
        (7, "客户信息/证件号码", "BAD_ID_NUMBER"),
        (10, "房产信息/套内面积", "BAD_AREA"),
        (11, "费用信息/欠费金额", "BAD_AMOUNT"),
        (12, "客户信息/性别", "BAD_CHOICE"),
    }
    return mingyuan_xlsx(houses, overrides=overrides, trailing_formatted_rows=5), expected


# Other kinds ------------------------------------------------------------------------------------


def xls_two_row_header() -> bytes:
    """An old .xls (BIFF8, as 金蝶 and older 明源 versions save) with a merged two-row header."""
    import xlwt  # type: ignore[import-untyped]

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("房产")
    sheet.write_merge(0, 1, 0, 0, "序号")
    sheet.write_merge(0, 0, 1, 3, "房产信息")
    for c, name in enumerate(["楼栋", "房号", "建筑面积"], start=1):
        sheet.write(1, c, name)
    day = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    sheet.write(0, 4, "交房日期")
    for i, house in enumerate(estate()[:3]):
        sheet.write(2 + i, 0, i + 1)
        sheet.write(2 + i, 1, house.building)
        sheet.write(2 + i, 2, house.room)
        sheet.write(2 + i, 3, float(house.building_area))
        sheet.write(2 + i, 4, house.handover, day)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def encrypted_xlsx(password: str = "jhy2026") -> bytes:
    """A password-protected workbook as Excel writes one: an OLE2 file with an EncryptedPackage
    stream (ECMA-376 agile encryption), made by msoffcrypto-tool."""
    from msoffcrypto.format.ooxml import OOXMLFile  # type: ignore[import-untyped]

    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(mingyuan_xlsx(estate()[:2]))).encrypt(password, encrypted)
    return encrypted.getvalue()


def simple_xlsx(rows: list[list[Any]], *, merges: Mapping[str, Any] | None = None) -> bytes:
    """A one-sheet workbook of these rows (None leaves a cell empty); ``merges`` maps a range such
    as ``"B1:D1"`` to the merged cell's value."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Sheet1")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                sheet.write(r, c, value)
    for ref, value in (merges or {}).items():
        sheet.merge_range(ref, value)
    book.close()
    return buffer.getvalue()


def cell_problems(table: Table, parsers: Mapping[str, Callable[[str], Any]]) -> set[Defect]:
    """Every (row, column, code) whose cell its column's parser refuses; blank cells are skipped."""
    found = set()
    for row in table.rows:
        for column, parse in parsers.items():
            text = row.values[column]
            if cells.is_blank(text):
                continue
            try:
                parse(text)
            except CellError as error:
                found.add((row.number, column, str(error.code)))
    return found


def write_demo_samples(directory: Path = SAMPLES_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in ((SIYUAN_FILE, siyuan_csv()), (MINGYUAN_FILE, mingyuan_xlsx())):
        path = directory / name
        path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_demo_samples():
        print(path)
