"""Plain columns of scalar or enum type complete without graphql-core's per-field machinery.

graphql-core executes every field of every row the same way: it builds a resolve info, asks the
middleware for a resolver, checks for arguments, calls it, checks twice for an awaitable and walks
``complete_value`` (non-null, list, leaf) before serialising. For strawberry's "basic" fields (no
resolver, no field extension, no permission class: ``schema.core.fields`` makes model columns and
node ids basic) whose type is a scalar or an enum, all that ends in ``getattr`` plus the type's
serialiser, and in a list of 100 houses those are ~2,000 of ~2,800 fields. ``LeanExecutionContext``
does just that for them when no schema extension wraps resolvers (no middleware), and hands
anything unusual back to graphql-core unchanged: a null (graphql-core decides between null and a
non-null error), a value the serialiser refuses, an exception (graphql-core raises it again and
locates it).
"""

from __future__ import annotations

from typing import Any, cast

from graphql import GraphQLField, GraphQLLeafType, GraphQLObjectType, Undefined, get_nullable_type, is_leaf_type
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

_PLAN = "_wuye_lean_leaf"  # on each GraphQLField: (resolver, leaf type) or None, worked out once


def _lean_leaf(field_def: GraphQLField) -> tuple[Any, GraphQLLeafType] | None:
    try:
        return field_def.__dict__[_PLAN]  # type: ignore[no-any-return]
    except KeyError:
        pass
    resolve = field_def.resolve
    leaf_type = get_nullable_type(field_def.type)  # type: ignore[arg-type]
    basic = (
        resolve is not None
        and getattr(resolve, "_is_default", False)
        and getattr(resolve, "__name__", "") == "_get_basic_result"  # strawberry's basic-field resolver
        and not field_def.args
        and is_leaf_type(leaf_type)
    )
    plan = (resolve, cast("GraphQLLeafType", leaf_type)) if basic else None
    field_def.__dict__[_PLAN] = plan
    return plan


class LeanExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        manager = self.middleware_manager
        self.lean = manager is None or not manager.middlewares  # no extension wraps resolvers

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: Any,
        path: Any,
        position_context: Any,
    ) -> Any:
        field_def = self.schema.get_field(parent_type, field_details_list[0].node.name.value)
        plan = _lean_leaf(field_def) if field_def is not None else None
        if plan is not None and self.lean:
            resolve, leaf_type = plan
            try:
                value = resolve(source, None)
                if value is not None:
                    coerced = leaf_type.coerce_output_value(value)
                    if coerced is not None and coerced is not Undefined:
                        return coerced
            except Exception:  # graphql-core meets it again below and reports it
                pass
        return super().execute_field(parent_type, source, field_details_list, path, position_context)
