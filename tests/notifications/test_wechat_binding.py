"""Binding an account to WeChat at the GraphQL boundary: the front end sends the one-time code
WeChat gave it (wx.login() in the mini program, the official account's web-page authorisation),
the server trades it with the company's app id and secret at the WeChat emulator, and the
outbox then reaches that openid. Anyone logged in binds their own account only; nothing is
written when WeChat refuses or cannot be reached."""

from __future__ import annotations

from typing import Any

import pytest
from django_tenants.utils import tenant_context

from saas.accounts.models import User
from saas.notifications.accounts import channel_account_configure
from saas.notifications.delivery import outbox_deliver
from saas.notifications.models import ChannelAccount, OutboxMessage, OutboxState, WechatBinding
from saas.notifications.outbox import Letter, outbox_enqueue
from tenants.models import Company
from tests.factories import CommunityFactory, staff_member
from tests.graphql import GraphQLClient, QueryLog, client_for, error_codes
from tests.notifications.conftest import configure_wechat
from tests.notifications.emulators.wechat import MINI_APP_ID, OFFICIAL_APP_ID, WechatEmulator

BINDINGS = "{ myWechatBindings { channel available bound boundAt } }"
BIND = """mutation($channel: MessageChannel!, $code: String!) {
  wechatBind(input: {channel: $channel, code: $code}) {
    errors { field code message } binding { channel available bound boundAt }
  }
}"""
UNBIND = """mutation($channel: MessageChannel!) {
  wechatUnbind(input: {channel: $channel}) { errors { field code message } binding { channel bound } }
}"""
MINI, OFFICIAL = "WECHAT_SUBSCRIBE", "WECHAT_TEMPLATE"


@pytest.fixture
def users(company_a: Company) -> dict[str, User]:
    with tenant_context(company_a):
        return {
            "admin": User.objects.get(username="admin"),
            "manager": staff_member("jingli", "manager", (CommunityFactory(name="京华园"),)),
            "owner": User.objects.create(username="13911112222", phone="13911112222", is_staff=False),
        }


@pytest.fixture
def actors(company_a: Company, users: dict[str, User]) -> dict[str, GraphQLClient]:
    return {name: client_for(company_a, user) for name, user in users.items()}


@pytest.fixture
def wechat_on(company_a: Company, wechat: WechatEmulator) -> WechatEmulator:
    with tenant_context(company_a):
        configure_wechat()
    return wechat


def bind(client: GraphQLClient, channel: str, code: str) -> dict[str, Any]:
    return client.data(BIND, {"channel": channel, "code": code})["wechatBind"]  # type: ignore[no-any-return]


def notice_letter(user: User) -> Letter:
    return Letter(key=f"n1.u{user.pk}", user_id=user.pk, phone="", params={"community": "京华园", "title": "停水"})


def codes(payload: dict[str, Any]) -> list[tuple[str, str]]:
    return [(e["field"], e["code"]) for e in payload["errors"]]


def bindings(company: Company) -> set[tuple[str, str, str]]:
    with tenant_context(company):
        return set(WechatBinding.objects.values_list("user__username", "channel", "openid"))


def test_anonymous_callers_are_refused(client_a: GraphQLClient, wechat_on: WechatEmulator, company_a: Company) -> None:
    code = wechat_on.login(MINI_APP_ID, "o-mini-anon")
    assert error_codes(client_a.execute(BINDINGS)) == ["UNAUTHENTICATED"]
    assert error_codes(client_a.execute(BIND, {"channel": MINI, "code": code})) == ["UNAUTHENTICATED"]
    assert error_codes(client_a.execute(UNBIND, {"channel": MINI})) == ["UNAUTHENTICATED"]
    assert bindings(company_a) == set()
    assert wechat_on.used_codes == set()  # the code was never traded


