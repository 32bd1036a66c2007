"""A simulated year of the compliance clock, at any size: elevators on a 15-day maximum gap, pumps
every 30 days, technicians completing early, on time, late or very late, a roster that changes
every day, certificates expiring (some renewed early). ``simulate_year`` plays it through the
services and the daily sweep, in the current company's schema; ``YearReport`` holds what the
events imply, computed independently of the sweep, beside what was recorded:

* exactly one order per due slot, every order owned by someone (staff, vendor or manager), and ten
  more sweeps of the last day create nothing;
* every gap over 15 days recorded as a violation, every gap of 12 days or more as a warning, on the
  day it reached that length, and no other;
* each current certificate alerted once at 60, 30 and 7 days, superseded ones never; lapsed
  inspections turned INSPECTION_OVERDUE.

tests/equipment/test_compliance.py runs it small in ``make test``; ``make bench NAME=compliance_year``
runs it at the issue's size (200 elevators, 50 pumps).
"""

from __future__ import annotations

import datetime
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field

from saas.accounts.models import User
from saas.equipment.models import (
    Certificate,
    CertificateAlert,
    Equipment,
    EquipmentStatus,
    MaintenanceGap,
    MaintenanceOrder,
    MaintenanceOrderState,
    MaintenanceRule,
)
from saas.equipment.services.certificates import CertificateData, certificate_add
from saas.equipment.services.compliance import equipment_compliance_sweep
from saas.equipment.services.ledger import EquipmentData, equipment_create
from saas.equipment.services.maintenance import (
    ChecklistItem,
    RuleData,
    maintenance_order_complete,
    maintenance_rule_create,
)
from saas.estates.models import Community
from saas.workorders.models import TechnicianProfile
from tests.factories import BuildingFactory, CommunityFactory, staff_member

START = datetime.date(2026, 1, 1)
DAYS = 365
END = START + datetime.timedelta(days=DAYS - 1)
ONE = datetime.timedelta(days=1)
RERUNS = 10

GapKey = tuple[int, datetime.date, str, datetime.date]


@dataclass
class YearReport:
    equipment: int = 0
    orders: int = 0
    completions: int = 0
    duplicate_slots: int = 0  # orders sharing (rule, equipment, due date)
    wrong_slots: list[str] = field(default_factory=list)  # equipment whose due dates differ from the events
    went_nowhere: int = 0
    routed_to: set[str] = field(default_factory=set)
    rerun_created: int = 0  # anything the ten extra sweeps of the last day created
    gaps_recorded: int = 0
    gaps_expected: int = 0
    violations_expected: int = 0
    false_gaps: int = 0  # recorded, not implied by the events
    missed_gaps: int = 0  # implied, not recorded
    alerts: int = 0
    alert_errors: list[str] = field(default_factory=list)
    lapsed_wrong: int = 0
    sweep_ms: list[float] = field(default_factory=list)

    def problems(self) -> list[str]:
        found = []
        if self.duplicate_slots:
            found.append(f"{self.duplicate_slots} duplicate orders")
        if self.wrong_slots:
            found.append(f"due dates off for {self.wrong_slots[:5]}")
        if self.went_nowhere:
            found.append(f"{self.went_nowhere} orders went nowhere")
        if self.routed_to != {"staff", "vendor", "manager"}:
            found.append(f"orders routed only to {sorted(self.routed_to)}")
        if self.rerun_created:
            found.append(f"re-runs created {self.rerun_created}")
        if self.false_gaps or self.missed_gaps:
            found.append(f"gaps: {self.false_gaps} false, {self.missed_gaps} missed")
        if not self.violations_expected:
            found.append("the year had no real gap")
        if self.alert_errors:
            found.append(f"alerts wrong for {self.alert_errors[:5]}")
        if self.lapsed_wrong:
            found.append(f"{self.lapsed_wrong} lapsed states wrong")
        return found


@dataclass
class _Plant:
    community: Community
    building_id: int
    ma: User  # technician, on duty by the day's roster
    zhao: User  # technician, never on duty


