"""The XLSX downloads of all four reports, the daily late-fee task per company, and estates
refusing to delete a house that has bills."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from io import BytesIO

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from saas.finance.amounts import month_start
from saas.finance.models import Bill, LateFeeAccrual
from saas.finance.services import finance_policy_update, payment_record, payment_reverse
from saas.finance.tasks import late_fees_accrue_all
from tenants.models import Company
from tests.estates.documents import HOUSE_DELETE
from tests.finance.conftest import Alpha, Estate, gid, run
from tests.graphql import GraphQLClient


@pytest.fixture
def booked(alpha: Alpha, estate: Estate) -> Estate:
    """This month billed; the owner's house paid, reversed and paid again today."""
    today = timezone.localdate()  # read when the test runs (collection may be before midnight)
    with alpha():
        run(estate, month_start(today), today=today)
        first = payment_record(house_id=estate.house.pk, amount_fen=34714, method="cash", cashier=estate.cashier)
        payment_reverse(payment_id=first.pk, reason="收错户", cashier=estate.cashier)
        payment_record(house_id=estate.house.pk, amount_fen=34714, method="pos", cashier=estate.cashier2)
    return estate


def _sheet(client: GraphQLClient, url: str) -> list[list[object]]:
    response = client.http.get(url, HTTP_AUTHORIZATION=f"Bearer {client.token}")
    assert response.status_code == 200, response.content
    assert "attachment; filename*=UTF-8''" in response["Content-Disposition"]
    sheet = load_workbook(BytesIO(response.content)).active
    assert sheet is not None
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize(
    ("path", "header", "total_column", "total"),
    [
        ("collection.xlsx?byPeriod=false", "小区", 7, Decimal("347.14")),  # paid
        ("arrears.xlsx", "小区", 9, Decimal("653.89")),  # outstanding: not due yet
        ("income.xlsx?dateFrom={today}&dateTo={today}", "口径", 5, Decimal("347.14")),
        ("daily-cash.xlsx?day={today}", "收款员", 7, Decimal("347.14")),  # net of the reversal
    ],
)
def test_each_report_downloads_with_chinese_headers_and_a_total(
    finance_client: GraphQLClient, booked: Estate, path: str, header: str, total_column: int, total: Decimal
) -> None:
    rows = _sheet(finance_client, "/finance/reports/" + path.format(today=timezone.localdate()))
    assert rows[0][0] == header
    assert rows[-1][0] == "合计" and Decimal(str(rows[-1][total_column - 1])) == total


def test_downloads_refuse_bad_parameters_and_foreign_communities(
    finance_client: GraphQLClient, booked: Estate, alpha: Alpha
) -> None:
    auth = {"HTTP_AUTHORIZATION": f"Bearer {finance_client.token}"}
    assert finance_client.http.get("/finance/reports/income.xlsx?dateFrom=yesterday", **auth).status_code == 400
    assert finance_client.http.get("/finance/reports/nothing.xlsx", **auth).status_code == 404
    foreign = f"/finance/reports/collection.xlsx?community={gid('Community', booked.qinghe.pk)}"
    response = finance_client.http.get(foreign, **auth)
    assert response.status_code == 403 and response.json()["code"] == "FORBIDDEN"


def test_the_beat_task_accrues_late_fees_in_each_companys_schema(
    company_a: Company, alpha: Alpha, estate: Estate
) -> None:
    today = timezone.localdate()
    with alpha():
        run(estate, month_start(today - timedelta(days=70)), today=today - timedelta(days=70))
        finance_policy_update(late_fee_enabled=True)
    assert late_fees_accrue_all() >= 1  # alpha and beta queued; Celery runs eagerly in tests
    with alpha():
        bill = Bill.objects.get(house=estate.house, period=month_start(today - timedelta(days=70)))
        assert LateFeeAccrual.objects.filter(bill=bill, day=today).count() == 1
        assert bill.late_fee_fen == 17  # round(34714 × 0.0005)
    late_fees_accrue_all()  # twice the same day: nothing more
    with alpha():
        assert LateFeeAccrual.objects.filter(bill=bill).count() == 1


def test_a_house_with_bills_cannot_be_deleted(staff_a: GraphQLClient, booked: Estate) -> None:
    body = staff_a.execute(HOUSE_DELETE, {"input": {"id": gid("House", booked.small.pk)}})
    assert [e["code"] for e in body["data"]["houseDelete"]["errors"]] == ["HAS_BILLS"]