def test_an_owner_binds_the_mini_program_and_messages_reach_that_openid(
    company_a: Company, actors: dict[str, GraphQLClient], users: dict[str, User], wechat_on: WechatEmulator
) -> None:
    owner = actors["owner"]
    before = owner.data(BINDINGS)["myWechatBindings"]
    assert [(b["channel"], b["available"], b["bound"], b["boundAt"]) for b in before] == [
        (OFFICIAL, True, False, None),
        (MINI, True, False, None),
    ]
    payload = bind(owner, MINI, wechat_on.login(MINI_APP_ID, "o-mini-zhang"))
    assert payload["errors"] == []
    assert (payload["binding"]["channel"], payload["binding"]["bound"]) == (MINI, True)
    assert payload["binding"]["boundAt"].endswith("+08:00")
    assert bindings(company_a) == {("13911112222", "wechat_subscribe", "o-mini-zhang")}
    after = owner.data(BINDINGS)["myWechatBindings"]
    assert [(b["channel"], b["bound"]) for b in after] == [(OFFICIAL, False), (MINI, True)]
    assert "o-mini-zhang" not in str(after) + str(payload)  # the openid never goes back out

    with tenant_context(company_a):
        outbox_enqueue(
            kind="notice",
            letters=[
                Letter(
                    key="n1.u1", user_id=users["owner"].pk, phone="", params={"community": "京华园", "title": "停水"}
                )
            ],
        )
        run = outbox_deliver(worker="t")
    assert run.sent == 1
    assert [(m["kind"], m["touser"], m["app"]) for m in wechat_on.sent] == [("subscribe", "o-mini-zhang", MINI_APP_ID)]


def test_the_official_account_binds_with_the_web_page_authorisation_code(
    company_a: Company, actors: dict[str, GraphQLClient], wechat_on: WechatEmulator
) -> None:
    payload = bind(actors["owner"], OFFICIAL, wechat_on.login(OFFICIAL_APP_ID, "o-official-zhang"))
    assert payload["errors"] == [] and payload["binding"]["bound"] is True
    assert bindings(company_a) == {("13911112222", "wechat_template", "o-official-zhang")}
    # A mini-program code is not the official account's: WeChat does not know it there.
    payload = bind(actors["manager"], OFFICIAL, wechat_on.login(MINI_APP_ID, "o-mini-li"))
    assert codes(payload) == [("code", "CODE_INVALID")] and payload["binding"] is None


def test_staff_bind_their_own_account_and_nobody_binds_someone_else(
    company_a: Company, actors: dict[str, GraphQLClient], wechat_on: WechatEmulator
) -> None:
    """Staff are told of work (desk requests, repairs) too, so any account binds itself; there is
    no argument naming an account, so the admin's bind is the admin's own."""
    assert bind(actors["manager"], MINI, wechat_on.login(MINI_APP_ID, "o-mini-li"))["errors"] == []
    assert bind(actors["admin"], OFFICIAL, wechat_on.login(OFFICIAL_APP_ID, "o-official-admin"))["errors"] == []
    assert bindings(company_a) == {
        ("jingli", "wechat_subscribe", "o-mini-li"),
        ("admin", "wechat_template", "o-official-admin"),
    }
    assert [b["bound"] for b in actors["owner"].data(BINDINGS)["myWechatBindings"]] == [False, False]
    # The admin cannot unbind the manager's: unbinding is about the caller's own account.
    assert codes(actors["admin"].data(UNBIND, {"channel": MINI})["wechatUnbind"]) == [("channel", "NOT_BOUND")]
    assert ("jingli", "wechat_subscribe", "o-mini-li") in bindings(company_a)


def test_one_wechat_user_is_bound_to_one_account_of_the_company(
    company_a: Company, actors: dict[str, GraphQLClient], wechat_on: WechatEmulator
) -> None:
    assert bind(actors["owner"], MINI, wechat_on.login(MINI_APP_ID, "o-mini-shared"))["errors"] == []
    payload = bind(actors["manager"], MINI, wechat_on.login(MINI_APP_ID, "o-mini-shared"))
    assert codes(payload) == [("code", "OPENID_BOUND_ELSEWHERE")]
    assert bindings(company_a) == {("13911112222", "wechat_subscribe", "o-mini-shared")}
    # Binding the same WeChat user again with a fresh code changes nothing.
    again = bind(actors["owner"], MINI, wechat_on.login(MINI_APP_ID, "o-mini-shared"))
    assert again["errors"] == [] and bindings(company_a) == {("13911112222", "wechat_subscribe", "o-mini-shared")}


