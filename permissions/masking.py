"""Masking of residents' phone and ID numbers for viewers without the personal-information
permission: ``138****5678``, ``110***********1234``."""

from __future__ import annotations

from typing import Any

from django.db.models import Model

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


def shows_pii(user: Any, row: Model) -> bool:
    """Whether ``user`` sees ``row`` (Resident or RegistrationRequest) unmasked: read from the
    annotation the list query carried, or asked in one query for a row loaded without it
    (a mutation's payload, a nested object)."""
    if hasattr(row, PII_FULL_ATTR):
        return bool(getattr(row, PII_FULL_ATTR))
    model = type(row)
    full = model._default_manager.filter(pk=row.pk).values_list(pii_full(user, model), flat=True).first()  # type: ignore[arg-type]
    setattr(row, PII_FULL_ATTR, bool(full))
    return bool(full)


def shown(value: str, *, full: bool) -> str:
    return value if full else mask_middle(value)
