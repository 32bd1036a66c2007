"""Communities (小区): create, update, delete."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db import transaction

from saas.core.errors import DomainError, ErrorCollector
from saas.core.unset import UNSET, Unset, given
from saas.core.validators import check_text
from saas.estates.errors import CommunityErrorCode
from saas.estates.models import Building, Community, District
from saas.estates.services.common import check_area, protected_or, unique_or

codes = CommunityErrorCode


def _locked(community_id: int) -> Community:
    community = Community.objects.select_for_update().filter(pk=community_id).first()
    if community is None:
        raise DomainError(CommunityErrorCode.NOT_FOUND, field="id")
    return community


def _validated(community: Community) -> Community:
    """Check and normalise every field of ``community`` in place; report all problems at once."""
    errors = ErrorCollector()
    community.name = community.name.strip()
    community.address = community.address.strip()
    check_text(errors, codes, "name", community.name, limit=100)
    check_text(errors, codes, "address", community.address, limit=200)
    if community.district not in District.values:
        errors.add(codes.DISTRICT_INVALID, field="district")
    community.total_floor_area = check_area(
        errors, codes, "totalFloorArea", community.total_floor_area, max_digits=12, required=False
    )
    if not errors.has("name") and Community.objects.filter(name=community.name).exclude(pk=community.pk).exists():
        errors.add(codes.NAME_TAKEN, field="name", name=community.name)
    errors.raise_if_any()
    return community


def _saved(community: Community) -> Community:
    with unique_or(lambda: DomainError(codes.NAME_TAKEN, field="name", name=community.name)):
        community.save()
    return community


@transaction.atomic
def community_create(
    *,
    name: str,
    address: str,
    district: str,
    total_floor_area: Decimal | None = None,
    handover_date: date | None = None,
) -> Community:
    community = Community(
        name=name, address=address, district=district, total_floor_area=total_floor_area, handover_date=handover_date
    )
    return _saved(_validated(community))


@transaction.atomic
def community_update(
    *,
    community_id: int,
    name: str | Unset = UNSET,
    address: str | Unset = UNSET,
    district: str | Unset = UNSET,
    total_floor_area: Decimal | Unset | None = UNSET,
    handover_date: date | Unset | None = UNSET,
) -> Community:
    """Change the given fields; ``UNSET`` leaves a field as it is, ``None`` clears an optional one."""
    community = _locked(community_id)
    community.name = given(name, community.name)
    community.address = given(address, community.address)
    community.district = given(district, community.district)
    community.total_floor_area = given(total_floor_area, community.total_floor_area)
    community.handover_date = given(handover_date, community.handover_date)
    return _saved(_validated(community))


@transaction.atomic
def community_delete(*, community_id: int) -> Community:
    """Delete an empty community; one with buildings is refused. Returns the deleted row (id kept)."""
    community = _locked(community_id)
    count = Building.objects.filter(community=community).count()
    if count:
        raise DomainError(codes.HAS_BUILDINGS, field="id", count=count)
    with protected_or(lambda: DomainError(codes.IN_USE, field="id")):
        community.delete()
    community.pk = community_id
    return community
