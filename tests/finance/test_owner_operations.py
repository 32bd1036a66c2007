"""The owner app's reads, exactly as the front end sends them (``frontend_contract/operations``),
cost a fixed number of SQL statements, the same for a short page as for a long one: nothing is
loaded one row at a time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from django.conf import settings

from saas.finance.services import billing_run_create, payment_record
from tests.factories import HouseFactory, OccupancyFactory
from tests.finance.conftest import Alpha, Estate
from tests.graphql import GraphQLClient, QueryLog, client_for

OPERATIONS = Path(settings.BASE_DIR) / "frontend_contract" / "operations" / "tenant"


def _document(name: str) -> str:
    return (OPERATIONS / f"{name}.graphql").read_text()


@pytest.fixture
def owner_with_history(alpha: Alpha, estate: Estate, company_a: object) -> GraphQLClient:
    """The owner of two houses, with a year of bills and a payment a month."""
    with alpha():
        second = HouseFactory(unit=estate.house.unit, room_number="0909")
        OccupancyFactory(resident=estate.resident, house=second, is_primary_contact=False)
        for month in range(1, 7):
            period = date(2025, month, 1)
            billing_run_create(period=period, community_ids=[estate.jinghua.pk], created_by=None, today=period)
        for house in (estate.house, second):
            for _ in range(6):
                payment_record(house_id=house.pk, amount_fen=10000, method="cash", cashier=estate.cashier)
        return client_for(company_a, estate.owner)  # type: ignore[arg-type]


# Pinned per operation (SET search_path not counted). 我的账单: token, the owner's homes (their
# scope, as ids in the rest), page of bills, their houses (community, building, unit joined), their
# lines, the count. 缴费记录: token, homes, page, count, the houses, reversals, allocations with their
# bills and lines, and the scoping of each.
STATEMENTS = {"OwnerMyBills": 6, "OwnerMyPayments": 10}


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_owner_lists_cost_the_same_statements_for_any_page_size(owner_with_history: GraphQLClient, name: str) -> None:
    document = _document(name)
    counts = {}
    for size in (2, 12):
        owner_with_history.execute_operation(document, name, {"first": 1})  # warm the token's last use
        with QueryLog() as log:
            body = owner_with_history.execute_operation(document, name, {"first": size})
        assert "errors" not in body, body
        assert len(next(iter(body["data"].values()))["edges"]) == size
        counts[size] = log.count()
    assert counts == {2: STATEMENTS[name], 12: STATEMENTS[name]}, counts


# 我的房屋 (OwnerMyHouses): token, the resident, the owner's homes (the houses' scope, as ids),
# their occupancies with the houses (community, building and unit joined).
MY_HOUSES = 5


def test_my_houses_cost_the_same_statements_for_two_or_six_houses(
    alpha: Alpha, estate: Estate, company_a: object
) -> None:
    document = _document("OwnerMyHouses")
    owner = client_for(company_a, estate.owner)  # type: ignore[arg-type]
    counts = {}
    for houses in (2, 6):
        with alpha():
            while estate.resident.occupancies.count() < houses:
                house = HouseFactory(
                    unit=estate.house.unit, room_number=f"08{houses}{estate.resident.occupancies.count()}"
                )
                OccupancyFactory(resident=estate.resident, house=house, is_primary_contact=False)
        owner.execute_operation(document, "OwnerMyHouses", {})  # warm the token's last use
        with QueryLog() as log:
            body = owner.execute_operation(document, "OwnerMyHouses", {})
        assert "errors" not in body, body
        (resident,) = [edge["node"] for edge in body["data"]["residents"]["edges"]]
        assert len(resident["occupancies"]) == houses
        assert all(o["house"]["community"]["name"] and o["house"]["unit"]["name"] for o in resident["occupancies"])
        counts[houses] = log.count()
    assert counts == {2: MY_HOUSES, 6: MY_HOUSES}, counts


def test_a_repeated_operation_text_is_parsed_and_validated_once(owner_with_history: GraphQLClient) -> None:
    from strawberry.extensions.parser_cache import _get_parse_cache
    from strawberry.extensions.validation_cache import _get_validate_cache

    document = _document("OwnerMyBills")
    owner_with_history.execute_operation(document, "OwnerMyBills", {"first": 2})
    parsed, validated = _get_parse_cache(256).cache_info(), _get_validate_cache(256).cache_info()
    for _ in range(3):
        owner_with_history.execute_operation(document, "OwnerMyBills", {"first": 2})
    assert _get_parse_cache(256).cache_info().misses == parsed.misses
    assert _get_parse_cache(256).cache_info().hits == parsed.hits + 3
    assert _get_validate_cache(256).cache_info().misses == validated.misses
