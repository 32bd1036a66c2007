"""The GraphQL endpoint: token-authenticated calls skip CSRF, cookie-authenticated ones do not;
multipart requests (file uploads) are accepted under the same rule."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from strawberry.django.views import GraphQLView


def _reject_csrf_failure(request: HttpRequest) -> HttpResponseBase | None:
    checker = CsrfViewMiddleware(lambda r: None)  # type: ignore[arg-type, return-value]
    return checker.process_view(request, None, (), {})  # type: ignore[arg-type]


@method_decorator(csrf_exempt, name="dispatch")
class WuyeGraphQLView(GraphQLView):  # type: ignore[type-arg]
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
        return super().dispatch(request, *args, **kwargs)
