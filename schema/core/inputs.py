"""Strings a client sends may not hold a NUL or half of a surrogate pair: PostgreSQL refuses the
first (and a query with it failed as a server error), UTF-8 cannot encode the second. Checked once
per operation over every variable and every literal argument, before anything runs; the error
names the argument (``extensions.argument``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from graphql import ArgumentNode, ExecutionResult, StringValueNode, visit
from graphql.language import Visitor
from strawberry.extensions import SchemaExtension

from saas.core.errors import ErrorCode
from schema.core.errors import ApiError, ApiMessage

FORBIDDEN_CHARACTERS = re.compile("[\x00\ud800-\udfff]")


class InputMessage(ErrorCode):
    CHARACTERS_INVALID = (
        "CHARACTERS_INVALID",
        "{argument} 含有不允许的字符（NUL 或不成对的代理字符）。",
        "{argument} contains a character that is not allowed (NUL or an unpaired surrogate).",
    )


def _bad_variable(value: Any, path: str) -> str | None:
    if isinstance(value, str):
        return path if FORBIDDEN_CHARACTERS.search(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _bad_variable(key, path) or _bad_variable(item, f"{path}.{key}")
            if found:
                return found
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = _bad_variable(item, f"{path}.{index}")
            if found:
                return found
    return None


class _LiteralFinder(Visitor):
    """The first literal string argument holding a forbidden character (``found``)."""

    def __init__(self) -> None:
        super().__init__()
        self.argument = ""
        self.found: str | None = None

    def enter_argument(self, node: ArgumentNode, *_: Any) -> None:
        self.argument = node.name.value

    def enter_string_value(self, node: StringValueNode, *_: Any) -> None:
        if self.found is None and FORBIDDEN_CHARACTERS.search(node.value):
            self.found = self.argument or "query"


def _bad_literal(text: str | None, document: Any) -> str | None:
    """A literal's value is the document's text but for its escapes, and only ``\\u`` escapes make
    a NUL or a surrogate: a text with neither, almost every operation, needs no walk over the
    document (each walk also left a visitor's reference cycles for the collector)."""
    if text is not None and not FORBIDDEN_CHARACTERS.search(text) and "\\u" not in text:
        return None
    finder = _LiteralFinder()
    visit(document, finder)
    return finder.found


class StringInputGuard(SchemaExtension):
    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        if context.result is not None:  # already refused (an invalid token)
            yield
            return
        bad = _bad_variable(context.variables or {}, "") or (
            _bad_literal(context.query, context.graphql_document) if context.graphql_document else None
        )
        if bad is not None:
            argument = bad.lstrip(".")
            detail = InputMessage.CHARACTERS_INVALID.message(argument=argument)
            error = ApiError(ApiMessage.BAD_USER_INPUT, detail=detail)
            error.extensions["argument"] = argument  # type: ignore[index]
            context.result = ExecutionResult(data=None, errors=[error])
        yield
