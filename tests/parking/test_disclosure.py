"""车位公示 (北京市物业管理条例 art. 70(7)): spaces sold and rented and the tariff in force, for the
notice board of one community."""

from __future__ import annotations

from saas.parking.models import SpaceKind
from saas.parking.services.applications import ApplicationRequest, parking_application_offer, parking_application_submit
from saas.parking.services.areas import parking_space_create
from saas.parking.services.rights import parking_right_grant
from saas.parking.services.tariffs import TariffTerms, parking_tariff_set
from tests.graphql import error_codes
from tests.parking.conftest import Lot, gid, today

DISCLOSURE = (
    "query($c: ID!) { parkingDisclosure(community: $c) { owned rented reserved free temporary "
    "tariffs { unitPrice freeMinutes area { name } } } }"
)


def _fill(lot: Lot) -> None:
    def make() -> None:
        parking_space_create(
            area_id=lot.area.pk, number="B1-100", kind=SpaceKind.OWNED, owner_id=lot.neighbour_resident.pk
        )
        parking_right_grant(
            space_id=lot.spaces[0].pk, holder_id=lot.owner_resident.pk, start=today(), months=6, actor=lot.manager
        )
        application = parking_application_submit(
            applicant=lot.tenant_resident, request=ApplicationRequest(lot.x.pk, lot.tenant_car.pk, 1, today())
        )
        parking_application_offer(application_id=application.pk, space_id=lot.spaces[1].pk, actor=lot.manager)
        parking_tariff_set(
            area_id=lot.area.pk,
            terms=TariffTerms(today(), free_minutes=15, unit_minutes=60, unit_price_fen=600),
            actor=lot.manager,
        )

    lot.in_schema(make)


def test_the_notice_board_shows_spaces_sold_and_rented_and_the_tariff(lot: Lot) -> None:
    _fill(lot)
    expected = {
        "owned": 1,
        "rented": 1,
        "reserved": 1,
        "free": 2,
        "temporary": 1,
        "tariffs": [{"unitPrice": "6.00", "freeMinutes": 15, "area": {"name": "地下车库B1"}}],
    }
    for user in (lot.owner, lot.tenant, lot.finance, lot.manager, lot.admin):
        assert lot.client(user).data(DISCLOSURE, {"c": gid("Community", lot.x.pk)})["parkingDisclosure"] == expected


def test_other_communities_boards_are_not_shown(lot: Lot) -> None:
    _fill(lot)
    for user in (lot.owner_y, lot.desk_y):
        body = lot.client(user).execute(DISCLOSURE, {"c": gid("Community", lot.x.pk)})
        assert error_codes(body) == ["FORBIDDEN"] and body["data"] is None
    assert error_codes(lot.client(None).execute(DISCLOSURE, {"c": gid("Community", lot.x.pk)})) == ["UNAUTHENTICATED"]
