"""Imports tests: files are written by the tests themselves (CSV built from rows), never fixtures."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from django_tenants.utils import tenant_context

from saas.accounts.models import User
from saas.imports.models import ImportJob
from saas.imports.services.jobs import import_job_commit, import_job_commit_start, import_job_dry_run, import_job_upload
from tenants.models import Company

HOUSE_HEADER = ["房屋编号", "小区名称", "所在区", "楼栋", "单元", "房号", "建筑面积", "使用面积", "户型", "房屋状态"]
HOUSES = [
    ["H001", "京华园", "朝阳区", "1号楼", "1单元", "0101", "118.62㎡", "96.40", "3室2厅", "已入住"],
    ["H002", "京华园", "朝阳区", "1号楼", "1单元", "0102", "78.56", "60.10", "2室1厅", "空置"],
    ["H003", "京华园", "朝阳区", "1号楼", "2单元", "1502", "１２０．５０", "", "3室1厅", "出租"],
    ["H004", "京华园", "朝阳区", "2号楼", "1单元", "0201", "89.50", "70", "2室2厅", "未售"],
]
RESIDENT_HEADER = ["小区名称", "楼栋", "单元", "房号", "业主姓名", "手机号", "身份证号", "性别", "身份"]
RESIDENTS = [
    ["京华园", "1号楼", "1单元", "0101", "张伟", "13911112222", "11010519491231002X", "男", "业主"],
    ["京华园", "1号楼", "1单元", "0102", "李娜", "13911113333", "", "女", "业主"],
    ["京华园", "1号楼", "2单元", "1502", "王芳", "13911114444", "", "女", "租户"],
]
OPENING_HEADER = ["小区名称", "楼栋", "单元", "房号", "欠费金额", "预存余额"]
OPENING = [
    ["京华园", "1号楼", "1单元", "0101", "¥1,234.50", "0"],
    ["京华园", "1号楼", "1单元", "0102", "0", "300.00"],
    ["京华园", "1号楼", "2单元", "1502", "86.40", "12.30"],
]


def csv_bytes(header: Sequence[str], rows: Sequence[Sequence[Any]], encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode(encoding)


@pytest.fixture
def in_alpha(company_a: Company) -> Iterator[Company]:
    with tenant_context(company_a):
        yield company_a


@pytest.fixture
def admin(in_alpha: Company) -> User:
    return User.objects.get(username="admin")


def upload(data: bytes, stage: str, *, by: User, source_system: str = "siyuan", **options: Any) -> ImportJob:
    return import_job_upload(
        data=data, file_name=f"{stage}.csv", stage=stage, source_system=source_system, uploaded_by=by, options=options
    )


def dry_run_and_commit(job: ImportJob, by: User) -> ImportJob:
    import_job_dry_run(job_id=job.pk)
    import_job_commit_start(job_id=job.pk, committed_by=by)
    return import_job_commit(job_id=job.pk)
