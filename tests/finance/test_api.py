"""Finance at the GraphQL boundary: four actors (anonymous, an owner, staff without the capability,
finance staff / the admin), money as yuan strings, typed errors that change nothing, messages in
Chinese by default and English on request, owners seeing only their own bills and payments."""

from __future__ import annotations

from typing import Any

import pytest

from saas.finance.models import Bill, BillingRun, FeeItem, Payment
from tenants.models import Company
from tests.factories import staff_member
from tests.finance import documents as doc
from tests.finance.conftest import THIS_MONTH, Alpha, Estate, gid, payload
from tests.graphql import GraphQLClient, client_for, error_codes


def codes(result: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(e["field"], e["code"]) for e in result["errors"]]


@pytest.fixture
def service_client(company_a: Company, estate: Estate, alpha: Alpha) -> GraphQLClient:
    """Service desk of 京华园: sees bills, records no payments, sets up no fees."""
    with alpha():
        return client_for(company_a, staff_member("kefu", "service", (estate.jinghua,)))


@pytest.fixture
def qinghe_finance(company_a: Company, estate: Estate, alpha: Alpha) -> GraphQLClient:
    with alpha():
        return client_for(company_a, staff_member("caiwu-qh", "finance", (estate.qinghe,)))


def _pay_input(estate: Estate, amount: str = "100.00", **extra: Any) -> dict[str, Any]:
    return {"input": {"house": gid("House", estate.house.pk), "amount": amount, "method": "CASH", **extra}}


def test_finance_staff_run_bills_and_take_payments_in_yuan(
    finance_client: GraphQLClient, alpha: Alpha, estate: Estate
) -> None:
    run_input = {"input": {"period": THIS_MONTH.isoformat(), "communities": [gid("Community", estate.jinghua.pk)]}}
    preview = payload(finance_client.execute(doc.PREVIEW, run_input), "billingRunPreview")
    assert preview["errors"] == [] and preview["preview"]["newBills"] == 4
    assert preview["preview"]["newAmount"] == "1001.03"  # 347.14 + 234.97 + 15.00 + 403.92
    created = payload(finance_client.execute(doc.RUN, run_input), "billingRunCreate")
    assert (
        created["billingRun"]["billsCreated"] == 4
        and created["billingRun"]["amount"] == preview["preview"]["newAmount"]
    )
    again = payload(finance_client.execute(doc.RUN, run_input), "billingRunCreate")
    assert (again["billingRun"]["billsCreated"], again["billingRun"]["linesCreated"]) == (0, 0)

    paid = payload(finance_client.execute(doc.PAY, _pay_input(estate, "400", payerName="张伟")), "paymentRecord")
    assert paid["errors"] == []
    assert (paid["payment"]["receiptNo"], paid["payment"]["amount"], paid["payment"]["toPrepaid"]) == (
        1,
        "400.00",
        "52.86",
    )
    bills = payload(finance_client.execute(doc.BILLS, {"filter": {"house": gid("House", estate.house.pk)}}), "bills")
    bill = bills["edges"][0]["node"]
    assert (bill["status"], bill["total"], bill["paid"], bill["balance"]) == ("PAID", "347.14", "347.14", "0.00")
    assert [line["amount"] for line in bill["lines"]] == ["332.14", "15.00"]
    assert bill["lines"][0]["quantity"] == "118.62" and bill["lines"][0]["unitPrice"] == "2.8000"
    finance = payload(
        finance_client.execute(doc.HOUSE_FINANCE, {"house": gid("House", estate.house.pk)}), "houseFinance"
    )
    assert finance == {"prepaidBalance": "52.86", "outstanding": "0.00", "overdue": "0.00", "openBills": 0}

    payment_id = paid["payment"]["id"]
    reversed_ = payload(
        finance_client.execute(doc.REVERSE, {"input": {"id": payment_id, "reason": "收款金额有误"}}), "paymentReverse"
    )
    assert reversed_["reversal"] == {"receiptNo": 2, "amount": "-400.00", "reason": "收款金额有误"}


