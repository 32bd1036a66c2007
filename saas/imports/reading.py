"""Reading an uploaded export into a ``Table`` of cell texts, whatever old system wrote it.

The kind of file is told by its bytes, never its name: a zip holding ``xl/workbook.xml`` is
.xlsx, an OLE2 compound file is .xls (or, holding an ``EncryptedPackage`` stream, a
password-protected workbook), anything else must be CSV text. Workbooks are read with
python-calamine: formulas by their cached values, date cells as ISO dates. CSV is UTF-8 (with or
without BOM), UTF-16 with a BOM (Excel's “Unicode text”, tab-separated), or GBK/GB18030, which
charset-normalizer helps recognise; ``encoding=`` overrides the guess.

Cell texts are the cells as the user sees them, not yet parsed (``cells.py`` parses them): numbers
without a trailing ``.0``, dates as ``2024-03-05``, ``="0101"`` (Excel's keep-the-zeros trick in
CSV) as ``0101``.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import python_calamine
from charset_normalizer import from_bytes

from saas.imports.errors import ImportErrorCode, ImportFileError
from saas.imports.grid import MAX_HEADER_ROWS, MAX_PREAMBLE_ROWS, Grid, Merge, SourceRow, Table, build_table, is_empty

__all__ = ["ImportFileError", "SourceRow", "Table", "read_table"]

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # the stream name in the OLE2 directory
BINARY_MAGICS = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b", b"BZh")
UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
CHINESE_ENCODINGS = frozenset({"gb18030", "gbk", "gb2312", "hz"})
SNIFF_BYTES = 64 * 1024
PREVIEW_CHARS = 60
# Share of a decoded text's non-ASCII characters that must be Chinese script or CJK punctuation
# before GB18030 is trusted: wrongly decoded bytes give rare symbols and other scripts.
CJK_SHARE = 0.9
# Most non-ASCII characters read as valid UTF-8 and at most this share broken: damaged UTF-8.
DAMAGED_UTF8_SHARE = 0.05
NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
CHINESE_TEXT_RE = re.compile(
    "[\u4e00-\u9fff"  # CJK unified ideographs
    "\u3000-\u303f"  # CJK punctuation, the ideographic space
    "\uff00-\uffef"  # full-width forms: １３９, ，, ￥
    "\u3300-\u33ff"  # CJK compatibility: ㎡
    "·—…‘’“”¥×÷°]"
)
EXCEL_WRAPPED = '="'  # ="0101": how exports keep Excel from dropping leading zeros


def read_table(
    data: bytes,
    *,
    encoding: str | None = None,
    header_rows: int | None = None,
    sheet: str | None = None,
    max_rows: int = 300_000,
) -> Table:
    """Read an export's first visible sheet (or ``sheet``) or its CSV text into a ``Table``.

    ``header_rows`` None finds the header (see ``grid.py``); ``max_rows`` caps the data rows.
    Raises ``ImportFileError`` with one of ``ImportErrorCode``'s file codes."""
    if not data.strip():
        raise ImportFileError(ImportErrorCode.EMPTY_FILE)
    # Rows past this many non-empty ones cannot change the answer: the file is too long.
    row_cap = max_rows + MAX_PREAMBLE_ROWS + (header_rows or MAX_HEADER_ROWS) + 1
    if data.startswith(ZIP_MAGIC):
        grid, sheet_name = _read_xlsx(data, sheet, row_cap)
        return build_table(grid, header_rows=header_rows, max_rows=max_rows, encoding=None, sheet=sheet_name)
    if data.startswith(OLE2_MAGIC):
        grid, sheet_name = _read_ole2(data, sheet, row_cap)
        return build_table(grid, header_rows=header_rows, max_rows=max_rows, encoding=None, sheet=sheet_name)
    if data.startswith(BINARY_MAGICS) or _looks_like_html(data):
        raise ImportFileError(ImportErrorCode.UNSUPPORTED_FILE)
    text, used = _decode(data, encoding)
    grid = _csv_grid(text, row_cap)
    return build_table(grid, header_rows=header_rows, max_rows=max_rows, encoding=used, sheet=None)


# Workbooks ------------------------------------------------------------------------------------


