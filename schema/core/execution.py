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
  ``node``) goes straight to the sub-selection's ``execute_fields`` when its type's ``is_type_of``
  needs no info (strawberry-django's for model types) and passes, or the type has none; otherwise to
  graphql-core's ``complete_object_value``;
- a plain list of objects (a connection's ``edges``), or a to-many relation the optimizer prefetched
  as a list (``ModelField.prefetched``: ``currentOccupancies``), completes its items the same way,
  when every item passes that check (a null item or a failing check: graphql-core's path);
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

import weakref
from collections.abc import Callable
from operator import attrgetter
from typing import Any, cast

from django.db.models import QuerySet
from django.db.models.manager import BaseManager
from graphql import (
    GraphQLField,
    GraphQLLeafType,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLResolveInfoHelpers,
    Undefined,
    get_nullable_type,
    is_leaf_type,
    is_list_type,
    is_non_null_type,
    is_object_type,
)
from graphql.execution.executor import to_nodes
from graphql.pyutils import Path, gather_with_cancel
from strawberry.relay.utils import to_base64
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.types.field import StrawberryField
from strawberry.utils.inspect import in_async_context
from strawberry_django.fields.field import StrawberryDjangoField

from schema.core.fields import ModelField, NodeIdField

_PLAN = "_wuye_lean_plan"  # on each GraphQLField: its _Plan or None, worked out once
_TYPE_CHECK = "_wuye_type_check"  # on each GraphQLObjectType: see _type_check
_LEAF, _OBJECT, _COMPUTED, _LIST = 1, 2, 3, 4
_OWN_PATH = object()  # a result that goes back to graphql-core's or strawberry's own path
_ANY = object()  # an object type without is_type_of: any value is one
# strawberry-django's is_type_of for model types: the value is the type's model (or the type), and
# info is only passed on to a parent type's is_type_of, when there is one.
_LIBRARY_TYPE_CHECK = ("strawberry_django.type", "_process_type.<locals>.is_type_of")
# get_result implementations that, for a resolver field, only call the resolver with its arguments
_CALLS_RESOLVER = (StrawberryField.get_result, StrawberryDjangoField.get_result, ModelField.get_result)


class _Plan:
    __slots__ = ("definition", "field_def", "item_type", "kind", "needs_info", "read", "type")

    def __init__(
        self,
        field_def: GraphQLField,
        kind: int,
        read: Callable[..., Any],
        type_: Any,
        *,
        needs_info: bool = False,
        item_type: GraphQLOutputType | None = None,
    ) -> None:
        self.field_def = field_def
        self.definition = field_def.extensions.get("strawberry-definition")
        self.kind = kind
        self.read = read
        self.type = type_  # the leaf or object type (a list's item type, without non-null)
        self.needs_info = needs_info
        self.item_type = item_type  # a list's item type as declared (non-null or not)


def _type_check(object_type: GraphQLObjectType) -> Any:
    """What stands for graphql-core's ``is_type_of(value, info)`` check of an object type without an
    info: ``_ANY`` when the type has none, a function of the value when it needs no info
    (strawberry-django's for model types), None when only graphql-core's own path will do."""
    try:
        return object_type.__dict__[_TYPE_CHECK]
    except KeyError:
        pass
    is_type_of = object_type.is_type_of
    check: Any = None
    if is_type_of is None:
        check = _ANY
    else:
        func = getattr(is_type_of, "__func__", None)
        owner = getattr(is_type_of, "__self__", None)
        if (
            func is not None
            and isinstance(owner, type)
            and (func.__module__, func.__qualname__) == _LIBRARY_TYPE_CHECK
            and getattr(super(owner, owner), "is_type_of", None) is None
        ):

            def check(value: Any) -> bool:
                return bool(is_type_of(value, None))  # type: ignore[arg-type]  # unused without a parent check

    object_type.__dict__[_TYPE_CHECK] = check
    return check


def _reader(field_def: GraphQLField, resolve: Any) -> Callable[[Any], Any]:
    """The cheapest equivalent of strawberry's basic resolver: a model column or a single related
    object is an attribute (what ModelField.get_result reads; a missing reverse one-to-one raises,
    and graphql-core's own path answers it), a node id its base64 string."""
    definition = field_def.extensions.get("strawberry-definition")
    if (
        isinstance(definition, ModelField)
        and type(definition).get_result is ModelField.get_result
        and not (definition.is_relation and definition.is_list)
        and definition.django_name
    ):
        return attrgetter(definition.django_name)
    if type(definition) is NodeIdField:
        type_name = definition.node_type_name
        return lambda source: to_base64(type_name, source.pk)  # str(GlobalID(type_name, str(pk)))
    return lambda source: resolve(source, None)


def _list_reader(field_def: GraphQLField) -> Callable[[Any], Any] | None:
    """For a to-many relation whose rows the optimizer prefetched as a list (``ModelField.prefetched``):
    no resolver, argument, extension or permission class; None for anything else."""
    definition = field_def.extensions.get("strawberry-definition")
    if (
        not isinstance(definition, ModelField)
        or type(definition).get_result is not ModelField.get_result
        or definition.prefetch_attr is None
        or field_def.args
        or definition.extensions
        or definition.permission_classes
    ):
        return None
    return definition.prefetched


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
    elif (
        is_list_type(nullable)
        and is_object_type(item := get_nullable_type(nullable.of_type))  # type: ignore[attr-defined]
        and (read := _reader(field_def, resolve) if basic else _list_reader(field_def)) is not None
    ):
        plan = _Plan(field_def, _LIST, read, item, item_type=nullable.of_type)  # type: ignore[attr-defined]
    field_def.__dict__[_PLAN] = plan
    return plan


def _gather(values: Any) -> Any:
    return gather_with_cancel(*values)


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
        # graphql-core gives resolvers these as bound methods of the context, which holds them: every
        # operation left a reference cycle (the context, its request, the response, ~70 objects) for
        # the collector, whose pauses froze a worker's requests under load. Tracking reaches the
        # context weakly; gathering never needed it.
        track = weakref.WeakMethod(self.track_async_work)
        self.async_helpers = GraphQLResolveInfoHelpers(gather=_gather, track=lambda values: track()(values))  # type: ignore[misc]

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
                        if plan.kind == _OBJECT:
                            result = self._complete_object(
                                plan, parent_type, field_details_list, field_path, value, position_context
                            )
                        else:
                            result = self._complete_list(plan, field_details_list, field_path, value, position_context)
                        if result is not _OWN_PATH:
                            results[response_name] = result
                            if is_awaitable(result):
                                awaitable_fields.append(response_name)
                            continue
                        result = self.execute_field(
                            parent_type, source_value, field_details_list, field_path, position_context
                        )
                        if result is not Undefined:
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

    def _subfields(
        self, object_type: GraphQLObjectType, value: Any, field_details_list: Any, position_context: Any
    ) -> Any:
        """The sub-selection of an object value, when completing it needs none of graphql-core's
        steps in front of ``execute_fields``: no info for ``is_type_of`` (it passes, or the type has
        none), no deferred fragment. None otherwise (graphql-core's own path decides)."""
        if position_context is not None:
            return None
        check = _type_check(object_type)
        if check is None or (check is not _ANY and not check(value)):
            return None
        grouped_field_set, new_defer_usages, _ = self.collect_subfields(object_type, field_details_list)
        return None if new_defer_usages else grouped_field_set

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
        try:
            grouped_field_set = self._subfields(plan.type, value, field_details_list, position_context)
            if grouped_field_set is not None:
                completed = self.execute_fields(plan.type, value, path, grouped_field_set, None)
            else:
                info = self.build_resolve_info(field_def, to_nodes(field_details_list), parent_type, path)
                completed = self.complete_object_value(
                    plan.type, field_details_list, info, path, value, position_context
                )
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

    def _complete_list(self, plan: _Plan, field_details_list: Any, path: Path, rows: Any, position_context: Any) -> Any:
        """graphql-core's execute_field from the resolved value on, for a list of objects whose
        items all pass the type's check (``_subfields``); ``_OWN_PATH``, before anything ran, for
        anything else (a null item, a failing check, a streamed list)."""
        if not isinstance(rows, list) or field_details_list[0].node.directives:  # @stream
            return _OWN_PATH
        object_type = plan.type
        grouped_field_set = None
        for row in rows:
            if row is None:
                return _OWN_PATH
            grouped_field_set = self._subfields(object_type, row, field_details_list, position_context)
            if grouped_field_set is None:
                return _OWN_PATH
        field_def, item_type, is_awaitable = plan.field_def, plan.item_type, self.is_awaitable
        completed: list[Any] = []
        awaitable_indices: list[int] = []
        try:
            for index, row in enumerate(rows):
                item_path = path.add_key(index, None)
                try:
                    item = self.execute_fields(object_type, row, item_path, grouped_field_set, None)
                except Exception as raw_error:  # graphql-core's complete_list_item_value
                    self.handle_field_error(raw_error, item_type, field_details_list, item_path)  # type: ignore[arg-type]
                    item = None
                if is_awaitable(item):
                    item = self._await_item(item, item_type, field_details_list, item_path)
                    awaitable_indices.append(index)
                completed.append(item)
        except Exception as raw_error:  # a non-null item's error: the field's own
            if awaitable_indices:
                self.settle_in_background([completed[index] for index in awaitable_indices])
            self.handle_field_error(raw_error, field_def.type, field_details_list, path)  # type: ignore[arg-type]
            return None
        if not awaitable_indices:
            return completed

        async def await_completed() -> Any:
            try:
                awaited = await gather_with_cancel(*(completed[index] for index in awaitable_indices))
            except Exception as raw_error:
                self.handle_field_error(raw_error, field_def.type, field_details_list, path)  # type: ignore[arg-type]
                return None
            for index, item in zip(awaitable_indices, awaited, strict=True):
                completed[index] = item
            return completed

        return await_completed()

    def _await_item(self, item: Any, item_type: Any, field_details_list: Any, item_path: Path) -> Any:
        async def await_item() -> Any:
            try:
                return await item
            except Exception as raw_error:
                self.handle_field_error(raw_error, item_type, field_details_list, item_path)
                return None

        return await_item()
