"""What every schema runs with: cost limits, caches, optimizer, coded errors, introspection."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, TypeGuard

from django.conf import settings
from django.db.models import Prefetch
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
from strawberry_django import optimizer
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


_library_relation_hints = optimizer._get_hints_from_django_relation


def _relation_hints(field: Any, *args: Any, path: str, **kwargs: Any) -> Any:
    """strawberry-django's plan for a to-many relation, its prefetch delivering the rows as a list
    in the field's ``prefetch_attr`` (``Prefetch(to_attr=)``) where the field reads them there
    (``ModelField``): the same query, without a filtered QuerySet per parent row (Django's
    prefetch cache), ~10 µs per row of a list."""
    store = _library_relation_hints(field, *args, path=path, **kwargs)
    attr = getattr(field, "prefetch_attr", None)
    if attr is not None:
        store.prefetch_related = [
            _to_attr(lookup, attr) if _planned_for(lookup, path) else lookup for lookup in store.prefetch_related
        ]
    return store


def _planned_for(lookup: Any, path: str) -> TypeGuard[Prefetch[Any]]:
    return (
        isinstance(lookup, Prefetch)
        and getattr(lookup, "_optimizer_sentinel", None) is not None
        and lookup.to_attr is None
        and lookup.prefetch_through == path
    )


def _to_attr(lookup: Prefetch, attr: str) -> Prefetch:
    prefetch = Prefetch(lookup.prefetch_through, queryset=lookup.queryset, to_attr=attr)
    prefetch._optimizer_sentinel = lookup._optimizer_sentinel  # type: ignore[attr-defined]
    return prefetch


optimizer._get_hints_from_django_relation = _relation_hints


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
