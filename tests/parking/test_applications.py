"""车位申请: owners first (北京市物业管理条例 art. 80), outsiders month by month, one waiting
application per car, an offer holds its space until it lapses, a decided application stays decided."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.utils import timezone

from saas.parking.models import ApplicationState, ParkingApplication, ParkingRight, RightState
from saas.parking.services.applications import (
    ApplicationRequest,
    parking_application_offer,
    parking_application_submit,
    parking_offers_expire,
)
from saas.parking.services.vehicles import vehicle_register
from saas.parking.tasks import parking_offers_expire_all
from tests.graphql import error_codes
from tests.parking.conftest import Lot, codes, gid, mutate, today

APPLICATION = (
    "application { number state isOwner months start applicantName vehicle { plate } space { number occupied } "
    "offerExpiresAt reason }"
)


def _submit(lot: Lot, user: Any, **overrides: Any) -> dict[str, Any]:
    car = lot.tenant_car if user == lot.tenant else lot.car
    data = {
        "community": gid("Community", lot.x.pk),
        "vehicle": gid("Vehicle", car.pk),
        "months": 6 if user == lot.owner else 1,
        "start": today().isoformat(),
        **overrides,
    }
    return mutate(lot.client(user), "parkingApplicationSubmit", data, APPLICATION)


def _application(lot: Lot, resident: Any, months: int = 1) -> ParkingApplication:
    car = {lot.owner_resident.pk: lot.car, lot.tenant_resident.pk: lot.tenant_car}[resident.pk]
    return lot.in_schema(
        lambda: parking_application_submit(
            applicant=resident, request=ApplicationRequest(lot.x.pk, car.pk, months, today())
        )
    )


def _snapshot(lot: Lot) -> list[tuple[Any, ...]]:
    return lot.in_schema(
        lambda: (
            list(ParkingApplication.objects.values_list("pk", "state", "space_id", "reason").order_by("pk"))
            + list(ParkingRight.objects.values_list("pk", "state").order_by("pk"))
        )
    )


def test_an_owner_applies_for_six_months(lot: Lot) -> None:
    payload = _submit(lot, lot.owner)
    assert payload["errors"] == []
    assert payload["application"] | {"number": 0} == {
        "number": 0,
        "state": "SUBMITTED",
        "isOwner": True,
        "months": 6,
        "start": today().isoformat(),
        "applicantName": "张伟",
        "vehicle": {"plate": "京A12345"},
        "space": None,
        "offerExpiresAt": None,
        "reason": "",
    }
    review = lot.client(lot.manager).data(
        "{ parkingApplications(states: [SUBMITTED]) { edges { node { applicantName isOwner } } } }"
    )
    assert review["parkingApplications"]["edges"] == [{"node": {"applicantName": "张伟", "isOwner": True}}]


def test_outsiders_wait_while_owners_wait_and_rent_month_by_month(lot: Lot) -> None:
    _application(lot, lot.owner_resident, months=6)
    before = _snapshot(lot)
    refused = _submit(lot, lot.tenant)
    assert codes(refused) == [("community", "OWNER_PRIORITY")] and refused["application"] is None
    assert _snapshot(lot) == before
    longer = _submit(lot, lot.tenant, months=3)
    assert codes(longer) == [("months", "MONTH_BY_MONTH_ONLY")]
    assert _snapshot(lot) == before


def test_an_outsider_is_offered_a_space_only_once_no_owner_waits(lot: Lot) -> None:
    outsider = _application(lot, lot.tenant_resident)  # nobody waiting then
    owner = _application(lot, lot.owner_resident, months=6)
    manager = lot.client(lot.manager)
    offer = {"id": gid("ParkingApplication", outsider.pk), "space": gid("ParkingSpace", lot.spaces[0].pk)}
    assert codes(mutate(manager, "parkingApplicationOffer", offer, APPLICATION)) == [("community", "OWNER_PRIORITY")]
    first = mutate(
        manager,
        "parkingApplicationOffer",
        {"id": gid("ParkingApplication", owner.pk), "space": gid("ParkingSpace", lot.spaces[1].pk)},
        APPLICATION,
    )
    assert first["application"]["state"] == "OFFERED"
    assert first["application"]["space"] == {"number": "B1-002", "occupied": True}
    offered = mutate(manager, "parkingApplicationOffer", offer, APPLICATION)
    assert offered["errors"] == [] and offered["application"]["state"] == "OFFERED"


@pytest.mark.parametrize(
    ("user", "overrides", "expected"),
    [
        ("owner", {"months": 0}, [("months", "MONTHS_OUT_OF_RANGE")]),
        ("owner", {"months": 13}, [("months", "MONTHS_OUT_OF_RANGE")]),
        ("owner", {"start": "2020-01-01"}, [("start", "START_IN_PAST")]),
        ("owner", {"vehicle": "tenant_car"}, [("vehicle", "VEHICLE_NOT_FOUND")]),
        ("owner", {"community": "y"}, [("community", "NOT_RESIDENT")]),
        ("owner_y", {}, [("community", "NOT_RESIDENT")]),
    ],
)
def test_bad_applications_are_refused_and_nothing_is_written(
    lot: Lot, user: str, overrides: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    if overrides.get("vehicle") == "tenant_car":
        overrides["vehicle"] = gid("Vehicle", lot.tenant_car.pk)
    if overrides.get("community") == "y":
        overrides["community"] = gid("Community", lot.y.pk)
    before = _snapshot(lot)
    payload = _submit(lot, getattr(lot, user), **overrides)
    assert codes(payload) == expected
    assert _snapshot(lot) == before


def test_one_waiting_application_per_car(lot: Lot) -> None:
    assert _submit(lot, lot.owner)["errors"] == []
    before = _snapshot(lot)
    assert codes(_submit(lot, lot.owner)) == [("vehicle", "APPLICATION_PENDING")]
    assert _snapshot(lot) == before


def test_an_offer_on_a_taken_space_is_refused_and_changes_nothing(lot: Lot) -> None:
    owner = _application(lot, lot.owner_resident, months=6)
    second_car = lot.in_schema(lambda: vehicle_register(resident=lot.neighbour_resident, plate="京N88888"))
    neighbour = lot.in_schema(
        lambda: parking_application_submit(
            applicant=lot.neighbour_resident, request=ApplicationRequest(lot.x.pk, second_car.pk, 2, today())
        )
    )
    lot.in_schema(
        lambda: parking_application_offer(application_id=owner.pk, space_id=lot.spaces[0].pk, actor=lot.manager)
    )
    before = _snapshot(lot)
    payload = mutate(
        lot.client(lot.manager),
        "parkingApplicationOffer",
        {"id": gid("ParkingApplication", neighbour.pk), "space": gid("ParkingSpace", lot.spaces[0].pk)},
        APPLICATION,
    )
    assert codes(payload) == [("space", "SPACE_UNAVAILABLE")]
    assert _snapshot(lot) == before


def test_reviewing_a_decided_application_is_refused(lot: Lot) -> None:
    application = _application(lot, lot.owner_resident, months=6)
    manager = lot.client(lot.manager, language="en")
    reject = {"id": gid("ParkingApplication", application.pk), "reason": "本期车位已分配完毕"}
    rejected = mutate(manager, "parkingApplicationReject", reject, APPLICATION)
    assert rejected["application"]["state"] == "REJECTED" and rejected["application"]["reason"] == "本期车位已分配完毕"
    before = _snapshot(lot)
    again = mutate(manager, "parkingApplicationReject", reject, APPLICATION)
    assert codes(again) == [("id", "NOT_PENDING")]
    assert again["errors"][0]["message"] == "The application is rejected; it can no longer be handled."
    offer = {"id": gid("ParkingApplication", application.pk), "space": gid("ParkingSpace", lot.spaces[0].pk)}
    assert codes(mutate(manager, "parkingApplicationOffer", offer, APPLICATION)) == [("id", "NOT_PENDING")]
    assert codes(mutate(manager, "parkingApplicationReject", {**reject, "reason": " "}, APPLICATION)) == [
        ("reason", "REQUIRED")
    ]
    assert _snapshot(lot) == before


def test_the_owner_withdraws_an_offer_and_the_space_is_free_again(lot: Lot) -> None:
    application = _application(lot, lot.owner_resident, months=6)
    lot.in_schema(
        lambda: parking_application_offer(application_id=application.pk, space_id=lot.spaces[0].pk, actor=lot.manager)
    )
    cancel = {"id": gid("ParkingApplication", application.pk), "reason": "买了车位"}
    payload = mutate(lot.client(lot.owner), "parkingApplicationCancel", cancel, APPLICATION)
    assert payload["application"]["state"] == "CANCELLED"
    assert payload["application"]["space"] == {"number": "B1-001", "occupied": False}
    before = _snapshot(lot)
    assert codes(mutate(lot.client(lot.owner), "parkingApplicationCancel", cancel, APPLICATION)) == [
        ("id", "NOT_PENDING")
    ]
    assert _snapshot(lot) == before
    other = lot.client(lot.neighbour).execute(
        "mutation($id: ID!) { parkingApplicationCancel(input: {id: $id}) { errors { code } } }",
        {"id": gid("ParkingApplication", application.pk)},
    )
    assert error_codes(other) == ["FORBIDDEN"]


def test_an_offer_nobody_takes_up_lapses_and_frees_its_space(lot: Lot) -> None:
    application = _application(lot, lot.owner_resident, months=6)
    lot.in_schema(
        lambda: parking_application_offer(application_id=application.pk, space_id=lot.spaces[0].pk, actor=lot.manager)
    )
    assert lot.in_schema(lambda: parking_offers_expire()) == 0  # not yet
    later = timezone.now() + datetime.timedelta(hours=49)
    assert lot.in_schema(lambda: parking_offers_expire(now=later)) == 1
    row = lot.in_schema(lambda: ParkingApplication.objects.select_related("right").get(pk=application.pk))
    assert (row.state, row.right.state) == (ApplicationState.EXPIRED, RightState.CANCELLED)
    assert parking_offers_expire_all() >= 1  # queued per company (eager: run at once)


@pytest.mark.parametrize(("who", "code"), [("anonymous", "UNAUTHENTICATED"), ("manager", "FORBIDDEN")])
def test_only_residents_apply(lot: Lot, who: str, code: str) -> None:
    client = lot.client(None if who == "anonymous" else lot.manager)
    body = client.execute(
        "mutation($c: ID!, $v: ID!, $d: Date!) "
        "{ parkingApplicationSubmit(input: {community: $c, vehicle: $v, months: 1, start: $d}) { errors { code } } }",
        {"c": gid("Community", lot.x.pk), "v": gid("Vehicle", lot.car.pk), "d": today().isoformat()},
    )
    assert error_codes(body) == [code] and body["data"] is None


@pytest.mark.parametrize(
    ("who", "code"),
    [("anonymous", "UNAUTHENTICATED"), ("owner", "FORBIDDEN"), ("finance", "FORBIDDEN"), ("desk_y", "FORBIDDEN")],
)
def test_only_the_communitys_parking_managers_review(lot: Lot, who: str, code: str) -> None:
    application = _application(lot, lot.owner_resident, months=6)
    before = _snapshot(lot)
    client = lot.client(None if who == "anonymous" else getattr(lot, who))
    body = client.execute(
        'mutation($id: ID!) { parkingApplicationReject(input: {id: $id, reason: "不行"}) { errors { code } } }',
        {"id": gid("ParkingApplication", application.pk)},
    )
    assert error_codes(body) == [code] and body["data"] is None
    assert _snapshot(lot) == before
