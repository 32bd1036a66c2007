"""Two cashiers at once, with real threads and connections and real commits: they serialise on the
house row, the second one's money goes to the prepaid balance, receipt numbers stay gap-free (a
payment that fails gives its number back). Runs in a throwaway schema, dropped afterwards."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection, connections
from django_tenants.utils import schema_context

from saas.accounts.models import User
from saas.core.errors import DomainError
from saas.estates.models import House
from saas.finance.models import Bill, BillStatus, Payment, PrepaidEntry
from saas.finance.services import billing_run_create, fee_item_create, payment_record, prepaid_balance
from tenants.models import Company
from tenants.schemas import activate_public
from tenants.services.provisioning import spare_create
from tests.factories import CommunityFactory, HouseFactory, UnitFactory, UserFactory


@pytest.fixture
def scratch(django_db_blocker: Any) -> Iterator[Company]:
    """A schema of its own whose writes commit for real (threads must see them); dropped after."""
    with django_db_blocker.unblock():
        company = spare_create()
        try:
            yield company
        finally:
            activate_public()
            with connection.cursor() as cursor:
                cursor.execute(f'DROP SCHEMA IF EXISTS "{company.schema_name}" CASCADE')
            Company.objects.filter(pk=company.pk).delete()


def _world(company: Company) -> tuple[House, House, list[User]]:
    with schema_context(company.schema_name):
        community = CommunityFactory(name="并发花园")
        unit = UnitFactory(building__community=community)
        house = HouseFactory(unit=unit, room_number="0101", building_area=Decimal("100.00"))
        neighbour = HouseFactory(unit=unit, room_number="0102", building_area=Decimal("100.00"))
        fee_item_create(
            name="物业费",
            kind="area",
            unit_price=Decimal("3.00"),
            cycle_months=1,
            community_ids=[community.pk],
            effective_from=date(2026, 1, 1),
        )
        billing_run_create(
            period=date(2026, 1, 1), community_ids=[community.pk], created_by=None, today=date(2026, 1, 2)
        )
        cashiers = [UserFactory(username=f"cashier{n}", is_staff=True) for n in range(4)]
        return house, neighbour, cashiers


def _together(company: Company, jobs: list[Callable[[], Any]]) -> tuple[list[Any], list[BaseException]]:
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = []
    failures: list[BaseException] = []

    def work(job: Callable[[], Any]) -> None:
        try:
            with schema_context(company.schema_name):
                barrier.wait(timeout=10)
                results.append(job())
        except BaseException as exc:
            failures.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, failures


def test_two_cashiers_paying_the_same_bill(scratch: Company) -> None:
    house, _, cashiers = _world(scratch)
    with schema_context(scratch.schema_name):
        total = Bill.objects.get(house=house).amount_fen  # 100 m² × 3.00 = 300.00
    jobs = [
        lambda cashier=cashier: payment_record(house_id=house.pk, amount_fen=total, method="cash", cashier=cashier)
        for cashier in cashiers[:2]
    ]
    payments, failures = _together(scratch, jobs)
    assert failures == []
    with schema_context(scratch.schema_name):
        bill = Bill.objects.get(house=house)
        assert (bill.status, bill.paid_fen) == (BillStatus.PAID, total)
        assert prepaid_balance(house.pk) == total  # the second cashier's money, all of it
        deposit = PrepaidEntry.objects.get(house=house)
        assert deposit.payment_id in {p.pk for p in payments} and deposit.amount_fen == total
        assert sorted(Payment.objects.values_list("receipt_no", flat=True)) == [1, 2]


def test_receipts_stay_gap_free_when_payments_race_and_one_fails(scratch: Company) -> None:
    house, neighbour, cashiers = _world(scratch)
    with schema_context(scratch.schema_name):
        neighbours_bill = Bill.objects.get(house=neighbour).pk

    def pay(house_id: int, cashier: User, **kwargs: Any) -> Callable[[], Payment]:
        return lambda: payment_record(house_id=house_id, amount_fen=10000, method="pos", cashier=cashier, **kwargs)

    jobs = [
        pay(house.pk, cashiers[0]),
        pay(neighbour.pk, cashiers[1]),
        pay(house.pk, cashiers[2], bill_ids=[neighbours_bill]),  # refused after its house lock
        pay(neighbour.pk, cashiers[3]),
    ]
    payments, failures = _together(scratch, jobs)
    assert len(payments) == 3 and len(failures) == 1 and isinstance(failures[0], DomainError)
    with schema_context(scratch.schema_name):
        assert sorted(Payment.objects.values_list("receipt_no", flat=True)) == [1, 2, 3]
        later = payment_record(house_id=house.pk, amount_fen=100, method="cash", cashier=cashiers[0])
        assert later.receipt_no == 4
