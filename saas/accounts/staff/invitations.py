"""Staff invitations (员工邀请): a new account without a password and a one-time link texted to
its phone; following the link, the person sets a password and is logged in.

The link carries a random code; only its SHA-256 digest is stored, like API tokens. It works once,
for 72 hours, and dies when a newer invitation is sent or the account is deactivated.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Collection
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from permissions.roles import Role
from permissions.services import community_scope_set, role_set
from saas.accounts.errors import StaffErrorCode
from saas.accounts.login import LoginResult
from saas.accounts.models import StaffInvitation, User
from saas.accounts.services import api_token_issue
from saas.accounts.staff.common import check_role, check_scope, clean_name, phone_taken, staff_locked, staff_role
from saas.core.errors import DomainError, ErrorCollector
from saas.core.sms import sms_backend
from saas.core.validators import check_mobile, normalize_mainland_mobile
from tenants.routing import tenant_url

codes = StaffErrorCode
INVITATION_TTL = timedelta(hours=72)
RESEND_INTERVAL = timedelta(seconds=60)


def _digest(raw_code: str) -> str:
    return hashlib.sha256(raw_code.encode()).hexdigest()


def activation_link(code: str) -> str:
    """Where the staff app lets the invited person set a password (``STAFF_ACTIVATION_URL``)."""
    domain = connection.tenant.get_primary_domain()  # type: ignore[attr-defined]
    company_url = tenant_url(domain.domain) if domain is not None else ""
    return str(settings.STAFF_ACTIVATION_URL).format(company_url=company_url, code=code)


def _invitation_send(*, user: User, role: Role, invited_by: User | None) -> StaffInvitation:
    """Withdraw the account's outstanding invitations, create a new one and text its link on commit."""
    now = timezone.now()
    StaffInvitation.objects.outstanding().filter(user=user).update(revoked_at=now)
    raw = secrets.token_urlsafe(24)
    invitation = StaffInvitation.objects.create(
        user=user, digest=_digest(raw), invited_by=invited_by, created_at=now, expires_at=now + INVITATION_TTL
    )
    company = connection.tenant.name  # type: ignore[attr-defined]
    hours = int(INVITATION_TTL.total_seconds() // 3600)
    message = (
        f"【{company}】{user.display_name}，您已被邀请加入{company}员工端（{role.label}）。"
        f"请在 {hours} 小时内打开链接设置密码：{activation_link(raw)}"
    )
    phone = user.phone
    transaction.on_commit(lambda: sms_backend().send(phone, message))
    return invitation


@transaction.atomic
def staff_invite(
    *,
    invited_by: User,
    name: str,
    phone: str,
    role: Role,
    community_ids: Collection[int],
    pii_community_ids: Collection[int] = (),
) -> User:
    """Create a staff account (login name: the phone; no password until activated) with ``role``
    in ``community_ids`` and text the phone a one-time activation link valid for 72 hours."""
    errors = ErrorCollector()
    name = clean_name(errors, name)
    phone = normalize_mainland_mobile(phone)
    check_mobile(errors, codes, "phone", phone)
    if not errors.has("phone") and phone_taken(phone):
        errors.add(codes.PHONE_TAKEN, field="phone")
    if check_role(errors, role):
        check_scope(errors, role, community_ids, pii_community_ids)
    errors.raise_if_any()

    user = User(username=phone, phone=phone, display_name=name, is_staff=True)
    user.set_unusable_password()
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError as exc:  # the same phone invited twice at once
        raise DomainError(codes.PHONE_TAKEN, field="phone") from exc
    role_set(user=user, role=role)
    community_scope_set(user=user, communities=set(community_ids), pii_communities=set(pii_community_ids))
    _invitation_send(user=user, role=role, invited_by=invited_by)
    return user


@transaction.atomic
def staff_invite_resend(*, staff_id: int, by: User) -> User:
    """Text a new activation link to a staff member who has not activated yet; the old link dies."""
    staff = staff_locked(staff_id)
    if not staff.is_active:
        raise DomainError(codes.STAFF_INACTIVE, field="id")
    if staff.has_usable_password():
        raise DomainError(codes.ALREADY_ACTIVATED, field="id")
    last = StaffInvitation.objects.filter(user=staff).order_by("-created_at").first()
    now = timezone.now()
    if last is not None and now - last.created_at < RESEND_INTERVAL:
        wait = RESEND_INTERVAL - (now - last.created_at)
        raise DomainError(codes.RESEND_TOO_SOON, field="id", seconds=int(wait.total_seconds()) + 1)
    role = staff_role(staff)
    if role is None:  # an account without a role has nothing to be invited to
        raise DomainError(codes.ROLE_NOT_STAFF, field="role")
    _invitation_send(user=staff, role=role, invited_by=by)
    return staff


def _invitation_problem(invitation: StaffInvitation | None) -> StaffErrorCode | None:
    if invitation is None or invitation.revoked_at is not None:
        return codes.INVITATION_INVALID
    if not (invitation.user.is_active and invitation.user.is_staff):
        return codes.INVITATION_INVALID
    if invitation.used_at is not None:
        return codes.INVITATION_USED
    if invitation.expires_at <= timezone.now():
        return codes.INVITATION_EXPIRED
    return None


@transaction.atomic
def staff_activate(*, token: str, password: str) -> LoginResult:
    """Set the invited account's password with the code from the SMS link, use up the invitation
    and return an API token, as logging in does. A refused call changes nothing."""
    errors = ErrorCollector()
    token = token.strip()
    invitation = None
    if not token:
        errors.add(codes.REQUIRED, field="token")
    else:
        invitation = (
            StaffInvitation.objects.select_for_update(of=("self",))
            .select_related("user")
            .filter(digest=_digest(token))
            .first()
        )
        problem = _invitation_problem(invitation)
        if problem is not None:
            errors.add(problem, field="token")
    if not password:
        errors.add(codes.REQUIRED, field="password")
    elif invitation is not None and not errors.errors:
        try:
            validate_password(password, user=invitation.user)
        except ValidationError as exc:
            errors.add(codes.PASSWORD_WEAK, field="password", reason=" ".join(exc.messages))
    errors.raise_if_any()
    assert invitation is not None  # no errors means the invitation was found and usable

    user = invitation.user
    user.set_password(password)
    user.save(update_fields=["password"])
    invitation.used_at = timezone.now()
    invitation.save(update_fields=["used_at"])
    issued = api_token_issue(user=user)
    return LoginResult(user=user, token=issued.raw, expires_at=issued.expires_at)
