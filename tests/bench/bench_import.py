"""Moving a company in: 20,000 houses, 40,000 residents, their opening balances and 240,000
historical bill lines, each stage dry-run then committed through the services the API uses.

Baseline in the same run: reading and parsing the same files (``read_table`` alone, the floor every
import pays). Then the whole import is repeated (``recommit_created`` must be 0), reconciled against
the generated control totals, and rolled back stage by stage: ``rollback_exact`` compares a digest of
every estates, residents and finance row (and the history archive) with the one taken before.
"""

from __future__ import annotations

import csv
import io
import random
import time
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import connection
from django_tenants.utils import schema_context

from saas.accounts.models import User
from saas.core.idcard import check_char
from saas.imports.models import ImportJob, JobState
from saas.imports.reading import read_table
from saas.imports.services.jobs import import_job_commit, import_job_commit_start, import_job_dry_run, import_job_upload
from saas.imports.services.reconciliation import reconciliation_run
from saas.imports.services.rollback import import_job_rollback
from tenants.models import Company, Plan
from tests.bench.common import bench_company

HOUSES = 20_000
MONTHS = 12
OPENING_PERIOD = date(2026, 11, 1)
COMPARED_PREFIXES = ("estates_", "residents_", "finance_", "imports_legacybillline")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英"


def _csv(header: list[str], rows: list[list[Any]], encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


def _id_number(n: int) -> str:
    first17 = f"110105{1950 + n % 50}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return first17 + check_char(first17)


def _files() -> tuple[dict[str, bytes], dict[str, Any]]:
    rng = random.Random(18)
    houses, people, balances, history = [], [], [], []
    area_total, arrears_total, prepaid_total, receipts = Decimal(0), 0, 0, 0
    for n in range(HOUSES):
        community = f"京华{n // 5000 + 1}区"
        building, unit, floor, index = (
            f"{n % 5000 // 100 + 1}号楼",
            f"{n % 100 // 50 + 1}单元",
            n % 50 // 2 + 1,
            n % 2 + 1,
        )
        room = f"{floor}{index:02d}"
        area = Decimal(rng.randint(5000, 15000)) / 100
        area_total += area
        key = [community, building, unit, room]
        houses.append(
            [f"H{n:06d}", *key, "朝阳区", f"{area}", f"{(area * Decimal('0.8')).quantize(Decimal('0.01'))}", "自住"]
        )
        owner = f"{SURNAMES[n % 20]}{GIVEN[n // 20 % len(GIVEN)]}{GIVEN[n % len(GIVEN)]}"
        people.append([*key, owner, f"139{n:08d}", _id_number(n), "业主"])
        people.append([*key, f"{SURNAMES[(n + 7) % 20]}{GIVEN[n % len(GIVEN)]}", f"138{n:08d}", "", "家属"])
        arrears = rng.choice([0, 0, 0, rng.randint(1, 500_000)])
        prepaid = rng.choice([0, 0, 0, 0, rng.randint(1, 100_000)])
        arrears_total, prepaid_total = arrears_total + arrears, prepaid_total + prepaid
        balances.append([*key, f"{arrears / 100:.2f}", f"{prepaid / 100:.2f}"])
        for month in range(MONTHS):
            period = date(2025 + (10 + month) // 12, (10 + month) % 12 + 1, 1)
            amount = int(area * 280)
            paid = amount if rng.random() < 0.9 else 0
            if period == OPENING_PERIOD:
                receipts += paid
            history.append([*key, period.isoformat(), "物业费", f"{amount / 100:.2f}", f"{paid / 100:.2f}"])
    files = {
        "houses": _csv(
            ["房屋编号", "小区名称", "楼栋", "单元", "房号", "所在区", "建筑面积", "套内面积", "居住状态"],
            houses,
            "gbk",
        ),
        "residents": _csv(["小区名称", "楼栋", "单元", "房号", "姓名", "手机号", "身份证号", "身份"], people),
        "opening_balances": _csv(["小区名称", "楼栋", "单元", "房号", "欠费金额", "预存余额"], balances),
        "payment_history": _csv(
            ["小区名称", "楼栋", "单元", "房号", "账期", "收费项目", "应收金额", "实收金额"], history
        ),
    }
    totals = {"area": area_total, "arrears": arrears_total, "prepaid": prepaid_total, "receipts": receipts}
    return files, totals


def _digest() -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")
        tables = [row[0] for row in cursor.fetchall() if row[0].startswith(COMPARED_PREFIXES)]
        parts = [
            f"SELECT '{t}', md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM \"{t}\" x" for t in tables
        ]
        cursor.execute(" UNION ALL ".join(parts))
        return dict(cursor.fetchall())


def _import(files: dict[str, bytes], user: User) -> tuple[list[ImportJob], float, float, int]:
    jobs, dry, commit, created = [], 0.0, 0.0, 0
    for stage, data in files.items():
        job = import_job_upload(
            data=data, file_name=f"{stage}.csv", stage=stage, source_system="siyuan", uploaded_by=user,
            options={"opening_period": OPENING_PERIOD.isoformat()},
        )  # fmt: skip
        started = time.perf_counter()
        job = import_job_dry_run(job_id=job.pk)
        dry += time.perf_counter() - started
        assert not job.problems, job.problems[:3]
        import_job_commit_start(job_id=job.pk, committed_by=user)
        started = time.perf_counter()
        job = import_job_commit(job_id=job.pk)
        commit += time.perf_counter() - started
        assert job.state == JobState.COMMITTED, job.failure
        print(f"  {stage}: rows={job.row_count} created={job.created} updated={job.updated}", flush=True)
        jobs.append(job)
        created += job.created
    return jobs, dry, commit, created


def main() -> None:
    files, totals = _files()
    rows = sum(len(read_table(data).rows) for data in files.values())
    started = time.perf_counter()
    for data in files.values():
        read_table(data)
    read_s = time.perf_counter() - started
    with bench_company("import", houses=HOUSES) as company:
        Company.objects.filter(pk=company.pk).update(plan=Plan.objects.get(code="enterprise"))
        company.refresh_from_db()
        with schema_context(company.schema_name):
            connection.tenant = company  # type: ignore[attr-defined]  # the plan limit reads it
            user = User.objects.get(username="admin")
            before = _digest()
            jobs, dry_s, commit_s, _ = _import(files, user)
            rec = reconciliation_run(
                source_system="siyuan", house_count=HOUSES, building_area=totals["area"],
                arrears_fen=totals["arrears"], prepaid_fen=totals["prepaid"],
                last_period=OPENING_PERIOD, last_period_receipts_fen=totals["receipts"],
            )  # fmt: skip
            again, _, _, recommit_created = _import(files, user)
            started = time.perf_counter()
            for job in reversed(jobs + again):
                import_job_rollback(job_id=job.pk, rolled_back_by=user)
            rollback_s = time.perf_counter() - started
            exact = _digest() == before
    print(
        f"RESULT import houses={HOUSES} residents={2 * HOUSES} bill_lines={HOUSES * MONTHS} rows={rows} "
        f"dry_run_s={dry_s:.1f} commit_s={commit_s:.1f} rows_per_s={rows / commit_s:.0f} read_s={read_s:.1f} "
        f"dry_run_vs_read={dry_s / read_s:.1f} reconciled={int(rec.reconciled)} recommit_created={recommit_created} "
        f"rollback_exact={int(exact)} rollback_s={rollback_s:.1f}"
    )