def test_bad_codes_are_refused_with_codes_and_write_nothing(
    company_a: Company, actors: dict[str, GraphQLClient], wechat_on: WechatEmulator
) -> None:
    owner = actors["owner"]
    assert codes(bind(owner, MINI, "   ")) == [("code", "REQUIRED")]
    assert codes(bind(owner, MINI, "has spaces in it")) == [("code", "CODE_INVALID")]
    assert codes(bind(owner, MINI, "x" * 129)) == [("code", "CODE_INVALID")]
    assert codes(bind(owner, MINI, "081NeverIssuedByWeChat")) == [("code", "CODE_INVALID")]
    assert codes(bind(owner, "SMS", wechat_on.login(MINI_APP_ID, "o-1"))) == [("channel", "CHANNEL_NOT_WECHAT")]
    used = wechat_on.login(MINI_APP_ID, "o-mini-zhang")
    assert bind(owner, MINI, used)["errors"] == []
    assert actors["owner"].data(UNBIND, {"channel": MINI})["wechatUnbind"]["errors"] == []
    payload = bind(owner, MINI, used)
    assert codes(payload) == [("code", "CODE_USED")]
    assert payload["errors"][0]["message"] == "该微信登录凭证已使用过，请重新授权。"
    english = GraphQLClient(owner.host, token=owner.token, language="en")
    body = english.data(BIND, {"channel": MINI, "code": used})["wechatBind"]
    assert body["errors"][0]["message"] == "This WeChat login code was used already: ask WeChat for a new one."
    assert bindings(company_a) == set()


def test_a_busy_or_unreachable_wechat_is_worth_a_retry(
    company_a: Company, actors: dict[str, GraphQLClient], wechat_on: WechatEmulator, settings: Any
) -> None:
    code = wechat_on.login(MINI_APP_ID, "o-mini-zhang")
    wechat_on.login_faults.fail_next("45011")  # WeChat's frequency limit
    assert codes(bind(actors["owner"], MINI, code)) == [("code", "WECHAT_UNAVAILABLE")]
    wechat_on.login_faults.fail_next("-1")  # system busy
    assert codes(bind(actors["owner"], MINI, code)) == [("code", "WECHAT_UNAVAILABLE")]
    assert bindings(company_a) == set()
    settings.WECHAT_API_BASE = "http://127.0.0.1:9"  # nothing listens there
    assert codes(bind(actors["owner"], MINI, code)) == [("code", "WECHAT_UNAVAILABLE")]
    settings.WECHAT_API_BASE = wechat_on.url
    assert bind(actors["owner"], MINI, code)["errors"] == []  # the refused calls did not use the code up
    assert bindings(company_a) == {("13911112222", "wechat_subscribe", "o-mini-zhang")}


def test_a_channel_the_company_has_not_set_up(
    company_a: Company, actors: dict[str, GraphQLClient], wechat: WechatEmulator
) -> None:
    code = wechat.login(MINI_APP_ID, "o-mini-zhang")
    assert codes(bind(actors["owner"], MINI, code)) == [("channel", "WECHAT_NOT_CONFIGURED")]
    with tenant_context(company_a):
        channel_account_configure(provider="wechat_mini", values={"app_id": MINI_APP_ID, "app_secret": "wrong"})
    payload = bind(actors["owner"], MINI, code)
    assert codes(payload) == [("code", "WECHAT_REFUSED")] and "40125" in payload["errors"][0]["message"]
    with tenant_context(company_a):
        ChannelAccount.objects.update(enabled=False)
    assert codes(bind(actors["owner"], MINI, code)) == [("channel", "WECHAT_NOT_CONFIGURED")]
    listed = actors["owner"].data(BINDINGS)["myWechatBindings"]
    assert [(b["available"], b["bound"]) for b in listed] == [(False, False), (False, False)]
    assert bindings(company_a) == set()


