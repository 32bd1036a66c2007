"""The personal-information access log (个人信息访问记录): its one writer and its one reader.

Rows are only ever added, by the services that show or process a resident's personal information
(reveal, export, anonymisation), inside their own transaction: a refused or failed call leaves no
row, a successful one always leaves one. The table refuses UPDATE and DELETE (a trigger), and no
API changes or removes a row.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.db.models import QuerySet

from permissions.models import PiiAccessLog, PiiAction


def client_address_or_none(raw: str | None) -> str | None:
    """An address the log can keep: a valid IPv4/IPv6 address, else None (``"unknown"``, junk)."""
    try:
        return str(ipaddress.ip_address((raw or "").strip()))
    except ValueError:
        return None


def pii_access_record(
    *,
    actor: Any,
    resident_id: int,
    action: PiiAction,
    fields: Sequence[str],
    reason: str,
    client_address: str | None,
) -> PiiAccessLog:
    """Add one entry; call inside the transaction of the access it records."""
    return PiiAccessLog.objects.create(
        actor=actor,
        actor_name=(getattr(actor, "display_name", "") or actor.get_username())[:150],
        resident_id=resident_id,
        action=action,
        fields=list(fields),
        reason=reason,
        client_address=client_address_or_none(client_address),
    )


def pii_access_logs(
    *,
    actor_id: int | None = None,
    resident_id: int | None = None,
    action: PiiAction | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> QuerySet[PiiAccessLog]:
    """Entries newest first, narrowed by each criterion given; ``since`` ≤ created_at < ``until``."""
    entries = PiiAccessLog.objects.all()
    if actor_id is not None:
        entries = entries.filter(actor_id=actor_id)
    if resident_id is not None:
        entries = entries.filter(resident_id=resident_id)
    if action is not None:
        entries = entries.filter(action=action)
    if since is not None:
        entries = entries.filter(created_at__gte=since)
    if until is not None:
        entries = entries.filter(created_at__lt=until)
    return entries.order_by("-created_at", "-id")


def access_log_export_section(resident: Any) -> list[dict[str, Any]]:
    """For a resident's data export: who looked at or processed their information, when and why.
    The staff member's client address is the company's security data, not the resident's."""
    entries = pii_access_logs(resident_id=resident.pk).values("actor_name", "action", "fields", "reason", "created_at")
    return [
        {
            "actor": row["actor_name"],
            "action": row["action"],
            "fields": row["fields"],
            "reason": row["reason"],
            "at": row["created_at"],
        }
        for row in entries
    ]
