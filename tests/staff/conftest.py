"""Staff management tests: alpha's communities, the four actors (anonymous, an owner, a manager
without STAFF_MANAGE, the admin), the SMS outbox and an ``invite`` helper that runs the on-commit
SMS like a real request would."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

import pytest
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from saas.core import sms
from saas.estates.models import Community
from tenants.models import Company
from tenants.routing import tenant_host
from tests.factories import CommunityFactory, staff_member
from tests.graphql import GraphQLClient, client_for
from tests.staff.documents import ACTIVATE, INVITE

PASSWORD = "Jinghua@2026!"
PHONE = "13612345678"

Alpha = Callable[[], AbstractContextManager[Any]]


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
def alpha(company_a: Company) -> Alpha:
    """``with alpha():`` runs ORM code in alpha's schema (requests switch the connection back to public)."""
    return lambda: tenant_context(company_a)


@dataclass
class Communities:
    wangjing: Community
    qinghe: Community
    yunhe: Community


@pytest.fixture
def communities(alpha: Alpha) -> Communities:
    with alpha():
        return Communities(
            wangjing=CommunityFactory(name="望京花园"),
            qinghe=CommunityFactory(name="清河嘉园", district="haidian"),
            yunhe=CommunityFactory(name="运河湾畔", district="tongzhou"),
        )


@pytest.fixture
def anonymous_a(company_a: Company) -> GraphQLClient:
    return GraphQLClient(tenant_host("alpha"))


@pytest.fixture
def manager_a(company_a: Company, communities: Communities, alpha: Alpha) -> GraphQLClient:
    """A manager of 望京花园: staff, but without STAFF_MANAGE."""
    with alpha():
        return client_for(company_a, staff_member("manager-wj", "manager", (communities.wangjing,)))


@pytest.fixture
def admin_b(company_b: Company) -> GraphQLClient:
    """Beta's admin, on beta's host."""
    from saas.accounts.models import User

    with tenant_context(company_b):
        return client_for(company_b, User.objects.get(username="admin"))


@pytest.fixture
def outbox() -> Iterator[list[sms.SmsMessage]]:
    sms.outbox.clear()
    yield sms.outbox
    sms.outbox.clear()


def code_in(outbox: list[sms.SmsMessage], phone: str) -> str:
    """The activation code in the latest message to ``phone``."""
    message = [m for m in outbox if m.phone == phone][-1].message
    found = re.search(r"code=([A-Za-z0-9_\-]+)", message)
    assert found, message
    return found.group(1)


def invite_input(scope: Communities, **overrides: Any) -> dict[str, Any]:
    """孙丽, service desk of 望京花园 with personal information there."""
    values = {
        "name": "孙丽",
        "phone": PHONE,
        "role": "SERVICE",
        "communities": [gid("Community", scope.wangjing.pk)],
        "piiCommunities": [gid("Community", scope.wangjing.pk)],
    }
    return {**values, **overrides}


@pytest.fixture
def invite(
    staff_a: GraphQLClient,
    communities: Communities,
    outbox: list[sms.SmsMessage],
    django_capture_on_commit_callbacks: Any,
) -> Callable[..., dict[str, Any]]:
    """Invite as alpha's admin (or ``client``); the SMS goes out as the request commits."""

    def run(client: GraphQLClient | None = None, headers: dict[str, str] | None = None, **overrides: Any) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            body = (client or staff_a).execute(
                INVITE, {"input": invite_input(communities, **overrides)}, **(headers or {})
            )
        return body

    return run


@pytest.fixture
def activate(anonymous_a: GraphQLClient) -> Callable[..., dict[str, Any]]:
    def run(token: str, password: str = PASSWORD, **headers: str) -> dict[str, Any]:
        return payload(
            anonymous_a.execute(ACTIVATE, {"input": {"token": token, "password": password}}, **headers), "staffActivate"
        )

    return run
