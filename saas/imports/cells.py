"""Parsers for one cell's text as old systems and hand-kept sheets write it.

Each parser takes the cell's text and returns a value or raises ``CellError``; a blank cell raises
``REQUIRED`` (check ``is_blank`` first for optional columns). Numbers are ``Decimal`` or int fen,
never float.

Decided formats (a number means one thing, or it is refused):
- Full-width characters count as their ASCII forms (NFKC): ``１３９``, ``８９．５``, ``￥``, ``，``.
- A comma is a thousands separator only between groups of three digits (``1,234.50``); the
  decimal separator is the point. ``1 234,50`` and ``1.234,50`` (European style) are refused, as
  is ``1,23``: guessing would turn 1.23 into 123.
- Units and currency marks are dropped where they fit the parser: ``89.5㎡``, ``89.5平方米``,
  ``89.5 m²`` for areas; ``¥1,234.50``, ``RMB 1234.5``, ``1234.5元`` for money.
- Dates: Excel serials (with the 1900 leap-year bug), ``2024-03-05``, ``2024/3/5``, ``2024.3.5``,
  ``2024年3月5日``, ``20240305``; ``03/05/2024`` is refused as ``AMBIGUOUS_DATE`` (3 May or
  5 March?) unless only one reading is a date (``25/12/2024``) or both agree (``05/05/2024``).
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from saas.core.idcard import IdCardProblem, normalize_id_number, resident_id_problem
from saas.core.validators import is_mainland_mobile, normalize_mainland_mobile
from saas.imports.errors import CellError, ImportErrorCode

T = TypeVar("T")

# Zero-width characters that Excel and web forms leave inside cells; NFKC keeps them.
INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
WHITESPACE_RE = re.compile(r"\s+")
# After NFKC: ¥ (from ￥), ㎡ and m² become m2.
AREA_UNITS = ("平方米", "平米", "平方", "m2", "平", "㎡")
MONEY_PREFIXES = ("rmb", "cny", "¥")
MONEY_SUFFIXES = ("元", "rmb", "cny")
NUMBER_RE = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
MAX_NUMBER_LENGTH = 40
MAX_FEN = 10**15  # 10 trillion yuan: beyond any property bill (saas.core.money allows 13 integer digits)
MAX_AREA = Decimal("10000000")  # estates store areas as 9 digits, 2 of them decimals

EXCEL_EPOCH = date(1899, 12, 30)  # serial 61 is 1900-03-01, so day 0 is 1899-12-30 for serials after the bug
EXCEL_LEAP_BUG_SERIAL = 60  # Excel's 1900-02-29, a day that never was (kept for Lotus 1-2-3 compatibility)
MAX_EXCEL_SERIAL = 73050  # 2099-12-31
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
SERIAL_RE = re.compile(r"^(\d{1,5})(?:\.\d+)?$")
YMD_RE = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$")
CHINESE_DATE_RE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$")
COMPACT_DATE_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
DAY_MONTH_YEAR_RE = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$")
SHORT_YEAR_RE = re.compile(r"^\d{1,2}([-/.])\d{1,2}\1\d{1,2}$")
TIME_SUFFIX_RE = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")

ID_PROBLEM_WORDS = {
    IdCardProblem.FORMAT: ("应为 18 位数字，最后一位可为 X", "it must be 18 digits, the last may be X"),
    IdCardProblem.BIRTH_DATE: ("出生日期不对", "the birth date is wrong"),
    IdCardProblem.CHECK_DIGIT: ("校验位不符", "the check digit does not match"),
}

YES_NO: Mapping[str, bool] = {"有": True, "无": False, "是": True, "否": False, "Y": True, "N": False}
"""有/无、是/否 → True/False, e.g. 有无电梯."""


def is_blank(text: str | None) -> bool:
    return not normalise_text(text or "")


def normalise_text(text: str) -> str:
    """NFKC (full-width digits, letters and punctuation to ASCII), no zero-width characters,
    whitespace runs (including the ideographic space and line breaks) as one space, trimmed."""
    text = INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", text))
    return WHITESPACE_RE.sub(" ", text).strip()


def parse_decimal(text: str) -> Decimal:
    """A number with optional thousands commas, area units or money marks: ``89.5㎡`` → 89.5."""
    return _number(text, ImportErrorCode.BAD_NUMBER, prefixes=MONEY_PREFIXES, suffixes=AREA_UNITS + MONEY_SUFFIXES)


def parse_area(text: str, *, limit: Decimal = MAX_AREA) -> Decimal:
    """An area in ㎡: above 0, below ``limit``, at most two decimals (``89.50㎡``, ``89.5平方米``)."""
    value = _number(text, ImportErrorCode.BAD_AREA, prefixes=(), suffixes=AREA_UNITS)
    if value <= 0 or value >= limit or value != value.quantize(Decimal("0.01")):
        raise CellError(ImportErrorCode.BAD_AREA, text=_shown(text))
    return value.quantize(Decimal("0.01"))


def parse_fen(text: str, *, allow_negative: bool = False) -> int:
    """Money in yuan to integer fen, exactly: ``¥1,234.50`` → 123450. A value that is not a whole
    number of fen (``1.005``) is ``BAD_AMOUNT``; trailing zeros (``1.500``) are fine."""
    value = _number(text, ImportErrorCode.BAD_AMOUNT, prefixes=MONEY_PREFIXES, suffixes=MONEY_SUFFIXES)
    # From the digits, not by multiplying: Decimal arithmetic rounds to 28 digits, this cannot.
    negative, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # NUMBER_RE admits no NaN or infinity
    magnitude = int("".join(map(str, digits)))
    shift = exponent + 2
    if shift < 0 and magnitude % 10**-shift:
        raise CellError(ImportErrorCode.BAD_AMOUNT, text=_shown(text))
    fen = magnitude * 10**shift if shift >= 0 else magnitude // 10**-shift
    if fen >= MAX_FEN:
        raise CellError(ImportErrorCode.BAD_AMOUNT, text=_shown(text))
    if negative and fen and not allow_negative:
        raise CellError(ImportErrorCode.NEGATIVE_AMOUNT, text=_shown(text))
    return -fen if negative else fen


def parse_date(text: str) -> date:
    """A calendar date from an Excel serial or a year-first text; ambiguous day/month is refused."""
    value = _required(text)
    value = TIME_SUFFIX_RE.sub("", value)
    if match := SERIAL_RE.match(value):
        serial = int(match.group(1))
        if len(match.group(1)) == 4 and EARLIEST_YEAR <= serial <= LATEST_YEAR:
            raise CellError(ImportErrorCode.BAD_DATE, text=_shown(text))  # a year alone, not day 2024 of 1900
        return _from_excel_serial(serial, text)
    for pattern in (YMD_RE, CHINESE_DATE_RE, COMPACT_DATE_RE):
        if match := pattern.match(value):
            year, month, day = (int(g) for g in match.groups() if g.isdigit())
            return _date(year, month, day, text)
    if match := DAY_MONTH_YEAR_RE.match(value):
        return _day_month_year(int(match.group(1)), int(match.group(3)), int(match.group(4)), text)
    if SHORT_YEAR_RE.match(value):
        raise CellError(ImportErrorCode.AMBIGUOUS_DATE, text=_shown(text))
    raise CellError(ImportErrorCode.BAD_DATE, text=_shown(text))


def parse_phone(text: str) -> str:
    """A mainland mobile number as 11 digits: ``+86 139-1234-5678`` and ``１３９１２３４５６７８`` pass."""
    value = normalize_mainland_mobile(_required(text).lstrip("'"))
    if not is_mainland_mobile(value):
        raise CellError(ImportErrorCode.BAD_PHONE)
    return value


def parse_id_number(text: str, *, today: date | None = None) -> str:
    """An 18-character 居民身份证 number checked against GB 11643 (region, birth date, check digit).

    The message never repeats the number: it is personal information."""
    value = normalize_id_number(_required(text).lstrip("'"))
    problem = resident_id_problem(value, today=today)
    if problem is not None:
        zh, en = ID_PROBLEM_WORDS[problem]
        raise CellError(ImportErrorCode.BAD_ID_NUMBER, reason=zh, reason_en=en)
    return value


def parse_choice(text: str, value_map: Mapping[str, T]) -> T:
    """The value a label stands for (``{"男": "male", "女": "female"}``); labels compare after
    ``normalise_text`` and case-insensitively, so ``ｙ`` matches ``Y``."""
    value = _required(text).casefold()
    for label, choice in value_map.items():
        if normalise_text(label).casefold() == value:
            return choice
    raise CellError(ImportErrorCode.BAD_CHOICE, text=_shown(text), choices="、".join(value_map))


def _required(text: str) -> str:
    value = normalise_text(text or "")
    if not value:
        raise CellError(ImportErrorCode.REQUIRED)
    return value


def _shown(text: str) -> str:
    """The cell as the message quotes it: normalised and cut short."""
    value = normalise_text(text or "")
    return value if len(value) <= 40 else value[:39] + "…"


def _strip_marks(value: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> str:
    sign = ""
    if value[:1] in "+-":
        sign, value = value[:1], value[1:].lstrip()
    lowered = value.casefold()
    for prefix in prefixes:
        if lowered.startswith(prefix):
            value = value[len(prefix) :].lstrip()
            break
    lowered = value.casefold()
    for suffix in suffixes:
        if lowered.endswith(suffix):
            value = value[: -len(suffix)].rstrip()
            break
    return sign + value


def _number(text: str, code: ImportErrorCode, *, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> Decimal:
    value = _strip_marks(_required(text), prefixes, suffixes)
    if len(value) > MAX_NUMBER_LENGTH or not NUMBER_RE.match(value):
        raise CellError(code, text=_shown(text))
    try:
        return Decimal(value.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - NUMBER_RE admits only what Decimal reads
        raise CellError(code, text=_shown(text)) from None


def _from_excel_serial(serial: int, text: str) -> date:
    if serial == EXCEL_LEAP_BUG_SERIAL or not 1 <= serial <= MAX_EXCEL_SERIAL:
        raise CellError(ImportErrorCode.BAD_DATE, text=_shown(text))
    # Serials 1–59 precede the phantom 1900-02-29, so they count from one day later.
    return EXCEL_EPOCH + timedelta(days=serial + (1 if serial < EXCEL_LEAP_BUG_SERIAL else 0))


def _date(year: int, month: int, day: int, text: str) -> date:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise CellError(ImportErrorCode.BAD_DATE, text=_shown(text))
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError(ImportErrorCode.BAD_DATE, text=_shown(text)) from None


def _day_month_year(first: int, second: int, year: int, text: str) -> date:
    readings = set()
    for day, month in ((first, second), (second, first)):
        with contextlib.suppress(CellError):
            readings.add(_date(year, month, day, text))
    if len(readings) > 1:
        raise CellError(ImportErrorCode.AMBIGUOUS_DATE, text=_shown(text))
    if not readings:
        raise CellError(ImportErrorCode.BAD_DATE, text=_shown(text))
    return readings.pop()
