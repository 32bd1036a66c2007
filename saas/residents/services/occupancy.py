"""Who lives where: starting and ending occupancies, the primary contact, the joint-owner rule.

Rules (each also applies to approving an owner's registration):
* A resident cannot hold two overlapping occupancies of the same house.
* With ``ResidentPolicy.allow_joint_owners`` off, a house has at most one owner occupancy over any
  period: a new owner occupancy may not start before every other owner occupancy has moved out.
* At most one primary contact among a house's occupancies that have not ended (no move-out, or a
  move-out still ahead). Starting a new primary contact moves the flag: the previous one loses it.
  The house row is locked while these are checked, so concurrent starts are serialised.
"""

from __future__ import annotations

import enum
from datetime import date

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from saas.core.errors import DomainError
from saas.core.unset import UNSET, Unset, given
from saas.estates.models import House
from saas.residents.errors import ResidentErrorCode
from saas.residents.models import Occupancy, OccupancyQuerySet, OccupancyRole, Resident, ResidentPolicy


class OccupancyConflict(enum.Enum):
    ALREADY_OCCUPYING = "ALREADY_OCCUPYING"
    JOINT_OWNER_FORBIDDEN = "JOINT_OWNER_FORBIDDEN"


def _running_on_or_after(house: House, day: date) -> OccupancyQuerySet:
    """The house's occupancies still in force on ``day`` or later (not moved out by then)."""
    return Occupancy.objects.filter(house=house).filter(Q(move_out__isnull=True) | Q(move_out__gt=day))


def occupancy_conflict(
    *, house: House, resident: Resident | None, role: str, move_in: date
) -> OccupancyConflict | None:
    """Why an open-ended occupancy from ``move_in`` cannot start, or None. Lock ``house`` first."""
    overlapping = _running_on_or_after(house, move_in)
    if resident is not None and overlapping.filter(resident=resident).exists():
        return OccupancyConflict.ALREADY_OCCUPYING
    if (
        role == OccupancyRole.OWNER
        and not ResidentPolicy.current().allow_joint_owners
        and overlapping.filter(role=OccupancyRole.OWNER).exists()
    ):
        return OccupancyConflict.JOINT_OWNER_FORBIDDEN
    return None


def house_has_primary_contact(house: House) -> bool:
    return _running_on_or_after(house, timezone.localdate()).filter(is_primary_contact=True).exists()


def occupancy_create_checked(
    *, house: House, resident: Resident, role: str, move_in: date, is_primary_contact: bool
) -> Occupancy:
    """Create an occupancy whose conflicts the caller has already ruled out (house locked)."""
    if is_primary_contact:
        _running_on_or_after(house, timezone.localdate()).filter(is_primary_contact=True).update(
            is_primary_contact=False
        )
    return Occupancy.objects.create(
        house=house, resident=resident, role=role, move_in=move_in, is_primary_contact=is_primary_contact
    )


def house_lock(house_id: int) -> House | None:
    return House.objects.select_for_update().filter(pk=house_id).first()


@transaction.atomic
def occupancy_start(
    *, resident_id: int, house_id: int, role: OccupancyRole, move_in: date, is_primary_contact: bool = False
) -> Occupancy:
    house = house_lock(house_id)
    if house is None:
        raise DomainError(ResidentErrorCode.HOUSE_NOT_FOUND, field="house")
    resident = Resident.objects.filter(pk=resident_id).first()
    if resident is None:
        raise DomainError(ResidentErrorCode.RESIDENT_NOT_FOUND, field="resident")
    if resident.is_anonymised:
        raise DomainError(ResidentErrorCode.RESIDENT_ANONYMISED, field="resident")
    conflict = occupancy_conflict(house=house, resident=resident, role=role, move_in=move_in)
    if conflict is OccupancyConflict.ALREADY_OCCUPYING:
        raise DomainError(ResidentErrorCode.ALREADY_OCCUPYING, field="resident")
    if conflict is OccupancyConflict.JOINT_OWNER_FORBIDDEN:
        raise DomainError(ResidentErrorCode.JOINT_OWNER_FORBIDDEN, field="role")
    return occupancy_create_checked(
        house=house, resident=resident, role=role, move_in=move_in, is_primary_contact=is_primary_contact
    )


@transaction.atomic
def occupancy_end(*, occupancy_id: int, move_out: date) -> Occupancy:
    """Record the move-out (today, past or planned). An occupancy ends once; the record stays."""
    occupancy = Occupancy.objects.select_for_update().filter(pk=occupancy_id).first()
    if occupancy is None:
        raise DomainError(ResidentErrorCode.OCCUPANCY_NOT_FOUND, field="id")
    if occupancy.move_out is not None:
        raise DomainError(
            ResidentErrorCode.OCCUPANCY_ALREADY_ENDED, field="id", move_out=occupancy.move_out.isoformat()
        )
    if move_out <= occupancy.move_in:
        raise DomainError(
            ResidentErrorCode.MOVE_OUT_NOT_AFTER_MOVE_IN, field="moveOut", move_in=occupancy.move_in.isoformat()
        )
    occupancy.move_out = move_out
    occupancy.save(update_fields=["move_out"])
    return occupancy


@transaction.atomic
def resident_policy_update(*, allow_joint_owners: bool | Unset = UNSET) -> ResidentPolicy:
    """Change the company's rules; they apply to occupancies started from now on."""
    policy = ResidentPolicy.objects.select_for_update().filter(pk=ResidentPolicy.current().pk).get()
    policy.allow_joint_owners = given(allow_joint_owners, policy.allow_joint_owners)
    policy.save()
    return policy
