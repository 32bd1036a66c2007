"""Read-only mode for companies whose trial has ended: reads work, writes answer TRIAL_EXPIRED."""

from __future__ import annotations

from collections.abc import Iterator

from graphql import ExecutionResult, FieldNode, OperationDefinitionNode
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from schema.core.errors import ApiError
from tenants.messages import PlatformMessage

# Logging in and out must keep working, or nobody could read their data after the trial.
ALWAYS_ALLOWED_MUTATIONS = frozenset({"login", "logout"})


def _root_field_names(operation: OperationDefinitionNode) -> set[str]:
    return {sel.name.value for sel in operation.selection_set.selections if isinstance(sel, FieldNode)}


class TrialExpiredGuard(SchemaExtension):
    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        company = getattr(context.context.request, "tenant", None)
        if company is not None and company.is_trial_expired and context.operation_type == OperationType.MUTATION:
            document = context.graphql_document
            operations = [
                d
                for d in (document.definitions if document else [])
                if isinstance(d, OperationDefinitionNode)
                and (context.operation_name is None or (d.name and d.name.value == context.operation_name))
            ]
            if operations and not _root_field_names(operations[0]) <= ALWAYS_ALLOWED_MUTATIONS:
                context.result = ExecutionResult(data=None, errors=[ApiError(PlatformMessage.TRIAL_EXPIRED)])
        yield
