"""Numbering patterns for generated houses and units, e.g. ``{floor:02d}{index:02d}`` → ``0301``.

A pattern is literal text with ``{name}`` or ``{name:spec}`` placeholders. Only the names the
caller allows are accepted, and a spec may only pad an integer: an optional ``0`` fill, a width of
up to two digits and an optional ``d`` (``02d``, ``3``, ``d``). Attribute access, indexing,
conversions (``!r``) and nested specs are refused, so rendering never runs anything but integer
formatting. ``{{`` and ``}}`` stand for literal braces, as in ``str.format``.
"""

from __future__ import annotations

import enum
import re
import string
from dataclasses import dataclass

SPEC_RE = re.compile(r"(?:0?[1-9][0-9]?)?d?")


class PatternProblem(enum.Enum):
    SYNTAX = "syntax"
    PLACEHOLDER = "placeholder"
    FORMAT = "format"


class NumberPatternError(ValueError):
    def __init__(self, problem: PatternProblem, *, name: str = "") -> None:
        self.problem = problem
        self.name = name
        super().__init__(f"{problem.value}: {name}" if name else problem.value)


@dataclass(frozen=True)
class Placeholder:
    name: str
    spec: str


@dataclass(frozen=True)
class NumberPattern:
    text: str
    parts: tuple[str | Placeholder, ...]

    @property
    def names(self) -> frozenset[str]:
        return frozenset(p.name for p in self.parts if isinstance(p, Placeholder))

    def render(self, **values: int) -> str:
        return "".join(
            part if isinstance(part, str) else format(values[part.name], part.spec or "d") for part in self.parts
        )


def parse_number_pattern(text: str, *, allowed: frozenset[str]) -> NumberPattern:
    """Parse ``text``; raise ``NumberPatternError`` saying what is wrong with it."""
    try:
        pieces = list(string.Formatter().parse(text))
    except ValueError as exc:  # unbalanced braces
        raise NumberPatternError(PatternProblem.SYNTAX) from exc
    parts: list[str | Placeholder] = []
    for literal, name, spec, conversion in pieces:
        if literal:
            parts.append(literal)
        if name is None:
            continue
        if name not in allowed:
            raise NumberPatternError(PatternProblem.PLACEHOLDER, name=name or "{}")
        if conversion is not None or not SPEC_RE.fullmatch(spec or ""):
            raise NumberPatternError(PatternProblem.FORMAT, name=name)
        parts.append(Placeholder(name, spec or ""))
    return NumberPattern(text=text, parts=tuple(parts))
