"""From a file's rows to typed values: each stage declares its fields, a mapping profile says which
column holds each, how its words map to values and how its text is transformed; every cell that
does not parse becomes a ``Problem`` (row number as the user sees it, column, code, message)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from saas.core.errors import ErrorCode
from saas.imports.cells import (
    normalise_text,
    parse_area,
    parse_choice,
    parse_date,
    parse_decimal,
    parse_fen,
    parse_id_number,
    parse_phone,
)
from saas.imports.errors import CellError, ImportErrorCode
from saas.imports.reading import SourceRow


@dataclass(frozen=True)
class Problem:
    """What is wrong with one cell (or row) of the file."""

    row: int
    column: str
    code: str
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "code": self.code, "message": self.message}


def problem(row: int, column: str, code: ErrorCode, **params: Any) -> Problem:
    return Problem(row=row, column=column, code=str(code), message=code.message(column=column, **params))


@dataclass(frozen=True)
class FieldSpec:
    """One field a stage reads: its parser, whether it is required, its longest text."""

    name: str
    label: str
    kind: str = "text"  # text | decimal | area | fen | date | phone | id_number | choice | int
    required: bool = False
    max_length: int | None = None
    choices: Mapping[str, str] = field(default_factory=dict)  # default value map (the file's word → value)


PARSERS: dict[str, Callable[[str], Any]] = {
    "decimal": parse_decimal,
    "area": parse_area,
    "fen": parse_fen,
    "date": parse_date,
    "phone": parse_phone,
    "id_number": parse_id_number,
}


def _transform(text: str, transforms: Iterable[str]) -> str:
    """``remove:号楼`` drops a word, ``append:号楼`` adds it when missing, ``prepend:`` likewise,
    ``upper`` upper-cases (ID letters)."""
    for step in transforms:
        name, _, arg = step.partition(":")
        if name == "remove" and arg:
            text = text.replace(arg, "")
        elif name == "append" and arg and text and not text.endswith(arg):
            text = text + arg
        elif name == "prepend" and arg and text and not text.startswith(arg):
            text = arg + text
        elif name == "upper":
            text = text.upper()
    return text.strip()


@dataclass
class MappedRow:
    number: int
    values: dict[str, Any]
    columns: dict[str, str]  # field → the column it came from (for problems)

    def column(self, name: str) -> str:
        return self.columns.get(name, name)


@dataclass(frozen=True)
class ResolvedMapping:
    """A profile's mapping resolved against one file's columns."""

    columns: Mapping[str, str]
    value_maps: Mapping[str, Mapping[str, str]]
    transforms: Mapping[str, list[str]]
    required: frozenset[str]


def map_row(
    specs: Iterable[FieldSpec],
    mapping: ResolvedMapping,
    row: SourceRow,
    cache: dict[tuple[str, str], Any] | None = None,
) -> tuple[MappedRow, list[Problem]]:
    """One row's typed values and its problems. ``cache`` (one per file) remembers each field's
    parse of a text: exports repeat community names, periods and amounts on every row."""
    values: dict[str, Any] = {}
    columns: dict[str, str] = {}
    problems: list[Problem] = []
    memo = cache if cache is not None else {}
    for spec in specs:
        column = mapping.columns.get(spec.name) or ""
        columns[spec.name] = column or spec.label
        raw = row.values.get(column, "") if column else ""
        key = (spec.name, raw)
        parsed = memo.get(key)
        if parsed is None:
            parsed = memo[key] = _parsed(spec, mapping, raw)
        value, error = parsed
        values[spec.name] = value
        if error is not None:
            code, message = error
            problems.append(Problem(row.number, columns[spec.name], code, message.format(column=columns[spec.name])))
    return MappedRow(row.number, values, columns), problems


def _parsed(spec: FieldSpec, mapping: ResolvedMapping, raw: str) -> tuple[Any, tuple[str, str] | None]:
    """(value, None) or (None, (code, message with a ``{column}`` slot))."""
    text = _transform(normalise_text(raw), mapping.transforms.get(spec.name, []))
    if not text:
        if spec.required or spec.name in mapping.required:
            return None, (str(ImportErrorCode.REQUIRED), ImportErrorCode.REQUIRED.message())
        return None, None
    try:
        value = _parse(spec, mapping, text)
    except CellError as error:
        return None, (str(error.code), error.message.replace("{", "{{").replace("}", "}}"))
    if spec.max_length and isinstance(value, str) and len(value) > spec.max_length:
        return None, (str(ImportErrorCode.TOO_LONG), ImportErrorCode.TOO_LONG.message(limit=spec.max_length))
    return value, None


def _parse(spec: FieldSpec, mapping: ResolvedMapping, text: str) -> Any:
    if spec.kind == "choice":
        words = {**spec.choices, **mapping.value_maps.get(spec.name, {})}
        if text not in words and text in words.values():
            return text  # the value itself (``vacant``), as a saved profile may write it
        return parse_choice(text, words)
    if spec.kind == "int":
        number = parse_decimal(text)
        if number != number.to_integral_value():
            raise CellError(ImportErrorCode.BAD_NUMBER, text=text)
        return int(number)
    parser = PARSERS.get(spec.kind)
    return parser(text) if parser else text
