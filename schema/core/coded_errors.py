"""Every error a client sees carries ``extensions.code`` and words in the caller's language.

graphql-core's own errors (syntax, validation, variable coercion) come in English without a code;
an exception a resolver did not expect carries Python's (or PostgreSQL's) text. ``CodedErrors``
runs on every operation, in every setting, and reshapes each error that has no code yet:

* a syntax error → ``GRAPHQL_PARSE_FAILED``; a value that does not fit its argument or variable
  (a scalar's refusal included) → ``BAD_USER_INPUT`` with ``extensions.argument`` naming it;
  any other document error → ``GRAPHQL_VALIDATION_FAILED``. The message is translated; the
  original English stays in ``extensions.detail`` for developers;
* during execution, exceptions that come from the input (a malformed global id or cursor, a
  value PostgreSQL refuses, a Django ``ValidationError``) → ``BAD_USER_INPUT``; anything else
  → ``INTERNAL_SERVER_ERROR`` with a fixed message, the exception logged with its traceback.

``WuyeSchema.process_errors`` logs only that last kind: an ordinary ``FORBIDDEN`` or a typo in a
query is not a server problem and prints no traceback.
"""

from __future__ import annotations

import binascii
import logging
import re
from collections.abc import Iterator
from typing import Any

import strawberry
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from django.utils.translation import get_language
from graphql import (
    ArgumentNode,
    DocumentNode,
    GraphQLError,
    ListValueNode,
    Node,
    ObjectValueNode,
    ValueNode,
    visit,
)
from graphql.language import Visitor
from strawberry.extensions import SchemaExtension
from strawberry.relay.types import GlobalIDValueError
from strawberry.types.execution import ExecutionContext

from saas.core.errors import DomainError, DomainErrors
from schema.core.errors import ApiError, ApiMessage
from schema.core.execution import LeanExecutionContext

log = logging.getLogger("wuye.graphql")

# Exceptions raised while resolving that mean "your input", not "our bug".
INPUT_EXCEPTIONS: tuple[type[BaseException], ...] = (
    GlobalIDValueError,
    binascii.Error,  # a cursor or global id that is not base64
    UnicodeDecodeError,
    DataError,  # a value PostgreSQL refuses (too long, out of range, NUL)
    DjangoValidationError,
    DomainError,
    DomainErrors,
)


def is_unexpected(error: GraphQLError) -> bool:
    """A server problem worth a traceback in the log."""
    original = error.original_error
    if original is None or isinstance(original, GraphQLError) or error.path is None:
        return False
    return not isinstance(original, (*INPUT_EXCEPTIONS, PermissionDenied, ObjectDoesNotExist))


def _english() -> bool:
    return (get_language() or "").startswith("en")


