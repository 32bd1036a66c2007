"""Reads for the vendor console."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from django.db.models.expressions import RawSQL

from tenants.models import Company, Domain


def companies_for_console() -> QuerySet[Company]:
    return (
        Company.objects.customers()
        .prefetch_related(Prefetch("domains", queryset=Domain.objects.order_by("-is_primary", "id")))
        .order_by("-created_at", "-id")
    )


def schema_row_count(table: str) -> RawSQL:
    """Rows of ``table`` in each company's own schema, as a column of the company query.

    ``wuye_schema_row_count`` (migration 0003) runs a statement built per row, so a whole page of
    companies gets its live counts in the same single query, with no loop over schemas.
    """
    return RawSQL('public.wuye_schema_row_count("tenants_company"."schema_name", %s)', [table])
