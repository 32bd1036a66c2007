"""Model types whose plain columns and node ids resolve without strawberry's per-field machinery.

strawberry-django marks every field of a model type "not basic", so each column of each row pays
for an ``Info`` object, argument conversion and the resolver chain; relay's ``id`` is a resolver
too. A column with no resolver, no extensions and no relation needs none of it, and neither does
a node id that is just ``(type name, primary key)``. ``model_type`` makes both basic: in a 100-row
house list that took the request from 470 ms to about 100 ms (see tests/bench/bench_graphql_list).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import strawberry_django
from django.core.exceptions import ObjectDoesNotExist
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

    def get_result(self, source: Any, info: Any, args: list[Any], kwargs: dict[str, Any]) -> Any:
        if info is None and source is not None:  # strawberry's basic-field path
            try:
                return getattr(source, self.django_name or self.python_name)
            except ObjectDoesNotExist:  # a missing reverse one-to-one
                if self.is_optional:
                    return None
                raise
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


def model_type(model: Any, **kwargs: Any) -> Callable[[T], T]:
    """``strawberry_django.type`` for our model types; use it instead of the plain decorator."""

    def decorate(cls: T) -> T:
        processed = strawberry_django.type(model, field_cls=ModelField, **kwargs)(cls)
        _basic_node_id(processed)
        return processed

    return decorate


def model_field(**kwargs: Any) -> Any:
    """``strawberry_django.field`` (no resolver) for a column or relation of a ``model_type``."""
    return strawberry_django.field(field_cls=ModelField, **kwargs)
