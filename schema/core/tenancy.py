"""Read-only mode for companies whose trial has ended: reads work, writes answer TRIAL_EXPIRED."""

from __future__ import annotations

from collections.abc import Iterator

from graphql import (
    DocumentNode,
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from schema.core.errors import ApiError
from tenants.errors import PlatformMessage

# Logging in and out must keep working, or nobody could read their data after the trial.
ALWAYS_ALLOWED_MUTATIONS = frozenset({"login", "logout"})


def _field_names(selection_set: SelectionSetNode, fragments: dict[str, FragmentDefinitionNode]) -> set[str]:
    """Root field names of a selection, looking through inline fragments and fragment spreads
    (``mutation { ... on Mutation { houseCreate … } }`` is still a houseCreate)."""
    names: set[str] = set()
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            names.add(selection.name.value)
        elif isinstance(selection, InlineFragmentNode):
            names |= _field_names(selection.selection_set, fragments)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            # An unknown fragment fails validation anyway; refuse rather than guess.
            names |= _field_names(fragment.selection_set, fragments) if fragment else {selection.name.value}
    return names


def _root_field_names(document: DocumentNode, operation: OperationDefinitionNode) -> set[str]:
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
    return _field_names(operation.selection_set, fragments)


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
            if document and operations and not _root_field_names(document, operations[0]) <= ALWAYS_ALLOWED_MUTATIONS:
                context.result = ExecutionResult(data=None, errors=[ApiError(PlatformMessage.TRIAL_EXPIRED)])
        yield
