"""What every schema runs with: cost limits, caches, optimizer, error masking, introspection."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry_django.optimizer import DjangoOptimizerExtension

from schema.core.errors import should_mask_error
from schema.core.scalars import SCALAR_MAP


class QuerysetOptimizer(DjangoOptimizerExtension):
    """The strawberry-django optimizer without its per-field middleware.

    strawberry-django fields (connections, lists, nested relations) call ``optimize()`` on their
    querysets themselves; the extension's ``resolve`` hook only repeats that for plain strawberry
    fields returning querysets, yet wraps every field of every row (measured ~40% of a list
    query's time). Rule that follows: a field returning a queryset is a ``strawberry_django`` field.
    """

    resolve = SchemaExtension.resolve  # type: ignore[assignment]


def schema_extensions(*extra: Any) -> list[Any]:
    """Extension factories: each request gets fresh instances."""
    extensions: list[Any] = [
        lambda: MaxTokensLimiter(max_token_count=settings.GRAPHQL_MAX_TOKENS),
        lambda: ParserCache(maxsize=256),
        lambda: QueryDepthLimiter(max_depth=settings.GRAPHQL_MAX_DEPTH),
        lambda: MaxAliasesLimiter(max_alias_count=settings.GRAPHQL_MAX_ALIASES),
        lambda: ValidationCache(maxsize=256),
        QuerysetOptimizer,
        *extra,
    ]
    if not settings.GRAPHQL_INTROSPECTION:
        extensions.append(lambda: AddValidationRules([NoSchemaIntrospectionCustomRule]))
    if settings.GRAPHQL_MASK_ERRORS:
        extensions.append(lambda: MaskErrors(should_mask_error=should_mask_error))
    return extensions


def schema_config() -> StrawberryConfig:
    return StrawberryConfig(relay_max_results=settings.GRAPHQL_MAX_PAGE_SIZE, scalar_map=SCALAR_MAP)
