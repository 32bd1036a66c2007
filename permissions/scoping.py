"""Who sees which rows, as queryset filters evaluated in SQL (one subquery, never a Python loop).

Until roles arrive (permissions issue), every staff account of a company sees everything in that
company, and an owner sees what their approved, active occupancies give them.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from saas.estates.models import House
from saas.residents.models import Occupancy, Resident


def is_company_staff(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_staff)


def occupied_house_ids(user: Any) -> QuerySet[Occupancy, Any]:
    """Ids of the houses the user's resident record actively occupies (a subquery)."""
    return Occupancy.objects.active().filter(resident__user=user).values("house_id")


def houses_visible_to(user: Any, houses: QuerySet[House] | None = None) -> QuerySet[House]:
    houses = House.objects.all() if houses is None else houses
    if is_company_staff(user):
        return houses
    if not user.is_authenticated:
        return houses.none()
    return houses.filter(id__in=occupied_house_ids(user))


def residents_visible_to(user: Any, residents: QuerySet[Resident] | None = None) -> QuerySet[Resident]:
    """Staff: everyone. An owner: themselves only (co-occupants' data stays with the company)."""
    residents = Resident.objects.all() if residents is None else residents
    if is_company_staff(user):
        return residents
    if not user.is_authenticated:
        return residents.none()
    return residents.filter(user=user)


def occupancies_visible_to(user: Any, occupancies: QuerySet[Occupancy] | None = None) -> QuerySet[Occupancy]:
    occupancies = Occupancy.objects.all() if occupancies is None else occupancies
    if is_company_staff(user):
        return occupancies
    if not user.is_authenticated:
        return occupancies.none()
    return occupancies.filter(resident__user=user)


def visible_through_houses(user: Any, queryset: QuerySet[Any], house_column: str) -> QuerySet[Any]:
    """Communities, buildings or units: staff see them all, an owner those of the houses they
    occupy (``house_column`` is the house's column pointing at them, e.g. ``building_id``)."""
    if is_company_staff(user):
        return queryset
    return queryset.filter(id__in=houses_visible_to(user).values(house_column))
