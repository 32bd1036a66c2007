"""摇号: among more waiting owners than spaces, a draw anyone can re-run from its published seed."""

from __future__ import annotations

import hashlib
from typing import Any

from saas.parking.models import ApplicationState, ParkingApplication, ParkingLottery
from saas.parking.services.applications import ApplicationRequest, parking_application_submit
from saas.parking.services.lottery import lottery_rank
from saas.parking.services.vehicles import vehicle_register
from tests.factories import HouseFactory, OccupancyFactory, ResidentFactory
from tests.parking.conftest import Lot, codes, gid, mutate, today

DRAW = "lottery { seed candidates ranking community { name } }"


def _owners_waiting(lot: Lot, count: int) -> list[int]:
    def make() -> list[int]:
        made = []
        for n in range(count):
            resident = ResidentFactory(name=f"业主{n}")
            OccupancyFactory(resident=resident, house=HouseFactory(unit=lot.unit, room_number=f"0{n}01"))
            car = vehicle_register(resident=resident, plate=f"京Q0000{n}")
            request = ApplicationRequest(lot.x.pk, car.pk, 12, today())
            made.append(parking_application_submit(applicant=resident, request=request).pk)
        return made

    return lot.in_schema(make)  # type: ignore[no-any-return]


def test_the_ranking_is_the_published_rule() -> None:
    seed = "5f2b0c"
    digests = {pk: hashlib.sha256(f"{seed}:{pk}".encode()).hexdigest() for pk in (11, 12, 13, 14)}
    assert lottery_rank(seed, [11, 12, 13, 14]) == sorted(digests, key=digests.__getitem__)
    assert lottery_rank(seed, [14, 13, 12, 11]) == lottery_rank(seed, [11, 12, 13, 14])
    candidates = list(range(1, 11))
    assert lottery_rank("another", candidates) != lottery_rank(seed, candidates)  # the seed decides


def test_the_draw_offers_the_spaces_to_the_first_ranked_and_publishes_its_seed(lot: Lot) -> None:
    waiting = _owners_waiting(lot, 5)
    spaces = [gid("ParkingSpace", s.pk) for s in lot.spaces[:2]]
    payload = mutate(
        lot.client(lot.manager), "parkingLotteryDraw", {"community": gid("Community", lot.x.pk), "spaces": spaces}, DRAW
    )
    assert payload["errors"] == []
    drawn = payload["lottery"]
    assert drawn["candidates"] == sorted(waiting)
    assert drawn["ranking"] == lottery_rank(drawn["seed"], waiting)
    winners = lot.in_schema(
        lambda: dict(
            ParkingApplication.objects.filter(state=ApplicationState.OFFERED).values_list("pk", "space__number")
        )
    )
    assert winners == {drawn["ranking"][0]: "B1-001", drawn["ranking"][1]: "B1-002"}
    published = lot.client(lot.owner).data("{ parkingLotteries { edges { node { seed ranking } } } }")
    assert published["parkingLotteries"]["edges"] == [{"node": {"seed": drawn["seed"], "ranking": drawn["ranking"]}}]


def _state(lot: Lot) -> Any:
    return lot.in_schema(
        lambda: (ParkingLottery.objects.count(), list(ParkingApplication.objects.values_list("state", flat=True)))
    )


def test_no_draw_without_scarcity_or_on_a_taken_space(lot: Lot) -> None:
    _owners_waiting(lot, 2)
    manager = lot.client(lot.manager)
    community = gid("Community", lot.x.pk)
    before = _state(lot)
    enough = mutate(
        manager,
        "parkingLotteryDraw",
        {"community": community, "spaces": [gid("ParkingSpace", s.pk) for s in lot.spaces[:2]]},
        DRAW,
    )
    assert codes(enough) == [("spaces", "LOTTERY_NOT_NEEDED")]
    twice = mutate(
        manager,
        "parkingLotteryDraw",
        {"community": community, "spaces": [gid("ParkingSpace", lot.spaces[0].pk)] * 2},
        DRAW,
    )
    assert codes(twice) == [("spaces", "SPACES_REPEATED")]
    pool = mutate(
        manager,
        "parkingLotteryDraw",
        {"community": community, "spaces": [gid("ParkingSpace", lot.pool_space.pk)]},
        DRAW,
    )
    assert codes(pool) == [("space", "SPACE_NOT_RENTABLE")]
    assert _state(lot) == before
