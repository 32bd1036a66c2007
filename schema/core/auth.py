"""A token that names nobody (another company's, revoked, expired, made up) refuses the whole
operation with ``UNAUTHENTICATED`` (``reason: TOKEN_INVALID``), whatever the fields: treating the
caller as anonymous let fields that show anonymous callers nothing (``node``, ``bill``…) answer
``null`` as if the object did not exist, while others refused."""

from __future__ import annotations

from collections.abc import Iterator

from graphql import ExecutionResult
from strawberry.extensions import SchemaExtension

from schema.core.errors import ApiError, ApiMessage


class InvalidTokenGuard(SchemaExtension):
    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        request = getattr(context.context, "request", None)
        if getattr(request, "auth_token_invalid", False):
            context.result = ExecutionResult(data=None, errors=[ApiError(ApiMessage.TOKEN_INVALID)])
        yield
