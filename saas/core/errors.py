"""Domain errors: a code from a per-domain enum, a message in the caller's language, a field.

Services raise ``DomainError`` (one problem) or ``DomainErrors`` (several, e.g. every invalid
field of a form at once). The GraphQL layer turns them into typed payload errors; nothing else
about them is GraphQL-specific.

Each code carries its own Simplified Chinese and English message, so a code and the words a
person reads about it live in one place:

    class SignupErrorCode(ErrorCode):
        SLUG_TAKEN = "SLUG_TAKEN", "该子域名已被使用", "This subdomain is already taken"
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from typing import Any

from django.utils.translation import get_language


class ErrorCode(enum.StrEnum):
    """A machine-readable code with its human message in zh-hans and en.

    ``label`` names the code in Chinese (the contract shows it beside the code): the zh message,
    unless that is only a placeholder (``"{reason}"``) and the member gives a label of its own.
    """

    zh: str
    en: str
    _label: str

    def __new__(cls, value: str, zh: str = "", en: str = "", label: str = "") -> ErrorCode:
        member = str.__new__(cls, value)
        member._value_ = value
        member.zh = zh
        member.en = en
        member._label = label
        return member

    @property
    def label(self) -> str:
        return self._label or self.zh

    def message(self, **params: Any) -> str:
        template = self.en if (get_language() or "").startswith("en") else self.zh
        return template.format(**params) if params else template


class DomainError(Exception):
    """One business-rule or validation failure."""

    def __init__(self, code: ErrorCode, *, field: str | None = None, message: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.message = message or code.message(**params)
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"DomainError({self.code.value!r}, field={self.field!r})"


class DomainErrors(Exception):
    """Several failures reported together; raised only when at least one exists."""

    def __init__(self, errors: Iterable[DomainError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(e.message for e in self.errors))

    def __iter__(self) -> Iterator[DomainError]:
        return iter(self.errors)


class ErrorCollector:
    """Collects validation failures so a form reports every bad field, not just the first."""

    def __init__(self) -> None:
        self.errors: list[DomainError] = []

    def add(self, code: ErrorCode, *, field: str | None = None, **params: Any) -> None:
        self.errors.append(DomainError(code, field=field, **params))

    def has(self, field: str) -> bool:
        return any(e.field == field for e in self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise DomainErrors(self.errors)


class Texts:
    """Messages several domains' codes share, as ``(zh, en)``: ``REQUIRED = ("REQUIRED", *Texts.REQUIRED)``."""

    REQUIRED = ("此项为必填项。", "This field is required.")
    TOO_LONG = ("不能超过 {limit} 个字符。", "Must be at most {limit} characters.")
    PHONE_INVALID = (
        "请输入有效的中国大陆手机号（11 位，以 13–19 开头）。",
        "Enter a valid mainland China mobile number (11 digits starting with 13–19).",
    )
    EMAIL_INVALID = ("请输入有效的邮箱地址。", "Enter a valid email address.")
