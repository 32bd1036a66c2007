"""The matrix for residents' privacy: break-glass reveal, the access log (admin), the data export
and anonymisation (admin), consents (staff with RESIDENT_MANAGE; owners their own)."""

from __future__ import annotations

from collections.abc import Callable

from django_tenants.utils import tenant_context

from permissions.audit import pii_access_record
from permissions.models import PiiAction
from saas.accounts.models import User
from saas.residents.models import Consent, Resident
from tests.authz.matrix import FORBIDDEN, HIDDEN, OK, Operation, outcomes, own_account
from tests.authz.world import World, gid

ADMIN_ONLY = {"with_role": "admin", "without_role": "manager"}
REASON = "业主来电报修，回拨确认上门时间"


def _resident(w: World) -> str:
    return gid("Resident", w.resident_x.pk)


def _log_entry(w: World) -> str:
    """One access-log entry about the owner (made once per world)."""
    if "pii_log" not in w.extra:
        with tenant_context(w.company):
            entry = pii_access_record(
                actor=User.objects.get(username="admin"),
                resident_id=w.resident_x.pk,
                action=PiiAction.REVEAL,
                fields=["phone"],
                reason=REASON,
                client_address="10.0.0.1",
            )
        w.extra["pii_log"] = gid("PiiAccessLogEntry", entry.pk)
    return str(w.extra["pii_log"])


def _consent(w: World) -> str:
    """A marketing consent in force for each owner; the owner's one is the target."""
    if "consent" not in w.extra:
        with tenant_context(w.company):
            for user in (w.other_owner, w.owner):
                consent = Consent.objects.create(
                    resident=Resident.objects.get(user=user), purpose="marketing", notice_version="1", channel="staff"
                )
        w.extra["consent"] = gid("Consent", consent.pk)
    return str(w.extra["consent"])


def _no_variables_once_made(make: Callable[[World], str]) -> Callable[[World], dict[str, str]]:
    def variables(w: World) -> dict[str, str]:
        make(w)  # the list or the withdrawal needs its row
        return {}

    return variables


OPERATIONS = [
    Operation(
        "piiAccessLogs",
        "{ piiAccessLogs { edges { node { id } } } }",
        _no_variables_once_made(_log_entry),
        outcomes(),
        marker=_log_entry,
        **ADMIN_ONLY,
    ),
    Operation(
        "myConsents",
        "{ myConsents { edges { node { id } } } }",
        _no_variables_once_made(_consent),
        own_account(other_owner=HIDDEN, elsewhere=HIDDEN, without=HIDDEN, with_=HIDDEN, admin=HIDDEN),
        marker=_consent,
    ),
    Operation(
        "residentRevealPii",
        'mutation($id: ID!) { residentRevealPii(input: {id: $id, reason: "' + REASON + '"}) '
        "{ errors { code } revealed { phone } } }",
        lambda w: {"id": _resident(w)},
        outcomes(),
        with_role="service",
        without_role="technician",
    ),
    Operation(
        "residentDataExport",
        'mutation($id: ID!) { residentDataExport(input: {id: $id, reason: "' + REASON + '"}) '
        "{ errors { code } export } }",
        lambda w: {"id": _resident(w)},
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "residentAnonymise",
        'mutation($id: ID!) { residentAnonymise(input: {id: $id, reason: "' + REASON + '"}) { errors { code } } }',
        lambda w: {"id": gid("Resident", w.resident_unhoused.pk)},  # moved out (never in): may go
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "consentRecord",
        'mutation($id: ID!) { consentRecord(input: {resident: $id, purpose: FACE_ACCESS, noticeVersion: "2026-01"}) '
        "{ errors { code } } }",
        lambda w: {"id": _resident(w)},
        outcomes(),
        with_role="service",
        without_role="finance",  # sees residents, may not change them
    ),
    Operation(
        "consentWithdraw",
        "mutation($id: ID!) { consentWithdraw(input: {id: $id}) { errors { code } } }",
        lambda w: {"id": _consent(w)},
        outcomes(),
        with_role="service",
        without_role="finance",
    ),
    Operation(
        "myConsentGive",
        'mutation { myConsentGive(input: {purpose: FACE_ACCESS, noticeVersion: "2026-01"}) { errors { code } } }',
        lambda w: {},
        outcomes(owner=OK, other_owner=OK, with_=FORBIDDEN, admin=FORBIDDEN),
    ),
    Operation(
        "myConsentWithdraw",
        "mutation { myConsentWithdraw(input: {purpose: MARKETING}) { errors { code } } }",
        _no_variables_once_made(_consent),
        outcomes(owner=OK, other_owner=OK, with_=FORBIDDEN, admin=FORBIDDEN),
    ),
]
