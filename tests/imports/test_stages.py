"""The stages at the service level: dry run counts and problems, commit, re-import, rollback."""

from __future__ import annotations

from decimal import Decimal

from saas.estates.models import Building, Community, House, Unit
from saas.finance.models import Bill, PrepaidEntry
from saas.imports.models import JobState
from saas.imports.services.jobs import import_job_dry_run
from saas.imports.services.rollback import import_job_rollback
from saas.residents.models import Occupancy, Resident
from tests.imports.conftest import (
    HOUSE_HEADER,
    HOUSES,
    OPENING,
    OPENING_HEADER,
    RESIDENT_HEADER,
    RESIDENTS,
    csv_bytes,
    dry_run_and_commit,
    upload,
)


def test_houses_dry_run_commit_and_reimport(admin):
    data = csv_bytes(HOUSE_HEADER, HOUSES, encoding="gbk")
    job = upload(data, "houses", by=admin)
    job = import_job_dry_run(job_id=job.pk)
    assert job.problems == []
    assert (job.will_create, job.will_update, job.will_skip) == (4, 0, 0)
    assert job.counts["communities"]["create"] == 1
    assert job.counts["buildings"]["create"] == 2
    assert House.objects.count() == 0
    job = dry_run_and_commit(job, admin)
    assert job.state == JobState.COMMITTED, job.failure
    assert job.created == 4
    house = House.objects.get(room_number="1502")
    assert house.building_area == Decimal("120.50") and house.usable_area == Decimal("120.50")
    assert house.floor == 15 and house.status == "rented"
    assert Building.objects.get(name="1号楼").floors_above == 15
    assert Community.objects.get().district == "chaoyang"

    again = dry_run_and_commit(upload(data, "houses", by=admin), admin)
    assert again.state == JobState.COMMITTED
    assert (again.will_create, again.will_update, again.will_skip) == (0, 0, 4)
    assert again.created == 0
    assert House.objects.count() == 4


def test_houses_problems_by_row_and_column(admin):
    rows = [*HOUSES, HOUSES[1], ["H009", "京华园", "朝阳区", "1号楼", "1单元", "0103", "50", "60", "", ""]]
    job = import_job_dry_run(job_id=upload(csv_bytes(HOUSE_HEADER, rows), "houses", by=admin).pk)
    got = [(p["row"], p["column"], p["code"]) for p in job.problems]
    assert got == [(6, "房号", "DUPLICATE_HOUSE"), (7, "使用面积", "AREA_INVALID")]
    assert "第 3 行" in job.problems[0]["message"]
    assert job.will_create == 4


def test_full_path_and_exact_rollback(admin):
    houses = dry_run_and_commit(upload(csv_bytes(HOUSE_HEADER, HOUSES), "houses", by=admin), admin)
    residents = dry_run_and_commit(upload(csv_bytes(RESIDENT_HEADER, RESIDENTS), "residents", by=admin), admin)
    assert residents.state == JobState.COMMITTED, residents.failure
    assert Resident.objects.count() == 3 and Occupancy.objects.count() == 3
    opening = dry_run_and_commit(
        upload(csv_bytes(OPENING_HEADER, OPENING), "opening_balances", by=admin, opening_period="2026-11-01"), admin
    )
    assert opening.state == JobState.COMMITTED, opening.failure
    assert sorted(Bill.objects.values_list("amount_fen", flat=True)) == [8640, 123450]
    assert sorted(PrepaidEntry.objects.values_list("amount_fen", flat=True)) == [1230, 30000]

    blocked = None
    try:
        import_job_rollback(job_id=houses.pk, rolled_back_by=admin)
    except Exception as error:
        blocked = error
    assert blocked is not None and blocked.code == "IMPORT_ROLLBACK_BLOCKED"

    for job in (opening, residents, houses):
        import_job_rollback(job_id=job.pk, rolled_back_by=admin)
    assert Bill.objects.count() == PrepaidEntry.objects.count() == 0
    assert Resident.objects.count() == Occupancy.objects.count() == 0
    assert House.objects.count() == Unit.objects.count() == Building.objects.count() == Community.objects.count() == 0


