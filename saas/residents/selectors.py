"""Reads: resident search, occupancies of a house, registration requests, houses to register for.

Each returns an unevaluated queryset; visibility is applied by the caller (the GraphQL types'
``get_queryset``), so these only narrow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone

from saas.core.idcard import normalize_id_number
from saas.core.validators import is_mainland_mobile, normalize_mainland_mobile
from saas.estates.models import Community, House
from saas.residents.models import Occupancy, RegistrationRequest, Resident
from saas.residents.validators import id_number_hash

LAST4_RE = re.compile(r"^\d{4}$")
ID_LIKE_RE = re.compile(r"^[0-9A-Z]{8,32}$")


@dataclass(frozen=True)
class ResidentSearch:
    """Every given criterion must hold; ``text`` is the staff app's single search box."""

    name: str | None = None
    phone: str | None = None
    phone_last4: str | None = None
    id_number: str | None = None
    house_id: int | None = None
    text: str | None = None


def _text_condition(text: str) -> Q:
    """A name fragment, a full mobile, its last four digits, or an exact ID number."""
    condition = Q(name__icontains=text)
    phone = normalize_mainland_mobile(text)
    if is_mainland_mobile(phone):
        condition |= Q(phone=phone)
    if LAST4_RE.match(text):
        condition |= Q(phone_last4=text)
    number = normalize_id_number(text)
    if ID_LIKE_RE.match(number):
        condition |= Q(id_number_hash=id_number_hash(number))
    return condition


def residents_search(residents: QuerySet[Resident], search: ResidentSearch) -> QuerySet[Resident]:
    if search.name:
        residents = residents.filter(name__icontains=search.name.strip())
    if search.phone:
        residents = residents.filter(phone=normalize_mainland_mobile(search.phone))
    if search.phone_last4:
        residents = residents.filter(phone_last4=search.phone_last4.strip())
    if search.id_number:
        residents = residents.filter(id_number_hash=id_number_hash(search.id_number))
    if search.house_id is not None:
        residents = residents.filter(id__in=Occupancy.objects.filter(house_id=search.house_id).values("resident_id"))
    if search.text and search.text.strip():
        residents = residents.filter(_text_condition(search.text.strip()))
    return residents


def occupancies_of_house(*, house_id: int, include_ended: bool) -> QuerySet[Occupancy]:
    """Current and upcoming occupancies of a house; with ``include_ended``, its whole history."""
    occupancies = Occupancy.objects.filter(house_id=house_id)
    if include_ended:
        return occupancies
    return occupancies.filter(Q(move_out__isnull=True) | Q(move_out__gt=timezone.localdate()))


def registration_requests(*, status: str | None = None, user_id: int | None = None) -> QuerySet[RegistrationRequest]:
    requests = RegistrationRequest.objects.all()
    if status is not None:
        requests = requests.filter(status=status)
    if user_id is not None:
        requests = requests.filter(user_id=user_id)
    return requests


def communities_to_register(*, search: str | None = None) -> QuerySet[Community]:
    communities = Community.objects.all()
    return communities.filter(name__icontains=search.strip()) if search and search.strip() else communities


def houses_to_register(*, community_id: int, search: str | None = None) -> QuerySet[House]:
    """A community's houses, narrowed by words matched against building, unit and room number:
    ``"3号楼 1201"`` finds room 1201 of building 3."""
    houses = House.objects.filter(community_id=community_id)
    for word in (search or "").split():
        houses = houses.filter(
            Q(room_number__icontains=word) | Q(building__name__icontains=word) | Q(unit__name__icontains=word)
        )
    return houses
