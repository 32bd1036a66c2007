"""The one "not given" of partial updates: every ``*_update`` service takes its optional fields as
keyword arguments defaulting to ``UNSET``, so ``None`` can keep meaning "clear it"."""

from __future__ import annotations

import enum
from typing import Final, Literal, TypeVar

T = TypeVar("T")


class _Unset(enum.Enum):
    UNSET = "UNSET"


UNSET: Final = _Unset.UNSET
Unset = Literal[_Unset.UNSET]
"""A partial update's "leave as it is", distinct from ``None`` ("clear it")."""


def given(value: T | Unset, current: T) -> T:
    return current if value is UNSET else value
