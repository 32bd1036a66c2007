"""What each domain app holds about a person, for PIPL requests: a registry of export sections and
anonymisation steps that domain apps fill from their ``AppConfig.ready()``.

* An export section is ``fn(resident) -> JSON-able data`` (dicts, lists, strings, numbers, dates);
  the data export (``resident_data_export``) puts each under its name. Keys are camelCase, like
  the API. Finance adds its bills and payments, work orders their repair requests, and so on.
* An anonymisation step is ``fn(resident, pseudonym)``, called inside the anonymisation's
  transaction with the resident as it still is (name, phones, account all there), before the
  residents app clears its own fields: it replaces what its app holds about the person with the
  pseudonym or removes it, and keeps what must stay (financial records stay, pseudonymised).

The residents app registers its own sections below; ``permissions`` adds the access log.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from django.db.models import Q

from saas.core.crypto import decrypt
from saas.residents.models import Consent, Occupancy, RegistrationRequest, Resident

ExportSection = Callable[[Resident], Any]
AnonymiseStep = Callable[[Resident, str], None]

_export_sections: dict[str, ExportSection] = {}
_anonymise_steps: dict[str, AnonymiseStep] = {}


def register_export_section(name: str, section: ExportSection) -> None:
    """Add (or replace, by name) one section of the data export."""
    _export_sections[name] = section


def register_anonymise_step(name: str, step: AnonymiseStep) -> None:
    """Add (or replace, by name) one step of the anonymisation."""
    _anonymise_steps[name] = step


def export_sections() -> Mapping[str, ExportSection]:
    return MappingProxyType(_export_sections)


def anonymise_steps() -> Mapping[str, AnonymiseStep]:
    return MappingProxyType(_anonymise_steps)


def _id_number(encrypted: str) -> str | None:
    return decrypt(encrypted) if encrypted else None


def resident_section(resident: Resident) -> dict[str, Any]:
    return {
        "name": resident.name,
        "phone": resident.phone,
        "secondPhone": resident.second_phone,
        "idType": resident.id_type or None,
        "idNumber": _id_number(resident.id_number_encrypted),
        "gender": resident.gender or None,
        "householdSize": resident.household_size,
        "emergencyContactName": resident.emergency_contact_name,
        "emergencyContactPhone": resident.emergency_contact_phone,
        "notes": resident.notes,
        "createdAt": resident.created_at,
        "anonymisedAt": resident.anonymised_at,
    }


def _address(house: Any) -> dict[str, Any]:
    return {
        "community": house.community.name,
        "communityAddress": house.community.address,
        "building": house.building.name,
        "unit": house.unit.name,
        "roomNumber": house.room_number,
    }


def occupancies_section(resident: Resident) -> list[dict[str, Any]]:
    occupancies = Occupancy.objects.filter(resident=resident).select_related(
        "house__community", "house__building", "house__unit"
    )
    return [
        {
            "house": _address(o.house),
            "role": o.role,
            "moveIn": o.move_in,
            "moveOut": o.move_out,
            "isPrimaryContact": o.is_primary_contact,
        }
        for o in occupancies.order_by("move_in", "id")
    ]


def registration_requests_of(resident: Resident) -> Any:
    """The owner-app requests that were this person's: made from their account, or approved into
    one of their occupancies."""
    mine = Q(occupancy__resident=resident)
    if resident.user_id is not None:
        mine |= Q(user_id=resident.user_id)
    return RegistrationRequest.objects.filter(mine)


def registration_requests_section(resident: Resident) -> list[dict[str, Any]]:
    requests = registration_requests_of(resident).select_related("house__community", "house__building", "house__unit")
    return [
        {
            "house": _address(r.house),
            "role": r.role,
            "name": r.name,
            "phone": r.phone,
            "idType": r.id_type or None,
            "idNumber": _id_number(r.id_number_encrypted),
            "moveIn": r.move_in,
            "status": r.status,
            "rejectReason": r.reject_reason,
            "createdAt": r.created_at,
            "reviewedAt": r.reviewed_at,
        }
        for r in requests.order_by("created_at", "id")
    ]


def consents_section(resident: Resident) -> list[dict[str, Any]]:
    return [
        {
            "purpose": c.purpose,
            "noticeVersion": c.notice_version,
            "channel": c.channel,
            "grantedAt": c.granted_at,
            "withdrawnAt": c.withdrawn_at,
        }
        for c in Consent.objects.filter(resident=resident).order_by("granted_at", "id")
    ]


def account_section(resident: Resident) -> dict[str, Any] | None:
    """The owner-app account (never its password or tokens)."""
    user = resident.user
    if user is None:
        return None
    return {
        "username": user.username,
        "displayName": user.display_name,
        "phone": user.phone,
        "email": user.email,
        "dateJoined": user.date_joined,
        "lastLogin": user.last_login,
        "isActive": user.is_active,
    }


register_export_section("resident", resident_section)
register_export_section("occupancies", occupancies_section)
register_export_section("registrationRequests", registration_requests_section)
register_export_section("consents", consents_section)
register_export_section("account", account_section)