def test_a_crash_mid_commit_leaves_the_stage_unwritten_and_the_job_failed(admin, monkeypatch):
    from saas.imports.stages import common

    def crash(self):  # the links are the last write of a stage: everything before must go too
        raise RuntimeError("disk full")

    monkeypatch.setattr(common.Links, "save", crash)
    job = dry_run_and_commit(upload(csv_bytes(HOUSE_HEADER, HOUSES), "houses", by=admin), admin)
    assert job.state == JobState.FAILED and "RuntimeError" in job.failure
    assert House.objects.count() == Community.objects.count() == 0


def test_residents_rows_against_the_database(admin):
    dry_run_and_commit(upload(csv_bytes(HOUSE_HEADER, HOUSES), "houses", by=admin), admin)
    header = [*RESIDENT_HEADER, "入住日期"]
    rows = [
        [*RESIDENTS[0], "2020-05-01"],
        ["京华园", "1号楼", "1单元", "0103", "赵强", "13911115555", "", "男", "业主", "2020-05-01"],
        ["京华园", "1号楼", "1单元", "0102", "钱敏", "13911116666", "110105194912310021", "女", "业主", ""],
        ["京华园", "1号楼", "1单元", "0102", "孙丽", "13911117777", "", "女", "业主", "03/05/2024"],
    ]
    job = import_job_dry_run(job_id=upload(csv_bytes(header, rows), "residents", by=admin).pk)
    got = {(p["row"], p["column"], p["code"]) for p in job.problems}
    assert got == {(3, "房号", "UNKNOWN_HOUSE"), (4, "身份证号", "BAD_ID_NUMBER"), (5, "入住日期", "AMBIGUOUS_DATE")}
    unknown = next(p for p in job.problems if p["code"] == "UNKNOWN_HOUSE")
    assert (
        "是否为“京华园 1号楼 1单元 0101”" in unknown["message"]
        or "是否为“京华园 1号楼 1单元 0102”" in unknown["message"]
    )
    assert job.will_create == 1


def _property_fee_run(period: str) -> None:
    from datetime import date

    from saas.finance.services import billing_run_create, fee_item_create

    start = date.fromisoformat(period)
    community = Community.objects.get()
    fee_item_create(
        name="物业费",
        kind="fixed",
        unit_price=Decimal("100.00"),
        cycle_months=1,
        community_ids=[community.pk],
        effective_from=start,
    )
    billing_run_create(period=start, community_ids=[community.pk], created_by=None)


def _lines(room: str) -> tuple[int, list[tuple[str, int]]]:
    bill = Bill.objects.get(house__room_number=room, period="2026-11-01")
    lines = sorted((line.fee_item.name, line.amount_fen) for line in bill.lines.select_related("fee_item"))
    return bill.amount_fen, lines