def _plant() -> _Plant:
    community = CommunityFactory(name="模拟小区", address="北京市朝阳区望京西路2号")
    building = BuildingFactory(community=community, name="1号楼")
    staff_member("sim-jingli", "manager", (community,), display_name="周经理")
    ma = staff_member("sim-ma", "technician", (community,), display_name="马师傅")
    zhao = staff_member("sim-zhao", "technician", (community,), display_name="赵师傅")
    TechnicianProfile.objects.create(user=ma, skills=["elevator"], on_duty=True)
    TechnicianProfile.objects.create(user=zhao, skills=["elevator"], on_duty=False)
    return _Plant(community, building.pk, ma, zhao)


def _ledger(plant: _Plant, elevators: int, pumps: int) -> list[Equipment]:
    made = []
    for n in range(elevators):
        made.append(
            equipment_create(
                data=EquipmentData(
                    community_id=plant.community.pk,
                    code=f"DT-{n}",
                    name="客梯",
                    category="elevator",
                    building_id=plant.building_id,
                    registration_number=f"梯{n}",
                    responsible_id=(plant.ma if n % 2 else plant.zhao).pk,
                    vendor_name="通力维保" if n % 3 == 0 else "",
                )
            )
        )
    for n in range(pumps):
        made.append(
            equipment_create(
                data=EquipmentData(
                    community_id=plant.community.pk,
                    code=f"SB-{n}",
                    name="水泵",
                    category="water_pump",
                    public_area="水泵房",
                )
            )
        )
    return made


def _rules(plant: _Plant) -> None:
    checklist = [ChecklistItem("检查"), ChecklistItem("润滑", required=False)]
    for category, kind, interval in (("elevator", "max_gap", 15), ("water_pump", "every", 30)):
        maintenance_rule_create(
            data=RuleData(
                community_id=plant.community.pk,
                name=category,
                kind=kind,
                interval_days=interval,
                category=category,
                checklist=checklist,
                starts_on=START,
                min_photos=0,  # the clock is under test here; photos in test_maintenance
            ),
            today=START,
        )


def _certificates(elevators: list[Equipment], rng: random.Random) -> tuple[dict[int, datetime.date], set[int]]:
    expiry: dict[int, datetime.date] = {}
    renewed: set[int] = set()
    for elevator in elevators:
        until = START + datetime.timedelta(days=rng.randint(70, DAYS - 2))
        old = certificate_add(
            data=CertificateData(elevator.pk, "periodic_inspection", f"JY-{elevator.code}", START - 300 * ONE, until),
            actor=None,
            today=START,
        )
        expiry[old.pk] = until
        if rng.random() < 0.25:
            renewed.add(old.pk)
    return expiry, renewed


def _renew(expiry: dict[int, datetime.date], renewed: set[int], day: datetime.date) -> None:
    """Renewals booked 65 days ahead, before any alert."""
    for pk in renewed:
        if expiry[pk] - 65 * ONE == day:
            old = Certificate.objects.get(pk=pk)
            certificate_add(
                data=CertificateData(old.equipment_id, "periodic_inspection", f"{old.number}-R", day, day + 400 * ONE),
                actor=None,
                today=day,
            )


def _complete_some(plant: _Plant, rng: random.Random, day: datetime.date, done: dict[int, list[datetime.date]]) -> int:
    """Each open order is done today with a chance that rises past its due date; some slip badly."""
    completed = 0
    for order in MaintenanceOrder.objects.filter(state=MaintenanceOrderState.OPEN).order_by("pk"):
        days_to_due = (order.due_on - day).days
        chance = 0.15 if days_to_due > 0 else (0.5 if days_to_due > -3 else 0.2)
        if rng.random() < chance:
            maintenance_order_complete(order_id=order.pk, signed_by=plant.ma, checked_items=["检查"], today=day)
            done[order.equipment_id].append(day)
            completed += 1
    return completed


def _expected_gaps(
    rules: dict[str, MaintenanceRule], equipment: list[Equipment], done: dict[int, list[datetime.date]]
) -> set[GapKey]:
    expected = set()
    for e in equipment:
        rule = rules[e.category]
        points = [START, *sorted(set(done[e.pk]))]
        ends = [*points[1:], END]
        for since, until in zip(points, ends, strict=True):
            days = (until - since).days
            if days >= rule.warning_days:
                expected.add((e.pk, since, "warning", since + rule.warning_days * ONE))
            if days > rule.interval_days:
                expected.add((e.pk, since, "violation", since + (rule.interval_days + 1) * ONE))
    return expected


