"""Field checks shared by several domains. They report into an ``ErrorCollector`` using the
caller's own code enum, which must define the members each check names (REQUIRED, TOO_LONG…)."""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from saas.core.errors import ErrorCollector

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
