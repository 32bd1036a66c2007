"""The GraphQL endpoint: token-authenticated calls skip CSRF, cookie-authenticated ones do not;
multipart requests (file uploads) are accepted under the same rule.

A request that cannot be read as a GraphQL request (not UTF-8, not JSON, JSON that is not an
object, nested past any sense, a multipart map that points nowhere) is answered 400 with one
top-level error coded ``BAD_REQUEST``, never a 500. Responses carry Chinese as UTF-8, not
``\\uXXXX`` escapes.
"""

from __future__ import annotations

import json
from typing import Any

from cross_web import HTTPException
from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from strawberry.django.views import GraphQLView
from strawberry.http import GraphQLHTTPResponse
from strawberry.types import ExecutionResult

from schema.core.coded_errors import coded
from schema.core.context import RequestContext
from schema.core.errors import ApiMessage


def _reject_csrf_failure(request: HttpRequest) -> HttpResponseBase | None:
    checker = CsrfViewMiddleware(lambda r: None)  # type: ignore[arg-type, return-value]
    return checker.process_view(request, None, (), {})  # type: ignore[arg-type]


def json_bytes(data: object) -> bytes:
    """UTF-8 JSON; a lone surrogate echoed from the input stays a valid ``\\udXXX`` escape."""
    text = json.dumps(data, cls=DjangoJSONEncoder, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8", "backslashreplace")


def bad_request(reason: str, status: int = 400) -> HttpResponse:
    """One coded top-level error; ``reason`` (English, for developers) says what was wrong."""
    code = "NOT_FOUND" if status == 404 else "BAD_REQUEST"
    message = ApiMessage.NOT_FOUND.message() if status == 404 else ApiMessage.BAD_REQUEST.message()
    body = {"data": None, "errors": [{"message": message, "extensions": {"code": code, "reason": reason}}]}
    return HttpResponse(json_bytes(body), status=status, content_type="application/json; charset=utf-8")


@method_decorator(csrf_exempt, name="dispatch")
class WuyeGraphQLView(GraphQLView[RequestContext, None]):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("graphql_ide", "graphiql" if settings.GRAPHQL_IDE else None)
        # File uploads (GraphQL multipart requests, e.g. work-order photos). Multipart is a "simple"
        # request a foreign page can send, so cookie-authenticated calls still pass the CSRF check below.
        kwargs.setdefault("multipart_uploads_enabled", True)
        super().__init__(**kwargs)

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if request.method == "POST" and getattr(request, "auth_method", None) == "session":
            rejected = _reject_csrf_failure(request)
            if rejected is not None:
                return rejected
        try:
            return self.run(request=request)
        except HTTPException as exc:
            return bad_request(exc.reason, exc.status_code)
        except RequestDataTooBig:  # past DATA_UPLOAD_MAX_MEMORY_SIZE (Django answered with its HTML)
            return bad_request("The request body is larger than the server accepts", 413)
        except (TooManyFieldsSent, TooManyFilesSent) as exc:
            return bad_request(str(exc))

    def decode_json(self, data: str | bytes) -> object:
        try:
            text = data.decode("utf-8") if isinstance(data, bytes) else data
            value = json.loads(text)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise HTTPException(400, "The request body is not UTF-8 JSON") from exc
        except RecursionError as exc:
            raise HTTPException(400, "The request body is nested too deeply") from exc
        if not isinstance(value, dict | list):
            raise HTTPException(400, "The request body must be a JSON object")
        return value

    def parse_http_body(self, request: Any) -> Any:
        try:
            return super().parse_http_body(request)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            # A multipart ``map`` through null or missing variables, a batch of non-objects.
            raise HTTPException(400, "The request does not have the shape of a GraphQL request") from exc

    def process_result(self, request: HttpRequest, result: ExecutionResult) -> GraphQLHTTPResponse:
        # Syntax errors are answered before any extension sees a result: code them here.
        if result.errors:
            result.errors = [coded(error, None) for error in result.errors]
        return super().process_result(request, result)

    def encode_json(self, data: object) -> str | bytes:
        return json_bytes(data)

    def get_context(self, request: HttpRequest, response: HttpResponse) -> RequestContext:
        return RequestContext(request=request, response=response)
