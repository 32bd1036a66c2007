"""Personal-information requests about one resident: revealing the full numbers (break-glass),
the PIPL data export and anonymisation. Each writes its access-log entry in its own transaction.

Anonymisation (PIPL art. 47) keeps the person's history of occupancies — and through them every
financial record — but nothing that identifies them: their name becomes a stable pseudonym
(``住户-`` + 8 hex characters of a keyed hash of their id), phones, ID document, emergency contact,
notes and gender are cleared, their owner-app account is deactivated and scrubbed, their
registration requests are scrubbed and their SMS codes deleted. Other apps add their own steps
(``saas.residents.privacy.register_anonymise_step``).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.db.models import Q
from django.utils import timezone

from permissions.audit import pii_access_record
from permissions.models import PiiAction
from saas.accounts.models import ApiToken, User
from saas.core.crypto import decrypt, keyed_hash
from saas.core.errors import DomainError, ErrorCollector
from saas.residents.errors import PrivacyErrorCode
from saas.residents.models import Consent, Occupancy, RegistrationStatus, Resident, SmsCode
from saas.residents.privacy import anonymise_steps, export_sections, registration_requests_of

REASON_MIN = 4
REASON_LIMIT = 200
PSEUDONYM_PREFIX = "住户-"


class PiiField(models.TextChoices):
    """A field ``resident_reveal_pii`` can show; the values are what the access log records."""

    PHONE = "phone", "手机号"
    SECOND_PHONE = "second_phone", "备用手机号"
    EMERGENCY_CONTACT_PHONE = "emergency_contact_phone", "紧急联系人电话"
    ID_NUMBER = "id_number", "证件号码"


# What anonymisation clears on the resident, as the access log records it.
ANONYMISED_FIELDS = (
    "name",
    "phone",
    "second_phone",
    "id_number",
    "gender",
    "emergency_contact_name",
    "emergency_contact_phone",
    "notes",
    "account",
    "registration_requests",
    "sms_codes",
)


@dataclass(frozen=True)
class RevealedPii:
    """The full values of the fields asked for; None for fields not asked for (or no document)."""

    resident: Resident
    fields: tuple[PiiField, ...]
    phone: str | None = None
    second_phone: str | None = None
    emergency_contact_phone: str | None = None
    id_number: str | None = None


def clean_reason(reason: str) -> str:
    """Why someone needs the data, as it goes into the log: stripped, 4–200 characters."""
    reason = (reason or "").strip()
    errors = ErrorCollector()
    if not reason:
        errors.add(PrivacyErrorCode.REQUIRED, field="reason")
    elif len(reason) < REASON_MIN:
        errors.add(PrivacyErrorCode.REASON_TOO_SHORT, field="reason", minimum=REASON_MIN)
    elif len(reason) > REASON_LIMIT:
        errors.add(PrivacyErrorCode.TOO_LONG, field="reason", limit=REASON_LIMIT)
    errors.raise_if_any()
    return reason


def _resident(resident_id: int, *, lock: bool = False) -> Resident:
    residents = Resident.objects.select_for_update() if lock else Resident.objects.all()
    resident = residents.filter(pk=resident_id).first()
    if resident is None:
        raise DomainError(PrivacyErrorCode.RESIDENT_NOT_FOUND, field="id")
    return resident


@transaction.atomic
def resident_reveal_pii(
    *,
    resident_id: int,
    actor: User,
    reason: str,
    fields: Collection[PiiField] | None = None,
    client_address: str | None,
) -> RevealedPii:
    """The full phone numbers and ID number of one resident (all four unless ``fields`` narrows
    them), recorded in the access log with the reason. The caller has checked that ``actor`` may."""
    reason = clean_reason(reason)
    if fields is not None and not fields:
        raise DomainError(PrivacyErrorCode.REQUIRED, field="fields")
    resident = _resident(resident_id)
    if resident.is_anonymised:
        raise DomainError(PrivacyErrorCode.RESIDENT_ANONYMISED, field="id")
    chosen = tuple(f for f in PiiField if fields is None or f in fields)
    pii_access_record(
        actor=actor,
        resident_id=resident.pk,
        action=PiiAction.REVEAL,
        fields=[f.value for f in chosen],
        reason=reason,
        client_address=client_address,
    )
    values: dict[str, str | None] = {
        PiiField.PHONE: resident.phone,
        PiiField.SECOND_PHONE: resident.second_phone,
        PiiField.EMERGENCY_CONTACT_PHONE: resident.emergency_contact_phone,
        PiiField.ID_NUMBER: decrypt(resident.id_number_encrypted) if resident.id_number_encrypted else None,
    }
    return RevealedPii(resident=resident, fields=chosen, **{f.value: values[f] for f in chosen})


@transaction.atomic
def resident_data_export(*, resident_id: int, actor: User, reason: str, client_address: str | None) -> dict[str, Any]:
    """Everything the company holds about the person (PIPL art. 45), as JSON-ready data: one entry
    per registered section. The export itself is in the access log it contains."""
    reason = clean_reason(reason)
    resident = _resident(resident_id)
    sections = export_sections()
    pii_access_record(
        actor=actor,
        resident_id=resident.pk,
        action=PiiAction.EXPORT,
        fields=list(sections),
        reason=reason,
        client_address=client_address,
    )
    tenant = getattr(connection, "tenant", None)
    document = {
        "exportedAt": timezone.now(),
        "company": getattr(tenant, "name", None),
        "residentId": resident.pk,
        "sections": {name: section(resident) for name, section in sections.items()},
    }
    # Through the encoder and back: dates become ISO strings whatever a section returned.
    exported: dict[str, Any] = json.loads(json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False))
    return exported


def resident_pseudonym(resident_id: int) -> str:
    """The name an anonymised resident keeps: the same for the same row, meaningless elsewhere."""
    return PSEUDONYM_PREFIX + keyed_hash(f"resident-pseudonym:{resident_id}")[:8]


def _account_pseudonym(resident_id: int) -> str:
    # Longer than the display pseudonym: usernames are unique.
    return PSEUDONYM_PREFIX + keyed_hash(f"resident-pseudonym:{resident_id}")[:16]


def _not_ended() -> Q:
    return Q(move_out__isnull=True) | Q(move_out__gt=timezone.localdate())


def _scrub_sms_codes(resident: Resident) -> None:
    user = resident.user
    phones = {resident.phone, *((user.phone, user.username) if user is not None else ())} - {""}
    SmsCode.objects.filter(phone__in=phones).delete()


def _scrub_registration_requests(resident: Resident, pseudonym: str, actor: User) -> None:
    requests = registration_requests_of(resident)
    requests.filter(status=RegistrationStatus.PENDING).update(
        status=RegistrationStatus.REJECTED,
        reject_reason="申请人已要求删除个人信息",
        reviewed_by=actor,
        reviewed_at=timezone.now(),
    )
    requests.update(name=pseudonym, phone="", id_type="", id_number_encrypted="", id_number_last4="")


def _scrub_account(resident: Resident) -> None:
    """Deactivate and scrub the owner-app account; a staff account is only unlinked (the person's
    employment is another relationship, handled by staff management)."""
    user = resident.user
    if user is None:
        return
    if user.is_staff:
        resident.user = None
        return
    user.username = _account_pseudonym(resident.pk)
    user.display_name = user.first_name = user.last_name = user.email = user.phone = ""
    user.is_active = False
    user.set_unusable_password()
    user.save()
    ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())


def _scrub_resident(resident: Resident, pseudonym: str) -> None:
    resident.name = pseudonym
    resident.phone = resident.phone_last4 = resident.second_phone = ""
    resident.id_type = resident.id_number_encrypted = resident.id_number_hash = resident.id_number_last4 = ""
    resident.gender = ""
    resident.emergency_contact_name = resident.emergency_contact_phone = resident.notes = ""
    resident.anonymised_at = timezone.now()
    resident.save()


@transaction.atomic
def resident_anonymise(*, resident_id: int, actor: User, reason: str, client_address: str | None) -> Resident:
    """Remove what identifies the person, keep their history under a pseudonym (see the module).
    Refused while an occupancy has not ended, and for a resident already anonymised."""
    reason = clean_reason(reason)
    resident = _resident(resident_id, lock=True)
    if resident.anonymised_at is not None:
        raise DomainError(
            PrivacyErrorCode.ALREADY_ANONYMISED,
            field="id",
            anonymised_at=timezone.localtime(resident.anonymised_at).strftime("%Y-%m-%d %H:%M"),
        )
    if Occupancy.objects.filter(resident=resident).filter(_not_ended()).exists():
        raise DomainError(PrivacyErrorCode.STILL_OCCUPYING, field="id")
    pseudonym = resident_pseudonym(resident.pk)
    for step in anonymise_steps().values():
        step(resident, pseudonym)
    _scrub_sms_codes(resident)
    _scrub_registration_requests(resident, pseudonym, actor)
    Consent.objects.filter(resident=resident, withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now(), withdrawn_by=actor
    )
    _scrub_account(resident)
    _scrub_resident(resident, pseudonym)
    pii_access_record(
        actor=actor,
        resident_id=resident.pk,
        action=PiiAction.ANONYMISE,
        fields=ANONYMISED_FIELDS,
        reason=reason,
        client_address=client_address,
    )
    return resident
