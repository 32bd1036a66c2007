"""Plain fields complete without graphql-core's per-field machinery.

graphql-core executes every field of every row the same way: a ``Path``, a schema lookup, a resolve
info, the middleware lookup, an argument check, the resolver, two awaitable checks and the
``complete_value`` walk (non-null, list, leaf, abstract, object) before serialising. For
strawberry's "basic" fields (no resolver, no field extension, no permission class:
``schema.core.fields`` makes model columns, single related objects and node ids basic) without
arguments, most of that is bookkeeping. ``LeanExecutionContext`` works out once per selection
(type + grouped fields) which fields are plain and, when no schema extension wraps resolvers (no
middleware):

- a plain scalar or enum field is read (``getattr`` on the row for a model column) and serialised
  in the loop over the selection, without a path, an info or a call into graphql-core;
- a plain object field (a related object the optimizer already loaded: ``building``, an edge's
  ``node``) goes straight to graphql-core's ``complete_object_value`` (its ``is_type_of`` check and
  the sub-selection), skipping the per-field steps in front of it;
- a scalar computed by a plain resolver (``def total(self, root: Bill) -> Yuan``, a masked
  ``phone(self, root, info)``: sync, no arguments, no field extension, no permission class) is
  called once as strawberry calls it (``self`` positional, ``root``/``info`` by name, a strawberry
  ``Info`` built only when asked for) and serialised in the loop, outside an event loop only
  (strawberry-django would hop to a thread inside one); its errors, a null for a non-null field
  and a refused value are reported as graphql-core reports them.

Anything unusual goes back to graphql-core's own ``execute_field`` unchanged: a null (graphql-core
decides between null and a non-null error), a value the serialiser refuses, an exception from the
read (graphql-core raises it again and locates it). Errors in a sub-selection are reported exactly as
graphql-core reports them (``handle_field_error`` on the field's path).
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, cast

from django.db.models import QuerySet
from django.db.models.manager import BaseManager
from graphql import (
    GraphQLField,
    GraphQLLeafType,
    GraphQLObjectType,
    Undefined,
    get_nullable_type,
    is_leaf_type,
    is_non_null_type,
    is_object_type,
)
from graphql.execution.executor import to_nodes
from graphql.pyutils import Path, gather_with_cancel
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types.field import StrawberryField
from strawberry.utils.inspect import in_async_context
from strawberry_django.fields.field import StrawberryDjangoField

from schema.core.fields import ModelField

_PLAN = "_wuye_lean_plan"  # on each GraphQLField: its _Plan or None, worked out once
_LEAF, _OBJECT, _COMPUTED = 1, 2, 3
_OWN_PATH = object()  # a computed field's result that goes back to strawberry's own path
# get_result implementations that, for a resolver field, only call the resolver with its arguments
_CALLS_RESOLVER = (StrawberryField.get_result, StrawberryDjangoField.get_result, ModelField.get_result)


class _Plan:
    __slots__ = ("definition", "field_def", "kind", "needs_info", "read", "type")

    def __init__(
        self, field_def: GraphQLField, kind: int, read: Callable[..., Any], type_: Any, *, needs_info: bool = False
    ) -> None:
        self.field_def = field_def
        self.definition = field_def.extensions.get("strawberry-definition")
        self.kind = kind
        self.read = read
        self.type = type_
        self.needs_info = needs_info


def _reader(field_def: GraphQLField, resolve: Any) -> Callable[[Any], Any]:
    """The cheapest equivalent of strawberry's basic resolver: a model column is an attribute."""
    definition = field_def.extensions.get("strawberry-definition")
    if (
        isinstance(definition, ModelField)
        and type(definition).get_result is ModelField.get_result
        and not definition.is_relation
        and definition.django_name
    ):
        return attrgetter(definition.django_name)  # what ModelField.get_result does for a column
    return lambda source: resolve(source, None)


