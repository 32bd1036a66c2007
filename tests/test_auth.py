"""Logging in on a company's host; credentials from one company mean nothing on another's."""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.hashers import Argon2PasswordHasher, check_password, make_password
from django.test import Client, override_settings
from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.accounts.models import ApiToken, User
from saas.accounts.passwords import password_check_slot
from saas.accounts.services import api_token_issue
from tenants.models import Company
from tests.conftest_values import PASSWORD
from tests.factories import UserFactory
from tests.graphql import GraphQLClient, error_codes

LOGIN = """
mutation Login($username: String!, $password: String!) {
  login(input: {username: $username, password: $password}) {
    errors { field message code }
    token expiresAt viewer { username displayName }
  }
}
"""
LOGOUT = "mutation { logout { ok } }"
ME = "{ me { username } }"


def login(client: GraphQLClient, username: str = "admin", password: str = PASSWORD) -> dict[str, object]:
    return client.data(LOGIN, {"username": username, "password": password})["login"]  # type: ignore[no-any-return]


def test_login_returns_a_token_that_works_on_the_same_host(client_a: GraphQLClient) -> None:
    result = login(client_a)
    assert result["errors"] == [] and str(result["token"]).startswith("wy_")
    assert result["viewer"] == {"username": "admin", "displayName": "管理员"}
    assert GraphQLClient("alpha.localhost", token=str(result["token"])).data(ME) == {"me": {"username": "admin"}}


def test_token_is_stored_only_as_a_digest(client_a: GraphQLClient, company_a: Company) -> None:
    token = str(login(client_a)["token"])
    with tenant_context(company_a):
        stored = ApiToken.objects.get()
    assert token not in stored.digest and len(stored.digest) == 64
    assert timedelta(days=29) < stored.expires_at - timezone.now() <= timedelta(days=30)


def test_login_by_phone(client_a: GraphQLClient) -> None:
    assert login(client_a, username="13800000001")["errors"] == []


def test_wrong_password_and_unknown_user_get_the_same_answer(client_a: GraphQLClient) -> None:
    wrong = login(client_a, password="nope-nope-nope")
    unknown = login(client_a, username="ghost")
    assert (
        wrong
        == unknown
        == {
            "errors": [{"field": None, "message": "用户名或密码错误。", "code": "INVALID_CREDENTIALS"}],
            "token": None,
            "expiresAt": None,
            "viewer": None,
        }
    )


def test_me_without_credentials_is_unauthenticated(client_a: GraphQLClient) -> None:
    body = client_a.execute(ME)
    assert error_codes(body) == ["UNAUTHENTICATED"] and body["data"] is None


def test_token_of_one_company_is_worthless_on_another_host(client_a: GraphQLClient) -> None:
    token = str(login(client_a)["token"])
    body = GraphQLClient("beta.localhost", token=token).execute(ME)
    assert error_codes(body) == ["UNAUTHENTICATED"]
    assert body["errors"][0]["extensions"]["reason"] == "TOKEN_INVALID"
    assert body["data"] is None


def test_token_of_a_company_is_worthless_on_the_public_host(client_a: GraphQLClient) -> None:
    token = str(login(client_a)["token"])
    body = GraphQLClient("localhost", token=token).execute(ME)
    assert error_codes(body) == ["UNAUTHENTICATED"]


def test_session_of_one_company_is_worthless_on_another_host(client_a: GraphQLClient, client_b: GraphQLClient) -> None:
    login(client_a)
    assert client_a.data(ME) == {"me": {"username": "admin"}}, "the session cookie works at home"
    client_b.http.cookies = client_a.http.cookies
    assert error_codes(client_b.execute(ME)) == ["UNAUTHENTICATED"]