# (pattern over graphql-core's English, Chinese template, code, the group naming the argument)
VALUE = "BAD_USER_INPUT"
VALIDATION = "GRAPHQL_VALIDATION_FAILED"
TRANSLATIONS: list[tuple[re.Pattern[str], str, str, str | None]] = [
    (
        re.compile(r"^Variable '\$(?P<var>\w+)' got invalid value .*? at '(?P<at>[^']+)'; (?P<why>.*)$", re.S),
        "变量 ${var} 中 {at} 的值无效。{why}",
        VALUE,
        "at",
    ),
    (
        re.compile(r"^Variable '\$(?P<var>\w+)' got invalid value .*?; (?P<why>.*)$", re.S),
        "变量 ${var} 的值无效。{why}",
        VALUE,
        "var",
    ),
    (
        re.compile(r"^Variable '\$(?P<var>\w+)' of required type '(?P<type>.+)' was not provided\.$"),
        "缺少必填变量 ${var}（{type}）。",
        VALUE,
        "var",
    ),
    (
        re.compile(r"^Variable '\$(?P<var>\w+)' of non-null type '(?P<type>.+)' must not be null\.$"),
        "变量 ${var}（{type}）不能为空。",
        VALUE,
        "var",
    ),
    (  # graphql-core 3.3: a literal one of our scalars refused (its reason is ours, in Chinese)
        re.compile(r"^Expected value of type '(?P<type>.+?)', but encountered error '(?P<why>.*)'; found: .*$", re.S),
        "参数的值不是有效的 {type}。{why}",
        VALUE,
        None,
    ),
    (
        re.compile(r"^Expected value of type '(?P<type>.+?)', found (?P<found>.*?)(?:; (?P<why>.*))?$", re.S),
        "参数的值不是有效的 {type}。{why}",
        VALUE,
        None,
    ),
    (
        re.compile(r"^Field '(?P<field>.+?)' of required type '(?P<type>.+)' was not provided\.$"),
        "缺少必填字段 {field}（{type}）。",
        VALUE,
        "field",
    ),
    (
        re.compile(r"^Field '(?P<field>.+?)' is not defined by type '(?P<type>.+?)'\..*$", re.S),
        "输入类型 {type} 没有字段 {field}。",
        VALUE,
        "field",
    ),
    (
        re.compile(
            r"^Field '(?P<field>.+?)' argument '(?P<arg>.+?)' of type '(?P<type>.+)' is required,"
            r" but it was not provided\.$"
        ),
        "字段 {field} 缺少必填参数 {arg}（{type}）。",
        VALUE,
        "arg",
    ),
    (
        re.compile(r"^Unknown argument '(?P<arg>.+?)' on field '(?P<field>.+?)'\..*$", re.S),
        "字段 {field} 没有参数 {arg}。",
        VALUE,
        "arg",
    ),
    (
        re.compile(r"^(?P<type>Int|Float|String|Boolean|ID) cannot represent .*$", re.S),
        "值不是有效的 {type}。",
        VALUE,
        None,
    ),
    (
        re.compile(r"^Cannot query field '(?P<field>.+?)' on type '(?P<type>.+?)'\..*$", re.S),
        "类型 {type} 没有字段 {field}。",
        VALIDATION,
        None,
    ),
    (re.compile(r"^Unknown type '(?P<type>.+?)'\..*$", re.S), "未知类型 {type}。", VALIDATION, None),
    (re.compile(r"^Variable '\$(?P<var>\w+)' is never used.*$", re.S), "变量 ${var} 未被使用。", VALIDATION, None),
    (re.compile(r"^Variable '\$(?P<var>\w+)' is not defined.*$", re.S), "变量 ${var} 未定义。", VALIDATION, None),
    (
        re.compile(r"^Field '(?P<field>.+?)' of type '(?P<type>.+?)' must have a selection of subfields.*$", re.S),
        "字段 {field}（{type}）须选择子字段。",
        VALIDATION,
        None,
    ),
    (
        re.compile(r"^Field '(?P<field>.+?)' must not have a selection since type '(?P<type>.+?)' has no subfields.*$"),
        "字段 {field}（{type}）没有子字段可选。",
        VALIDATION,
        None,
    ),
    (
        re.compile(r"^'(?P<op>.*?)' exceeds maximum operation depth of (?P<max>\d+).*$", re.S),
        "查询嵌套过深（最多 {max} 层）。",
        VALIDATION,
        None,
    ),
    (
        re.compile(r"^(?P<n>\d+) aliases found\. Allowed: (?P<max>\d+).*$", re.S),
        "别名过多（{n} 个，最多 {max} 个）。",
        VALIDATION,
        None,
    ),
    (
        re.compile(r"^The (?P<op>subscription|mutation) operation is not supported by the schema\.$"),
        "此接口不支持 {op} 操作。",
        VALIDATION,
        None,
    ),
    (re.compile(r"^GraphQL introspection has been disabled.*$", re.S), "已关闭内省查询。", VALIDATION, None),
    (re.compile(r"^Unknown operation named '(?P<op>.*)'\.$", re.S), "没有名为 {op} 的操作。", VALIDATION, None),
    (
        re.compile(r"^Must provide operation name if query contains multiple operations\.$"),
        "文档包含多个操作时须提供 operationName。",
        VALIDATION,
        None,
    ),
]


TOO_MANY_TOKENS = re.compile(r"^Syntax Error: Document contains more than (?P<max>\d+) tokens.*$", re.S)


VARIABLE_INVALID = re.compile(
    r"^Variable '\$(?P<var>\w+)' has invalid value(?: at (?P<at>[^:]+))?: (?P<rest>.*)$", re.S
)
SCALAR_REASON = re.compile(r"encountered error '(?P<why>.*)'; found", re.S)


def _variable_error(error: GraphQLError, match: re.Match[str]) -> GraphQLError:
    """graphql-core 3.3: ``Variable '$i' has invalid value at .name: <why>``."""
    at = (match["at"] or "").strip()
    argument = match["var"] + (at if at.startswith((".", "[")) else f".{at}" if at else "")
    rest = match["rest"]
    reason = SCALAR_REASON.search(rest)
    why = reason["why"] if reason and not reason["why"].isascii() else ""
    if "to be provided" in rest:
        zh = f"缺少必填的值 {argument}。"
    elif "is not defined by type" in rest:
        zh = f"{argument} 含有未定义的字段。"
    else:
        zh = f"{argument} 的值无效。{why}"
    return _coded(error, VALUE, zh, error.message, argument=argument)


def _argument_path(value: ValueNode, target: Node, prefix: str) -> str | None:
    if value is target:
        return prefix
    if isinstance(value, ObjectValueNode):
        for field in value.fields:
            found = _argument_path(field.value, target, f"{prefix}.{field.name.value}")
            if found:
                return found
    if isinstance(value, ListValueNode):
        for index, item in enumerate(value.values):
            found = _argument_path(item, target, f"{prefix}.{index}")
            if found:
                return found
    return None


