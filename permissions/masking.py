"""Masking of residents' phone and ID numbers for viewers without the personal-information
permission: ``138****5678``, ``110***********1234``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Model
from django.db.models.expressions import BaseExpression

from permissions.scoping import pii_full

PII_FULL_ATTR = "pii_full"  # the annotation the GraphQL types ask the optimizer for


def mask_middle(value: str, *, keep_start: int = 3, keep_end: int = 4) -> str:
    """Keep the first and last characters, star the rest; short values keep only their end."""
    if not value:
        return value
    if len(value) <= keep_start + keep_end:
        hidden = max(len(value) - keep_end, 0)
        return "*" * hidden + value[hidden:]
    return value[:keep_start] + "*" * (len(value) - keep_start - keep_end) + value[-keep_end:]


def full_per_row(row: Model, attr: str, expression: Callable[[], BaseExpression]) -> bool:
    """A per-row "shown in full" answer: read from the annotation ``attr`` the list query carried,
    or asked once with ``expression()`` for a row loaded without it (a payload, a nested object)."""
    if hasattr(row, attr):
        return bool(getattr(row, attr))
    query = type(row)._default_manager.filter(pk=row.pk)
    full = bool(query.values_list(expression(), flat=True).first())  # type: ignore[arg-type]
    setattr(row, attr, full)
    return full


def shows_pii(user: Any, row: Model) -> bool:
    """Whether ``user`` sees ``row`` (Resident or RegistrationRequest) unmasked."""
    return full_per_row(row, PII_FULL_ATTR, lambda: pii_full(user, type(row)))


def shown(value: str, *, full: bool) -> str:
    return value if full else mask_middle(value)
