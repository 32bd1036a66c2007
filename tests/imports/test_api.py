"""Imports at the GraphQL boundary: the four actors, the whole walk (upload → dry run → commit →
re-import → reconcile → sign off → rollback), masked previews and the error file."""

from __future__ import annotations

import io
from typing import Any

from django.core.files.uploadedfile import TemporaryUploadedFile
from django_tenants.utils import tenant_context
from openpyxl import load_workbook

from saas.estates.models import House
from saas.imports.models import ImportJob
from saas.imports.services.files import MAX_FILE_BYTES
from tests.conftest import _client_for
from tests.factories import staff_member
from tests.graphql import GraphQLClient, error_codes
from tests.imports.conftest import (
    HOUSE_HEADER,
    HOUSES,
    OPENING,
    OPENING_HEADER,
    RESIDENT_HEADER,
    RESIDENTS,
    csv_bytes,
)

UPLOAD = """mutation($input: ImportJobUploadInput!) { importJobUpload(input: $input) {
  errors { field code message } job { id state rowCount columns } } }"""
DRY_RUN = """mutation($id: ID!) { importJobDryRun(input: {id: $id}) { errors { code } job {
  id state willCreate willUpdate willSkip problemCount errorFileUrl
  counts { objectType create update skip } problems { row column code message } } } }"""
COMMIT = """mutation($id: ID!) { importJobCommit(input: {id: $id}) { errors { code message } job {
  state created updated progress failure } } }"""
ROLLBACK = """mutation($id: ID!) { importJobRollback(input: {id: $id}) { errors { code message } job { state } } }"""
PREVIEW = """query($id: ID!) { importJob(id: $id) { preview(rows: 3) { number cells } } }"""
RECONCILE = """mutation($input: ImportReconcileInput!) { importReconcile(input: $input) { errors { code }
  reconciliation { id reconciled housesDiffering figures { name source wuye difference }
  houses { label sourceArrears wuyeArrears } } } }"""
SIGN_OFF = """mutation($id: ID!, $note: String!) { reconciliationSignOff(input: {id: $id, note: $note}) {
  errors { code } reconciliation { signedOffAt signedOffByName } } }"""


def _upload(client: GraphQLClient, data: bytes, stage: str, name: str = "file.csv", **options: Any) -> dict[str, Any]:
    variables = {"input": {"file": None, "stage": stage, "sourceSystem": "SIYUAN", "options": options or None}}
    return client.upload(UPLOAD, variables, {"input.file": (name, data)})


def _job(client: GraphQLClient, data: bytes, stage: str, **options: Any) -> str:
    body = _upload(client, data, stage, **options)
    assert body["data"]["importJobUpload"]["errors"] == [], body
    return body["data"]["importJobUpload"]["job"]["id"]  # type: ignore[no-any-return]


def test_only_staff_holding_data_import_may_upload(company_a, staff_a, owner_a, client_a):
    data = csv_bytes(HOUSE_HEADER, HOUSES)
    assert error_codes(_upload(client_a, data, "HOUSES")) == ["UNAUTHENTICATED"]
    assert error_codes(_upload(owner_a, data, "HOUSES")) == ["FORBIDDEN"]
    with tenant_context(company_a):
        manager = staff_member("jingli", "manager")
    assert error_codes(_upload(_client_for(company_a, manager, staff_a.host), data, "HOUSES")) == ["FORBIDDEN"]
    with tenant_context(company_a):
        assert ImportJob.objects.count() == 0
    assert _upload(staff_a, data, "HOUSES")["data"]["importJobUpload"]["job"]["rowCount"] == 4


def test_a_file_that_is_not_a_table_is_refused_and_nothing_kept(company_a, staff_a):
    body = _upload(staff_a, b"%PDF-1.7 binary", "HOUSES", name="houses.csv")
    assert body["data"]["importJobUpload"]["errors"][0]["code"] == "UNSUPPORTED_FILE"
    with tenant_context(company_a):
        assert ImportJob.objects.count() == 0


def test_a_file_over_the_limit_is_refused_before_it_is_read(company_a, staff_a, monkeypatch):
    def unread(upload: Any) -> Any:
        raise AssertionError("a file over the limit was read into memory")

    monkeypatch.setattr(TemporaryUploadedFile, "read", property(unread))  # a large part is spooled to disk
    body = _upload(staff_a, b"0" * (MAX_FILE_BYTES + 1), "HOUSES")
    assert [e["code"] for e in body["data"]["importJobUpload"]["errors"]] == ["FILE_TOO_LARGE"]
    with tenant_context(company_a):
        assert ImportJob.objects.count() == 0


