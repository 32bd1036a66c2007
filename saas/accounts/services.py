"""Token issue, lookup and revocation; the admin account of a new company."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from permissions.roles import STAFF_ROLE_NAMES, Role, remember_role, role_group
from saas.accounts.errors import ProfileErrorCode
from saas.accounts.models import ApiToken, User
from saas.core.errors import ErrorCollector
from saas.core.rows import columns_of, instance_of
from saas.core.unset import UNSET, Unset, given
from saas.core.validators import check_email, check_text

TOKEN_PREFIX = "wy_"
# Writing last_used_at on every request would turn each read into a write.
LAST_USED_RESOLUTION = timedelta(minutes=5)


def _digest(raw_token: str) -> str:
    return hashlib.sha256(raw_token.encode()).hexdigest()


@dataclass(frozen=True)
class IssuedToken:
    raw: str  # the only plaintext copy; the database keeps its digest
    expires_at: datetime


def api_token_issue(*, user: User) -> IssuedToken:
    """Create a token for ``user`` in the current schema."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, digest=_digest(raw), expires_at=timezone.now() + settings.API_TOKEN_TTL)
    return IssuedToken(raw=raw, expires_at=token.expires_at)


# Every authenticated request and every event a subscriber receives starts here, so the lookup is
# written out rather than composed by the ORM each time (composing it cost more Python than
# PostgreSQL takes to answer). The conditions are ``ApiToken.objects.usable()``'s; the role comes
# with the user, so the request's permission checks ask nothing more.
_USABLE_TOKEN_SQL = f"""
SELECT {columns_of(User, "u")}, t.id, t.last_used_at,
       (SELECT g.name FROM auth_group g JOIN accounts_user_groups ug ON ug.group_id = g.id
        WHERE ug.user_id = u.id AND g.name = ANY(%(roles)s) LIMIT 1)
FROM accounts_apitoken t JOIN accounts_user u ON u.id = t.user_id
WHERE t.digest = %(digest)s AND t.revoked_at IS NULL AND t.expires_at > %(now)s AND u.is_active
"""


def api_token_authenticate(*, raw_token: str) -> User | None:
    """The active user holding this unexpired, unrevoked token in the current schema, or None."""
    if not raw_token.startswith(TOKEN_PREFIX):
        return None
    now = timezone.now()
    params: dict[str, Any] = {"roles": list(STAFF_ROLE_NAMES), "digest": _digest(raw_token), "now": now}
    with connection.cursor() as cursor:
        cursor.execute(_USABLE_TOKEN_SQL, params)
        row = cursor.fetchone()
    if row is None:
        return None
    user, (token_pk, last_used_at, role) = instance_of(User, row)
    remember_role(user, role)
    if last_used_at is None or now - last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token_pk).update(last_used_at=now)
    return user


def api_token_revoke(*, raw_token: str) -> bool:
    updated = ApiToken.objects.filter(digest=_digest(raw_token), revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    return updated > 0


@transaction.atomic
def user_create_company_admin(*, username: str, password: str, display_name: str, phone: str, email: str) -> User:
    """The first account of a new company: the admin role, in its own schema only."""
    user = User(username=username, display_name=display_name, phone=phone, email=email, is_staff=True)
    user.set_password(password)
    user.save()
    user.groups.add(role_group(Role.ADMIN))
    return user


@transaction.atomic
def user_update_profile(*, user: User, display_name: str | Unset = UNSET, email: str | Unset = UNSET) -> User:
    """Change the caller's own name or email; fields not given stay as they are."""
    errors = ErrorCollector()
    if display_name is not UNSET:
        display_name = display_name.strip()
        check_text(errors, ProfileErrorCode, "displayName", display_name, limit=64)
    if email is not UNSET:
        email = email.strip().lower()
        check_email(errors, ProfileErrorCode, "email", email, required=False)
    errors.raise_if_any()
    user.display_name = given(display_name, user.display_name)
    user.email = given(email, user.email)
    user.save(update_fields=["display_name", "email"])
    return user
