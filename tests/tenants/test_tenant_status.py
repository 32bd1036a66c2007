"""Routing by host, trial expiry (read-only) and suspension (nothing at all)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.test import TestCase
from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.accounts.models import User
from tenants.models import Company, Domain
from tenants.services.lifecycle import tenant_reactivate, tenant_suspend
from tests.conftest_values import PASSWORD
from tests.graphql import GraphQLClient, QueryLog, error_codes

LOGIN = 'mutation { login(input: {username: "admin", password: "PASSWORD"}) { token errors { code } } }'.replace(
    "PASSWORD", PASSWORD
)
LOGOUT = "mutation { logout { ok } }"
ME = "{ me { username } }"


def _token(client: GraphQLClient) -> str:
    return str(client.data(LOGIN)["login"]["token"])


def _set_trial_end(company: Company, ends_at: datetime) -> None:
    company.status = "trial"
    company.trial_ends_at = ends_at
    with TestCase.captureOnCommitCallbacks(execute=True):  # saving forgets the cached host lookup
        company.save()


def test_unknown_host_is_a_clear_404(db: None) -> None:
    response = GraphQLClient("nobody.localhost").post(ME)
    assert response.status_code == 404
    assert response.json()["errors"][0] == {
        "message": "找不到域名 nobody.localhost 对应的物业公司，请检查网址。",
        "extensions": {"code": "UNKNOWN_HOST"},
    }


def test_unknown_host_message_in_english(db: None) -> None:
    response = GraphQLClient("nobody.localhost", language="en").post(ME)
    assert response.json()["errors"][0]["message"].startswith("No property company is served at nobody.localhost")


def test_spare_and_template_schemas_are_not_reachable(db: None) -> None:
    spare = Company.objects.get(status="spare")
    Domain.objects.create(domain="spare.localhost", tenant=spare)
    assert GraphQLClient("spare.localhost").post(ME).status_code == 404


def test_expired_trial_reads_work_but_writes_answer_trial_expired(company_a: Company, client_a: GraphQLClient) -> None:
    token = _token(client_a)
    _set_trial_end(company_a, timezone.now() - timedelta(hours=1))
    client = GraphQLClient("alpha.localhost", token=token)

    assert client.data(ME) == {"me": {"username": "admin"}}
    blocked = client.execute("mutation { signOut: logout { ok } }")
    assert blocked.get("data") == {"signOut": {"ok": True}}, "logging out is always allowed"
    relogin = client_a.data(LOGIN)["login"]
    assert relogin["errors"] == [], "logging in is always allowed"


def test_expired_trial_refuses_other_mutations_and_changes_nothing(company_a: Company, client_a: GraphQLClient) -> None:
    token = _token(client_a)
    _set_trial_end(company_a, timezone.now() - timedelta(hours=1))
    client = GraphQLClient("alpha.localhost", token=token)
    body = client.execute('mutation { viewerUpdate(input: {displayName: "新名字"}) { viewer { displayName } } }')
    assert error_codes(body) == ["TRIAL_EXPIRED"] and body["data"] is None
    assert body["errors"][0]["message"].startswith("试用期已结束")
    mixed = client.execute('mutation { logout { ok } viewerUpdate(input: {displayName: "x"}) { errors { code } } }')
    assert error_codes(mixed) == ["TRIAL_EXPIRED"], "one forbidden field blocks the whole operation"
    hidden = [
        'mutation { ... on Mutation { viewerUpdate(input: {displayName: "x"}) { errors { code } } } }',
        'mutation { ...Change } fragment Change on Mutation { viewerUpdate(input: {displayName: "x"}) { '
        "errors { code } } }",
        'mutation { logout { ok } ... on Mutation { ... on Mutation { viewerUpdate(input: {displayName: "x"}) { '
        "errors { code } } } } }",
    ]
    for document in hidden:
        assert error_codes(client.execute(document)) == ["TRIAL_EXPIRED"], document
    assert client.data("{ me { displayName: username } }")
    with tenant_context(company_a):
        assert User.objects.get(username="admin").display_name == "管理员"


def test_an_unexpired_trial_can_write(company_a: Company, client_a: GraphQLClient) -> None:
    token = _token(client_a)
    _set_trial_end(company_a, timezone.now() + timedelta(days=1))
    client = GraphQLClient("alpha.localhost", token=token)
    result = client.data(
        'mutation { viewerUpdate(input: {displayName: "新名字"}) { errors { code } viewer { displayName } } }'
    )
    assert result == {"viewerUpdate": {"errors": [], "viewer": {"displayName": "新名字"}}}


def test_suspended_company_answers_every_call_with_a_clear_error(
    company_a: Company, client_a: GraphQLClient, django_capture_on_commit_callbacks: object
) -> None:
    token = _token(client_a)
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        tenant_suspend(company_id=company_a.pk, reason="欠费")
    for caller in (client_a, GraphQLClient("alpha.localhost", token=token)):
        for document in (ME, LOGIN):
            response = caller.post(document)
            assert response.status_code == 403
            assert error_codes(response.json()) == ["TENANT_SUSPENDED"]
            assert "北京阿尔法物业有限公司" in response.json()["errors"][0]["message"]
    assert client_a.http.get("/admin/").status_code == 403

    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        tenant_reactivate(company_id=company_a.pk)
    assert GraphQLClient("alpha.localhost", token=token).data(ME) == {"me": {"username": "admin"}}


def test_host_lookup_is_cached_and_search_path_set_once(client_a: GraphQLClient) -> None:
    token = _token(client_a)
    client = GraphQLClient("alpha.localhost", token=token)
    client.data(ME)  # warm the host cache
    with QueryLog() as log:
        client.data(ME)
    statements = log.statements
    assert not any("tenants_domain" in sql for sql in statements), statements
    assert sum(sql.startswith("SET search_path") for sql in statements) == 1, statements


def test_domain_change_is_seen_at_once(
    company_a: Company, client_a: GraphQLClient, django_capture_on_commit_callbacks: object
) -> None:
    client_a.execute(ME)  # caches alpha.localhost → company a
    domain = Domain.objects.get(domain="alpha.localhost")
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        domain.domain = "alpha-renamed.localhost"
        domain.save()
    assert client_a.post(ME).status_code == 404
    assert GraphQLClient("alpha-renamed.localhost").post(ME).status_code == 200
