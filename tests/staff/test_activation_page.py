"""The link in the invitation SMS opens a page on the company's host where the person sets a
password (unless STAFF_ACTIVATION_URL points at a front end of the company's own)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from django.test import Client, override_settings

from saas.core.sms import SmsMessage
from tenants.schemas import activate_public
from tests.graphql import GraphQLClient
from tests.staff.conftest import PASSWORD, PHONE

Invite = Callable[..., dict[str, Any]]
LOGIN = "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token errors { code } } }"


def _link(invite: Invite, outbox: list[SmsMessage]) -> tuple[str, str]:
    invite()
    found = re.search(r"https?://\S+", [m for m in outbox if m.phone == PHONE][-1].message)
    assert found
    url = urlsplit(found.group(0))
    return url.netloc.split(":")[0], f"{url.path}?{url.query}"


def _post(host: str, path: str, password: str, confirm: str | None = None) -> Any:
    code = path.split("code=")[1]
    response = Client(HTTP_HOST=host).post(
        "/staff/activate", {"code": code, "password": password, "confirm": password if confirm is None else confirm}
    )
    activate_public()
    return response


def test_the_sms_link_opens_a_chinese_phone_page_that_activates(invite: Invite, outbox: list[SmsMessage]) -> None:
    host, path = _link(invite, outbox)
    page = Client(HTTP_HOST=host).get(path)
    activate_public()
    text = page.content.decode()
    assert page.status_code == 200 and page["Content-Type"] == "text/html; charset=utf-8"
    assert "激活员工账号" in text and 'name="viewport"' in text and "csrfmiddlewaretoken" in text

    done = _post(host, path, PASSWORD)
    assert done.status_code == 200 and f"账号 {PHONE} 已激活" in done.content.decode()
    logged_in = GraphQLClient(host).data(LOGIN, {"u": PHONE, "p": PASSWORD})["login"]
    assert logged_in["errors"] == [] and logged_in["token"]

    again = _post(host, path, "Another@2026!")
    assert again.status_code == 400 and "该邀请已激活，请直接登录" in again.content.decode()


def test_bad_passwords_and_codes_are_explained_and_change_nothing(invite: Invite, outbox: list[SmsMessage]) -> None:
    host, path = _link(invite, outbox)
    mismatch = _post(host, path, PASSWORD, confirm=PASSWORD + "x")
    assert mismatch.status_code == 400 and "两次输入的密码不一致" in mismatch.content.decode()
    weak = _post(host, path, "12345678")
    assert weak.status_code == 400 and 'class="error"' in weak.content.decode()
    unknown = _post(host, "/staff/activate?code=not-a-code", PASSWORD)
    assert unknown.status_code == 400 and "激活码无效" in unknown.content.decode()
    refused = GraphQLClient(host).data(LOGIN, {"u": PHONE, "p": PASSWORD})["login"]
    assert refused["token"] is None, "no password was set"
    assert _post(host, path, PASSWORD).status_code == 200, "the code still works"


def test_a_front_end_of_its_own_switches_the_page_off(invite: Invite, outbox: list[SmsMessage]) -> None:
    with override_settings(STAFF_ACTIVATION_URL="https://staff.example.cn/activate?code={code}"):
        invite()
        assert "https://staff.example.cn/activate?code=" in outbox[-1].message
        assert Client(HTTP_HOST="alpha.localhost").get("/staff/activate?code=x").status_code == 404


def test_no_activation_page_on_the_public_host(db: None) -> None:
    assert Client(HTTP_HOST="localhost").get("/staff/activate?code=x").status_code == 404
