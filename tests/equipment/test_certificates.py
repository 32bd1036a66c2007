"""证书: CHECK valid_until > issued_on, alerts at 60/30/7 days once per threshold, and a lapsed
periodic inspection turning special equipment INSPECTION_OVERDUE."""

from __future__ import annotations

import datetime

import pytest
from django.db import IntegrityError, transaction
from django_tenants.utils import tenant_context

from saas.equipment.models import Certificate, CertificateAlert, EquipmentStatus
from saas.equipment.services.compliance import equipment_compliance_sweep
from saas.notifications.models import Notification, NotificationKind
from tests.equipment.conftest import Plant, codes, gid, result
from tests.graphql import error_codes

ADD = """
mutation Add($input: CertificateAddInput!) {
  certificateAdd(input: $input) { errors { field message code } certificate { id kind number validUntil } }
}
"""
D = datetime.date


def test_the_database_refuses_a_certificate_valid_before_it_was_issued(plant: Plant) -> None:
    elevator = plant.elevator()
    with tenant_context(plant.company), pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            equipment=elevator, kind="load_test", number="x", issued_on=D(2026, 5, 1), valid_until=D(2026, 5, 1)
        )


def test_the_api_answers_a_typed_error_for_bad_dates_and_records_good_ones(plant: Plant) -> None:
    elevator = plant.elevator()
    bad = {"equipment": gid("Equipment", elevator.pk), "kind": "PERIODIC_INSPECTION", "number": " ",
           "issuedOn": "2026-05-01", "validUntil": "2026-04-30"}  # fmt: skip
    payload = result(plant.client(plant.manager).execute(ADD, {"input": bad}), "certificateAdd")
    assert sorted(codes(payload)) == [("number", "REQUIRED"), ("validUntil", "VALIDITY_BEFORE_ISSUE")]
    good = bad | {"number": "JY-2026-88", "validUntil": "2027-05-01"}
    added = result(plant.client(plant.manager).execute(ADD, {"input": good}), "certificateAdd")
    assert added["errors"] == []
    assert added["certificate"]["number"] == "JY-2026-88"
    assert error_codes(plant.client(plant.desk).execute(ADD, {"input": good})) == ["FORBIDDEN"]
    assert error_codes(plant.client(plant.manager_y).execute(ADD, {"input": good})) == ["FORBIDDEN"]


def _alerts(plant: Plant) -> list[tuple[str, int]]:
    with tenant_context(plant.company):
        return sorted(CertificateAlert.objects.values_list("certificate__number", "threshold_days"))


def test_each_current_certificate_is_alerted_once_at_60_30_and_7_days(plant: Plant) -> None:
    elevator = plant.elevator()
    expiring = plant.certificate(elevator, D(2025, 6, 1), D(2026, 6, 1), number="OLD")
    renewed = plant.elevator("DT-3-2")
    plant.certificate(renewed, D(2025, 6, 1), D(2026, 6, 10), number="RENEWED")
    plant.certificate(renewed, D(2026, 3, 1), D(2027, 3, 1), number="NEW")  # supersedes RENEWED
    day = D(2026, 3, 1)
    with tenant_context(plant.company):
        while day <= D(2026, 6, 1):
            equipment_compliance_sweep(today=day)
            equipment_compliance_sweep(today=day)  # twice a day: nothing more
            day += datetime.timedelta(days=1)
        sent = Notification.objects.filter(kind=NotificationKind.EQUIPMENT_ALERT, recipient=plant.manager)
        titles = sorted(n.body for n in sent if "OLD" in n.body)
    assert _alerts(plant) == [("OLD", 7), ("OLD", 30), ("OLD", 60)]
    assert len(titles) == 3
    assert any("60 天后到期" in t for t in titles) and any("7 天后到期" in t for t in titles)
    assert expiring.number == "OLD"


def test_a_lapsed_inspection_stops_the_elevator_until_a_new_certificate(plant: Plant) -> None:
    elevator = plant.elevator()
    plant.certificate(elevator, D(2025, 6, 1), D(2026, 6, 1))
    with tenant_context(plant.company):
        equipment_compliance_sweep(today=D(2026, 6, 1))
        elevator.refresh_from_db()
        assert elevator.status == EquipmentStatus.IN_SERVICE  # valid through its last day
        equipment_compliance_sweep(today=D(2026, 6, 2))
        equipment_compliance_sweep(today=D(2026, 6, 3))
        elevator.refresh_from_db()
        assert elevator.status == EquipmentStatus.INSPECTION_OVERDUE
        lapsed = Notification.objects.filter(recipient=plant.manager, title="定期检验已过期")
        assert lapsed.count() == 1