def _computed_reader(field_def: GraphQLField) -> tuple[Callable[[Any, Any], Any], bool] | None:
    """For a scalar computed by a plain resolver (``def total(self, root: Bill) -> Yuan``,
    ``def phone(self, root: Resident, info: Info) -> str``: sync, no arguments, no extension, no
    permission class), a function of (row, strawberry info) calling the resolver as strawberry
    would (``self`` positional, ``root``/``parent``/``info`` by name), and whether it takes info;
    None for anything else."""
    definition = field_def.extensions.get("strawberry-definition")
    if not isinstance(definition, StrawberryField) or field_def.args:
        return None
    resolver = definition.base_resolver
    if (
        resolver is None
        or resolver.is_async
        or resolver.arguments
        or definition.extensions
        or definition.permission_classes
        or getattr(definition, "is_async", False)
        or type(definition).get_result not in _CALLS_RESOLVER
    ):
        return None
    func: Callable[..., Any] = resolver.wrapped_func  # type: ignore[assignment]
    names = [p.name for p in (resolver.parent_parameter, resolver.root_parameter) if p is not None]
    takes_self = resolver.self_parameter is not None
    calls_result = isinstance(definition, StrawberryDjangoField)  # its django_resolver calls a callable result
    info_name = resolver.info_parameter.name if resolver.info_parameter is not None else None

    def read(source: Any, info: Any) -> Any:
        kwargs = dict.fromkeys(names, source)
        if info_name is not None:
            kwargs[info_name] = info
        value = func(source, **kwargs) if takes_self else func(**kwargs)
        return value() if calls_result and callable(value) else value

    return read, info_name is not None


def _lean_plan(field_def: GraphQLField) -> _Plan | None:
    try:
        return field_def.__dict__[_PLAN]  # type: ignore[no-any-return]
    except KeyError:
        pass
    resolve = field_def.resolve
    nullable = get_nullable_type(field_def.type)  # type: ignore[arg-type]
    plan = None
    basic = (
        resolve is not None
        and getattr(resolve, "_is_default", False)
        and getattr(resolve, "__name__", "") == "_get_basic_result"  # strawberry's basic-field resolver
        and not field_def.args
    )
    if basic and is_leaf_type(nullable):
        plan = _Plan(field_def, _LEAF, _reader(field_def, resolve), cast("GraphQLLeafType", nullable))
    elif basic and is_object_type(nullable):
        plan = _Plan(field_def, _OBJECT, _reader(field_def, resolve), cast("GraphQLObjectType", nullable))
    elif not basic and is_leaf_type(nullable) and (computed := _computed_reader(field_def)) is not None:
        plan = _Plan(field_def, _COMPUTED, computed[0], cast("GraphQLLeafType", nullable), needs_info=computed[1])
    field_def.__dict__[_PLAN] = plan
    return plan


class LeanExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        manager = self.middleware_manager
        self.lean = manager is None or not manager.middlewares  # no extension wraps resolvers
        # strawberry-django runs sync resolvers through sync_to_async inside an event loop: computed
        # fields are called directly only outside one (HTTP requests run in a thread of their own).
        strawberry_schema = self.schema._strawberry_schema  # type: ignore[attr-defined]
        # Exception handlers run in strawberry's resolver wrapper, which the computed path skips.
        handlers = getattr(strawberry_schema.schema_converter, "_exception_handler_specs", ())
        self.lean_computed = self.lean and not handlers and not in_async_context()
        self._info_class = strawberry_schema.config.info_class
        # id(grouped field set) -> (the set, its parent type, [(response name, details, plan)]);
        # the set is kept so that its id cannot be reused while this execution runs.
        self._selection_plans: dict[int, tuple[Any, GraphQLObjectType, list[tuple[str, Any, _Plan | None]]]] = {}

    def _selection_plan(
        self, parent_type: GraphQLObjectType, grouped_field_set: Any
    ) -> list[tuple[str, Any, _Plan | None]]:
        cached = self._selection_plans.get(id(grouped_field_set))
        if cached is not None and cached[0] is grouped_field_set and cached[1] is parent_type:
            return cached[2]
        steps = []
        for response_name, field_details_list in grouped_field_set.items():
            field_def = self.schema.get_field(parent_type, field_details_list[0].node.name.value)
            steps.append((response_name, field_details_list, _lean_plan(field_def) if field_def else None))
        self._selection_plans[id(grouped_field_set)] = (grouped_field_set, parent_type, steps)
        return steps

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: Any,
        position_context: Any,
    ) -> Any:
        if not self.lean:
            return super().execute_fields(parent_type, source_value, path, grouped_field_set, position_context)
        # graphql-core's execute_fields, with plain fields completed in the loop.
        results: dict[str, Any] = {}
        is_awaitable = self.is_awaitable
        awaitable_fields: list[str] = []
        try:
            for response_name, field_details_list, plan in self._selection_plan(parent_type, grouped_field_set):
                if plan is not None and plan.kind == _COMPUTED:
                    if self.lean_computed:
                        completed = self._complete_computed(
                            plan, parent_type, source_value, field_details_list, path, response_name
                        )
                        if completed is not _OWN_PATH:
                            results[response_name] = completed
                            continue
                elif plan is not None:
                    try:
                        value = plan.read(source_value)
                    except Exception:  # graphql-core meets it again below and reports it
                        value = None
                    if isinstance(value, Exception):
                        value = None  # graphql-core raises it
                    if value is not None and plan.kind == _LEAF:
                        try:
                            coerced = plan.type.coerce_output_value(value)
                        except Exception:  # refused: graphql-core reports it below
                            coerced = None
                        if coerced is not None and coerced is not Undefined:
                            results[response_name] = coerced
                            continue
                    elif value is not None:
                        field_path = Path(path, response_name, parent_type.name)
                        result = self._complete_object(
                            plan, parent_type, field_details_list, field_path, value, position_context
                        )
                        results[response_name] = result
                        if is_awaitable(result):
                            awaitable_fields.append(response_name)
                        continue
                field_path = Path(path, response_name, parent_type.name)
                result = self.execute_field(parent_type, source_value, field_details_list, field_path, position_context)
                if result is not Undefined:
                    results[response_name] = result
                    if is_awaitable(result):
                        awaitable_fields.append(response_name)
        except Exception:
            if awaitable_fields:
                self.settle_in_background([results[field] for field in awaitable_fields])
            raise
        if not awaitable_fields:
            return results

        async def get_results() -> dict[str, Any]:
            if len(awaitable_fields) == 1:
                field = awaitable_fields[0]
                results[field] = await results[field]
            else:
                awaited = await gather_with_cancel(*(results[field] for field in awaitable_fields))
                results.update(zip(awaitable_fields, awaited, strict=True))
            return results

        return get_results()

    def _complete_computed(
        self,
        plan: _Plan,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: Any,
        path: Path | None,
        response_name: str,
    ) -> Any:
        """graphql-core's execute_field for a computed scalar, the resolver called once: its
        errors, a null for a non-null field and a refused value are reported as graphql-core
        reports them. ``_OWN_PATH`` for a result strawberry-django would post-process itself."""
        field_path = Path(path, response_name, parent_type.name)
        info = None
        if plan.needs_info:
            raw = self.build_resolve_info(plan.field_def, to_nodes(field_details_list), parent_type, field_path)
            info = self._info_class(_raw_info=raw, _field=plan.definition)
        try:
            value = plan.read(source, info)
            if isinstance(value, BaseManager | QuerySet):
                return _OWN_PATH  # not a scalar: strawberry-django's hooks decide (never for our leaves)
            if isinstance(value, Exception):
                raise value
            if value is None:
                if is_non_null_type(plan.field_def.type):
                    field_name = field_details_list[0].node.name.value
                    raise TypeError(f"Cannot return null for non-nullable field {parent_type}.{field_name}.")
                return None
            return self.complete_leaf_value(plan.type, value)
        except Exception as raw_error:
            self.handle_field_error(raw_error, plan.field_def.type, field_details_list, field_path)  # type: ignore[arg-type]
            return None

    def _complete_object(
        self,
        plan: _Plan,
        parent_type: GraphQLObjectType,
        field_details_list: Any,
        path: Path,
        value: Any,
        position_context: Any,
    ) -> Any:
        """graphql-core's execute_field from the resolved value on, for a non-null object value."""
        field_def = plan.field_def
        info = self.build_resolve_info(field_def, to_nodes(field_details_list), parent_type, path)
        try:
            completed = self.complete_object_value(plan.type, field_details_list, info, path, value, position_context)
        except Exception as raw_error:
            self.handle_field_error(raw_error, field_def.type, field_details_list, path)  # type: ignore[arg-type]
            return None
        if not self.is_awaitable(completed):
            return completed

        async def await_completed() -> Any:
            try:
                return await completed
            except Exception as raw_error:
                self.handle_field_error(raw_error, field_def.type, field_details_list, path)  # type: ignore[arg-type]
                return None

        return await_completed()