def _check_orders(report: YearReport, equipment: list[Equipment], done: dict[int, list[datetime.date]]) -> None:
    rules = {r.category: r for r in MaintenanceRule.objects.all()}
    orders = list(MaintenanceOrder.objects.order_by("equipment_id", "due_on"))
    report.orders = len(orders)
    report.duplicate_slots = len(orders) - len({(o.rule_id, o.equipment_id, o.due_on) for o in orders})
    by_equipment: dict[int, list[MaintenanceOrder]] = defaultdict(list)
    for order in orders:
        by_equipment[order.equipment_id].append(order)
        report.went_nowhere += order.assignee_id is None and not order.vendor_name
        report.routed_to.add(order.assigned_to)
    for e in equipment:
        rule = rules[e.category]
        due = [o.due_on for o in by_equipment[e.pk]]
        if rule.kind == "every":  # every slot up to the lead horizon, once
            slots = [START + k * rule.interval_days * ONE for k in range(DAYS // rule.interval_days + 2)]
            right = due == [s for s in slots if s <= END + rule.lead_days * ONE]
        else:  # each order due 15 days after the completion before it, one open at a time
            completions = [START, *sorted(done[e.pk])]
            right = due[: len(completions)] == [c + 15 * ONE for c in completions][: len(due)]
            right = right and sum(o.state == "open" for o in by_equipment[e.pk]) <= 1
        if not right:
            report.wrong_slots.append(e.code)
    recorded = {(g.equipment_id, g.since_on, g.level, g.recorded_on) for g in MaintenanceGap.objects.all()}
    expected = _expected_gaps(rules, equipment, done)
    report.gaps_recorded, report.gaps_expected = len(recorded), len(expected)
    report.violations_expected = sum(level == "violation" for _, _, level, _ in expected)
    report.false_gaps, report.missed_gaps = len(recorded - expected), len(expected - recorded)


def _check_certificates(report: YearReport, expiry: dict[int, datetime.date], renewed: set[int]) -> None:
    alerts: dict[int, list[tuple[int, datetime.date]]] = defaultdict(list)
    for certificate_id, threshold, on in CertificateAlert.objects.values_list(
        "certificate_id", "threshold_days", "alerted_on"
    ):
        alerts[certificate_id].append((threshold, on))
        report.alerts += 1
    for pk, until in expiry.items():
        wanted = [] if pk in renewed else [(t, until - t * ONE) for t in (7, 30, 60)]
        if sorted(alerts[pk]) != wanted:
            report.alert_errors.append(f"certificate {pk}")
    owner = dict(Certificate.objects.filter(pk__in=expiry).values_list("pk", "equipment_id"))
    expected_lapsed = {owner[pk] for pk, until in expiry.items() if pk not in renewed and until < END}
    lapsed = set(Equipment.objects.filter(status=EquipmentStatus.INSPECTION_OVERDUE).values_list("pk", flat=True))
    report.lapsed_wrong = len(lapsed ^ expected_lapsed)


def simulate_year(*, elevators: int, pumps: int, seed: int = 17) -> YearReport:
    """Play the year in the current company's schema and check it; see the module."""
    rng = random.Random(seed)
    report = YearReport()
    done: dict[int, list[datetime.date]] = defaultdict(list)
    plant = _plant()
    equipment = _ledger(plant, elevators, pumps)
    report.equipment = len(equipment)
    _rules(plant)
    expiry, renewed = _certificates(equipment[:elevators], rng)
    day = START
    while day <= END:
        TechnicianProfile.objects.filter(user=plant.ma).update(on_duty=rng.random() < 0.7)  # the roster
        _renew(expiry, renewed, day)
        report.completions += _complete_some(plant, rng, day, done)
        started = time.perf_counter()
        equipment_compliance_sweep(today=day)
        report.sweep_ms.append((time.perf_counter() - started) * 1000)
        day += ONE
    for _ in range(RERUNS):
        again = equipment_compliance_sweep(today=END)
        report.rerun_created += again.orders + again.gaps + again.certificate_alerts + again.lapsed + again.rounds
    _check_orders(report, equipment, done)
    _check_certificates(report, expiry, renewed)
    return report
