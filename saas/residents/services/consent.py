"""Residents' consents to the processing of their personal information (PIPL art. 14, 29).

One consent per purpose is in force at a time (a partial unique constraint); withdrawing keeps the
row with its ``withdrawn_at``, so the history of what was agreed under which notice version stays.
Staff record consents given in person or on paper; owners give and withdraw their own in the app.
"""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from saas.accounts.models import User
from saas.core.errors import DomainError, ErrorCollector
from saas.core.validators import check_text
from saas.residents.errors import ConsentErrorCode
from saas.residents.models import Consent, ConsentChannel, ConsentPurpose, Resident

NOTICE_VERSION_LIMIT = 32
STAFF_CHANNELS = frozenset({ConsentChannel.STAFF, ConsentChannel.PAPER})


def _when(value: datetime) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def _clean(*, notice_version: str, channel: ConsentChannel, granted_at: datetime | None, by_staff: bool) -> str:
    notice_version = notice_version.strip()
    errors = ErrorCollector()
    check_text(errors, ConsentErrorCode, "noticeVersion", notice_version, limit=NOTICE_VERSION_LIMIT)
    if by_staff and channel not in STAFF_CHANNELS:
        errors.add(ConsentErrorCode.CHANNEL_INVALID, field="channel")
    if granted_at is not None and granted_at > timezone.now():
        errors.add(ConsentErrorCode.GRANTED_IN_FUTURE, field="grantedAt")
    errors.raise_if_any()
    return notice_version


def _usable(resident: Resident | None) -> Resident:
    if resident is None:
        raise DomainError(ConsentErrorCode.RESIDENT_NOT_FOUND, field="resident")
    if resident.is_anonymised:
        raise DomainError(ConsentErrorCode.RESIDENT_ANONYMISED, field="resident")
    return resident


def _grant(
    *,
    resident: Resident,
    purpose: ConsentPurpose,
    notice_version: str,
    channel: ConsentChannel,
    granted_at: datetime | None,
    recorded_by: User,
) -> Consent:
    active = Consent.objects.filter(resident=resident, purpose=purpose, withdrawn_at__isnull=True).first()
    if active is not None:
        raise DomainError(ConsentErrorCode.ALREADY_GIVEN, field="purpose", granted_at=_when(active.granted_at))
    consent = Consent(
        resident=resident,
        purpose=purpose,
        notice_version=notice_version,
        channel=channel,
        granted_at=granted_at or timezone.now(),
        recorded_by=recorded_by,
    )
    try:
        with transaction.atomic():
            consent.save()
    except IntegrityError as exc:  # the same consent recorded twice at once
        raise DomainError(ConsentErrorCode.ALREADY_GIVEN, field="purpose", granted_at=_when(timezone.now())) from exc
    return consent


def _withdraw(consent: Consent, *, by: User) -> Consent:
    if consent.withdrawn_at is not None:
        raise DomainError(ConsentErrorCode.ALREADY_WITHDRAWN, field="id", withdrawn_at=_when(consent.withdrawn_at))
    consent.withdrawn_at = max(timezone.now(), consent.granted_at)
    consent.withdrawn_by = by
    consent.save(update_fields=["withdrawn_at", "withdrawn_by"])
    return consent


@transaction.atomic
def consent_record(
    *,
    resident_id: int,
    purpose: ConsentPurpose,
    notice_version: str,
    channel: ConsentChannel,
    recorded_by: User,
    granted_at: datetime | None = None,
) -> Consent:
    """Staff record a consent the resident gave in person or on paper (``granted_at``: when they
    signed, default now)."""
    notice_version = _clean(notice_version=notice_version, channel=channel, granted_at=granted_at, by_staff=True)
    # The resident row is locked: one resident's consents change one call at a time.
    resident = _usable(Resident.objects.select_for_update().filter(pk=resident_id).first())
    return _grant(
        resident=resident,
        purpose=purpose,
        notice_version=notice_version,
        channel=channel,
        granted_at=granted_at,
        recorded_by=recorded_by,
    )


@transaction.atomic
def consent_withdraw(*, consent_id: int, withdrawn_by: User) -> Consent:
    """Staff record that the resident withdrew a consent; the row stays, with the time."""
    consent = Consent.objects.select_for_update().filter(pk=consent_id).first()
    if consent is None:
        raise DomainError(ConsentErrorCode.CONSENT_NOT_FOUND, field="id")
    _usable(consent.resident)
    return _withdraw(consent, by=withdrawn_by)


def _own_resident(user: User) -> Resident:
    resident = Resident.objects.select_for_update().filter(user=user).first()
    if resident is None:
        raise DomainError(ConsentErrorCode.NO_RESIDENT_RECORD)
    return _usable(resident)


@transaction.atomic
def consent_give_own(*, user: User, purpose: ConsentPurpose, notice_version: str) -> Consent:
    """An owner agrees, in the app, to ``purpose`` under the notice version they were shown."""
    notice_version = _clean(
        notice_version=notice_version, channel=ConsentChannel.OWNER_APP, granted_at=None, by_staff=False
    )
    resident = _own_resident(user)
    return _grant(
        resident=resident,
        purpose=purpose,
        notice_version=notice_version,
        channel=ConsentChannel.OWNER_APP,
        granted_at=None,
        recorded_by=user,
    )


@transaction.atomic
def consent_withdraw_own(*, user: User, purpose: ConsentPurpose) -> Consent:
    """An owner withdraws their consent to ``purpose`` (PIPL art. 15: as easily as they gave it)."""
    resident = _own_resident(user)
    consent = (
        Consent.objects.select_for_update()
        .filter(resident=resident, purpose=purpose, withdrawn_at__isnull=True)
        .first()
    )
    if consent is None:
        raise DomainError(ConsentErrorCode.NOT_GIVEN, field="purpose")
    return _withdraw(consent, by=user)
