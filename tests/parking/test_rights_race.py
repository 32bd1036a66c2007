"""Double booking under contention: simultaneous leases of one space, each in its own thread and
database connection on a committed company, give exactly one lease (the exclusion constraint)."""

from __future__ import annotations

import datetime
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connections
from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.core.errors import DomainError
from saas.parking.models import AreaKind, ParkingRight, SpaceKind
from saas.parking.services.areas import parking_area_create, parking_space_create
from saas.parking.services.rights import parking_right_grant
from tests.factories import HouseFactory, OccupancyFactory, ResidentFactory
from tests.workorders.live import LiveCompany, committed_companies

pytestmark = pytest.mark.django_db(transaction=False)  # the database must exist; all writes commit in threads

DESKS = 6


def _in_thread(function: Any) -> Any:
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = function()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return box.get("value")


@pytest.fixture(scope="module")
def live(django_db_setup: None, django_db_blocker: Any) -> Iterator[tuple[LiveCompany, int, list[int]]]:
    with django_db_blocker.unblock(), committed_companies("parking-race") as (company,):

        def setup() -> tuple[int, list[int]]:
            with tenant_context(company.company):
                area = parking_area_create(community_id=company.x.pk, name="B2", kind=AreaKind.UNDERGROUND, capacity=5)
                space = parking_space_create(area_id=area.pk, number="B2-001", kind=SpaceKind.RENTABLE)
                owners = []
                for n in range(DESKS):
                    resident = ResidentFactory(name=f"业主{n}")
                    OccupancyFactory(
                        resident=resident, house=HouseFactory(unit=company.house.unit, room_number=f"20{n}")
                    )
                    owners.append(resident.pk)
                return space.pk, owners

        space_id, owners = _in_thread(setup)
        yield company, space_id, owners


def test_simultaneous_leases_of_one_space_give_one(live: tuple[LiveCompany, int, list[int]]) -> None:
    company, space_id, owners = live
    barrier = threading.Barrier(len(owners))
    outcomes: list[str] = []
    start = timezone.localdate() + datetime.timedelta(days=1)

    def grant(holder_id: int) -> None:
        try:
            with tenant_context(company.company):
                barrier.wait()
                parking_right_grant(
                    space_id=space_id, holder_id=holder_id, start=start, months=1, actor=company.admin.user
                )
                outcomes.append("granted")
        except DomainError as exc:
            outcomes.append(exc.code.value)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=grant, args=(pk,)) for pk in owners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["SPACE_UNAVAILABLE"] * (len(owners) - 1) + ["granted"]

    def count() -> int:
        with tenant_context(company.company):
            return ParkingRight.objects.filter(space_id=space_id).count()

    assert _in_thread(count) == 1