def test_session_calls_need_the_csrf_token(client_a: GraphQLClient) -> None:
    login(client_a)
    strict = Client(HTTP_HOST="alpha.localhost", enforce_csrf_checks=True)
    strict.cookies = client_a.http.cookies
    response = strict.post("/graphql", data={"query": ME}, content_type="application/json")
    assert response.status_code == 403
    token = client_a.http.cookies["csrftoken"].value  # login rotates it and sends it back
    response = strict.post("/graphql", data={"query": ME}, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200


def test_logout_revokes_the_token(client_a: GraphQLClient) -> None:
    token = str(login(client_a)["token"])
    with_token = GraphQLClient("alpha.localhost", token=token)
    assert with_token.data(LOGOUT) == {"logout": {"ok": True}}
    assert error_codes(with_token.execute(ME)) == ["UNAUTHENTICATED"]


def test_expired_token_is_refused(company_a: Company, admin_a: User) -> None:
    with tenant_context(company_a):
        token = api_token_issue(user=admin_a).raw
        ApiToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert error_codes(GraphQLClient("alpha.localhost", token=token).execute(ME)) == ["UNAUTHENTICATED"]


def test_deactivated_users_tokens_stop_working_at_once(company_a: Company, admin_a: User) -> None:
    with tenant_context(company_a):
        token = api_token_issue(user=admin_a).raw
    client = GraphQLClient("alpha.localhost", token=token)
    assert client.data(ME) == {"me": {"username": "admin"}}
    with tenant_context(company_a):
        User.objects.filter(pk=admin_a.pk).update(is_active=False)
    assert error_codes(client.execute(ME)) == ["UNAUTHENTICATED"]


def test_malformed_authorization_header_is_unauthenticated(client_a: GraphQLClient) -> None:
    body = client_a.execute(ME, AUTHORIZATION="Basic YWRtaW46eA==")
    assert error_codes(body) == ["UNAUTHENTICATED"]


@override_settings(LOGIN_ADDRESS_RATE="3/m", LOGIN_ACCOUNT_RATE="100/m")
def test_login_attempts_are_limited_whatever_the_host_spelling(db: None) -> None:
    hosts = ["alpha.localhost", "alpha.localhost:1001", "ALPHA.localhost", "alpha.localhost.:9"]
    codes = [
        login(GraphQLClient(host), password="wrong-guess")["errors"][0]["code"]  # type: ignore[index]
        for host in hosts
    ]
    assert codes == ["INVALID_CREDENTIALS"] * 3 + ["RATE_LIMITED"]


@override_settings(LOGIN_ACCOUNT_RATE="3/m")
def test_login_attempts_are_limited_per_account_across_addresses(client_a: GraphQLClient) -> None:
    results = []
    for n in range(4):
        response = client_a.http.post(
            "/graphql",
            data={"query": LOGIN, "variables": {"username": "admin", "password": "wrong-guess"}},
            content_type="application/json",
            REMOTE_ADDR=f"10.0.0.{n}",
        )
        results.append(response.json()["data"]["login"]["errors"][0]["code"])
    assert results == ["INVALID_CREDENTIALS"] * 3 + ["RATE_LIMITED"]


@override_settings(LOGIN_ACCOUNT_RATE="3/m", LOGIN_ADDRESS_RATE="40/m")
def test_many_owners_behind_one_carrier_address_all_log_in(client_a: GraphQLClient, in_a: Company) -> None:
    """Carrier-grade NAT puts thousands of phones behind one address: the address limit is far
    above one person's, so 30 owners logging in from it, each once, all get in."""
    for n in range(30):
        UserFactory(username=f"1390000{n:04d}")
    codes = [login(client_a, username=f"1390000{n:04d}")["errors"] for n in range(30)]
    assert codes == [[]] * 30


@override_settings(LOGIN_ACCOUNT_RATE="100/m", LOGIN_ADDRESS_RATE="5/m")
def test_one_address_trying_many_accounts_is_limited_at_its_own_rate(client_a: GraphQLClient) -> None:
    codes = [login(client_a, username=f"guess{n}", password="wrong-guess")["errors"][0]["code"] for n in range(6)]  # type: ignore[index]
    assert codes == ["INVALID_CREDENTIALS"] * 5 + ["RATE_LIMITED"]


@override_settings(PASSWORD_HASHERS=["saas.accounts.passwords.Argon2Hasher"])
def test_a_hash_made_with_the_old_argon2_costs_is_upgraded_at_the_next_login(
    client_a: GraphQLClient, company_a: Company
) -> None:
    old = make_password("Owner@2026pay", hasher=Argon2PasswordHasher())  # Django's: m=102400, p=8
    assert "m=102400,t=2,p=8" in old
    with tenant_context(company_a):
        user = UserFactory(username="13911110000")
        User.objects.filter(pk=user.pk).update(password=old)
    assert login(client_a, username="13911110000", password="Owner@2026pay")["errors"] == []
    with tenant_context(company_a):
        upgraded = User.objects.get(pk=user.pk).password
    assert upgraded.startswith("argon2$argon2id$") and "m=19456,t=2,p=1" in upgraded
    assert check_password("Owner@2026pay", upgraded)
    assert login(client_a, username="13911110000", password="Owner@2026pay")["errors"] == []
    with tenant_context(company_a):
        assert User.objects.get(pk=user.pk).password == upgraded  # current costs: left alone


@override_settings(PASSWORD_CHECK_CONCURRENCY=1, PASSWORD_CHECK_WAIT_SECONDS=0.05)
def test_a_login_that_finds_every_password_check_slot_taken_is_told_to_retry(
    client_a: GraphQLClient, company_a: Company
) -> None:
    with password_check_slot():  # another login hashing on this worker
        result = login(client_a)
    assert (
        result["errors"] == [{"field": None, "message": "当前登录的人太多，请几秒后再试。", "code": "BUSY"}]
        and result["token"] is None
    )
    with tenant_context(company_a):
        assert not ApiToken.objects.exists()
    assert login(client_a)["errors"] == []  # the slot is free again