def test_walk_through_dry_run_commit_reimport_reconcile_rollback(
    company_a, staff_a, django_capture_on_commit_callbacks
):
    def commit(job: str) -> dict[str, Any]:
        with django_capture_on_commit_callbacks(execute=True):  # the Celery task, inline without a broker
            staff_a.data(COMMIT, {"id": job})
        return staff_a.data("query($id: ID!) { importJob(id: $id) { state created progress } }", {"id": job})[
            "importJob"
        ]

    houses = _job(staff_a, csv_bytes(HOUSE_HEADER, [*HOUSES, HOUSES[0]]), "HOUSES")
    report = staff_a.data(DRY_RUN, {"id": houses})["importJobDryRun"]["job"]
    assert (report["willCreate"], report["willUpdate"], report["willSkip"]) == (4, 0, 0)
    assert report["problems"] == [
        {
            "row": 6,
            "column": "房号",
            "code": "DUPLICATE_HOUSE",
            "message": "与第 2 行是同一套房屋（京华园 1号楼 1单元 0101）。",
        }
    ]
    sheet = load_workbook(
        io.BytesIO(staff_a.http.get(report["errorFileUrl"], HTTP_AUTHORIZATION=f"Bearer {staff_a.token}").content)
    ).active
    assert sheet is not None
    assert "与第 2 行是同一套房屋" in str([cell.value for cell in sheet[sheet.max_row]])
    assert commit(houses)["state"] == "COMMITTED"

    residents = _job(staff_a, csv_bytes(RESIDENT_HEADER, RESIDENTS), "RESIDENTS", moveIn="2020-05-01")
    preview = staff_a.data(PREVIEW, {"id": residents})["importJob"]["preview"]
    assert "139****2222" in preview[0]["cells"] and "110***********002X" in preview[0]["cells"]
    staff_a.data(DRY_RUN, {"id": residents})
    assert commit(residents)["created"] == 6

    opening = _job(staff_a, csv_bytes(OPENING_HEADER, OPENING), "OPENING_BALANCES", openingPeriod="2026-11-01")
    staff_a.data(DRY_RUN, {"id": opening})
    assert commit(opening)["state"] == "COMMITTED"

    again = _job(staff_a, csv_bytes(HOUSE_HEADER, HOUSES), "HOUSES")
    assert staff_a.data(DRY_RUN, {"id": again})["importJobDryRun"]["job"]["willCreate"] == 0
    assert commit(again)["created"] == 0

    totals = {
        "sourceSystem": "SIYUAN",
        "houseCount": 4,
        "buildingArea": "407.18",
        "arrears": "1320.90",
        "prepaid": "312.30",
    }
    rec = staff_a.data(RECONCILE, {"input": totals})["importReconcile"]["reconciliation"]
    assert rec["reconciled"] is True, rec
    off = staff_a.data(RECONCILE, {"input": {**totals, "arrears": "1320.00"}})["importReconcile"]["reconciliation"]
    assert off["reconciled"] is False
    assert {"name": "arrears_fen", "source": "132000", "wuye": "132090", "difference": "90"} in off["figures"]
    refused = staff_a.data(SIGN_OFF, {"id": off["id"], "note": ""})["reconciliationSignOff"]
    assert refused["errors"] == [{"code": "NOT_RECONCILED"}]
    signed = staff_a.data(SIGN_OFF, {"id": rec["id"], "note": ""})["reconciliationSignOff"]
    assert signed["errors"] == [] and signed["reconciliation"]["signedOffByName"]

    blocked = staff_a.data(ROLLBACK, {"id": houses})["importJobRollback"]["errors"][0]
    assert blocked["code"] == "IMPORT_ROLLBACK_BLOCKED" and "入住记录" in blocked["message"]
    for job in (opening, residents, houses):
        assert staff_a.data(ROLLBACK, {"id": job})["importJobRollback"]["errors"] == []
    with tenant_context(company_a):
        assert House.objects.count() == 0


def test_previews_mask_phones_and_id_numbers_however_they_are_written(company_a, staff_a):
    header = [*RESIDENT_HEADER, "备注", "入住日期", "欠费"]
    rows = [
        [
            "京华园",
            "1号楼",
            "1单元",
            "0101",
            "张伟",
            "１３９１１１１２２２２",
            "110105 19491231 002X",
            "男",
            "业主",
            "电话 139-1111-4444，证件 １１０１０５１９４９１２３１００２Ｘ",
            "2020-05-01",
            "¥1,234.50",
        ],
        [
            "京华园",
            "1号楼",
            "1单元",
            "0102",
            "李娜",
            "139 1111 3333",
            "",
            "女",
            "业主",
            "座机 010-6512 3456",
            "2020-05-01",
            "86.40",
        ],
    ]
    job = _job(staff_a, csv_bytes(header, rows), "RESIDENTS")
    preview = staff_a.data(PREVIEW, {"id": job})["importJob"]["preview"]
    first, second = preview[0]["cells"], preview[1]["cells"]
    assert first[5:7] == ["139****2222", "110***********002X"]
    assert first[9] == "电话 139****4444，证件 110***********002X"
    assert first[10:] == ["2020-05-01", "¥1,234.50"]
    assert second[5] == "139****3333"
    assert second[9] == "座机 010****3456"
    assert second[10:] == ["2020-05-01", "86.40"]
    assert "1111" not in str(preview)
