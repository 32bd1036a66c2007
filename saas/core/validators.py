"""Field checks shared by several domains. They report into an ``ErrorCollector`` using the
caller's own code enum, which must define the members each check names (REQUIRED, TOO_LONG…)."""

from __future__ import annotations

import re
from typing import Any

from django.contrib.auth.password_validation import MinimumLengthValidator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from saas.core.errors import ErrorCode, ErrorCollector

MAINLAND_MOBILE_RE = re.compile(r"^1[3-9]\d{9}$")


def normalize_mainland_mobile(raw: str) -> str:
    """Strip spaces, dashes and a +86/0086 prefix; the result may still be invalid."""
    digits = re.sub(r"[\s\-()]", "", raw or "")
    for prefix in ("+86", "0086"):
        if digits.startswith(prefix):
            digits = digits[len(prefix) :]
    return digits


def is_mainland_mobile(value: str) -> bool:
    return bool(MAINLAND_MOBILE_RE.match(value))


def check_text(
    errors: ErrorCollector, codes: Any, field: str, value: str, *, limit: int, required: bool = True
) -> None:
    if required and not value:
        errors.add(codes.REQUIRED, field=field)
    elif len(value) > limit:
        errors.add(codes.TOO_LONG, field=field, limit=limit)


def check_mobile(errors: ErrorCollector, codes: Any, field: str, value: str, *, required: bool = True) -> None:
    if not value:
        if required:
            errors.add(codes.REQUIRED, field=field)
    elif not is_mainland_mobile(value):
        errors.add(codes.PHONE_INVALID, field=field)


def check_email(errors: ErrorCollector, codes: Any, field: str, value: str, *, required: bool = True) -> None:
    if not value:
        if required:
            errors.add(codes.REQUIRED, field=field)
        return
    try:
        validate_email(value)
    except ValidationError:
        errors.add(codes.EMAIL_INVALID, field=field)


class PasswordMinimumLength(MinimumLengthValidator):
    """Django's length check with a message in both our languages: its zh-hans catalogue lacks
    this message, so a weak-password error read half Chinese, half English."""

    def get_error_message(self) -> str:
        return PasswordMessage.TOO_SHORT.message(min_length=self.min_length)

    def get_help_text(self) -> str:
        return PasswordMessage.TOO_SHORT_HELP.message(min_length=self.min_length)


class PasswordMessage(ErrorCode):
    TOO_SHORT = (
        "TOO_SHORT",
        "密码太短，至少需要 {min_length} 个字符。",
        "This password is too short. It must contain at least {min_length} characters.",
    )
    TOO_SHORT_HELP = (
        "TOO_SHORT_HELP",
        "密码至少需要 {min_length} 个字符。",
        "Your password must contain at least {min_length} characters.",
    )
