"""Owner sign-up on a company's host: SMS code (expiry, attempts, rate limits), then the account."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.utils import timezone

from saas.accounts.models import User
from saas.core.sms import SmsMessage
from saas.residents.models import SmsCode
from tests.factories import UserFactory
from tests.graphql import GraphQLClient
from tests.residents.conftest import code_in, codes, payload

SIGN_UP = """
mutation OwnerSignUp($input: OwnerSignUpInput!) {
  ownerSignUp(input: $input) {
    errors { field message code }
    token expiresAt viewer { username displayName phone isStaff }
  }
}
"""
PHONE = "13912345678"
PASSWORD = "Quiet-Garden-42"

Alpha = Callable[[], Any]
SendCode = Callable[..., dict[str, Any]]


def sign_up(client: GraphQLClient, code: str, phone: str = PHONE, **fields: str) -> dict[str, Any]:
    data = {"phone": phone, "code": code, "name": "刘业主", "password": PASSWORD, **fields}
    return payload(client.execute(SIGN_UP, {"input": data}), "ownerSignUp")


def test_a_code_is_texted_and_only_its_hash_is_kept(
    send_code: SendCode, outbox: list[SmsMessage], alpha: Alpha
) -> None:
    result = send_code("+86 139 1234 5678")
    assert result["errors"] == []
    expires_at = datetime.datetime.fromisoformat(result["expiresAt"])
    assert datetime.timedelta(minutes=4) < expires_at - timezone.now() <= datetime.timedelta(minutes=5)
    assert [m.phone for m in outbox] == [PHONE]
    code = code_in(outbox, PHONE)
    assert outbox[0].message.startswith("【北京阿尔法物业有限公司】") and "5 分钟" in outbox[0].message
    with alpha():
        stored = SmsCode.objects.get()
    assert stored.phone == PHONE and code not in stored.code_hash and len(stored.code_hash) == 64


def test_a_bad_phone_gets_no_code(send_code: SendCode, outbox: list[SmsMessage]) -> None:
    assert codes(send_code("12345")) == [("phone", "PHONE_INVALID")]
    assert codes(send_code("")) == [("phone", "REQUIRED")]
    assert outbox == []


def test_sign_up_with_the_code_creates_an_owner_account(
    client_a: GraphQLClient, send_code: SendCode, outbox: list[SmsMessage], alpha: Alpha
) -> None:
    send_code()
    result = sign_up(client_a, code_in(outbox, PHONE), phone="139 1234 5678")
    assert result["errors"] == []
    assert result["viewer"] == {"username": PHONE, "displayName": "刘业主", "phone": PHONE, "isStaff": False}
    me = GraphQLClient("alpha.localhost", token=result["token"]).data("{ me { username isStaff } }")
    assert me == {"me": {"username": PHONE, "isStaff": False}}
    with alpha():
        assert SmsCode.objects.get().used_at is not None


def test_the_account_exists_only_on_that_companys_host(
    client_a: GraphQLClient, send_code: SendCode, outbox: list[SmsMessage]
) -> None:
    send_code()
    token = sign_up(client_a, code_in(outbox, PHONE))["token"]
    body = GraphQLClient("beta.localhost", token=token).execute("{ me { username } }")
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_a_code_works_once(client_a: GraphQLClient, send_code: SendCode, outbox: list[SmsMessage]) -> None:
    send_code()
    code = code_in(outbox, PHONE)
    assert sign_up(client_a, code)["errors"] == []
    assert codes(sign_up(client_a, code)) == [("code", "CODE_EXPIRED")]


def test_a_wrong_code_counts_and_five_misses_burn_it(
    client_a: GraphQLClient, send_code: SendCode, outbox: list[SmsMessage], alpha: Alpha
) -> None:
    send_code()
    right = code_in(outbox, PHONE)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    answers = [codes(sign_up(client_a, wrong))[0][1] for _ in range(5)]
    assert answers == ["CODE_INVALID"] * 4 + ["CODE_ATTEMPTS_EXCEEDED"]
    assert codes(sign_up(client_a, right)) == [("code", "CODE_ATTEMPTS_EXCEEDED")]
    with alpha():
        assert SmsCode.objects.get().attempts == 5
        assert not User.objects.filter(username=PHONE).exists()


def test_an_expired_code_is_refused(
    client_a: GraphQLClient, send_code: SendCode, outbox: list[SmsMessage], alpha: Alpha
) -> None:
    send_code()
    with alpha():
        SmsCode.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    result = sign_up(client_a, code_in(outbox, PHONE))
    assert codes(result) == [("code", "CODE_EXPIRED")] and result["token"] is None


def test_only_the_latest_code_counts(
    client_a: GraphQLClient, send_code: SendCode, outbox: list[SmsMessage], alpha: Alpha
) -> None:
    send_code()
    first = code_in(outbox, PHONE)
    with alpha():  # as if a minute had passed
        SmsCode.objects.update(created_at=timezone.now() - datetime.timedelta(seconds=61))
    assert send_code()["errors"] == []
    second = code_in(outbox, PHONE)
    if first != second:
        assert codes(sign_up(client_a, first)) == [("code", "CODE_INVALID")]
    assert sign_up(client_a, second)["errors"] == []


def test_a_new_code_waits_a_minute(send_code: SendCode, outbox: list[SmsMessage]) -> None:
    send_code()
    result = send_code()
    assert codes(result) == [("phone", "SEND_TOO_SOON")] and result["expiresAt"] is None
    assert result["errors"][0]["message"].startswith("验证码已发送，请 ")
    assert len(outbox) == 1


def test_at_most_five_codes_per_phone_an_hour(send_code: SendCode, outbox: list[SmsMessage], alpha: Alpha) -> None:
    for minutes_ago in (50, 40, 30, 20, 10):
        with alpha():
            SmsCode.objects.create(
                phone=PHONE,
                purpose="sign_up",
                code_hash="x" * 64,
                expires_at=timezone.now(),
                created_at=timezone.now() - datetime.timedelta(minutes=minutes_ago),
            )
    assert codes(send_code()) == [("phone", "RATE_LIMITED")]
    assert send_code("13900000000")["errors"] == []


def test_codes_are_rate_limited_per_client_address(send_code: SendCode, outbox: list[SmsMessage]) -> None:
    for n in range(10):
        assert send_code(f"1390000{n:04d}")["errors"] == []
    assert codes(send_code("13911110000")) == [(None, "RATE_LIMITED")]
    elsewhere = GraphQLClient("alpha.localhost")
    elsewhere.http.defaults["REMOTE_ADDR"] = "10.0.0.9"
    assert send_code("13911110000", client=elsewhere)["errors"] == []
    assert len(outbox) == 11


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"name": ""}, [("name", "REQUIRED")]),
        ({"name": "刘" * 65}, [("name", "TOO_LONG")]),
        ({"password": ""}, [("password", "REQUIRED")]),
        ({"password": "12345678"}, [("password", "PASSWORD_WEAK")]),
        ({"phone": "139123"}, [("phone", "PHONE_INVALID")]),
        ({"code": " "}, [("code", "REQUIRED")]),
    ],
)
def test_bad_fields_do_not_use_up_an_attempt(
    client_a: GraphQLClient,
    send_code: SendCode,
    outbox: list[SmsMessage],
    alpha: Alpha,
    fields: dict[str, str],
    expected: list[tuple[str, str]],
) -> None:
    send_code()
    assert codes(sign_up(client_a, **{"code": code_in(outbox, PHONE), **fields})) == expected
    with alpha():
        assert SmsCode.objects.get().attempts == 0
        assert not User.objects.filter(username=PHONE).exists()


def test_a_registered_phone_cannot_sign_up_again(
    client_a: GraphQLClient, send_code: SendCode, outbox: list[SmsMessage], alpha: Alpha
) -> None:
    with alpha():
        UserFactory(username="desk-clerk", phone=PHONE, is_staff=True)
    send_code()
    result = sign_up(client_a, code_in(outbox, PHONE))
    assert codes(result) == [("phone", "PHONE_REGISTERED")]
    with alpha():
        assert User.objects.filter(phone=PHONE).count() == 1


def test_english_messages(client_a: GraphQLClient, send_code: SendCode) -> None:
    result = send_code("12", accept_language="en")
    assert result["errors"][0]["message"].startswith("Enter a valid mainland China mobile number")
    body = client_a.execute(
        SIGN_UP,
        {"input": {"phone": PHONE, "code": "000000", "name": "Liu", "password": PASSWORD}},
        accept_language="en",
    )
    assert payload(body, "ownerSignUp")["errors"] == [
        {
            "field": "code",
            "message": "The verification code has expired or was never sent; request a new one.",
            "code": "CODE_EXPIRED",
        }
    ]
