"""``permissions.scoping.occupied_houses`` builds its queryset once per user object and day and
still reads the rows when the caller runs it."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django_tenants.utils import tenant_context

from permissions.scoping import occupied_houses
from saas.residents.models import Occupancy
from tenants.models import Company
from tests.factories import OccupancyFactory, ResidentFactory, UserFactory


def _houses(user: object) -> set[int]:
    return set(occupied_houses(user).values_list("house_id", flat=True))


def test_occupied_houses_reads_current_rows_each_time(company_a: Company) -> None:
    with tenant_context(company_a):
        user = UserFactory(username="memo-owner", is_staff=False)
        resident = ResidentFactory(user=user)
        first = OccupancyFactory(resident=resident)
        assert _houses(user) == {first.house_id}
        second = OccupancyFactory(resident=resident, is_primary_contact=False)  # after the first call
        assert _houses(user) == {first.house_id, second.house_id}
        first.move_out = timezone.localdate()
        first.save(update_fields=["move_out"])
        assert _houses(user) == {second.house_id}
        assert occupied_houses(user) is not occupied_houses(user)  # a fresh clone for each caller


def test_occupied_houses_are_rebuilt_for_another_day_or_account(company_a: Company) -> None:
    with tenant_context(company_a):
        user = UserFactory(username="memo-owner-2", is_staff=False)
        occupancy = OccupancyFactory(resident=ResidentFactory(user=user))
        yesterday = timezone.localdate() - datetime.timedelta(days=1)
        # A queryset remembered on another day (or for another account) is not used again.
        user._wuye_occupied_houses = ((user.pk, yesterday), Occupancy.objects.none())  # type: ignore[attr-defined]
        assert _houses(user) == {occupancy.house_id}
        user._wuye_occupied_houses = ((user.pk + 1, timezone.localdate()), Occupancy.objects.none())  # type: ignore[attr-defined]
        assert _houses(user) == {occupancy.house_id}
