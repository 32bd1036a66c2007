"""Validators shared by several domains (pure functions, no database)."""

from __future__ import annotations

import re

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