def _read_xlsx(data: bytes, sheet: str | None, row_cap: int) -> tuple[Grid, str]:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        raise ImportFileError(ImportErrorCode.UNSUPPORTED_FILE) from None
    if "xl/workbook.xml" not in names:
        raise ImportFileError(ImportErrorCode.UNSUPPORTED_FILE)  # .docx, .ods, .xlsb, any other zip
    return _read_workbook(data, sheet, row_cap)


def _read_ole2(data: bytes, sheet: str | None, row_cap: int) -> tuple[Grid, str]:
    try:
        return _read_workbook(data, sheet, row_cap)
    except ImportFileError as error:
        # Calamine reads no workbook here: an encrypted .xlsx is an OLE2 file holding the
        # encrypted zip as a stream of this name (MS-OFFCRYPTO); else it is a .doc, .msg or such.
        if error.code == ImportErrorCode.UNSUPPORTED_FILE and ENCRYPTED_PACKAGE in data:
            raise ImportFileError(ImportErrorCode.FILE_ENCRYPTED) from None
        raise


def _read_workbook(data: bytes, sheet: str | None, row_cap: int) -> tuple[Grid, str]:
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError:
        raise ImportFileError(ImportErrorCode.FILE_ENCRYPTED) from None
    except (python_calamine.CalamineError, ValueError, OSError):
        raise ImportFileError(ImportErrorCode.UNSUPPORTED_FILE) from None
    name = _sheet_name(workbook, sheet)
    try:
        worksheet = workbook.get_sheet_by_name(name)
        grid = Grid(from_excel=True)
        # iter_rows starts at row 1 but at the first used column; merges count from column A.
        offset = worksheet.start[1] if worksheet.start else 0
        grid.rows = _excel_rows(worksheet.iter_rows(), offset, row_cap)
        grid.merges = [
            Merge(first_row=r0 + 1, first_col=c0, last_row=r1 + 1, last_col=c1)
            for (r0, c0), (r1, c1) in worksheet.merged_cell_ranges or ()
        ]
    except python_calamine.CalamineError:
        raise ImportFileError(ImportErrorCode.UNSUPPORTED_FILE) from None
    return grid, name


def _sheet_name(workbook: Any, sheet: str | None) -> str:
    names: list[str] = list(workbook.sheet_names)
    if sheet is not None:
        if sheet not in names:
            raise ImportFileError(
                ImportErrorCode.SHEET_NOT_FOUND,
                detail={"sheet": sheet, "sheets": names},
                sheet=sheet,
                sheets="、".join(names),
            )
        return sheet
    visible = [
        meta.name
        for meta in workbook.sheets_metadata
        if meta.visible == python_calamine.SheetVisibleEnum.Visible
        and meta.typ == python_calamine.SheetTypeEnum.WorkSheet
    ]
    if not visible and not names:
        raise ImportFileError(ImportErrorCode.EMPTY_FILE)
    return (visible or names)[0]


def _excel_rows(rows: Iterable[list[Any]], offset: int, row_cap: int) -> list[tuple[int, list[str]]]:
    kept: list[tuple[int, list[str]]] = []
    for index, values in enumerate(rows):
        cells = [""] * offset + [_cell_text(value) for value in values]
        if any(not is_empty(text) for text in cells):
            kept.append((index + 1, cells))
            if len(kept) >= row_cap:
                break
    return kept


def _cell_text(value: Any) -> str:
    """A cell value as Excel shows it in a general-format cell (dates as ISO dates)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _float_text(value: float) -> str:
    """Excel keeps 15 significant digits: 0.1+0.2 shows as 0.3, 13912345678.0 as 13912345678."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = format(Decimal(f"{value:.15g}"), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# CSV ------------------------------------------------------------------------------------------


def _looks_like_html(data: bytes) -> bool:
    """Some web systems save an HTML table under an .xls name: say so instead of misreading it."""
    head = data[:1024].lstrip(UTF8_BOM).lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml"))


