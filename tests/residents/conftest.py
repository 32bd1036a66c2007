"""Helpers for the residents tests: global IDs, alpha's schema for factories, the SMS outbox."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import pytest
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from saas.core import sms
from tenants.models import Company
from tests.graphql import GraphQLClient

# A valid 居民身份证 number (GB 11643 sample) and a second one, both with correct check digits.
ID_1 = "11010519491231002X"
ID_2 = "110101199003070134"

SMS_CODE_SEND = """
mutation SmsCodeSend($input: SmsCodeSendInput!) {
  smsCodeSend(input: $input) { errors { field message code } expiresAt resendAfter }
}
"""


def gid(type_name: str, pk: int) -> str:
    return to_base64(type_name, pk)


def payload(body: dict[str, Any], name: str) -> dict[str, Any]:
    assert "errors" not in body, body["errors"]
    result: dict[str, Any] = body["data"][name]
    return result


def codes(result: dict[str, Any]) -> list[tuple[str | None, str]]:
    """(field, code) of each payload error."""
    return [(e["field"], e["code"]) for e in result["errors"]]


@pytest.fixture
def alpha(company_a: Company) -> Callable[[], AbstractContextManager[Any]]:
    """``with alpha():`` runs ORM code in alpha's schema (requests switch the connection back to public)."""
    return lambda: tenant_context(company_a)


@pytest.fixture
def outbox() -> Iterator[list[sms.SmsMessage]]:
    sms.outbox.clear()
    yield sms.outbox
    sms.outbox.clear()


@pytest.fixture
def send_code(
    client_a: GraphQLClient, outbox: list[sms.SmsMessage], django_capture_on_commit_callbacks: Any
) -> Callable[..., dict[str, Any]]:
    """Ask for a code on alpha's host; messages are sent on commit, which tests must run by hand."""

    def send(phone: str = "13912345678", client: GraphQLClient | None = None, **headers: str) -> dict[str, Any]:
        with django_capture_on_commit_callbacks(execute=True):
            body = (client or client_a).execute(
                SMS_CODE_SEND, {"input": {"phone": phone, "purpose": "SIGN_UP"}}, **headers
            )
        return payload(body, "smsCodeSend")

    return send


def code_in(outbox: list[sms.SmsMessage], phone: str) -> str:
    """The code in the latest message to ``phone``."""
    message = [m for m in outbox if m.phone == phone][-1].message
    found = re.search(r"\b(\d{6})\b", message)
    assert found, message
    return found.group(1)
