"""A GraphQL client for tests: posts to /graphql on a given host, as a given caller."""

from __future__ import annotations

import json
from typing import Any

from django.db import connection
from django.test import Client

from tenants.schemas import activate_public


class GraphQLClient:
    def __init__(self, host: str, *, token: str | None = None, language: str | None = None) -> None:
        self.host = host
        self.token = token
        self.language = language
        self.http = Client(HTTP_HOST=host)

    def post(self, query: str, variables: dict[str, Any] | None = None, **headers: str) -> Any:
        extra = {f"HTTP_{k.upper()}": v for k, v in headers.items()}
        if self.token:
            extra["HTTP_AUTHORIZATION"] = f"Bearer {self.token}"
        if self.language:
            extra["HTTP_ACCEPT_LANGUAGE"] = self.language
        response = self.http.post(
            "/graphql",
            data=json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
            **extra,
        )
        activate_public()  # a request leaves the connection in the host's schema
        return response

    def upload(self, query: str, variables: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> dict[str, Any]:
        """A GraphQL multipart request: ``files`` maps a variable path (``input.file``) to (name, bytes)."""
        from django.core.files.uploadedfile import SimpleUploadedFile

        keys = list(files)
        data: dict[str, Any] = {
            "operations": json.dumps({"query": query, "variables": variables}),
            "map": json.dumps({str(i): [f"variables.{path}"] for i, path in enumerate(keys)}),
        }
        for i, path in enumerate(keys):
            name, content = files[path]
            data[str(i)] = SimpleUploadedFile(name, content, content_type="application/octet-stream")
        extra = {"HTTP_AUTHORIZATION": f"Bearer {self.token}"} if self.token else {}
        if self.language:
            extra["HTTP_ACCEPT_LANGUAGE"] = self.language
        response = self.http.post("/graphql", data=data, **extra)
        activate_public()
        body: dict[str, Any] = response.json()
        return body

    def execute_operation(self, document: str, operation: str, variables: dict[str, Any]) -> dict[str, Any]:
        """One named operation of a document with several (as in ``frontend_contract/operations``)."""
        extra = {"HTTP_AUTHORIZATION": f"Bearer {self.token}"} if self.token else {}
        response = self.http.post(
            "/graphql",
            data=json.dumps({"query": document, "operationName": operation, "variables": variables}),
            content_type="application/json",
            **extra,
        )
        activate_public()
        body: dict[str, Any] = response.json()
        return body

    def execute(self, query: str, variables: dict[str, Any] | None = None, **headers: str) -> dict[str, Any]:
        response = self.post(query, variables, **headers)
        body: dict[str, Any] = response.json()
        return body

    def data(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        """The ``data`` of a response that must have no top-level errors."""
        body = self.execute(query, variables)
        assert "errors" not in body, body["errors"]
        return body["data"]  # type: ignore[no-any-return]


def error_codes(body: dict[str, Any]) -> list[str]:
    return [e.get("extensions", {}).get("code") for e in body.get("errors", [])]


class QueryLog:
    """Counts SQL statements through ``execute_wrapper``: CaptureQueriesContext can miss those
    made inside test-client requests (``request_started`` resets Django's query log)."""

    def __init__(self) -> None:
        self.statements: list[str] = []

    def __call__(self, execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        self.statements.append(sql)
        return execute(sql, params, many, context)

    def __enter__(self) -> QueryLog:
        self._wrapper = connection.execute_wrapper(self)
        self._wrapper.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._wrapper.__exit__(*exc)

    def count(self, *, excluding_search_path: bool = True) -> int:
        return sum(1 for s in self.statements if not (excluding_search_path and s.startswith("SET search_path")))


def client_for(company: Any, user: Any) -> GraphQLClient:
    """An API client on ``company``'s primary host holding a fresh token of ``user``."""
    from django_tenants.utils import tenant_context

    from saas.accounts.services import api_token_issue

    with tenant_context(company):
        host = company.domains.get(is_primary=True).domain
        return GraphQLClient(host, token=api_token_issue(user=user).raw)
