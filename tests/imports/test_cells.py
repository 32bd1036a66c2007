"""Cell parsers: what old systems write in a cell, parsed exactly or refused with a code."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saas.core.idcard import check_char
from saas.core.money import fen_to_yuan
from saas.imports import cells
from saas.imports.errors import CellError, ImportErrorCode

TODAY = date(2026, 12, 6)
FULL_WIDTH = str.maketrans("0123456789.,-", "０１２３４５６７８９．，－")


def code_of(parse, text: str, **kwargs) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(CellError) as caught:
        parse(text, **kwargs)
    return str(caught.value.code)


# Text ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("  京华园\u3000１号楼  ", "京华园 1号楼"),
        ("ＡＢＣ１２３", "ABC123"),
        ("建筑\n面积\t(㎡)", "建筑 面积 (m2)"),
        ("\u200b张三\ufeff", "张三"),
        ("", ""),
    ],
)
def test_normalise_text(text: str, normal: str) -> None:
    assert cells.normalise_text(text) == normal


def test_blank() -> None:
    assert cells.is_blank(" \u3000\t")
    assert cells.is_blank("")
    assert not cells.is_blank("0")


# Numbers and money -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("89.5", Decimal("89.5")),
        ("89.5㎡", Decimal("89.5")),
        ("89.5 m²", Decimal("89.5")),
        ("89.5平方米", Decimal("89.5")),
        ("¥1,234.50", Decimal("1234.50")),
        ("￥１，２３４．５０", Decimal("1234.50")),
        ("RMB 1234.5", Decimal("1234.5")),
        ("1234.5元", Decimal("1234.5")),
        ("１３９", Decimal("139")),
        ("-12.5", Decimal("-12.5")),
        ("1,234,567", Decimal("1234567")),
    ],
)
def test_decimals(text: str, value: Decimal) -> None:
    parsed = cells.parse_decimal(text)
    assert parsed == value
    assert isinstance(parsed, Decimal)


@pytest.mark.parametrize(
    "text",
    ["1 234,50", "1.234,50", "1,23", "12,34.5", "1e3", "NaN", "Infinity", "abc", "1.2.3", "--1", ".5", "约90", "12%"],
)
def test_refused_decimals(text: str) -> None:
    assert code_of(cells.parse_decimal, text) == ImportErrorCode.BAD_NUMBER


def test_blank_cells_are_required() -> None:
    for parse in (cells.parse_decimal, cells.parse_fen, cells.parse_date, cells.parse_phone, cells.parse_area):
        assert code_of(parse, "  ") == ImportErrorCode.REQUIRED


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("0", 0),
        ("12", 1200),
        ("12.5", 1250),
        ("¥1,234.50", 123450),
        ("1.500", 150),
        ("１２３．４５", 12345),
        ("RMB99", 9900),
        ("9999999999999.99", 999999999999999),
    ],
)
def test_fen(text: str, fen: int) -> None:
    assert cells.parse_fen(text) == fen


@pytest.mark.parametrize("text", ["12.345", "1.005", "0.001", "100000000000000", "¥", "1,00"])
def test_refused_amounts(text: str) -> None:
    assert code_of(cells.parse_fen, text) == ImportErrorCode.BAD_AMOUNT


def test_no_rounding_beyond_decimal_precision() -> None:
    """28 decimal places: multiplying by 100 in Decimal's default context would round this to 100."""
    assert code_of(cells.parse_fen, "1." + "0" * 27 + "1") == ImportErrorCode.BAD_AMOUNT


def test_negative_amounts_need_the_flag() -> None:
    assert code_of(cells.parse_fen, "-50.00") == ImportErrorCode.NEGATIVE_AMOUNT
    assert code_of(cells.parse_fen, "¥-1,234.50") == ImportErrorCode.NEGATIVE_AMOUNT
    assert cells.parse_fen("-50.00", allow_negative=True) == -5000
    assert cells.parse_fen("-¥1,234.50", allow_negative=True) == -123450
    assert cells.parse_fen("-0.00") == 0


@given(st.integers(min_value=-(10**14), max_value=10**14))
def test_fen_round_trip_in_every_written_form(fen: int) -> None:
    yuan = fen_to_yuan(fen)
    grouped = f"{Decimal(yuan):,.2f}"
    for text in (yuan, grouped, f"¥{grouped}", f"{yuan}元", grouped.translate(FULL_WIDTH), f" {yuan} "):
        parsed = cells.parse_fen(text, allow_negative=True)
        assert parsed == fen
        assert type(parsed) is int


@given(st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-(10**9), max_value=10**9))
def test_decimal_round_trip(value: Decimal) -> None:
    text = format(value, "f")
    parsed = cells.parse_decimal(text)
    assert parsed == value
    assert isinstance(parsed, Decimal)
    assert cells.parse_decimal(f"{value:,f}") == value
    assert cells.parse_decimal(text.translate(FULL_WIDTH)) == value


@given(st.text(alphabet="0123456789.,-+¥元 ", max_size=20))
def test_money_parser_never_returns_a_float_nor_crashes(text: str) -> None:
    try:
        fen = cells.parse_fen(text, allow_negative=True)
    except CellError as error:
        assert error.code in {ImportErrorCode.BAD_AMOUNT, ImportErrorCode.REQUIRED}
    else:
        assert type(fen) is int
        # Whatever was accepted is exactly that many fen.
        assert Decimal(re.sub(r"[¥元,\s]", "", text)) * 100 == fen


