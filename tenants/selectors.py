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

    ``query_to_xml`` runs a statement built per row, so a whole page of companies gets its live
    counts in the same single query, with no loop over schemas.
    """
    if not table.replace("_", "").isalnum():
        raise ValueError(f"not a table name: {table}")
    return RawSQL(
        "(xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %%I.%s', "
        '"tenants_company"."schema_name"), false, true, \'\')))[1]::text::int' % table,
        [],
    )
