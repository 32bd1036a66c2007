"""The two kinds of GraphQL errors (DESIGN.md §4).

* Top-level errors (``errors[]`` of the response, ``extensions.code``): the caller may not do
  this at all — unauthenticated, forbidden, trial expired, bad arguments. ``ApiError``
  subclasses; they are never masked.
* Payload errors (``payload.errors``): the input was understood but breaks a rule. Each domain
  has its own error type whose ``code`` is a GraphQL enum built from the domain's ``ErrorCode``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import strawberry
from graphql import GraphQLError

from saas.core.errors import DomainError, DomainErrors, ErrorCode


class ApiMessage(ErrorCode):
    UNAUTHENTICATED = "UNAUTHENTICATED", "请先登录。", "Log in first."
    TOKEN_INVALID = (
        "TOKEN_INVALID",
        "登录凭证无效或已过期，请重新登录。",
        "The access token is invalid or expired; log in again.",
    )
    FORBIDDEN = "FORBIDDEN", "您没有执行此操作的权限。", "You are not allowed to do this."
    BAD_USER_INPUT = "BAD_USER_INPUT", "{detail}", "{detail}"
    NOT_FOUND = "NOT_FOUND", "找不到该对象。", "Not found."


# Messages that refine a code rather than being one: extensions.code stays the general code and
# extensions.reason says which case it was.
REFINES = {"TOKEN_INVALID": "UNAUTHENTICATED"}


class ApiError(GraphQLError):
    """A top-level error the client is meant to see and handle by its ``extensions.code``."""

    def __init__(self, message: ErrorCode, **params: Any) -> None:
        extensions: dict[str, Any] = {"code": REFINES.get(message.value, message.value)}
        if message.value in REFINES:
            extensions["reason"] = message.value
        super().__init__(message.message(**params), extensions=extensions)


def should_mask_error(error: GraphQLError) -> bool:
    """Unexpected exceptions are masked in production; errors meant for the client are not."""
    original = error.original_error
    return original is not None and not isinstance(original, ApiError)


def payload_error_type(name: str, codes: type[ErrorCode], description: str) -> Any:
    """A ``{ field, message, code }`` type for one domain's payload errors."""
    code_enum = strawberry.enum(codes, name=f"{name}Code", description=f"Codes of {name}.")
    namespace = {
        "__annotations__": {"field": str | None, "message": str, "code": code_enum},
        "__doc__": description,
    }
    return strawberry.type(type(name, (), namespace), description=description)


def errors_from(exc: DomainError | DomainErrors, error_type: Any) -> list[Any]:
    items = exc.errors if isinstance(exc, DomainErrors) else [exc]
    return [error_type(field=e.field, message=e.message, code=e.code) for e in items]


P = TypeVar("P")


def payload_of(payload_type: Callable[..., P], error_type: Any, attr: str, change: Callable[[], Any]) -> P:
    """Run one service call: its result goes in ``payload.<attr>``, a refusal in ``payload.errors``."""
    try:
        result = change()
    except (DomainError, DomainErrors) as exc:
        return payload_type(errors=errors_from(exc, error_type))
    return payload_type(errors=[], **{attr: result})
