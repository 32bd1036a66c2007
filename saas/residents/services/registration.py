"""Owners' requests to be bound to a house (业主认证), and their review by staff (审核).

Approval finds the person's resident record or creates one, then starts the occupancy under the
same rules as staff entry. A record is reused when it is already the account's, or when it has
the same ID number (keyed hash) and the same phone and no account yet; an ID number known under
another phone or account is a conflict staff must resolve by hand (update that resident, or
reject), because binding an account to the wrong person would show them someone else's house.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from saas.accounts.models import User
from saas.core.crypto import decrypt, encrypt
from saas.core.errors import DomainError, ErrorCollector
from saas.core.idcard import normalize_id_number
from saas.core.validators import check_text, is_mainland_mobile
from saas.residents.errors import RegistrationErrorCode
from saas.residents.messages import registration_reviewed_tell, registration_submitted_tell
from saas.residents.models import (
    Occupancy,
    OccupancyRole,
    RegistrationRequest,
    RegistrationStatus,
    Resident,
)
from saas.residents.services.occupancy import (
    OccupancyConflict,
    house_has_primary_contact,
    house_lock,
    occupancy_conflict,
    occupancy_create_checked,
)
from saas.residents.validators import check_id_document, id_number_hash

NAME_LIMIT = 64
REASON_LIMIT = 200


@dataclass(frozen=True)
class RegistrationData:
    house_id: int
    role: str
    name: str
    id_type: str
    id_number: str
    move_in: date | None = None


def _account_phone(user: User) -> str:
    for candidate in (user.phone, user.username):
        if is_mainland_mobile(candidate):
            return candidate
    raise DomainError(RegistrationErrorCode.ACCOUNT_PHONE_MISSING)


def _clean(data: RegistrationData) -> RegistrationData:
    cleaned = replace(data, name=data.name.strip(), id_number=normalize_id_number(data.id_number))
    errors = ErrorCollector()
    codes = RegistrationErrorCode
    check_text(errors, codes, "name", cleaned.name, limit=NAME_LIMIT)
    check_id_document(errors, codes, id_type=cleaned.id_type, id_number=cleaned.id_number, required=True)
    errors.raise_if_any()
    return cleaned


@transaction.atomic
def registration_request_create(*, user: User, data: RegistrationData) -> RegistrationRequest:
    """A non-staff account asks to be recorded as living in a house; it waits for review."""
    phone = _account_phone(user)
    cleaned = _clean(data)
    house = house_lock(cleaned.house_id)
    if house is None:
        raise DomainError(RegistrationErrorCode.HOUSE_NOT_FOUND, field="house")
    if RegistrationRequest.objects.filter(user=user, house=house, status=RegistrationStatus.PENDING).exists():
        raise DomainError(RegistrationErrorCode.ALREADY_PENDING, field="house")
    if Occupancy.objects.active().filter(resident__user=user, house=house).exists():
        raise DomainError(RegistrationErrorCode.ALREADY_OCCUPYING, field="house")
    request = RegistrationRequest(
        user=user,
        house=house,
        role=cleaned.role,
        name=cleaned.name,
        phone=phone,
        id_type=cleaned.id_type,
        id_number_encrypted=encrypt(cleaned.id_number),
        id_number_last4=cleaned.id_number[-4:],
        move_in=cleaned.move_in,
    )
    try:
        with transaction.atomic():
            request.save()
    except IntegrityError as exc:  # the same request sent twice at once
        raise DomainError(RegistrationErrorCode.ALREADY_PENDING, field="house") from exc
    registration_submitted_tell(request)
    return request


def _pending_locked(request_id: int) -> RegistrationRequest:
    request = RegistrationRequest.objects.select_for_update().filter(pk=request_id).first()
    if request is None:
        raise DomainError(RegistrationErrorCode.REQUEST_NOT_FOUND, field="id")
    if request.status != RegistrationStatus.PENDING:
        raise DomainError(RegistrationErrorCode.NOT_PENDING, field="id")
    return request


def _resident_for(request: RegistrationRequest) -> Resident:
    """The applicant's resident record: theirs already, a matching unclaimed one, or a new one."""
    own = Resident.objects.select_for_update().filter(user=request.user).first()
    if own is not None:
        return own
    id_number = decrypt(request.id_number_encrypted)
    digest = id_number_hash(id_number)
    same_document = list(Resident.objects.select_for_update().filter(id_number_hash=digest).order_by("id"))
    if same_document:
        match = next((r for r in same_document if r.phone == request.phone and r.user_id is None), None)
        if match is None:
            raise DomainError(RegistrationErrorCode.ID_NUMBER_CONFLICT, field="id", name=same_document[0].name)
        match.user = request.user
        match.save(update_fields=["user"])
        return match
    return Resident.objects.create(
        name=request.name,
        phone=request.phone,
        phone_last4=request.phone[-4:],
        id_type=request.id_type,
        id_number_encrypted=encrypt(id_number),
        id_number_hash=digest,
        id_number_last4=request.id_number_last4,
        user=request.user,
    )


def _review(request: RegistrationRequest, *, reviewer: User, status: RegistrationStatus) -> None:
    request.status = status
    request.reviewed_by = reviewer
    request.reviewed_at = timezone.now()


@transaction.atomic
def registration_approve(*, request_id: int, reviewer: User) -> RegistrationRequest:
    """Create the occupancy the owner asked for; from then on they see that house."""
    request = _pending_locked(request_id)
    house = house_lock(request.house_id)
    assert house is not None  # PROTECT keeps a house with requests
    resident = _resident_for(request)
    move_in = request.move_in or timezone.localdate()
    conflict = occupancy_conflict(house=house, resident=resident, role=request.role, move_in=move_in)
    if conflict is OccupancyConflict.ALREADY_OCCUPYING:
        raise DomainError(RegistrationErrorCode.ALREADY_OCCUPYING, field="id")
    if conflict is OccupancyConflict.JOINT_OWNER_FORBIDDEN:
        raise DomainError(RegistrationErrorCode.JOINT_OWNER_FORBIDDEN, field="id")
    request.occupancy = occupancy_create_checked(
        house=house,
        resident=resident,
        role=request.role,
        move_in=move_in,
        is_primary_contact=request.role == OccupancyRole.OWNER and not house_has_primary_contact(house),
    )
    _review(request, reviewer=reviewer, status=RegistrationStatus.APPROVED)
    request.save()
    registration_reviewed_tell(request)
    return request


@transaction.atomic
def registration_reject(*, request_id: int, reviewer: User, reason: str) -> RegistrationRequest:
    reason = reason.strip()
    errors = ErrorCollector()
    check_text(errors, RegistrationErrorCode, "reason", reason, limit=REASON_LIMIT)
    errors.raise_if_any()
    request = _pending_locked(request_id)
    request.reject_reason = reason
    _review(request, reviewer=reviewer, status=RegistrationStatus.REJECTED)
    request.save()
    registration_reviewed_tell(request)
    return request