# Areas -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("89.5", "89.50"),
        ("89.50㎡", "89.50"),
        ("８９．５平米", "89.50"),
        ("118.62 平方米", "118.62"),
        ("120平", "120.00"),
    ],
)
def test_areas(text: str, area: str) -> None:
    assert cells.parse_area(text) == Decimal(area)


@pytest.mark.parametrize("text", ["0", "-10", "89.555", "¥89", "10000000", "约90㎡"])
def test_refused_areas(text: str) -> None:
    assert code_of(cells.parse_area, text) == ImportErrorCode.BAD_AREA


# Dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("2024-03-05 14:30:00", date(2024, 3, 5)),
        ("2024-03-05T14:30", date(2024, 3, 5)),
        ("2024/3/5", date(2024, 3, 5)),
        ("2024.3.5", date(2024, 3, 5)),
        ("2024年3月5日", date(2024, 3, 5)),
        ("2024年3月5号", date(2024, 3, 5)),
        ("２０２４年３月５日", date(2024, 3, 5)),
        ("20240305", date(2024, 3, 5)),
        ("45356", date(2024, 3, 5)),
        ("45356.75", date(2024, 3, 5)),
        ("25/12/2024", date(2024, 12, 25)),
        ("12/25/2024", date(2024, 12, 25)),
        ("05/05/2024", date(2024, 5, 5)),
    ],
)
def test_dates(text: str, day: date) -> None:
    assert cells.parse_date(text) == day


@pytest.mark.parametrize(
    ("serial", "day"),
    [
        ("1", date(1900, 1, 1)),
        ("59", date(1900, 2, 28)),
        ("61", date(1900, 3, 1)),  # serial 60 is Excel's 1900-02-29, which never was
        ("36526", date(2000, 1, 1)),
        ("41182", date(2012, 9, 30)),
    ],
)
def test_excel_serials_across_the_1900_leap_bug(serial: str, day: date) -> None:
    assert cells.parse_date(serial) == day


@pytest.mark.parametrize("text", ["03/05/2024", "3/5/2024", "5.3.2024", "24/3/5", "24-03-05"])
def test_ambiguous_dates_are_never_guessed(text: str) -> None:
    assert code_of(cells.parse_date, text) == ImportErrorCode.AMBIGUOUS_DATE


@pytest.mark.parametrize(
    "text", ["60", "0", "2024-02-30", "2024/13/1", "2024", "202403", "1899-12-31", "明天", "2024-3", "32/13/2024"]
)
def test_bad_dates(text: str) -> None:
    assert code_of(cells.parse_date, text) == ImportErrorCode.BAD_DATE


# Phones, ID numbers, choices -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "13912345678",
        "+86 139 1234 5678",
        "0086-139-1234-5678",
        "１３９１２３４５６７８",
        "139-1234-5678",
        "'13912345678",
    ],
)
def test_phones(text: str) -> None:
    assert cells.parse_phone(text) == "13912345678"


@pytest.mark.parametrize("text", ["1391234567", "12912345678", "010-12345678", "139123456789", "1.39123E+10"])
def test_bad_phones(text: str) -> None:
    assert code_of(cells.parse_phone, text) == ImportErrorCode.BAD_PHONE


VALID_ID = "11010519491231002" + check_char("11010519491231002")


def test_id_numbers() -> None:
    assert cells.parse_id_number(VALID_ID, today=TODAY) == VALID_ID
    spaced = f" {VALID_ID[:6]} {VALID_ID[6:14]} {VALID_ID[14:]}\t"
    assert cells.parse_id_number(spaced.translate(FULL_WIDTH), today=TODAY) == VALID_ID
    firsts = (f"11010519800101{sequence:03d}" for sequence in range(1000))
    x_id = next(first17 + "X" for first17 in firsts if check_char(first17) == "X")
    assert cells.parse_id_number(x_id.lower(), today=TODAY) == x_id


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (VALID_ID[:17] + ("1" if VALID_ID[17] != "1" else "2"), "校验位不符"),
        ("110105194913310021", "出生日期不对"),
        ("11010519491231002", "应为 18 位"),
        ("110105491231002", "应为 18 位"),  # the old 15-digit number
        ("990105194912310021", "应为 18 位"),  # no province 99
    ],
)
def test_bad_id_numbers_say_why_without_repeating_the_number(text: str, reason: str) -> None:
    with pytest.raises(CellError) as caught:
        cells.parse_id_number(text, today=TODAY)
    assert caught.value.code == ImportErrorCode.BAD_ID_NUMBER
    assert reason in caught.value.message
    assert text not in caught.value.message


SOLD = {"已售": "sold", "未售": "unsold"}


@pytest.mark.parametrize(
    ("text", "value_map", "value"),
    [
        ("有", cells.YES_NO, True),
        ("无", cells.YES_NO, False),
        ("ｙ", cells.YES_NO, True),
        (" 已售 ", SOLD, "sold"),
        ("女", {"男": "male", "女": "female"}, "female"),
        ("出租", {"自住": "self", "出租": "rented"}, "rented"),
    ],
)
def test_choices(text: str, value_map: dict[str, object], value: object) -> None:
    assert cells.parse_choice(text, value_map) == value


def test_unknown_choice_lists_the_labels() -> None:
    with pytest.raises(CellError) as caught:
        cells.parse_choice("已租", {"自住": 1, "出租": 2, "空置": 3})
    assert caught.value.code == ImportErrorCode.BAD_CHOICE
    assert "自住、出租、空置" in caught.value.message