def test_reimporting_opening_balances_after_a_billing_run_touches_only_the_opening_line(admin):
    from saas.imports.services.reconciliation import opening_arrears_by_house

    dry_run_and_commit(upload(csv_bytes(HOUSE_HEADER, HOUSES), "houses", by=admin), admin)
    first = dry_run_and_commit(
        upload(csv_bytes(OPENING_HEADER, OPENING), "opening_balances", by=admin, opening_period="2026-11-01"), admin
    )
    _property_fee_run("2026-11-01")
    assert _lines("0101") == (133450, [("期初欠费", 123450), ("物业费", 10000)])

    again = dry_run_and_commit(
        upload(csv_bytes(OPENING_HEADER, OPENING), "opening_balances", by=admin, opening_period="2026-11-01"), admin
    )
    assert again.state == JobState.COMMITTED, again.failure
    assert (again.will_create, again.will_update, again.will_skip) == (0, 0, 3)
    assert _lines("0101") == (133450, [("期初欠费", 123450), ("物业费", 10000)])
    house = House.objects.get(room_number="0101")
    assert opening_arrears_by_house([house.pk]) == {house.pk: 123450}

    changed = [["京华园", "1号楼", "1单元", "0101", "1000.00", "0"], *OPENING[1:]]
    update = dry_run_and_commit(
        upload(csv_bytes(OPENING_HEADER, changed), "opening_balances", by=admin, opening_period="2026-11-01"), admin
    )
    assert update.state == JobState.COMMITTED, update.failure
    assert (update.will_update, update.will_skip) == (1, 2)
    assert _lines("0101") == (110000, [("期初欠费", 100000), ("物业费", 10000)])
    assert opening_arrears_by_house([house.pk]) == {house.pk: 100000}

    import_job_rollback(job_id=update.pk, rolled_back_by=admin)
    assert _lines("0101") == (133450, [("期初欠费", 123450), ("物业费", 10000)])
    assert Bill.objects.get(house=house, period="2026-11-01").status == "unpaid"

    # the first job's bills now carry the run's charges: deleting them would drop those
    blocked = None
    try:
        import_job_rollback(job_id=first.pk, rolled_back_by=admin)
    except Exception as error:
        blocked = error
    assert blocked is not None and blocked.code == "IMPORT_ROLLBACK_BLOCKED"


def test_rollback_of_an_opening_update_is_blocked_once_money_reached_the_bill(admin):
    from saas.finance.services.payments import payment_record

    dry_run_and_commit(upload(csv_bytes(HOUSE_HEADER, HOUSES), "houses", by=admin), admin)
    dry_run_and_commit(
        upload(csv_bytes(OPENING_HEADER, OPENING), "opening_balances", by=admin, opening_period="2026-11-01"), admin
    )
    changed = [["京华园", "1号楼", "1单元", "0101", "1000.00", "0"], *OPENING[1:]]
    update = dry_run_and_commit(
        upload(csv_bytes(OPENING_HEADER, changed), "opening_balances", by=admin, opening_period="2026-11-01"), admin
    )
    assert update.will_update == 1
    house = House.objects.get(room_number="0101")
    payment_record(house_id=house.pk, amount_fen=5000, method="cash", cashier=admin)
    blocked = None
    try:
        import_job_rollback(job_id=update.pk, rolled_back_by=admin)
    except Exception as error:
        blocked = error
    assert blocked is not None and blocked.code == "IMPORT_ROLLBACK_BLOCKED"
    assert Bill.objects.get(house=house).amount_fen == 100000


def test_rolling_back_an_import_never_re_identifies_an_anonymised_resident(admin):
    from datetime import timedelta

    from django.utils import timezone

    from saas.imports.models import ImportedObject
    from saas.residents.services.privacy import resident_anonymise

    dry_run_and_commit(upload(csv_bytes(HOUSE_HEADER, HOUSES), "houses", by=admin), admin)
    dry_run_and_commit(
        upload(csv_bytes(RESIDENT_HEADER, RESIDENTS), "residents", by=admin, move_in="2020-05-01"), admin
    )
    new_phone = [[*RESIDENTS[0][:5], "13911119999", *RESIDENTS[0][6:]], *RESIDENTS[1:]]
    update = dry_run_and_commit(upload(csv_bytes(RESIDENT_HEADER, new_phone), "residents", by=admin), admin)
    assert update.state == JobState.COMMITTED and update.updated >= 1, update.failure
    zhang = Resident.objects.get(phone="13911119999")
    Occupancy.objects.filter(resident=zhang).update(move_out=timezone.localdate() - timedelta(days=1))
    resident_anonymise(resident_id=zhang.pk, actor=admin, reason="本人申请删除个人信息", client_address=None)
    kept = ImportedObject.objects.filter(model="residents.resident", object_id=zhang.pk).exclude(before=None)
    assert not kept.exists()

    import_job_rollback(job_id=update.pk, rolled_back_by=admin)
    zhang.refresh_from_db()
    assert zhang.anonymised_at is not None
    assert zhang.name != "张伟" and "13911112222" not in (zhang.phone, zhang.phone_last4)
