"""巡检计划: plans generate one round per shift and day (idempotently, caught up, the roster taking
turns, never skipped for want of a person), scans count for the round open on their route, a
round's progress comes from its scans, missed rounds are listed for the supervisor, and a
technician sees their rounds of today."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.equipment.models import Checkpoint, CheckpointScan, InspectionPlan, InspectionRound, InspectionRoute
from saas.equipment.services.compliance import equipment_compliance_sweep
from saas.equipment.services.plans import (
    PlanData,
    ShiftData,
    inspection_plan_active_set,
    inspection_plan_create,
    inspection_rounds_generate,
)
from saas.equipment.services.rounds import CheckpointData, checkpoint_create, inspection_route_create
from saas.equipment.tokens import checkpoint_token
from tests.equipment.conftest import Plant, codes, gid, result
from tests.graphql import QueryLog, error_codes

CREATE = """
mutation($input: InspectionPlanCreateInput!) {
  inspectionPlanCreate(input: $input) {
    errors { field message code }
    inspectionPlan { id name rosterNames shifts { name startsAt durationMinutes } route { name } }
  }
}
"""
ACTIVE = """
mutation($input: InspectionPlanActiveSetInput!) {
  inspectionPlanActiveSet(input: $input) { errors { field code } inspectionPlan { isActive } }
}
"""
SCAN = """
mutation($input: CheckpointScanInput!) {
  checkpointScan(input: $input) { errors { code } scan { id round { id shiftName } } }
}
"""
ROUNDS = """
query($states: [InspectionRoundState!]) {
  inspectionRounds(states: $states) { totalCount edges { node {
    id day shiftName assigneeName state stopsTotal visitedCount abnormalCount missedCount
    plan { name } stops { position status checkpoint { name } }
  } } }
}
"""
MINE = "{ myInspectionRounds { totalCount edges { node { shiftName state startsAt stops { status } } } } }"
PLANS = "{ inspectionPlans { totalCount edges { node { name isActive rosterNames shifts { name } } } } }"
LAT, LNG = Decimal("39.990000"), Decimal("116.470000")
NORTH_100M = Decimal("39.990900")


def _route(plant: Plant) -> tuple[InspectionRoute, Checkpoint, Checkpoint]:
    elevator = plant.elevator()
    with tenant_context(plant.company):
        machine = checkpoint_create(data=CheckpointData(plant.x.pk, "3号楼电梯机房", LAT, LNG, 30, elevator.pk))
        pumps = checkpoint_create(data=CheckpointData(plant.x.pk, "水泵房", NORTH_100M, LNG, 30))
        route = inspection_route_create(community_id=plant.x.pk, name="夜间巡检", checkpoint_ids=[machine.pk, pumps.pk])
    return route, machine, pumps


def _open_now() -> tuple[date, time]:
    """A shift that started 20 minutes ago (Beijing), and its day; in the first 20 minutes after
    midnight, at midnight (the shift of today, as the tests mean, whatever the hour they run at)."""
    now = timezone.localtime()
    started = max(now - timedelta(minutes=20), now.replace(hour=0, minute=0, second=0, microsecond=0))
    return started.date(), started.time().replace(second=0, microsecond=0)


def _plan(
    plant: Plant, route: InspectionRoute, shifts: list[ShiftData], roster: list[Any], today: date
) -> InspectionPlan:
    data = PlanData(plant.x.pk, route.pk, "机房日常巡检", shifts, [u.pk for u in roster], starts_on=today)
    with tenant_context(plant.company):
        return inspection_plan_create(data=data, today=today)


def _scan(plant: Plant, route: InspectionRoute, checkpoint: Checkpoint, user: Any, **overrides: Any) -> dict[str, Any]:
    with tenant_context(plant.company):
        token = checkpoint_token(Checkpoint.objects.get(pk=checkpoint.pk))
    data = {
        "route": gid("InspectionRoute", route.pk),
        "checkpoint": gid("Checkpoint", checkpoint.pk),
        "token": token,
        "clientScanId": f"plan-{checkpoint.pk}-{timezone.now().timestamp()}",
        "deviceTime": timezone.now().isoformat(),
        "latitude": float(checkpoint.latitude),
        "longitude": float(checkpoint.longitude),
    } | overrides
    return result(plant.client(user).execute(SCAN, {"input": data}), "checkpointScan")


def _input(plant: Plant, route: InspectionRoute, **fields: Any) -> dict[str, Any]:
    return {
        "community": gid("Community", plant.x.pk),
        "route": gid("InspectionRoute", route.pk),
        "name": "机房日常巡检",
        "shifts": [
            {"name": "早班", "startsAt": "08:00:00", "durationMinutes": 90},
            {"name": "夜班", "startsAt": "22:00:00", "durationMinutes": 120},
        ],
        "roster": [gid("Technician", plant.ma.pk), gid("Technician", plant.zhao.pk)],
    } | fields


def test_the_manager_makes_a_plan_and_its_rounds_of_today_and_tomorrow_exist_at_once(plant: Plant) -> None:
    route, _, _ = _route(plant)
    made = result(plant.client(plant.manager).execute(CREATE, {"input": _input(plant, route)}), "inspectionPlanCreate")
    assert made["errors"] == []
    plan = made["inspectionPlan"]
    assert plan["rosterNames"] == ["马强", "赵刚"]
    assert [(s["name"], s["startsAt"], s["durationMinutes"]) for s in plan["shifts"]] == [
        ("早班", "08:00:00", 90),
        ("夜班", "22:00:00", 120),
    ]
    today = timezone.localdate()
    with tenant_context(plant.company):
        rounds = list(
            InspectionRound.objects.order_by("day", "starts_at").values_list("day", "shift__name", "assignee")
        )
        night = InspectionRound.objects.get(day=today, shift__name="夜班")
    assert rounds == [
        (today, "早班", plant.ma.pk),
        (today, "夜班", plant.zhao.pk),
        (today + timedelta(days=1), "早班", plant.ma.pk),  # turns run through the day's shifts
        (today + timedelta(days=1), "夜班", plant.zhao.pk),
    ]
    assert timezone.localtime(night.ends_at) - timezone.localtime(night.starts_at) == timedelta(hours=2)
    assert timezone.localtime(night.starts_at).hour == 22


def test_bad_plans_get_typed_errors_and_change_nothing(plant: Plant) -> None:
    route, _, _ = _route(plant)
    overlapping = [
        {"name": "夜班", "startsAt": "22:00:00", "durationMinutes": 180},
        {"name": "早班", "startsAt": "00:30:00", "durationMinutes": 60},  # inside the night shift past midnight
    ]
    roster = [gid("StaffMember", plant.desk.pk), gid("StaffMember", plant.manager_y.pk)]  # no rounds / elsewhere
    bad = _input(
        plant, route, shifts=overlapping, roster=roster, startsOn=str(timezone.localdate() - timedelta(days=1))
    )
    client = plant.client(plant.manager, language="en")
    refused = result(client.execute(CREATE, {"input": bad}), "inspectionPlanCreate")
    assert sorted(codes(refused)) == [
        ("roster", "ROSTER_INVALID"),
        ("shifts", "SHIFTS_INVALID"),
        ("startsOn", "START_OUT_OF_RANGE"),
    ]
    too_short = _input(plant, route, shifts=[{"name": "早班", "startsAt": "08:00:00", "durationMinutes": 5}])
    assert codes(result(client.execute(CREATE, {"input": too_short}), "inspectionPlanCreate")) == [
        ("shifts", "SHIFTS_INVALID")
    ]
    with tenant_context(plant.company):
        assert (InspectionPlan.objects.count(), InspectionRound.objects.count()) == (0, 0)
    assert result(client.execute(CREATE, {"input": _input(plant, route)}), "inspectionPlanCreate")["errors"] == []
    again = result(client.execute(CREATE, {"input": _input(plant, route)}), "inspectionPlanCreate")
    assert codes(again) == [("name", "NAME_TAKEN")]


def test_only_managers_of_the_community_make_plans(plant: Plant) -> None:
    route, _, _ = _route(plant)
    for who in (plant.desk, plant.ma, plant.manager_y, plant.owner):
        assert error_codes(plant.client(who).execute(CREATE, {"input": _input(plant, route)})) == ["FORBIDDEN"]
    assert error_codes(plant.client(None).execute(CREATE, {"input": _input(plant, route)})) == ["UNAUTHENTICATED"]
    with tenant_context(plant.company):
        assert InspectionPlan.objects.count() == 0


def test_rounds_are_generated_once_per_shift_and_day_and_caught_up_after_a_pause(plant: Plant) -> None:
    route, _, _ = _route(plant)
    start = date(2026, 3, 1)
    shifts = [ShiftData("早班", time(8), 90), ShiftData("夜班", time(22), 120)]
    _plan(plant, route, shifts, [plant.ma, plant.zhao, plant.manager], start)
    with tenant_context(plant.company):
        assert InspectionRound.objects.count() == 4  # 1 and 2 March
        for _ in range(10):
            assert inspection_rounds_generate(today=start) == 0
        assert equipment_compliance_sweep(today=start + timedelta(days=5)).rounds == 10  # 3–7 March, none skipped
        for _ in range(10):
            assert equipment_compliance_sweep(today=start + timedelta(days=5)).rounds == 0
        slots = list(InspectionRound.objects.values_list("shift__name", "day"))
        assignees = list(InspectionRound.objects.order_by("starts_at").values_list("assignee", flat=True)[:6])
    assert len(slots) == len(set(slots)) == 14
    assert assignees == [plant.ma.pk, plant.zhao.pk, plant.manager.pk] * 2  # the roster takes turns


def test_a_roster_gap_never_skips_a_round(plant: Plant) -> None:
    route, _, _ = _route(plant)
    start = date(2026, 3, 1)
    _plan(plant, route, [ShiftData("早班", time(8), 60)], [plant.ma, plant.zhao], start)
    with tenant_context(plant.company):
        plant.zhao.is_active = False  # left the company: his turns go to whoever is left
        plant.zhao.save(update_fields=["is_active"])
        equipment_compliance_sweep(today=start + timedelta(days=3))
        later = list(
            InspectionRound.objects.filter(day__gt=start + timedelta(days=1)).values_list("assignee", flat=True)
        )
        plant.ma.is_active = False
        plant.ma.save(update_fields=["is_active"])
        equipment_compliance_sweep(today=start + timedelta(days=4))
        nobody = InspectionRound.objects.get(day=start + timedelta(days=5))
    assert later == [plant.ma.pk] * 3  # 3, 4 and 5 March
    assert nobody.assignee_id is None  # generated unassigned, for the supervisor to see


def test_scans_count_for_the_open_round_and_its_progress_comes_from_them(plant: Plant) -> None:
    route, machine, pumps = _route(plant)
    today, started = _open_now()
    _plan(plant, route, [ShiftData("巡检班", started, 60)], [plant.ma], today - timedelta(days=1))
    first = _scan(plant, route, machine, plant.ma, result="ABNORMAL", note="曳引机异响")
    assert first["errors"] == [] and first["scan"]["round"]["shiftName"] == "巡检班"
    client = plant.client(plant.manager)
    client.data(ROUNDS)
    with QueryLog() as log:
        listed = client.data(ROUNDS)["inspectionRounds"]
    assert log.count() == 8  # token, rounds, routes, stops, checkpoints, scans, plans, count
    by_day = {r["day"]: r for r in (e["node"] for e in listed["edges"])}
    yesterday = by_day[str(today - timedelta(days=1))]
    assert (yesterday["state"], yesterday["visitedCount"], yesterday["missedCount"]) == ("MISSED", 0, 2)
    assert [s["status"] for s in yesterday["stops"]] == ["MISSED", "MISSED"]
    now = by_day[str(today)]
    assert (now["state"], now["visitedCount"], now["abnormalCount"], now["missedCount"]) == ("IN_PROGRESS", 1, 1, 0)
    assert [(s["checkpoint"]["name"], s["status"]) for s in now["stops"]] == [
        ("3号楼电梯机房", "ABNORMAL"),
        ("水泵房", "PENDING"),
    ]
    with tenant_context(plant.company):  # the walk to the pump room takes a minute
        CheckpointScan.objects.update(server_time=timezone.now() - timedelta(minutes=1))
    _scan(plant, route, pumps, plant.zhao)  # anyone who covers the stop counts for the round
    done = client.data(ROUNDS, {"states": ["COMPLETED"]})["inspectionRounds"]
    assert done["totalCount"] == 1 and done["edges"][0]["node"]["visitedCount"] == 2
    missed = client.data(ROUNDS, {"states": ["MISSED", "INCOMPLETE"]})["inspectionRounds"]
    assert [e["node"]["day"] for e in missed["edges"]] == [str(today - timedelta(days=1))]
    assert plant.client(plant.manager_y).data(ROUNDS)["inspectionRounds"]["totalCount"] == 0


def test_a_round_generated_late_takes_the_scans_made_in_its_window(plant: Plant) -> None:
    route, machine, _ = _route(plant)
    today, started = _open_now()
    _scan(plant, route, machine, plant.ma)  # no plan yet: an ad-hoc scan
    _plan(plant, route, [ShiftData("巡检班", started, 60)], [plant.ma], today)
    with tenant_context(plant.company):
        scan = CheckpointScan.objects.get()
        assert scan.round is not None and scan.round.day == today


def test_a_technician_sees_their_rounds_of_today_and_nobody_else_does(plant: Plant) -> None:
    route, machine, _ = _route(plant)
    today, started = _open_now()
    _plan(plant, route, [ShiftData("巡检班", started, 60)], [plant.ma], today)
    _scan(plant, route, machine, plant.ma)
    mine = plant.client(plant.ma).data(MINE)["myInspectionRounds"]
    assert mine["totalCount"] == 1
    assert mine["edges"][0]["node"]["state"] == "IN_PROGRESS"
    assert [s["status"] for s in mine["edges"][0]["node"]["stops"]] == ["VISITED", "PENDING"]
    assert plant.client(plant.zhao).data(MINE)["myInspectionRounds"]["totalCount"] == 0
    for who in (plant.desk, plant.finance, plant.owner):
        assert error_codes(plant.client(who).execute(MINE)) == ["FORBIDDEN"]
    assert error_codes(plant.client(None).execute(MINE)) == ["UNAUTHENTICATED"]


def test_pausing_withdraws_rounds_not_started_and_resuming_brings_them_back(plant: Plant) -> None:
    route, _, _ = _route(plant)
    made = result(plant.client(plant.manager).execute(CREATE, {"input": _input(plant, route)}), "inspectionPlanCreate")
    plan_id = made["inspectionPlan"]["id"]
    paused = result(
        plant.client(plant.manager).execute(ACTIVE, {"input": {"id": plan_id, "active": False}}),
        "inspectionPlanActiveSet",
    )
    assert paused["inspectionPlan"]["isActive"] is False
    with tenant_context(plant.company):
        assert not InspectionRound.objects.filter(starts_at__gt=timezone.now()).exists()
    again = result(
        plant.client(plant.manager).execute(ACTIVE, {"input": {"id": plan_id, "active": False}}),
        "inspectionPlanActiveSet",
    )
    assert codes(again) == [("active", "ACTIVE_UNCHANGED")]
    resumed = plant.client(plant.manager).execute(ACTIVE, {"input": {"id": plan_id, "active": True}})
    assert result(resumed, "inspectionPlanActiveSet")["errors"] == []
    with tenant_context(plant.company):
        assert InspectionRound.objects.filter(starts_at__gt=timezone.now()).exists()
    listed = plant.client(plant.desk).data(PLANS)["inspectionPlans"]
    assert listed["totalCount"] == 1 and listed["edges"][0]["node"]["isActive"] is True
    assert error_codes(plant.client(plant.ma).execute(ACTIVE, {"input": {"id": plan_id, "active": False}})) == [
        "FORBIDDEN"
    ]


def test_a_plan_paused_for_days_gets_no_rounds_for_them_and_none_read_missed(plant: Plant) -> None:
    route, _, _ = _route(plant)
    start = date(2026, 3, 1)
    plan = _plan(plant, route, [ShiftData("早班", time(8), 60)], [plant.ma], start)
    with tenant_context(plant.company):
        equipment_compliance_sweep(today=start + timedelta(days=2))  # through 4 March
        inspection_plan_active_set(plan_id=plan.pk, active=False)
        for day in range(3, 9):  # the daily sweep while the plan is paused
            assert equipment_compliance_sweep(today=start + timedelta(days=day)).rounds == 0
        inspection_plan_active_set(plan_id=plan.pk, active=True, today=start + timedelta(days=9))
        equipment_compliance_sweep(today=start + timedelta(days=10))
        days = list(InspectionRound.objects.order_by("day").values_list("day", flat=True))
    assert days == [start + timedelta(days=n) for n in (0, 1, 2, 3, 9, 10, 11)]  # nothing for 5–9 March
    missed = plant.client(plant.manager).data(ROUNDS, {"states": ["MISSED"]})["inspectionRounds"]
    paused = {str(start + timedelta(days=n)) for n in range(4, 9)}
    assert missed["totalCount"] == 7 and not paused & {e["node"]["day"] for e in missed["edges"]}


def test_a_scan_in_a_round_costs_a_fixed_number_of_statements(plant: Plant) -> None:
    route, machine, pumps = _route(plant)
    today, started = _open_now()
    _plan(plant, route, [ShiftData("巡检班", started, 60)], [plant.ma], today)
    _scan(plant, route, machine, plant.ma)  # the client's token is issued from here on
    with tenant_context(plant.company):
        token = checkpoint_token(pumps)
    data = {
        "route": gid("InspectionRoute", route.pk),
        "checkpoint": gid("Checkpoint", pumps.pk),
        "token": token,
        "clientScanId": "pinned-scan",
        "deviceTime": timezone.now().isoformat(),
        "latitude": float(pumps.latitude),
        "longitude": float(pumps.longitude),
    }
    client = plant.client(plant.ma)
    with QueryLog() as log:
        scanned = result(client.execute(SCAN, {"input": data}), "checkpointScan")
    assert scanned["errors"] == [] and scanned["scan"]["round"]
    # token, scope, the retry lookup, route, checkpoint, previous stop, open round, the insert (2
    # savepoints), the round's shift for the answer
    assert log.count() == 13