def test_bad_input_is_typed_in_chinese_or_english_and_changes_nothing(
    finance_client: GraphQLClient, billed: Estate, alpha: Alpha
) -> None:
    bad_item = {
        "input": {
            "name": "",
            "kind": "METERED",
            "unitPrice": "1.23456",
            "cycle": "MONTHLY",
            "communities": [],
            "effectiveFrom": "2026-01-15",
        }
    }
    result = payload(finance_client.execute(doc.FEE_ITEM_CREATE, bad_item), "feeItemCreate")
    assert set(codes(result)) == {
        ("name", "REQUIRED"),
        ("meterType", "METER_TYPE_REQUIRED"),
        ("unitPrice", "PRICE_PRECISION"),
        ("communities", "COMMUNITIES_REQUIRED"),
        ("effectiveFrom", "PERIOD_NOT_MONTH_START"),
    }
    assert result["feeItem"] is None and "单价最多保留四位小数。" in [e["message"] for e in result["errors"]]
    english = GraphQLClient(finance_client.host, token=finance_client.token, language="en")
    result = payload(english.execute(doc.PAY, _pay_input(billed, "0")), "paymentRecord")
    assert result["errors"] == [
        {"field": "amount", "message": "The amount must be greater than 0.", "code": "AMOUNT_NOT_POSITIVE"}
    ]
    with alpha():
        other_bill = Bill.objects.get(house=billed.small).pk
    result = payload(
        finance_client.execute(doc.PAY, _pay_input(billed, bills=[gid("Bill", other_bill)])), "paymentRecord"
    )
    assert codes(result) == [("bills", "BILL_OF_ANOTHER_HOUSE")]
    body = finance_client.execute(doc.PAY, _pay_input(billed, "1.005"))
    assert body.get("errors") and body.get("data") is None  # not an amount in yuan: refused before any service
    with alpha():
        assert not Payment.objects.exists() and FeeItem.objects.count() == 3


def test_owners_see_only_their_own_bills_and_payments(
    owner_client: GraphQLClient, finance_client: GraphQLClient, billed: Estate, alpha: Alpha
) -> None:
    finance_client.execute(doc.PAY, _pay_input(billed, "50.00"))
    bills = payload(owner_client.execute(doc.BILLS), "bills")
    assert bills["totalCount"] == 1 and bills["edges"][0]["node"]["house"]["roomNumber"] == "0101"
    payments = payload(owner_client.execute(doc.PAYMENTS), "payments")
    assert [p["node"]["receiptNo"] for p in payments["edges"]] == [1]
    assert payments["edges"][0]["node"]["allocations"][0]["billLine"]["description"] == "物业费"
    with alpha():
        other = Bill.objects.get(house=billed.small)
    assert payload(owner_client.execute(doc.BILL, {"id": gid("Bill", other.pk)}), "bill") is None
    assert (
        payload(owner_client.execute(doc.HOUSE_FINANCE, {"house": gid("House", billed.small.pk)}), "houseFinance")
        is None
    )
    mine = payload(owner_client.execute(doc.HOUSE_FINANCE, {"house": gid("House", billed.house.pk)}), "houseFinance")
    assert mine["outstanding"] == "297.14"
    for document, variables in (
        (doc.PAY, _pay_input(billed)),
        (doc.RUN, {"input": {"period": THIS_MONTH.isoformat(), "communities": [gid("Community", billed.jinghua.pk)]}}),
        (doc.WAIVERS, None),
        (doc.FEE_ITEMS, None),
        (doc.COLLECTION, None),
    ):
        body = owner_client.execute(document, variables)
        assert error_codes(body) == ["FORBIDDEN"] and body["data"] is None


def test_anonymous_callers_and_staff_without_the_capability_are_refused(
    client_a: GraphQLClient, service_client: GraphQLClient, billed: Estate, alpha: Alpha
) -> None:
    writes = [
        (doc.PAY, _pay_input(billed)),
        (doc.RUN, {"input": {"period": THIS_MONTH.isoformat(), "communities": [gid("Community", billed.jinghua.pk)]}}),
        (doc.POLICY_UPDATE, {"input": {"lateFeeEnabled": True}}),
    ]
    for client, code in ((client_a, "UNAUTHENTICATED"), (service_client, "FORBIDDEN")):
        for document, variables in writes:
            body = client.execute(document, variables)
            assert error_codes(body) == [code] and body["data"] is None
    assert payload(service_client.execute(doc.BILLS), "bills")["totalCount"] == 4  # service staff read bills
    with alpha():
        assert not Payment.objects.exists() and BillingRun.objects.count() == 1


