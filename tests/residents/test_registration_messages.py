"""A new registration request reaches the desk of its community; the answer reaches the applicant
(in-app, and through the outbox in the same transaction)."""

from __future__ import annotations

from django_tenants.utils import tenant_context

from saas.accounts.models import User
from tests.graphql import GraphQLClient
from tests.notifications.events import console_sms, inbox, outbox_rows
from tests.residents.conftest import payload
from tests.residents.test_registration_review import APPROVE, Sold, _ask, _client, sold  # noqa: F401

REJECT = """
mutation($input: RegistrationRejectInput!) {
  registrationReject(input: $input) { errors { field code } registrationRequest { status } }
}
"""


def test_the_desk_hears_of_a_request_and_the_applicant_of_the_answer(
    sold: Sold,  # noqa: F811
    owner_a: GraphQLClient,
    owner_user_a: User,
) -> None:
    with tenant_context(sold.company):
        console_sms()
        admin = User.objects.get(username="admin")
    request_id = _ask(owner_a, sold)
    with tenant_context(sold.company):
        told = {row.user_id for row in outbox_rows("registration_submitted")}
        # The two service-desk accounts of 京华园 and the admin; not the cashier (no review right).
        assert told == {sold.desk.pk, sold.desk_pii.pk, admin.pk}
        assert {row.community_id for row in outbox_rows("registration_submitted")} == {sold.house.community_id}
        assert {user for user, _ in inbox("registration_submitted")} == told
    result = payload(_client(sold, sold.desk).execute(APPROVE, {"input": {"id": request_id}}), "registrationApprove")
    assert result["errors"] == []
    with tenant_context(sold.company):
        [row] = outbox_rows("registration_reviewed")
        assert (row.user_id, row.params["result"]) == (owner_user_a.pk, "已通过")
        assert row.community_id == sold.house.community_id
        assert inbox("registration_reviewed") == [(owner_user_a.pk, "住户认证已通过")]


def test_a_rejection_says_so(sold: Sold, owner_a: GraphQLClient, owner_user_a: User) -> None:  # noqa: F811
    with tenant_context(sold.company):
        console_sms()
    request_id = _ask(owner_a, sold)
    result = payload(
        _client(sold, sold.desk).execute(REJECT, {"input": {"id": request_id, "reason": "证件照片不清晰"}}),
        "registrationReject",
    )
    assert result["errors"] == []
    with tenant_context(sold.company):
        [row] = outbox_rows("registration_reviewed")
        assert row.params["result"] == "未通过"
        [(user, title)] = inbox("registration_reviewed")
        assert (user, title) == (owner_user_a.pk, "住户认证未通过")
