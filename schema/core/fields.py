"""Model types whose plain columns and node ids resolve without strawberry's per-field machinery.

strawberry-django marks every field of a model type "not basic", so each column of each row pays
for an ``Info`` object, argument conversion and the resolver chain; relay's ``id`` is a resolver
too. A column with no resolver, no extensions and no relation needs none of it, and neither does
a node id that is just ``(type name, primary key)``. ``model_type`` makes both basic: in a 100-row
house list that took the request from 470 ms to about 100 ms (see tests/bench/bench_graphql_list).
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from typing import Any, TypeVar

import strawberry_django
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from strawberry import relay
from strawberry.annotation import StrawberryAnnotation
from strawberry.types.field import StrawberryField
from strawberry_django.fields.field import StrawberryDjangoField

T = TypeVar("T", bound=type)


class ModelField(StrawberryDjangoField):
    """A column, or a single related object (foreign key, one-to-one), read as a plain attribute.

    A related object is whatever the optimizer cached on the row (its select_related/prefetch,
    scoped by the related type's ``get_queryset``); strawberry-django itself applies no scoping to
    a single related object either, so reading the attribute changes nothing but the cost.
    To-many relations keep strawberry-django's resolver (they need the queryset hooks).
    """

    @property
    def is_basic_field(self) -> bool:
        return (
            self.base_resolver is None
            and not self.extensions
            and not self.permission_classes
            and not (self.is_relation and self.is_list)
            and self.django_name is not None
        )

    @functools.cached_property
    def prefetch_attr(self) -> str | None:
        """For a to-many relation read as a plain list (no resolver; not a connection), the row
        attribute the optimizer's prefetch fills (``Prefetch(to_attr=)``, schema.core.limits).

        Without ``to_attr`` Django keeps a filtered QuerySet per parent row to hold the rows, and
        reading them goes through a related manager and the queryset hooks on every row."""
        if self.base_resolver is not None or not (self.is_relation and self.is_list) or not self.django_name:
            return None
        return f"_prefetched_{self.python_name}"

    def prefetched(self, source: Any) -> list[Any] | None:
        """The rows the optimizer prefetched into ``prefetch_attr`` for this row, if it did."""
        attr = self.prefetch_attr
        if attr is None:
            return None
        return getattr(source, "__dict__", {}).get(attr)

    def get_result(self, source: Any, info: Any, args: list[Any], kwargs: dict[str, Any]) -> Any:
        if info is None and source is not None:  # strawberry's basic-field path
            try:
                return getattr(source, self.django_name or self.python_name)
            except ObjectDoesNotExist:  # a missing reverse one-to-one
                if self.is_optional:
                    return None
                raise
        if source is not None and (rows := self.prefetched(source)) is not None:
            return rows
        return super().get_result(source, info, args, kwargs)


class NodeIdField(StrawberryField):
    """relay's ``id: ID!`` for a model type: the global id of (GraphQL type name, primary key)."""

    node_type_name: str = ""

    @property
    def is_basic_field(self) -> bool:
        return True

    def get_result(self, source: Any, info: Any, args: list[Any], kwargs: dict[str, Any]) -> Any:
        return relay.GlobalID(type_name=self.node_type_name, node_id=str(source.pk))


def _basic_node_id(cls: type) -> None:
    definition = cls.__strawberry_definition__  # type: ignore[attr-defined]
    for index, field in enumerate(definition.fields):
        if field.graphql_name == "id" and field.base_resolver is not None and issubclass(cls, relay.Node):
            fast = NodeIdField(
                python_name=field.python_name,
                graphql_name="id",
                type_annotation=StrawberryAnnotation(relay.GlobalID),
                origin=cls,
                description=field.description,
            )
            fast.node_type_name = definition.name
            definition.fields[index] = fast


def model_description(model: Any, django_name: str | None) -> str | None:
    """What the model says about a column or relation: its explicit ``verbose_name`` (usually the
    Chinese term) and its ``help_text``; None when it says nothing beyond the column's name."""
    if django_name is None:
        return None
    try:
        model_field = model._meta.get_field(django_name)
    except FieldDoesNotExist:
        return None
    verbose = str(getattr(model_field, "verbose_name", "") or "")
    if verbose == django_name.replace("_", " "):  # Django's default, not a description
        verbose = ""
    help_text = str(getattr(model_field, "help_text", "") or "")
    return " — ".join(part for part in (verbose, help_text) if part) or _implied_description(model_field)


def _implied_description(model_field: Any) -> str | None:
    """What a column says by its kind alone: the record's timestamps, the object it belongs to."""
    if getattr(model_field, "auto_now_add", False) or model_field.name == "created_at":
        return "When it was recorded (创建时间, +08:00)."
    if getattr(model_field, "auto_now", False):
        return "When it last changed (更新时间, +08:00)."
    if model_field.concrete and (model_field.many_to_one or model_field.one_to_one) and model_field.related_model:
        related = model_field.related_model._meta
        words = related.model_name if related.verbose_name == related.model_name else related.verbose_name
        name = " ".join(re.findall(r"[A-Z][a-z]*", related.object_name or "")).lower()
        return f"The {name} ({words}) it belongs to." if words != name else f"The {name} it belongs to."
    return None


def model_docstring(model: Any) -> str | None:
    """The model's own docstring; None for the ``Name(field, …)`` one Django makes up."""
    doc = model.__doc__ or ""
    if not doc or doc.startswith(f"{model.__name__}("):
        return None
    return inspect.cleandoc(doc)


def model_type(model: Any, **kwargs: Any) -> Callable[[T], T]:
    """``strawberry_django.type`` for our model types; use it instead of the plain decorator.

    Fields and the type itself take their description from the model when they give none.
    """

    def decorate(cls: T) -> T:
        if kwargs.get("description") is None and (doc := model_docstring(model)):
            kwargs["description"] = doc
        processed = strawberry_django.type(model, field_cls=ModelField, **kwargs)(cls)
        for field in processed.__strawberry_definition__.fields:  # type: ignore[attr-defined]
            if field.description is None and isinstance(field, StrawberryDjangoField):
                field.description = model_description(model, field.django_name)
        _basic_node_id(processed)
        return processed

    return decorate


def model_field(**kwargs: Any) -> Any:
    """``strawberry_django.field`` (no resolver) for a column or relation of a ``model_type``."""
    return strawberry_django.field(field_cls=ModelField, **kwargs)
