"""Messages outside the app at the GraphQL boundary, with the four actors: channel settings
(credentials write only), the failed messages and their retry (admin; managers: their communities'),
each account's choices."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import tenant_context

from saas.accounts.models import User
from saas.notifications.models import ChannelAccount, ChannelPreference, OutboxMessage, OutboxState
from tenants.models import Company
from tests.factories import CommunityFactory, staff_member
from tests.graphql import GraphQLClient, client_for, error_codes
from tests.notifications.conftest import awake, configure_aliyun
from tests.notifications.emulators.aliyun import AliyunSmsEmulator

CHANNELS = (
    "{ messageChannels { provider channel configured enabled credentialFields hints { name last4 } signName "
    "templates { kind templateId } dailyBudget sentToday } }"
)
CONFIGURE = """mutation($input: MessageChannelConfigureInput!) {
  messageChannelConfigure(input: $input) {
    errors { field code message }
    setting { provider enabled configured hints { name last4 } signName dailyBudget templates { kind templateId } }
  }
}"""
FAILED = "{ outboxMessages(state: FAILED) { totalCount edges { node { id address errorCode state attempts kind } } } }"
RETRY = "mutation($id: ID!) { outboxMessageRetry(input: {id: $id}) { errors { code } message { state } } }"
PREFERENCES = "{ myMessagePreferences { category channel enabled } }"
PREFER = """mutation { messagePreferenceSet(input: {category: NOTICE, channel: SMS, enabled: false}) {
  errors { code } preferences { category channel enabled } } }"""

ALIYUN = {
    "provider": "ALIYUN_SMS",
    "credentials": [
        {"field": "accessKeyId", "value": "LTAI5tWuyeTestKey0001"},
        {"field": "accessKeySecret", "value": "very-secret-value-9876"},
    ],
    "signName": "京华物业",
    "templates": [{"kind": "NOTICE", "templateId": "SMS_4521"}],
    "dailyBudget": 500,
}


@pytest.fixture
def actors(company_a: Company) -> dict[str, GraphQLClient]:
    with tenant_context(company_a):
        admin = User.objects.get(username="admin")
        manager = staff_member("jingli", "manager", (CommunityFactory(name="京华园"),))
        owner = User.objects.create(username="13911112222", phone="13911112222", is_staff=False)
    return {
        "admin": client_for(company_a, admin),
        "manager": client_for(company_a, manager),
        "owner": client_for(company_a, owner),
    }


def test_the_admin_enters_credentials_and_never_sees_them_again(
    company_a: Company, actors: dict[str, GraphQLClient], client_a: GraphQLClient
) -> None:
    body = actors["admin"].data(CONFIGURE, {"input": ALIYUN})["messageChannelConfigure"]
    assert body["errors"] == []
    setting = body["setting"]
    assert (setting["enabled"], setting["signName"], setting["dailyBudget"]) == (True, "京华物业", 500)
    assert setting["hints"] == [{"name": "accessKeyId", "last4": "0001"}, {"name": "accessKeySecret", "last4": "9876"}]
    listed = actors["admin"].data(CHANNELS)["messageChannels"]
    assert "very-secret-value-9876" not in str(listed)
    assert {s["provider"] for s in listed if s["enabled"]} == {"ALIYUN_SMS"}
    with tenant_context(company_a):
        assert "very-secret-value-9876" not in ChannelAccount.objects.get().secrets
    for name in ("manager", "owner"):
        assert error_codes(actors[name].execute(CONFIGURE, {"input": ALIYUN})) == ["FORBIDDEN"]
        assert error_codes(actors[name].execute(CHANNELS)) == ["FORBIDDEN"]
    assert error_codes(client_a.execute(CHANNELS)) == ["UNAUTHENTICATED"]


def test_bad_settings_are_refused_with_codes_and_change_nothing(
    company_a: Company, actors: dict[str, GraphQLClient]
) -> None:
    bad: dict[str, Any] = {
        **ALIYUN,
        "credentials": [{"field": "accessKeyId", "value": "x"}],
        "signName": "",
        "dailyBudget": 0,
    }
    body = actors["admin"].data(CONFIGURE, {"input": bad})["messageChannelConfigure"]
    assert {(e["field"], e["code"]) for e in body["errors"]} == {
        ("signName", "SIGN_NAME_REQUIRED"),
        ("dailyBudget", "BUDGET_INVALID"),
    }
    body = actors["admin"].data(CONFIGURE, {"input": {**ALIYUN, "credentials": [ALIYUN["credentials"][0]]}})
    assert [(e["field"], e["code"]) for e in body["messageChannelConfigure"]["errors"]] == [
        ("accessKeySecret", "REQUIRED")
    ]
    wrong_template = {**ALIYUN, "templates": [{"kind": "NOTICE", "templateId": "has spaces!"}]}
    body = actors["admin"].data(CONFIGURE, {"input": wrong_template})
    assert [e["code"] for e in body["messageChannelConfigure"]["errors"]] == ["TEMPLATE_ID_INVALID"]
    no_credentials = {"provider": "TENCENT_SMS", "signName": "京华物业"}
    body = actors["admin"].data(CONFIGURE, {"input": no_credentials})
    assert [e["code"] for e in body["messageChannelConfigure"]["errors"]] == ["DETAILS_MISSING"]
    with tenant_context(company_a):
        assert not ChannelAccount.objects.exists()


def test_failed_messages_and_their_retry(
    company_a: Company, actors: dict[str, GraphQLClient], aliyun: AliyunSmsEmulator
) -> None:
    from saas.notifications.delivery import outbox_deliver
    from saas.notifications.outbox import Letter, outbox_enqueue

    with tenant_context(company_a):
        configure_aliyun(aliyun)
        aliyun.faults.fail_next("isv.AMOUNT_NOT_ENOUGH")
        outbox_enqueue(
            kind="notice",
            letters=[Letter(key="n1.r1", user_id=None, phone="13911112222", params={"community": "x", "title": "y"})],
        )
        outbox_deliver(worker="t", now=awake())
    body = actors["admin"].data(FAILED)["outboxMessages"]
    assert body["totalCount"] == 1
    node = body["edges"][0]["node"]
    assert (node["address"], node["errorCode"], node["kind"]) == ("139****2222", "isv.AMOUNT_NOT_ENOUGH", "NOTICE")
    # The manager sees the messages about their communities (tests/notifications/test_outbox_scope.py):
    # this one is about none.
    assert actors["manager"].data(FAILED)["outboxMessages"]["totalCount"] == 0
    assert error_codes(actors["owner"].execute(FAILED)) == ["FORBIDDEN"]
    for name in ("manager", "owner"):
        assert error_codes(actors[name].execute(RETRY, {"id": node["id"]})) == ["FORBIDDEN"]
        assert actors[name].execute("query($id: ID!) { node(id: $id) { id } }", {"id": node["id"]})["data"] == {
            "node": None
        }
    retried = actors["admin"].data(RETRY, {"id": node["id"]})["outboxMessageRetry"]
    assert (retried["errors"], retried["message"]["state"]) == ([], "PENDING")
    again = actors["admin"].data(RETRY, {"id": node["id"]})["outboxMessageRetry"]
    assert [e["code"] for e in again["errors"]] == ["MESSAGE_NOT_FAILED"]
    with tenant_context(company_a):
        outbox_deliver(worker="t", now=awake())
        assert OutboxMessage.objects.get().state == OutboxState.SENT


def test_each_account_chooses_its_channels(
    company_a: Company, actors: dict[str, GraphQLClient], client_a: GraphQLClient
) -> None:
    before = actors["owner"].data(PREFERENCES)["myMessagePreferences"]
    assert len(before) == 4 * 3 and all(p["enabled"] for p in before)
    body = actors["owner"].data(PREFER)["messagePreferenceSet"]
    assert body["errors"] == []
    off = [p for p in body["preferences"] if not p["enabled"]]
    assert off == [{"category": "NOTICE", "channel": "SMS", "enabled": False}]
    assert all(p["enabled"] for p in actors["manager"].data(PREFERENCES)["myMessagePreferences"])
    assert error_codes(client_a.execute(PREFER)) == ["UNAUTHENTICATED"]
    with tenant_context(company_a):
        assert ChannelPreference.objects.count() == 1
