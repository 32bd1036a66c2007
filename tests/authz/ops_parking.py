"""The matrix for parking.

The parking rows of the world (made once, on first use), all in X: an area with a space the owner
owns (产权) and two the company rents out, the owner's two cars, the owner's waiting application,
another owner of X waiting too (so a draw for one space has more candidates than spaces), a
published draw, the garage's tariff in force from today, and the owner's car parked there now.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django_tenants.utils import tenant_context

from billing.services.credentials import credentials_configure
from saas.accounts.models import User
from saas.finance.services import fee_item_create
from saas.parking.models import (
    AreaKind,
    ParkingArea,
    ParkingLottery,
    ParkingRight,
    ParkingSession,
    RightKind,
    RightState,
    SpaceKind,
    Vehicle,
)
from saas.parking.periods import months_from
from saas.parking.services.applications import (
    ApplicationRequest,
    parking_application_offer,
    parking_application_submit,
)
from saas.parking.services.areas import parking_area_create, parking_space_create
from saas.parking.services.common import right_write
from saas.parking.services.sessions import vehicle_entry_record
from saas.parking.services.tariffs import TariffTerms, parking_tariff_set
from saas.parking.services.vehicles import vehicle_register
from tests.authz.matrix import FORBIDDEN, HIDDEN, OK, Operation, outcomes, shared_list
from tests.authz.world import World, gid
from tests.factories import HouseFactory, OccupancyFactory, ResidentFactory

MANAGE = {"with_role": "manager", "without_role": "finance"}
VIEW = {"with_role": "finance", "without_role": "technician"}
OWNER_ONLY = outcomes(owner=OK, with_=FORBIDDEN, admin=FORBIDDEN)


def _rows(w: World) -> dict[str, Any]:
    if "parking" not in w.extra:
        with tenant_context(w.company):
            today = timezone.localdate()
            area = parking_area_create(
                community_id=w.community_x.pk, name="地下车库B1", kind=AreaKind.UNDERGROUND, capacity=20
            )
            owned = parking_space_create(
                area_id=area.pk, number="B1-001", kind=SpaceKind.OWNED, owner_id=w.resident_x.pk
            )
            rentable = parking_space_create(area_id=area.pk, number="B1-002", kind=SpaceKind.RENTABLE)
            spare = parking_space_create(area_id=area.pk, number="B1-003", kind=SpaceKind.RENTABLE)
            car = vehicle_register(resident=w.resident_x, plate="京A12345")
            second_car = vehicle_register(resident=w.resident_x, plate="京AD12345")
            application = parking_application_submit(
                applicant=w.resident_x, request=ApplicationRequest(w.community_x.pk, car.pk, 6, today)
            )
            neighbour = ResidentFactory(name="邻居")
            OccupancyFactory(resident=neighbour, house=HouseFactory(unit=w.unit_x, room_number="0301", floor=3))
            parking_application_submit(
                applicant=neighbour,
                request=ApplicationRequest(
                    w.community_x.pk, vehicle_register(resident=neighbour, plate="京B11111").pk, 1, today
                ),
            )
            lottery = ParkingLottery.objects.create(
                community=w.community_x,
                seed="0f1e2d3c",
                candidates=[1, 2],
                ranking=[2, 1],
                spaces=[spare.pk],
                drawn_by=User.objects.get(username="admin"),
                drawn_at=timezone.now() - datetime.timedelta(days=30),
            )
            tariff = parking_tariff_set(
                area_id=area.pk,
                terms=TariffTerms(today, free_minutes=15, unit_minutes=60, unit_price_fen=600),
                actor=User.objects.get(username="admin"),
            )
            session = vehicle_entry_record(area_id=area.pk, plate="京A12345", actor=User.objects.get(username="admin"))
            paying = _paying_rows(w, area, today)
            w.extra["parking"] = {
                **paying,
                "session": gid("ParkingSession", session.pk),
                "tariff": gid("ParkingTariff", tariff.pk),
                "area": gid("ParkingArea", area.pk),
                "owned": gid("ParkingSpace", owned.pk),
                "rentable": gid("ParkingSpace", rentable.pk),
                "spare": gid("ParkingSpace", spare.pk),
                "car": gid("Vehicle", car.pk),
                "second_car": gid("Vehicle", second_car.pk),
                "application": gid("ParkingApplication", application.pk),
                "right": gid("ParkingRight", ParkingRight.objects.get(space=owned).pk),
                "lottery": gid("ParkingLottery", lottery.pk),
                "today": today.isoformat(),
            }
    rows: dict[str, Any] = w.extra["parking"]
    return rows


def _paying_rows(w: World, area: ParkingArea, today: datetime.date) -> dict[str, str]:
    """What the owner can pay for: an offered space (a third car's application), a monthly pass
    on another space, a stay of the second car that has left; the rent and the sandbox configured."""
    admin = User.objects.get(username="admin")
    credentials_configure(provider="sandbox", values=None)
    fee_item_create(
        name="车位租金",
        kind="parking",
        unit_price=Decimal("300.00"),
        cycle_months=1,
        community_ids=[w.community_x.pk],
        effective_from=datetime.date(2025, 1, 1),
    )
    offered_space = parking_space_create(area_id=area.pk, number="B1-004", kind=SpaceKind.RENTABLE)
    third_car = vehicle_register(resident=w.resident_x, plate="京A54321")
    offered = parking_application_submit(
        applicant=w.resident_x, request=ApplicationRequest(w.community_x.pk, third_car.pk, 1, today)
    )
    parking_application_offer(application_id=offered.pk, space_id=offered_space.pk, actor=admin)
    monthly = right_write(
        space=parking_space_create(area_id=area.pk, number="B1-005", kind=SpaceKind.RENTABLE),
        holder=w.resident_x,
        kind=RightKind.MONTHLY,
        state=RightState.ACTIVE,
        period=months_from(today, 1),
    )
    left = ParkingSession.objects.create(
        area=area,
        plate="京AD12345",
        vehicle=Vehicle.objects.get(plate="京AD12345"),
        entered_at=timezone.now() - datetime.timedelta(hours=3),
        exited_at=timezone.now() - datetime.timedelta(minutes=5),
        fee_fen=1500,
        recorded_by=admin,
    )
    return {
        "offered": gid("ParkingApplication", offered.pk),
        "monthly": gid("ParkingRight", monthly.pk),
        "left": gid("ParkingSession", left.pk),
    }


def _marker(key: str) -> Any:
    return lambda w: _rows(w)[key]


def _with_rows(w: World) -> dict[str, Any]:
    _rows(w)
    return {}


def _list(field: str) -> str:
    return f"{{ {field} {{ edges {{ node {{ id }} }} }} }}"


READS = [
    Operation("parkingAreas", _list("parkingAreas"), _with_rows, shared_list(), marker=_marker("area"), **VIEW),
    Operation("parkingSpaces", _list("parkingSpaces"), _with_rows, shared_list(), marker=_marker("owned"), **VIEW),
    Operation("vehicles", _list("vehicles"), _with_rows, shared_list(), marker=_marker("car"), **VIEW),
    Operation("parkingRights", _list("parkingRights"), _with_rows, shared_list(), marker=_marker("right"), **VIEW),
    Operation(
        "parkingApplications",
        _list("parkingApplications"),
        _with_rows,
        shared_list(),
        marker=_marker("application"),
        **VIEW,
    ),
    Operation(
        "parkingLotteries", _list("parkingLotteries"), _with_rows, shared_list(), marker=_marker("lottery"), **VIEW
    ),
    Operation(
        "parkingSessions", _list("parkingSessions"), _with_rows, shared_list(), marker=_marker("session"), **VIEW
    ),
    Operation("parkingTariffs", _list("parkingTariffs"), _with_rows, shared_list(), marker=_marker("tariff"), **VIEW),
    Operation(
        "parkingDisclosure",
        "query($c: ID!) { parkingDisclosure(community: $c) { owned rented free tariffs { id } } }",
        lambda w: {"c": gid("Community", w.community_x.pk)} | _with_rows(w),
        outcomes(owner=OK),
        marker=_marker("tariff"),
        **VIEW,
    ),
]

CHANGES = [
    Operation(
        "parkingAreaCreate",
        'mutation($c: ID!) { parkingAreaCreate(input: {community: $c, name: "地面停车场", kind: ABOVE_GROUND, '
        "capacity: 30}) { errors { code } } }",
        lambda w: {"c": gid("Community", w.community_x.pk)},
        outcomes(),
        **MANAGE,
    ),
    Operation(
        "parkingSpaceCreate",
        'mutation($a: ID!) { parkingSpaceCreate(input: {area: $a, number: "B1-099", kind: EV_CHARGING}) '
        "{ errors { code } } }",
        lambda w: {"a": _rows(w)["area"]},
        outcomes(),
        **MANAGE,
    ),
    Operation(
        "vehicleRegister",
        'mutation($r: ID) { vehicleRegister(input: {plate: "京C54321", resident: $r}) { errors { code } } }',
        lambda w: {"r": gid("Resident", w.resident_x.pk)},
        outcomes(owner=OK),
        **MANAGE,
    ),
    Operation(
        "parkingRightGrant",
        "mutation($s: ID!, $h: ID!, $d: Date!) { parkingRightGrant(input: {space: $s, holder: $h, start: $d, "
        "months: 1}) { errors { code } } }",
        lambda w: {"s": _rows(w)["rentable"], "h": gid("Resident", w.resident_x.pk), "d": _rows(w)["today"]},
        outcomes(),
        **MANAGE,
    ),
    Operation(
        "parkingApplicationSubmit",
        "mutation($c: ID!, $v: ID!, $d: Date!) { parkingApplicationSubmit(input: {community: $c, vehicle: $v, "
        "months: 3, start: $d}) { errors { code } } }",
        lambda w: {"c": gid("Community", w.community_x.pk), "v": _rows(w)["second_car"], "d": _rows(w)["today"]},
        # Another owner lives elsewhere: NOT_RESIDENT in the payload, nothing written.
        outcomes(owner=OK, other_owner=HIDDEN, with_=FORBIDDEN, admin=FORBIDDEN),
        **MANAGE,
    ),
    Operation(
        "parkingApplicationOffer",
        "mutation($id: ID!, $s: ID!) { parkingApplicationOffer(input: {id: $id, space: $s}) { errors { code } } }",
        lambda w: {"id": _rows(w)["application"], "s": _rows(w)["rentable"]},
        outcomes(),
        **MANAGE,
    ),
    Operation(
        "parkingApplicationReject",
        'mutation($id: ID!) { parkingApplicationReject(input: {id: $id, reason: "已满"}) { errors { code } } }',
        lambda w: {"id": _rows(w)["application"]},
        outcomes(),
        **MANAGE,
    ),
    Operation(
        "parkingApplicationCancel",
        "mutation($id: ID!) { parkingApplicationCancel(input: {id: $id}) { errors { code } } }",
        lambda w: {"id": _rows(w)["application"]},
        OWNER_ONLY,
        **MANAGE,
    ),
    Operation(
        "parkingTariffSet",
        "mutation($a: ID!, $d: Date!) { parkingTariffSet(input: {area: $a, validFrom: $d, freeMinutes: 30, "
        'unitMinutes: 60, unitPrice: "5.00"}) { errors { code } } }',
        lambda w: {"a": _rows(w)["area"], "d": (timezone.localdate() + datetime.timedelta(days=7)).isoformat()},
        outcomes(),
        **MANAGE,
    ),
    Operation(
        "vehicleEntryRecord",
        'mutation($a: ID!) { vehicleEntryRecord(input: {area: $a, plate: "京Z77777"}) { errors { code } } }',
        lambda w: {"a": _rows(w)["area"]},
        outcomes(),
        **MANAGE,
    ),
    Operation(
        "vehicleExitRecord",
        'mutation($a: ID!) { vehicleExitRecord(input: {area: $a, plate: "京A12345"}) { errors { code } } }',
        lambda w: {"a": _rows(w)["area"]},
        outcomes(),
        **MANAGE,
    ),
    Operation(
        "parkingLotteryDraw",
        "mutation($c: ID!, $s: ID!) { parkingLotteryDraw(input: {community: $c, spaces: [$s]}) { errors { code } } }",
        lambda w: {"c": gid("Community", w.community_x.pk), "s": _rows(w)["spare"]},
        outcomes(),
        **MANAGE,
    ),
]

PAYING = "{ errors { code } order { outTradeNo } checkout { redirectUrl } }"
# Owners pay for their own: another owner's is as if it did not exist (a NOT_FOUND in the payload).
OWNER_PAYS = outcomes(owner=OK, other_owner=HIDDEN, with_=FORBIDDEN, admin=FORBIDDEN)

PAYMENTS = [
    Operation(
        "parkingOfferPay",
        "mutation($id: ID!) { parkingOfferPay(input: {id: $id, gateway: SANDBOX, channel: PAGE}) " + PAYING + " }",
        lambda w: {"id": _rows(w)["offered"]},
        OWNER_PAYS,
        **MANAGE,
    ),
    Operation(
        "parkingPassRenew",
        "mutation($r: ID!) { parkingPassRenew(input: {right: $r, months: 1, gateway: SANDBOX, channel: PAGE}) "
        + PAYING
        + " }",
        lambda w: {"r": _rows(w)["monthly"]},
        OWNER_PAYS,
        **MANAGE,
    ),
    Operation(
        "parkingSessionPay",
        "mutation($id: ID!) { parkingSessionPay(input: {id: $id, gateway: SANDBOX, channel: PAGE}) " + PAYING + " }",
        lambda w: {"id": _rows(w)["left"]},
        OWNER_PAYS,
        **MANAGE,
    ),
]

OPERATIONS = [*READS, *CHANGES, *PAYMENTS]
