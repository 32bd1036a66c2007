"""Staff views (the compliance calendar, failure counts) and the owners' view of their building's
elevators: public status only."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.equipment.models import FaultSource
from saas.equipment.services.compliance import equipment_compliance_sweep
from saas.equipment.services.faults import fault_report
from saas.equipment.services.maintenance import (
    ChecklistItem,
    RuleData,
    maintenance_order_complete,
    maintenance_rule_create,
)
from tests.equipment.conftest import Plant, gid
from tests.graphql import QueryLog, error_codes

CALENDAR = """
query Calendar($c: ID!, $s: Date!, $u: Date!) {
  complianceCalendar(community: $c, since: $s, until: $u) {
    day kind equipmentCode maintenanceOrder certificateKind certificateNumber
  }
}
"""
MINE = "{ myBuildingElevators { code name place status statusLabel } }"
FAILURES = "{ equipmentLedger { edges { node { code failureCount } } } }"
ONE = datetime.timedelta(days=1)


def test_the_calendar_shows_done_missed_due_and_expiring_for_one_community(plant: Plant) -> None:
    today = timezone.localdate()
    done, late = plant.elevator("DT-A"), plant.elevator("DT-B")
    plant.certificate(done, today - 300 * ONE, today + 10 * ONE, number="JY-A")
    plant.elevator("DT-Y", community=plant.y)
    with tenant_context(plant.company):
        for equipment in (done, late):
            rule = RuleData(plant.x.pk, "半月保", "every", 10, equipment_id=equipment.pk,
                            checklist=[ChecklistItem("检查")], starts_on=today - 12 * ONE, lead_days=0,
                            min_photos=0)  # fmt: skip
            maintenance_rule_create(data=rule)
        equipment_compliance_sweep(today=today)  # slots: 12 days ago, 2 days ago (each)
        first = done.maintenance_orders.order_by("due_on").first()
        assert first is not None
        maintenance_order_complete(order_id=first.pk, signed_by=plant.ma, checked_items=["检查"], today=today)
    variables = {"c": gid("Community", plant.x.pk), "s": str(today - 20 * ONE), "u": str(today + 20 * ONE)}
    client = plant.client(plant.desk)
    client.data(CALENDAR, variables)
    with QueryLog() as log:
        entries = client.data(CALENDAR, variables)["complianceCalendar"]
    assert log.count() == 4
    seen = [(e["day"], e["kind"], e["equipmentCode"]) for e in entries]
    assert seen == [
        (str(today - 12 * ONE), "MAINTENANCE_MISSED", "DT-B"),
        (str(today - 2 * ONE), "MAINTENANCE_MISSED", "DT-A"),
        (str(today - 2 * ONE), "MAINTENANCE_MISSED", "DT-B"),
        (str(today), "MAINTENANCE_DONE", "DT-A"),
        (str(today + 10 * ONE), "CERTIFICATE_EXPIRES", "DT-A"),
    ]
    assert entries[-1]["certificateNumber"] == "JY-A" and entries[-1]["certificateKind"] == "PERIODIC_INSPECTION"
    too_long = variables | {"u": str(today + 100 * ONE)}
    body = client.execute(CALENDAR, too_long)
    assert error_codes(body) == ["BAD_USER_INPUT"] and body["data"] is None
    assert error_codes(plant.client(plant.manager_y).execute(CALENDAR, variables)) == ["FORBIDDEN"]
    assert error_codes(plant.client(plant.owner).execute(CALENDAR, variables)) == ["FORBIDDEN"]


def test_failure_counts_count_every_fault_of_the_equipment(plant: Plant) -> None:
    plant.elevator("DT-A")
    flaky = plant.elevator("DT-B")
    with tenant_context(plant.company):
        fault_report(equipment_id=flaky.pk, description="异响", reporter=plant.desk, source=FaultSource.REPORT)
    counts = {
        e["node"]["code"]: e["node"]["failureCount"]
        for e in plant.client(plant.manager).data(FAILURES)["equipmentLedger"]["edges"]
    }
    assert counts == {"DT-A": 0, "DT-B": 1}


def test_an_owner_sees_only_the_public_status_of_their_buildings_elevators(plant: Plant) -> None:
    today = timezone.localdate()
    running, repaired, serviced = plant.elevator("DT-1"), plant.elevator("DT-2"), plant.elevator("DT-3")
    plant.elevator("DT-Y", community=plant.y)  # not their building
    with tenant_context(plant.company):
        fault_report(equipment_id=repaired.pk, description="困人", reporter=plant.desk, source=FaultSource.REPORT)
        rule = RuleData(plant.x.pk, "半月保", "max_gap", 15, equipment_id=serviced.pk, starts_on=today - 15 * ONE)
        maintenance_rule_create(data=rule)
        equipment_compliance_sweep(today=today)  # due today
    client = plant.client(plant.owner)
    with QueryLog() as log:
        mine = client.data(MINE)["myBuildingElevators"]
    assert log.count() <= 4
    assert [(e["code"], e["status"], e["statusLabel"]) for e in mine] == [
        ("DT-1", "RUNNING", "正常运行"),
        ("DT-2", "UNDER_REPAIR", "故障维修中"),
        ("DT-3", "MAINTENANCE_TODAY", "电梯维保中（今日维保）"),
    ]
    assert running.code == "DT-1"
    english = plant.client(plant.owner, language="en").data(MINE)["myBuildingElevators"]
    assert english[1]["statusLabel"] == "Under repair"
    assert error_codes(plant.client(plant.manager).execute(MINE)) == ["FORBIDDEN"]
    assert error_codes(plant.client(None).execute(MINE)) == ["UNAUTHENTICATED"]
