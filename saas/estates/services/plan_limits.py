"""The company's plan limits (套餐上限): houses beyond the plan's ``max_houses`` are refused.

Reads keep working at the limit; only adding houses stops. The vendor raises a limit by moving the
company to a larger plan (console ``tenantConvertToPaid``) or by changing the plan (Django admin).
"""

from __future__ import annotations

from django.db import connection

from saas.core.errors import DomainError, ErrorCode
from saas.estates.models import House
from tenants.models import Plan


def house_limit() -> int | None:
    """The current company's ``max_houses`` (None: no limit, or no company, as in scripts)."""
    company = getattr(connection, "tenant", None)
    plan_id = getattr(company, "plan_id", None)
    if plan_id is None:
        return None
    return Plan.objects.filter(pk=plan_id).values_list("max_houses", flat=True).first()


def house_limit_check(code: ErrorCode, adding: int) -> None:
    """Refuse (``code``: PLAN_LIMIT_REACHED) when ``adding`` houses would pass the plan's limit.

    Takes a transaction-level lock per company first, so two simultaneous additions cannot both
    squeeze under the limit."""
    limit = house_limit()
    if limit is None or adding <= 0:
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"plan-limit:{connection.schema_name}"])  # type: ignore[attr-defined]
    existing = House.objects.count()
    if existing + adding > limit:
        raise DomainError(code, limit=limit, existing=existing)
