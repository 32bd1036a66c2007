"""Parking in a person's PIPL requests: their cars, rights, applications and stays in the data
export; after anonymisation no plate of theirs is left (on the car or its stays, even stays from
before the car was registered), a waiting application is withdrawn and its space freed, and the
history stays under a pseudonym."""

from __future__ import annotations

import datetime
from datetime import timedelta
from typing import Any

from django.utils import timezone

from saas.parking.models import ApplicationState, ParkingApplication, ParkingRight, ParkingSession, Vehicle
from saas.parking.services.applications import (
    ApplicationRequest,
    parking_application_offer,
    parking_application_submit,
)
from saas.parking.services.sessions import vehicle_entry_record, vehicle_exit_record
from saas.residents.models import Occupancy
from saas.residents.services.privacy import resident_anonymise, resident_data_export
from tests.parking.conftest import Lot, today


def _history(lot: Lot) -> ParkingApplication:
    earlier = timezone.now() - timedelta(hours=5)
    vehicle_entry_record(area_id=lot.area.pk, plate="京A12345", at=earlier, actor=lot.manager)
    vehicle_exit_record(area_id=lot.area.pk, plate="京A12345", at=earlier + timedelta(hours=2), actor=lot.manager)
    ParkingSession.objects.create(  # a stay from before the car was registered: the plate only
        area=lot.area,
        plate="京A12345",
        entered_at=earlier - timedelta(days=30),
        exited_at=earlier - timedelta(days=30) + timedelta(hours=1),
        fee_fen=0,
        recorded_by=lot.manager,
    )
    application = parking_application_submit(
        applicant=lot.owner_resident, request=ApplicationRequest(lot.x.pk, lot.car.pk, 3, today())
    )
    return parking_application_offer(application_id=application.pk, space_id=lot.spaces[0].pk, actor=lot.manager)


def _export(lot: Lot) -> dict[str, Any]:
    export = resident_data_export(
        resident_id=lot.owner_resident.pk, actor=lot.admin, reason="本人申请导出", client_address=None
    )
    section: dict[str, Any] = export["sections"]["parking"]
    return section


def test_the_export_has_the_cars_rights_applications_and_stays(lot: Lot) -> None:
    def run() -> None:
        _history(lot)
        section = _export(lot)
        assert section["vehicles"][0]["plate"] == "京A12345"
        assert [(r["space"], r["kind"], r["state"], r["plate"]) for r in section["rights"]] == [
            ("地下车库B1 B1-001", "monthly", "reserved", "京A12345")
        ]
        assert [(a["state"], a["months"], a["space"]) for a in section["applications"]] == [("offered", 3, "B1-001")]
        assert [s["plate"] for s in section["stays"]] == ["京A12345"]  # its registered car's stays
        assert section["payments"] == []

    lot.in_schema(run)


def test_anonymising_scrubs_every_plate_and_withdraws_what_waits(lot: Lot) -> None:
    def run() -> None:
        application = _history(lot)
        other = ParkingSession.objects.create(
            area=lot.area, plate="京B54321", entered_at=timezone.now(), recorded_by=lot.manager
        )
        Occupancy.objects.filter(resident=lot.owner_resident).update(move_out=datetime.date(2024, 1, 1))
        resident_anonymise(
            resident_id=lot.owner_resident.pk, actor=lot.admin, reason="本人申请删除", client_address=None
        )
        car = Vehicle.objects.get(pk=lot.car.pk)
        assert car.plate == f"匿名{car.pk}"
        assert not ParkingSession.objects.filter(plate="京A12345").exists()
        assert ParkingSession.objects.filter(plate=car.plate).count() == 2  # the stays stay, pseudonymised
        assert ParkingSession.objects.get(pk=other.pk).plate == "京B54321"  # someone else's car untouched
        application.refresh_from_db()
        assert application.state == ApplicationState.CANCELLED
        assert ParkingRight.objects.get(pk=application.right_id).state == "cancelled"  # the space is free
        assert "京A12345" not in str(_export(lot))

    lot.in_schema(run)