def test_rebinding_moves_waiting_messages_and_unbinding_cancels_them(
    company_a: Company, actors: dict[str, GraphQLClient], users: dict[str, User], wechat_on: WechatEmulator
) -> None:
    owner = actors["owner"]
    assert bind(owner, OFFICIAL, wechat_on.login(OFFICIAL_APP_ID, "o-old-phone"))["errors"] == []
    with tenant_context(company_a):
        outbox_enqueue(kind="notice", letters=[notice_letter(users["owner"])])
    assert bind(owner, OFFICIAL, wechat_on.login(OFFICIAL_APP_ID, "o-new-phone"))["errors"] == []
    with tenant_context(company_a):
        assert list(OutboxMessage.objects.values_list("address", "state")) == [("o-new-phone", "pending")]
    assert bindings(company_a) == {("13911112222", "wechat_template", "o-new-phone")}

    payload = owner.data(UNBIND, {"channel": OFFICIAL})["wechatUnbind"]
    assert payload == {"errors": [], "binding": {"channel": OFFICIAL, "bound": False}}
    with tenant_context(company_a):
        message = OutboxMessage.objects.get()
        assert (message.state, message.error_code) == (OutboxState.CANCELLED, "WECHAT_UNBOUND")
        assert outbox_deliver(worker="t").sent == 0
    assert wechat_on.sent == [] and bindings(company_a) == set()
    assert codes(owner.data(UNBIND, {"channel": OFFICIAL})["wechatUnbind"]) == [("channel", "NOT_BOUND")]
    assert codes(owner.data(UNBIND, {"channel": "SMS"})["wechatUnbind"]) == [("channel", "CHANNEL_NOT_WECHAT")]


def test_reading_the_bindings_takes_a_fixed_number_of_statements(
    company_a: Company, actors: dict[str, GraphQLClient], wechat_on: WechatEmulator
) -> None:
    """The token, the bindings, the company's channels: bound or not."""
    counts = []
    for channel, app_id in ((MINI, MINI_APP_ID), (OFFICIAL, OFFICIAL_APP_ID)):
        bind(actors["owner"], channel, wechat_on.login(app_id, f"o-{channel}"))
        with QueryLog() as log:
            actors["owner"].data(BINDINGS)
        counts.append(log.count())
    assert counts == [3, 3]


def test_binding_attempts_are_limited_per_account_before_wechat_is_asked(
    company_a: Company, actors: dict[str, GraphQLClient], wechat_on: WechatEmulator, settings: Any
) -> None:
    settings.WECHAT_BIND_RATE = "2/m"
    for _ in range(2):
        assert codes(bind(actors["owner"], MINI, "081NeverIssuedByWeChat")) == [("code", "CODE_INVALID")]
    code = wechat_on.login(MINI_APP_ID, "o-mini-zhang")
    payload = bind(actors["owner"], MINI, code)
    assert [e["code"] for e in payload["errors"]] == ["RATE_LIMITED"] and payload["binding"] is None
    assert wechat_on.used_codes == set() and bindings(company_a) == set()
    # Counted per account: the manager is not held up by the owner's attempts.
    assert bind(actors["manager"], MINI, code)["errors"] == []


@pytest.mark.parametrize(
    "reply",
    [b"42", b"[]", b'{"errcode": "busy", "errmsg": "?"}', b'{"errcode": [40029]}', b"<html>502</html>"],
    ids=["number", "list", "text-errcode", "list-errcode", "not-json"],
)
def test_a_malformed_wechat_reply_is_worth_a_retry(
    company_a: Company, actors: dict[str, GraphQLClient], wechat_on: WechatEmulator, reply: bytes
) -> None:
    code = wechat_on.login(MINI_APP_ID, "o-mini-zhang")
    wechat_on.answer_next_raw(reply)
    assert codes(bind(actors["owner"], MINI, code)) == [("code", "WECHAT_UNAVAILABLE")]
    assert bindings(company_a) == set()
    assert bind(actors["owner"], MINI, code)["errors"] == []  # the code was not used up