def test_staff_of_another_community_cannot_touch_this_one(
    qinghe_finance: GraphQLClient, billed: Estate, alpha: Alpha
) -> None:
    body = qinghe_finance.execute(doc.PAY, _pay_input(billed))
    assert error_codes(body) == ["FORBIDDEN"]
    assert payload(qinghe_finance.execute(doc.BILLS), "bills")["totalCount"] == 0
    body = qinghe_finance.execute(
        doc.RUN, {"input": {"period": THIS_MONTH.isoformat(), "communities": [gid("Community", billed.jinghua.pk)]}}
    )
    assert error_codes(body) == ["FORBIDDEN"]
    collection = payload(qinghe_finance.execute(doc.COLLECTION), "collectionReport")
    assert collection["rows"] == [] and collection["total"]["billed"] == "0.00"


def test_the_admin_sets_the_policy_and_reports_download_as_xlsx(
    staff_a: GraphQLClient, finance_client: GraphQLClient, owner_client: GraphQLClient, billed: Estate
) -> None:
    policy = payload(staff_a.execute(doc.POLICY), "financePolicy")
    assert policy == {"billDueDays": 30, "lateFeeEnabled": False, "lateFeeDailyRate": "0.000500", "lateFeeGraceDays": 0}
    changed = payload(
        staff_a.execute(doc.POLICY_UPDATE, {"input": {"lateFeeEnabled": True, "lateFeeDailyRate": "0.0003"}}),
        "financePolicyUpdate",
    )
    assert changed["financePolicy"]["lateFeeEnabled"] is True and changed["errors"] == []
    assert error_codes(finance_client.execute(doc.POLICY)) == ["FORBIDDEN"]
    finance_client.execute(doc.PAY, _pay_input(billed, "347.14"))
    report = payload(finance_client.execute(doc.COLLECTION, {"byBuilding": True}), "collectionReport")
    assert report["total"]["billed"] == "1001.03" and report["total"]["paid"] == "347.14"
    response = finance_client.http.get(report["downloadUrl"], HTTP_AUTHORIZATION=f"Bearer {finance_client.token}")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/vnd.openxmlformats")
    from io import BytesIO

    from openpyxl import load_workbook

    sheet = load_workbook(BytesIO(response.content)).active
    assert sheet is not None
    assert [c.value for c in sheet[1]][:5] == ["小区", "楼栋", "账期", "账单数", "应收（元）"]
    assert sheet.cell(row=sheet.max_row, column=1).value == "合计"
    anonymous = finance_client.http.get(report["downloadUrl"])
    assert anonymous.status_code == 401
    owner_token = owner_client.token
    forbidden = finance_client.http.get(report["downloadUrl"], HTTP_AUTHORIZATION=f"Bearer {owner_token}")
    assert forbidden.status_code == 403


def test_finance_staff_cancel_a_bill_with_a_reason(finance_client: GraphQLClient, billed: Estate, alpha: Alpha) -> None:
    with alpha():
        bill = Bill.objects.get(house=billed.small)
    document = (
        "mutation($input: BillCancelInput!) { billCancel(input: $input) "
        "{ bill { status cancelReason cancelledAt } errors { field code } } }"
    )
    refused = payload(
        finance_client.execute(document, {"input": {"id": gid("Bill", bill.pk), "reason": ""}}), "billCancel"
    )
    assert codes(refused) == [("reason", "REASON_REQUIRED")]
    done = payload(
        finance_client.execute(document, {"input": {"id": gid("Bill", bill.pk), "reason": "房屋面积有误"}}),
        "billCancel",
    )
    assert done["bill"]["status"] == "CANCELLED" and done["bill"]["cancelReason"] == "房屋面积有误"