def argument_of(document: DocumentNode | None, node: Node) -> str | None:
    """The argument (``input.name``) whose literal value holds ``node``."""
    if document is None:
        return None
    found: list[str] = []

    class Finder(Visitor):
        def enter_argument(self, argument: ArgumentNode, *_: Any) -> None:
            path = _argument_path(argument.value, node, argument.name.value)
            if path and not found:
                found.append(path)

    visit(document, Finder())
    return found[0] if found else None


def _document_error(error: GraphQLError, document: DocumentNode | None) -> GraphQLError:
    english = error.message
    variable = VARIABLE_INVALID.match(english)
    if variable:
        return _variable_error(error, variable)
    too_long = TOO_MANY_TOKENS.match(english)
    if too_long:
        return _coded(error, "GRAPHQL_PARSE_FAILED", f"查询过长（最多 {too_long['max']} 个词法单元）。", english)
    if english.startswith("Syntax Error"):
        where = error.locations[0] if error.locations else None
        zh = f"GraphQL 语法错误（第 {where.line} 行第 {where.column} 列）。" if where else "GraphQL 语法错误。"
        return _coded(error, "GRAPHQL_PARSE_FAILED", zh, english)
    for pattern, template, code, argument_group in TRANSLATIONS:
        match = pattern.match(english)
        if match is None:
            continue
        groups = {k: (v or "") for k, v in match.groupdict().items()}
        why = groups.get("why", "")
        # Our own scalars refuse in Chinese already; graphql-core's reasons are English.
        groups["why"] = why if why and not why.isascii() else ""
        argument = groups.get(argument_group) if argument_group else None
        if argument is None and code == VALUE and error.nodes:
            argument = argument_of(document, error.nodes[0])
        return _coded(error, code, template.format(**groups), english, argument=argument)
    return _coded(error, VALIDATION, ApiMessage.GRAPHQL_VALIDATION_FAILED.zh, english)


# strawberry words a non-null list input with a default, given null, with the list type's Python repr
# ("<strawberry.types.base.StrawberryList object at 0x…>"): never show that to a client.
PYTHON_REPR = re.compile(r"<strawberry\.[^>]*>")


def _coded(error: GraphQLError, code: str, zh: str, english: str, *, argument: str | None = None) -> GraphQLError:
    zh, english = PYTHON_REPR.sub("[…]", zh), PYTHON_REPR.sub("[…]", english)
    extensions: dict[str, Any] = {"code": code}
    if argument:
        extensions["argument"] = argument
    if not _english():
        extensions["detail"] = english
    return GraphQLError(
        english if _english() else zh,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions=extensions,
    )


def _execution_error(error: GraphQLError) -> GraphQLError:
    original = error.original_error
    if isinstance(original, DomainErrors | DomainError):
        first = original.errors[0] if isinstance(original, DomainErrors) else original
        return _replaced(error, "BAD_USER_INPUT", str(original), argument=first.field)
    if isinstance(original, DjangoValidationError):
        return _replaced(error, "BAD_USER_INPUT", " ".join(str(m) for m in original.messages))
    if isinstance(original, INPUT_EXCEPTIONS):
        return _replaced(error, "BAD_USER_INPUT", ApiMessage.INPUT_INVALID.message())
    if isinstance(original, PermissionDenied):
        return _replaced(error, "FORBIDDEN", ApiMessage.FORBIDDEN.message())
    if isinstance(original, ObjectDoesNotExist):
        return _replaced(error, "NOT_FOUND", ApiMessage.NOT_FOUND.message())
    return _replaced(error, "INTERNAL_SERVER_ERROR", ApiMessage.INTERNAL_SERVER_ERROR.message())


def _replaced(error: GraphQLError, code: str, message: str, *, argument: str | None = None) -> GraphQLError:
    extensions: dict[str, Any] = {"code": code}
    if argument:
        extensions["argument"] = argument
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions=extensions,
    )


def coded(error: GraphQLError, document: DocumentNode | None) -> GraphQLError:
    if (error.extensions or {}).get("code"):
        return error
    if error.path is None and not isinstance(error.original_error, ApiError):
        return _document_error(error, document)
    return _execution_error(error)


class CodedErrors(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        errors = getattr(result, "errors", None)
        if result is not None and errors:
            document = self.execution_context.graphql_document
            result.errors = [coded(e, document) for e in errors]


class WuyeSchema(strawberry.Schema):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("execution_context_class", LeanExecutionContext)
        super().__init__(*args, **kwargs)

    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        for error in errors:
            if is_unexpected(error):
                log.error("unexpected error in %s", error.path, exc_info=error.original_error)
