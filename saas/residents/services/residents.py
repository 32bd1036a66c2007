"""Residents entered by staff: validated, ID number kept encrypted with a keyed hash and last four.

Staff-entered residents need no review; owners' own registrations go through ``registration``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from django.db import transaction

from saas.core.errors import DomainError, ErrorCollector
from saas.core.idcard import normalize_id_number
from saas.core.unset import UNSET, Unset
from saas.core.validators import check_mobile, check_text, normalize_mainland_mobile
from saas.residents.errors import ResidentErrorCode
from saas.residents.models import Resident
from saas.residents.validators import (
    check_household_size,
    check_id_document,
    check_other_phone,
    id_number_hash,
    normalize_other_phone,
    protect_id_number,
)

NAME_LIMIT = 64
NOTES_LIMIT = 2000
ID_FIELDS = frozenset({"id_type", "id_number"})


@dataclass(frozen=True)
class ResidentData:
    """What staff type in for a resident; ``id_type``/``id_number`` empty means no document."""

    name: str
    phone: str
    second_phone: str = ""
    id_type: str = ""
    id_number: str = ""
    gender: str = ""
    household_size: int = 1
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    notes: str = ""


def _normalised(data: ResidentData) -> ResidentData:
    return replace(
        data,
        name=data.name.strip(),
        phone=normalize_mainland_mobile(data.phone),
        second_phone=normalize_other_phone(data.second_phone),
        id_number=normalize_id_number(data.id_number),
        emergency_contact_name=data.emergency_contact_name.strip(),
        emergency_contact_phone=normalize_other_phone(data.emergency_contact_phone),
        notes=data.notes.strip(),
    )


def _clean(data: ResidentData, *, check_id: bool, resident_pk: int | None = None) -> ResidentData:
    """Every invalid field at once (DomainErrors), or the normalised data."""
    cleaned = _normalised(data)
    errors = ErrorCollector()
    codes = ResidentErrorCode
    check_text(errors, codes, "name", cleaned.name, limit=NAME_LIMIT)
    check_mobile(errors, codes, "phone", cleaned.phone)
    check_other_phone(errors, codes, "secondPhone", cleaned.second_phone)
    check_household_size(errors, codes, "householdSize", cleaned.household_size)
    check_text(errors, codes, "emergencyContactName", cleaned.emergency_contact_name, limit=NAME_LIMIT, required=False)
    check_other_phone(errors, codes, "emergencyContactPhone", cleaned.emergency_contact_phone)
    check_text(errors, codes, "notes", cleaned.notes, limit=NOTES_LIMIT, required=False)
    if check_id:
        check_id_document(errors, codes, id_type=cleaned.id_type, id_number=cleaned.id_number, required=False)
        if cleaned.id_number and not errors.has("idNumber"):
            _check_id_number_free(errors, cleaned.id_number, resident_pk)
    errors.raise_if_any()
    return cleaned


def _check_id_number_free(errors: ErrorCollector, id_number: str, resident_pk: int | None) -> None:
    holders = Resident.objects.filter(id_number_hash=id_number_hash(id_number))
    if resident_pk is not None:
        holders = holders.exclude(pk=resident_pk)
    holder = holders.first()
    if holder is not None:
        errors.add(ResidentErrorCode.ID_NUMBER_TAKEN, field="idNumber", name=holder.name)


def _apply(resident: Resident, data: ResidentData, *, set_id: bool) -> None:
    resident.name = data.name
    resident.phone = data.phone
    resident.phone_last4 = data.phone[-4:]
    resident.second_phone = data.second_phone
    resident.gender = data.gender
    resident.household_size = data.household_size
    resident.emergency_contact_name = data.emergency_contact_name
    resident.emergency_contact_phone = data.emergency_contact_phone
    resident.notes = data.notes
    if set_id:
        protected = protect_id_number(data.id_number)
        resident.id_type = data.id_type if data.id_number else ""
        resident.id_number_encrypted = protected.encrypted
        resident.id_number_hash = protected.hash
        resident.id_number_last4 = protected.last4


@transaction.atomic
def resident_create(*, data: ResidentData) -> Resident:
    cleaned = _clean(data, check_id=True)
    resident = Resident()
    _apply(resident, cleaned, set_id=True)
    resident.save()
    return resident


def _locked(resident_id: int) -> Resident:
    resident = Resident.objects.select_for_update().filter(pk=resident_id).first()
    if resident is None:
        raise DomainError(ResidentErrorCode.RESIDENT_NOT_FOUND, field="id")
    return resident


@transaction.atomic
def resident_update(
    *,
    resident_id: int,
    name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    second_phone: str | Unset = UNSET,
    id_type: str | Unset = UNSET,
    id_number: str | Unset = UNSET,
    gender: str | Unset = UNSET,
    household_size: int | Unset = UNSET,
    emergency_contact_name: str | Unset = UNSET,
    emergency_contact_phone: str | Unset = UNSET,
    notes: str | Unset = UNSET,
) -> Resident:
    """Change the fields given (the others stay). The ID document is checked and re-stored only
    when ``id_type`` or ``id_number`` is given; an empty pair removes it."""
    given_values = {
        "name": name,
        "phone": phone,
        "second_phone": second_phone,
        "id_type": id_type,
        "id_number": id_number,
        "gender": gender,
        "household_size": household_size,
        "emergency_contact_name": emergency_contact_name,
        "emergency_contact_phone": emergency_contact_phone,
        "notes": notes,
    }
    changes: dict[str, Any] = {field: value for field, value in given_values.items() if value is not UNSET}
    resident = _locked(resident_id)
    if resident.is_anonymised:
        raise DomainError(ResidentErrorCode.RESIDENT_ANONYMISED, field="id")
    current = ResidentData(
        name=resident.name,
        phone=resident.phone,
        second_phone=resident.second_phone,
        id_type=resident.id_type,
        gender=resident.gender,
        household_size=resident.household_size,
        emergency_contact_name=resident.emergency_contact_name,
        emergency_contact_phone=resident.emergency_contact_phone,
        notes=resident.notes,
    )
    set_id = bool(ID_FIELDS & set(changes))
    cleaned = _clean(replace(current, **changes), check_id=set_id, resident_pk=resident.pk)
    _apply(resident, cleaned, set_id=set_id)
    resident.save()
    return resident


@transaction.atomic
def resident_delete(*, resident_id: int) -> Resident:
    """Only a resident who never occupied a house can go; the history of occupancies stays.

    Returns the deleted row (id kept), as every delete does.
    """
    resident = _locked(resident_id)
    if resident.occupancies.exists():
        raise DomainError(ResidentErrorCode.RESIDENT_HAS_OCCUPANCIES, field="id")
    resident.delete()
    resident.pk = resident_id
    return resident
