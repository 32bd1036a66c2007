"""The bills list — bills with their house, community, building and lines (with their fee items) —
costs a fixed number of SQL statements whatever the page size, for the admin, scoped staff and an
owner (DESIGN.md §8); the heaviest money mutations cost a pinned number too."""

from __future__ import annotations

from datetime import date

import pytest

from tenants.models import Company
from tests.factories import HouseFactory, OccupancyFactory, staff_member
from tests.finance import documents as doc
from tests.finance.conftest import THIS_MONTH, Alpha, Estate, bill_of, gid
from tests.finance.documents import BILLS
from tests.graphql import GraphQLClient, QueryLog, client_for

# token lookup (with the role), the total count, the page of bills (community and building
# joined), their houses (scoped; community, building and unit joined), their lines (fee items
# joined; the line type's scoping in the same statement); for an owner first their homes (the
# scope, as ids in the others).
BILL_LIST_STATEMENTS = {"admin": 5, "finance": 5, "owner": 6}
PERIODS = [date(2025, month, 1) for month in range(1, 13)]


@pytest.mark.parametrize("viewer", ["admin", "finance", "owner"])
@pytest.mark.parametrize("houses", [2, 10])
def test_bill_list_is_a_fixed_number_of_statements(
    staff_a: GraphQLClient, company_a: Company, alpha: Alpha, estate: Estate, viewer: str, houses: int
) -> None:
    from saas.finance.services import billing_run_create

    with alpha():
        extra = [HouseFactory(unit=estate.house.unit, room_number=f"09{n:02d}") for n in range(houses)]
        for house in extra:
            OccupancyFactory(resident=estate.resident, house=house, is_primary_contact=False)
        for period in PERIODS:
            billing_run_create(period=period, community_ids=[estate.jinghua.pk], created_by=None, today=period)
        client = {
            "admin": staff_a,
            "finance": client_for(company_a, staff_member("caiwu-qc", "finance", (estate.jinghua,))),
            "owner": client_for(company_a, estate.owner),
        }[viewer]
    expected = 12 * (houses + 1) if viewer == "owner" else 12 * (houses + 4)
    client.data(BILLS, {"first": 1})  # warm the tenant lookup and the token's last use
    with QueryLog() as log:
        result = client.data(BILLS, {"first": 200})["bills"]
    assert log.count() == BILL_LIST_STATEMENTS[viewer], "\n".join(log.statements)
    assert result["totalCount"] == expected and len(result["edges"]) == min(expected, 200)
    assert all(edge["node"]["lines"] for edge in result["edges"])


# Mutations are pinned too (like Saleor's heaviest): a change that adds statements shows here.
# paymentRecord over one bill: token, scope, house and open bills locked, receipt number, the payment,
# bill lines, bill and line updates, the allocation, then the payload (prepaid part, allocations, per
# level: a payment spread over more bills costs no more, see below); telling the owners
# costs three: the owners with the house, their in-app notification, the enabled message channels.
PAYMENT_RECORD_STATEMENTS = 19
# The same with every allocation's bill, house, line and fee item in the payload (fetched per level).
PAYMENT_IN_FULL_STATEMENTS = 22
# waiverApprove: token, scope, the waiver and its bill locked, lines, allocations, updates, payload.
WAIVER_APPROVE_STATEMENTS = 15


def _statements(client: GraphQLClient, document: str, variables: dict[str, object]) -> tuple[int, str, dict]:
    with QueryLog() as log:
        body = client.execute(document, variables)
    assert "errors" not in body, body
    return log.count(), "\n".join(log.statements), body["data"]


def test_payment_record_is_a_fixed_number_of_statements(finance_client: GraphQLClient, billed: Estate) -> None:
    finance_client.data(BILLS, {"first": 1})  # warm the tenant lookup and the token's last use
    variables = {"input": {"house": gid("House", billed.house.pk), "amount": "100.00", "method": "CASH"}}
    count, statements, data = _statements(finance_client, doc.PAY, variables)
    assert data["paymentRecord"]["errors"] == [] and data["paymentRecord"]["payment"]["allocations"]
    assert count == PAYMENT_RECORD_STATEMENTS, statements


def test_waiver_approve_is_a_fixed_number_of_statements(
    finance_client: GraphQLClient, manager_client: GraphQLClient, billed: Estate, alpha: Alpha
) -> None:
    with alpha():
        bill = bill_of(billed, THIS_MONTH)
    asked = finance_client.data(
        doc.WAIVER_REQUEST, {"input": {"bill": gid("Bill", bill.pk), "amount": "15.00", "reason": "垃圾清运暂停"}}
    )
    manager_client.data(BILLS, {"first": 1})
    count, statements, data = _statements(
        manager_client, doc.WAIVER_APPROVE, {"input": {"id": asked["waiverRequest"]["waiver"]["id"]}}
    )
    assert data["waiverApprove"]["waiver"]["status"] == "APPROVED"
    assert count == WAIVER_APPROVE_STATEMENTS, statements


PAY_IN_FULL = """
mutation PaymentRecord($input: PaymentRecordInput!) {
  paymentRecord(input: $input) {
    payment {
      receiptNo toPrepaid
      allocations { amount bill { period house { roomNumber } } billLine { amount feeItem { name } } }
    }
    errors { code }
  }
}
"""


@pytest.mark.parametrize("months", [1, 3])
def test_a_payment_over_more_bills_costs_no_more_statements(
    finance_client: GraphQLClient, alpha: Alpha, estate: Estate, months: int
) -> None:
    """The payload a cashier's screen prints (each allocation's bill, house, line and fee item) is
    fetched per level, not per allocation: the same count for one month's bill as for three."""
    from saas.finance.services import billing_run_create

    with alpha():
        for period in PERIODS[:months]:
            billing_run_create(period=period, community_ids=[estate.jinghua.pk], created_by=None, today=period)
    finance_client.data(BILLS, {"first": 1})
    variables = {"input": {"house": gid("House", estate.house.pk), "amount": "5000.00", "method": "CASH"}}
    count, statements, data = _statements(finance_client, PAY_IN_FULL, variables)
    allocations = data["paymentRecord"]["payment"]["allocations"]
    assert len({a["bill"]["period"] for a in allocations}) == months
    assert count == PAYMENT_IN_FULL_STATEMENTS, statements
