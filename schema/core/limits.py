"""What every schema runs with: cost limits, caches, optimizer, coded errors, introspection."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.conf import settings
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry_django.optimizer import DjangoOptimizerExtension

from schema.core.auth import InvalidTokenGuard
from schema.core.coded_errors import CodedErrors
from schema.core.inputs import StringInputGuard
from schema.core.scalars import SCALAR_MAP


class QuerysetOptimizer(DjangoOptimizerExtension):
    """The strawberry-django optimizer without its per-field middleware.

    strawberry-django fields (connections, lists, nested relations) call ``optimize()`` on their
    querysets themselves; the extension's ``resolve`` hook only repeats that for plain strawberry
    fields returning querysets, yet wraps every field of every row (measured ~40% of a list
    query's time). Rule that follows: a field returning a queryset is a ``strawberry_django`` field.
    """

    resolve = SchemaExtension.resolve  # type: ignore[assignment]


@lru_cache
def _limit_rules(max_depth: int, max_aliases: int) -> tuple[Any, ...]:
    """The depth and alias rules, made once per process. Each limiter instance makes a new rule
    class, and the validation cache is keyed by the rules: fresh ones per request meant every
    request validated its document again (a cache miss per request)."""
    depth = QueryDepthLimiter(max_depth=max_depth).validation_rules
    aliases = MaxAliasesLimiter(max_alias_count=max_aliases).validation_rules
    return (*depth, *aliases)


def schema_extensions(*extra: Any) -> list[Any]:
    """Extension factories: each request gets fresh instances (the caches behind them are shared)."""
    extensions: list[Any] = [
        lambda: MaxTokensLimiter(max_token_count=settings.GRAPHQL_MAX_TOKENS),
        lambda: ParserCache(maxsize=256),
        lambda: AddValidationRules(list(_limit_rules(settings.GRAPHQL_MAX_DEPTH, settings.GRAPHQL_MAX_ALIASES))),
        lambda: ValidationCache(maxsize=256),
        QuerysetOptimizer,
        InvalidTokenGuard,
        StringInputGuard,
        *extra,
    ]
    if not settings.GRAPHQL_INTROSPECTION:
        extensions.append(lambda: AddValidationRules([NoSchemaIntrospectionCustomRule]))
    # Last: codes and words for whatever errors the others and the resolvers produced.
    extensions.append(CodedErrors)
    return extensions


def schema_config() -> StrawberryConfig:
    return StrawberryConfig(relay_max_results=settings.GRAPHQL_MAX_PAGE_SIZE, scalar_map=SCALAR_MAP)