def _decode(data: bytes, encoding: str | None) -> tuple[str, str]:
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            raise _unknown_encoding(data, tried=encoding) from None
    if data.startswith(UTF8_BOM):
        return _strict(data[len(UTF8_BOM) :], "utf-8", "utf-8-sig"), "utf-8-sig"
    if data.startswith(UTF16_BOMS):
        return _strict(data, "utf-16", "utf-16"), "utf-16"
    if b"\x00" in data[:SNIFF_BYTES]:
        raise ImportFileError(ImportErrorCode.UNSUPPORTED_FILE)  # binary, not text
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _damaged_utf8(data):
        raise _unknown_encoding(data, first="utf-8")
    if "gb18030" in _guesses(data):
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            text = ""
        if text and _mostly_chinese(_sample(data).decode("gb18030")):
            return text, "gb18030"
    raise _unknown_encoding(data)


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise _unknown_encoding(data, tried=name) from None


def _damaged_utf8(data: bytes) -> bool:
    """UTF-8 with a few broken bytes (a cut file, one Latin-1 character): GB18030 would read it
    without complaint as 锟斤拷-style nonsense, so it must not be tried. GBK text read as UTF-8
    instead gives almost nothing but replacement characters."""
    text = _sample(data).decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    readable = len(NON_ASCII_RE.findall(text)) - broken
    return readable > 0 and broken <= readable * DAMAGED_UTF8_SHARE


def _sample(data: bytes) -> bytes:
    """The first bytes, cut after a line break (no GBK or GB18030 byte sequence contains 0x0A)."""
    if len(data) <= SNIFF_BYTES:
        return data
    cut = data.rfind(b"\n", 0, SNIFF_BYTES)
    return data[: cut + 1] if cut > 0 else data[:SNIFF_BYTES]


def _guesses(data: bytes) -> list[str]:
    """charset-normalizer's candidates, best first, with the GB family under one name."""
    names: list[str] = []
    for match in from_bytes(_sample(data)):
        name = "gb18030" if match.encoding in CHINESE_ENCODINGS else match.encoding
        if name not in names:
            names.append(name)
    return names


def _mostly_chinese(text: str) -> bool:
    foreign = len(NON_ASCII_RE.findall(text))
    return not foreign or len(CHINESE_TEXT_RE.findall(text)) >= CJK_SHARE * foreign


def _unknown_encoding(data: bytes, *, tried: str | None = None, first: str | None = None) -> ImportFileError:
    sample = _sample(data)
    candidates = [name for name in ([first] if first else []) + _guesses(data) if name != tried]
    candidates = list(dict.fromkeys(candidates))
    for fallback in ("gb18030", "utf-8"):
        if fallback not in candidates and fallback != tried:
            candidates.append(fallback)
    guesses = [{"encoding": name, "preview": _preview(sample, name)} for name in candidates[:2]]
    detail: dict[str, Any] = {"guesses": guesses}
    if tried is not None:
        detail["tried"] = tried
    return ImportFileError(
        ImportErrorCode.UNKNOWN_ENCODING,
        detail=detail,
        guesses="、".join(g["encoding"] for g in guesses),
    )


def _preview(sample: bytes, encoding: str) -> str:
    try:
        text = sample.decode(encoding, errors="replace")
    except LookupError:  # pragma: no cover - charset-normalizer names codecs Python has
        return ""
    return " ".join(text.split())[:PREVIEW_CHARS]


def _csv_grid(text: str, row_cap: int) -> Grid:
    grid = Grid()
    dialect, text = _dialect(text)
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text, newline=""), dialect), start=1):
            cells = [value[2:-1] if value[:2] == EXCEL_WRAPPED and value[-1:] == '"' else value for value in values]
            if any(not is_empty(cell) for cell in cells):
                grid.rows.append((number, cells))
                if len(grid.rows) >= row_cap:
                    break
    except csv.Error:
        raise ImportFileError(ImportErrorCode.UNSUPPORTED_FILE) from None
    return grid


def _dialect(text: str) -> tuple[type[csv.Dialect] | csv.Dialect, str]:
    """Commas, or tabs when the first line has more tabs than commas (Excel's “Unicode text”), or
    what a first line ``sep=;`` says; Excel hides that line, so the rows count after it."""
    first_line, _, rest = text.partition("\n")
    hint = first_line.strip()
    if len(hint) == 5 and hint.startswith("sep="):
        return _Delimited(hint[4]), rest
    sample = next((line for line in text[:SNIFF_BYTES].splitlines() if line.strip()), "")
    return (csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel), text


class _Delimited(csv.excel):
    def __init__(self, delimiter: str) -> None:
        super().__init__()
        self.delimiter = delimiter
