"""套餐上限: a plan's house limit is enforced on every way houses are added; reads keep working;
the vendor raises it by moving the company to a larger plan."""

from __future__ import annotations

from typing import Any

from tenants.models import Company, Plan
from tests.estates.conftest import Estate, gid
from tests.estates.documents import BUILDING_COPY, BUILDING_CREATE, HOUSE_CREATE
from tests.graphql import GraphQLClient

HOUSE = {"roomNumber": "0201", "floor": 2, "buildingArea": "128.6", "usableArea": "101.25"}
GENERATE = {"units": 1, "housesPerFloor": 2, "buildingArea": "89.5", "usableArea": "72.30"}
COUNT = "{ houses { totalCount } }"


def _limit(company: Company, houses: int) -> None:
    """The company's plan allows exactly ``houses`` (the estate fixture holds 2)."""
    Plan.objects.filter(pk=company.plan_id).update(max_houses=houses)


def _codes(payload: dict[str, Any]) -> list[str]:
    return [e["code"] for e in payload["errors"]]


def test_adding_houses_past_the_plan_is_refused_and_reads_keep_working(
    staff_a: GraphQLClient, estate: Estate, company_a: Company
) -> None:
    _limit(company_a, 3)
    one = staff_a.data(HOUSE_CREATE, {"input": {"unit": gid("Unit", estate.unit.pk), **HOUSE}})["houseCreate"]
    assert one["errors"] == [] and staff_a.data(COUNT)["houses"]["totalCount"] == 3

    refused = staff_a.data(
        HOUSE_CREATE, {"input": {"unit": gid("Unit", estate.unit.pk), **HOUSE, "roomNumber": "0202"}}
    )["houseCreate"]
    assert _codes(refused) == ["PLAN_LIMIT_REACHED"] and refused["house"] is None
    assert "套餐的房屋上限（3 套，现有 3 套）" in refused["errors"][0]["message"]

    generated = staff_a.data(
        BUILDING_CREATE,
        {
            "input": {
                "community": gid("Community", estate.community.pk),
                "name": "9号楼",
                "floorsAbove": 2,
                "generate": GENERATE,
            }
        },
    )["buildingCreate"]
    assert _codes(generated) == ["PLAN_LIMIT_REACHED"] and generated["building"] is None
    copied = staff_a.data(BUILDING_COPY, {"input": {"id": gid("Building", estate.building.pk), "name": "副本"}})
    assert _codes(copied["buildingCopy"]) == ["PLAN_LIMIT_REACHED"]
    assert staff_a.data(COUNT)["houses"]["totalCount"] == 3, "nothing was added; reading still works"


def test_a_larger_plan_lets_the_company_add_again(staff_a: GraphQLClient, estate: Estate, company_a: Company) -> None:
    _limit(company_a, 2)
    variables = {"input": {"unit": gid("Unit", estate.unit.pk), **HOUSE}}
    assert _codes(staff_a.data(HOUSE_CREATE, variables)["houseCreate"]) == ["PLAN_LIMIT_REACHED"]
    _limit(company_a, 10)
    assert staff_a.data(HOUSE_CREATE, variables)["houseCreate"]["errors"] == []
    generated = staff_a.data(
        BUILDING_CREATE,
        {
            "input": {
                "community": gid("Community", estate.community.pk),
                "name": "9号楼",
                "floorsAbove": 2,
                "generate": GENERATE,
            }
        },
    )["buildingCreate"]
    assert generated["errors"] == [] and generated["housesCreated"] == 4


def test_plans_promise_only_what_is_built(public_client: GraphQLClient) -> None:
    plans = public_client.data("{ plans { code description maxHouses } }")["plans"]
    assert {p["code"]: p["maxHouses"] for p in plans}["trial"] == 500
    assert "公告" in {p["code"]: p["description"] for p in plans}["standard"]  # saas/notices is built
    for plan in plans:
        for missing in ("停车", "数据迁移", "导入"):
            assert missing not in plan["description"], (plan["code"], missing)
    promised = {p["code"] for p in plans if "设备台账与维保巡检" in p["description"]}
    assert promised == {"professional", "enterprise"}  # saas/equipment is built
