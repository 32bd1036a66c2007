"""An owner's scope is read once per request as the houses they live in (``homes_of``) and goes
into the statements as ids: the same rows as the subqueries it replaced, to the day in the
company's time zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.db.models import QuerySet

from permissions.scoping import _homes, homes_of, visible_to
from saas.accounts.models import User
from saas.estates.models import Building, Community, House, Unit
from saas.finance.models import Payment
from saas.residents.models import Occupancy
from tests.factories import OccupancyFactory, ResidentFactory, UserFactory
from tests.finance.conftest import Alpha, Estate

BEIJING = ZoneInfo("Asia/Shanghai")


def _ids(queryset: QuerySet[object]) -> set[int]:
    return set(queryset.values_list("pk", flat=True))


def test_homes_read_once_are_the_in_force_occupancies_as_composed_per_call(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        OccupancyFactory(resident=estate.resident, house=estate.qinghe_house, move_in=date(2025, 6, 1))
        OccupancyFactory(
            resident=estate.resident, house=estate.other, move_in=date(2020, 1, 1), move_out=date(2021, 1, 1)
        )
        homes = homes_of(estate.owner)
        assert sorted(homes, key=lambda h: h.house_id) == sorted(
            homes_of(User.objects.get(pk=estate.owner.pk)), key=lambda h: h.house_id
        )
        assert {h.house_id for h in homes} == {estate.house.pk, estate.qinghe_house.pk}  # not the one moved out of
        assert sorted(tuple(vars(h).values()) for h in homes) == sorted(_homes(estate.owner))
        assert _ids(visible_to(estate.owner, Community.objects.all())) == {estate.jinghua.pk, estate.qinghe.pk}
        assert _ids(visible_to(estate.owner, Building.objects.all())) == {
            estate.building1.pk,
            estate.qinghe_house.building_id,
        }
        assert _ids(visible_to(estate.owner, Unit.objects.all())) == {estate.house.unit_id, estate.qinghe_house.unit_id}
        assert _ids(visible_to(estate.owner, House.objects.all())) == {estate.house.pk, estate.qinghe_house.pk}


def test_an_owner_without_a_home_sees_no_estate_and_no_money(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        stranger = UserFactory(username="13700009999", phone="13700009999", is_staff=False)
        ResidentFactory(name="路人", user=stranger)
        assert homes_of(stranger) == ()
        for model in (Community, Building, Unit, House, Payment):
            assert not visible_to(stranger, model.objects.all()).exists()


def test_an_owner_sees_money_received_from_midnight_beijing_time_of_their_move_in_day(
    alpha: Alpha, estate: Estate
) -> None:
    with alpha():
        Occupancy.objects.filter(resident=estate.resident).delete()
        OccupancyFactory(resident=estate.resident, house=estate.house, move_in=date(2026, 3, 25))

        def paid(at: datetime, receipt: int) -> int:
            return Payment.objects.create(
                house=estate.house, community=estate.jinghua, amount_fen=100, method="cash", cashier=estate.cashier,
                received_at=at, receipt_no=receipt,
            ).pk  # fmt: skip

        before = paid(datetime(2026, 3, 24, 23, 55, tzinfo=BEIJING), 900001)  # 15:55 UTC on the 24th
        after = paid(datetime(2026, 3, 25, 0, 5, tzinfo=BEIJING), 900002)  # 16:05 UTC, still the 24th there
        seen = _ids(visible_to(estate.owner, Payment.objects.all()))
        assert after in seen and before not in seen
