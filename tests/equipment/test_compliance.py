"""A simulated year of the compliance clock (``tests/equipment/simulation.py``), small enough for
``make test``: 12 elevators and 4 pumps, every promise checked against what the events imply. The
properties do not depend on the count; ``make bench NAME=compliance_year`` plays the issue's 200
elevators and 50 pumps through the same code."""

from __future__ import annotations

from django_tenants.utils import tenant_context

from tenants.models import Company
from tests.equipment.simulation import simulate_year


def test_a_simulated_year_keeps_every_promise_of_the_compliance_clock(company_a: Company) -> None:
    with tenant_context(company_a):
        report = simulate_year(elevators=12, pumps=4)
    assert report.problems() == []
    assert report.duplicate_slots == 0 and report.rerun_created == 0
    assert report.gaps_recorded == report.gaps_expected > 0
    assert report.completions > 0 and report.alerts > 0
