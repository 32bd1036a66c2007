"""Switching the connection's schema. django-tenants adds these methods to its database wrapper;
they are reached through here so the rest of the code stays typed."""

from __future__ import annotations

from typing import Any

from django.db import connection


def activate_public() -> None:
    connection.set_schema_to_public()  # type: ignore[attr-defined]


def activate(tenant: Any) -> None:
    connection.set_tenant(tenant)  # type: ignore[attr-defined]


def current_schema_name() -> str:
    return str(connection.schema_name)  # type: ignore[attr-defined]
