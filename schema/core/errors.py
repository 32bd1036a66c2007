"""The two kinds of GraphQL errors (DESIGN.md §4).

* Top-level errors (``errors[]`` of the response, ``extensions.code``): the caller may not do
  this at all — unauthenticated, forbidden, trial expired, bad arguments. ``ApiError``
  subclasses; they are never masked.
* Payload errors (``payload.errors``): the input was understood but breaks a rule. Each domain
  declares its error types in ``schema/<domain>/errors.py``, subclasses of ``PayloadError`` whose
  ``code`` is the app's ``ErrorCode`` enum; ``payload_of`` fills them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import strawberry
from django.http import HttpRequest
from graphql import GraphQLError

from saas.core.errors import DomainError, DomainErrors, ErrorCode
from saas.core.ratelimit import over_limit


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
    BAD_REQUEST = "BAD_REQUEST", "请求格式无效，无法读取。", "The request could not be read."
    INTERNAL_SERVER_ERROR = (
        "INTERNAL_SERVER_ERROR",
        "服务器出错了，请稍后再试。",
        "Something went wrong; try again later.",
    )
    GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED", "GraphQL 语法错误。", "The GraphQL document has a syntax error."
    GRAPHQL_VALIDATION_FAILED = (
        "GRAPHQL_VALIDATION_FAILED",
        "GraphQL 文档不符合接口定义。",
        "The GraphQL document does not match the schema.",
    )
    PAGE_SIZE_INVALID = "PAGE_SIZE_INVALID", "{name} 须在 0 到 {limit} 之间。", "{name} must be between 0 and {limit}."
    ID_INVALID = "ID_INVALID", "不是有效的{type_name} ID。", "The id is not a {type_name} ID."
    CURSOR_INVALID = "CURSOR_INVALID", "分页游标无效。", "The page cursor is not valid."
    CALENDAR_RANGE_INVALID = (
        "CALENDAR_RANGE_INVALID",
        "日期范围须从 since 到 until（含），最多 {limit} 天。",
        "The range must run from since to until (inclusive), at most {limit} days.",
    )
    SUBSCRIPTION_OVER_HTTP = (
        "SUBSCRIPTION_OVER_HTTP",
        "订阅须通过 WebSocket（graphql-transport-ws）发送。",
        "Subscriptions run over the websocket (graphql-transport-ws), not HTTP.",
    )
    WEBSOCKET_SUBSCRIPTIONS_ONLY = (
        "WEBSOCKET_SUBSCRIPTIONS_ONLY",
        "WebSocket 上只运行订阅；查询和变更请通过 HTTP 发送。",
        "Only subscriptions run over the websocket; send queries and mutations over HTTP.",
    )
    INPUT_INVALID = "INPUT_INVALID", "输入的值无效。", "The input is not valid."


# Messages that refine a code rather than being one: extensions.code stays the general code and
# extensions.reason says which case it was.
REFINES = {
    "TOKEN_INVALID": "UNAUTHENTICATED",
    "PAGE_SIZE_INVALID": "BAD_USER_INPUT",
    "ID_INVALID": "BAD_USER_INPUT",
    "INPUT_INVALID": "BAD_USER_INPUT",
    "CURSOR_INVALID": "BAD_USER_INPUT",
    "CALENDAR_RANGE_INVALID": "BAD_USER_INPUT",
    "SUBSCRIPTION_OVER_HTTP": "BAD_REQUEST",
    "WEBSOCKET_SUBSCRIPTIONS_ONLY": "BAD_USER_INPUT",
}


class ApiError(GraphQLError):
    """A top-level error the client is meant to see and handle by its ``extensions.code``."""

    def __init__(self, message: ErrorCode, **params: Any) -> None:
        extensions: dict[str, Any] = {"code": REFINES.get(message.value, message.value)}
        if message.value in REFINES:
            extensions["reason"] = message.value
        super().__init__(message.message(**params), extensions=extensions)


CODE_DESCRIPTION = "What was refused, for the client to branch on (the message is for people)."


@strawberry.type(description="One reason a change was refused.")
class PayloadError:
    """The base of every payload error type: a domain's ``<Thing>Error(PayloadError)`` declares
    only its ``code``, an enum of the app's error codes (``<app>/errors.py``)."""

    field: str | None = strawberry.field(
        description="The input field at fault, in camelCase; null when the refusal is about the input as a whole."
    )
    message: str = strawberry.field(
        description="Why, in the caller's language (Chinese, or English with Accept-Language: en)."
    )


E = TypeVar("E", bound=PayloadError)
P = TypeVar("P")
R = TypeVar("R")


def errors_from(exc: DomainError | DomainErrors, error_type: Callable[..., E]) -> list[E]:
    items = exc.errors if isinstance(exc, DomainErrors) else [exc]
    return [error_type(field=e.field, message=e.message, code=e.code) for e in items]


@dataclass(frozen=True)
class RateLimit:
    """A counter a mutation passes before its service runs (``saas.core.ratelimit.over_limit``);
    over it, the payload carries ``code`` and the service is not called."""

    group: str
    rate: str
    code: ErrorCode
    subject: str | None = None


def payload_of(
    payload_type: Callable[..., P],
    error_type: Callable[..., PayloadError],
    result_to: str | Callable[[R], dict[str, Any]],
    change: Callable[[], R],
    *,
    request: HttpRequest | None = None,
    limits: Sequence[RateLimit] = (),
) -> P:
    """Run one service call: its result goes in ``payload.<result_to>`` (or the fields
    ``result_to(result)`` returns), a refusal in ``payload.errors``. Every limit in ``limits`` is
    counted first (all of them, so none can be dodged by tripping another); over any, the service
    is not called."""
    if limits:
        assert request is not None, "rate limits are counted per request"
        over = [
            limit for limit in limits if over_limit(request, group=limit.group, rate=limit.rate, subject=limit.subject)
        ]
        if over:
            return payload_type(errors=errors_from(DomainError(over[0].code), error_type))
    try:
        result = change()
    except (DomainError, DomainErrors) as exc:
        return payload_type(errors=errors_from(exc, error_type))
    fields = {result_to: result} if isinstance(result_to, str) else result_to(result)
    return payload_type(errors=[], **fields)
