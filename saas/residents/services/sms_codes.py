"""One-time SMS verification codes: six digits, five minutes, five tries, only a keyed hash stored.

Sending is limited per phone here (a minimum interval and an hourly cap, counted in the company's
own table) and per client address by the GraphQL layer (``saas.core.ratelimit``).
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from saas.core.crypto import keyed_hash
from saas.core.errors import DomainError, ErrorCollector
from saas.core.sms import sms_backend
from saas.core.validators import check_mobile, normalize_mainland_mobile
from saas.residents.errors import OwnerSignUpErrorCode
from saas.residents.models import SmsCode, SmsPurpose

CODE_TTL = timedelta(minutes=5)
MAX_ATTEMPTS = 5
RESEND_INTERVAL = timedelta(seconds=60)
MAX_SENDS_PER_PHONE_PER_HOUR = 5


def sms_send_rate_per_address() -> str:
    """django-ratelimit rate for codes requested from one client address on one host."""
    return str(settings.SMS_CODE_RATE)


@dataclass(frozen=True)
class SentCode:
    phone: str
    expires_at: datetime
    resend_after: datetime


def _digest(phone: str, purpose: str, code: str) -> str:
    return keyed_hash(f"sms:{purpose}:{phone}:{code}")


def clean_phone(raw: str, *, field: str = "phone") -> str:
    phone = normalize_mainland_mobile(raw)
    errors = ErrorCollector()
    check_mobile(errors, OwnerSignUpErrorCode, field, phone)
    errors.raise_if_any()
    return phone


def _check_send_allowed(phone: str, now: datetime) -> None:
    recent = SmsCode.objects.filter(phone=phone, created_at__gt=now - timedelta(hours=1))
    last = recent.order_by("-created_at").first()
    if last is not None and now - last.created_at < RESEND_INTERVAL:
        wait = RESEND_INTERVAL - (now - last.created_at)
        raise DomainError(OwnerSignUpErrorCode.SEND_TOO_SOON, field="phone", seconds=int(wait.total_seconds()) + 1)
    if recent.count() >= MAX_SENDS_PER_PHONE_PER_HOUR:
        raise DomainError(OwnerSignUpErrorCode.RATE_LIMITED, field="phone")


@transaction.atomic
def sms_code_send(*, phone: str, purpose: SmsPurpose, sender_name: str) -> SentCode:
    """Text a fresh code to ``phone``; earlier codes for the same purpose stop counting."""
    phone = clean_phone(phone)
    # Concurrent requests for one phone queue here, so the limits below see each other's codes.
    lock_key = f"sms:{connection.schema_name}:{phone}"  # type: ignore[attr-defined]
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [lock_key])
    now = timezone.now()
    _check_send_allowed(phone, now)
    code = f"{secrets.randbelow(10**6):06d}"
    sms_code = SmsCode.objects.create(
        phone=phone, purpose=purpose, code_hash=_digest(phone, purpose, code), expires_at=now + CODE_TTL, created_at=now
    )
    minutes = int(CODE_TTL.total_seconds() // 60)
    message = f"【{sender_name}】您的验证码是 {code}，{minutes} 分钟内有效。请勿告诉他人。"
    transaction.on_commit(lambda: sms_backend().send(phone, message))
    return SentCode(phone=phone, expires_at=sms_code.expires_at, resend_after=now + RESEND_INTERVAL)


def sms_code_check(*, phone: str, purpose: SmsPurpose, code: str) -> SmsCode | OwnerSignUpErrorCode:
    """Match ``code`` against the latest code sent to ``phone``; a miss counts as an attempt.

    Returns the locked code row on a match, or why it failed. The caller marks the row used once
    what the code protects has succeeded, and must let a failed attempt commit: the counter is
    what limits guessing, so it may not be rolled back with the rest of the request.
    """
    sms_code = SmsCode.objects.select_for_update().filter(phone=phone, purpose=purpose).order_by("-created_at").first()
    if sms_code is None or sms_code.used_at is not None or sms_code.expires_at <= timezone.now():
        return OwnerSignUpErrorCode.CODE_EXPIRED
    if sms_code.attempts >= MAX_ATTEMPTS:
        return OwnerSignUpErrorCode.CODE_ATTEMPTS_EXCEEDED
    if hmac.compare_digest(sms_code.code_hash, _digest(phone, purpose, code.strip())):
        return sms_code
    sms_code.attempts += 1
    sms_code.save(update_fields=["attempts"])
    if sms_code.attempts >= MAX_ATTEMPTS:
        return OwnerSignUpErrorCode.CODE_ATTEMPTS_EXCEEDED
    return OwnerSignUpErrorCode.CODE_INVALID


def sms_code_mark_used(sms_code: SmsCode) -> None:
    sms_code.used_at = timezone.now()
    sms_code.save(update_fields=["used_at"])
