"""The simulated year at the issue's size: 200 elevators and 50 pumps, random late, missed and
early completions and a roster that changes every day (``tests/equipment/simulation.py``, the same
code ``make test`` runs at 12 + 4). Baseline in the same run: the small year, so the sweep's cost per
piece of equipment and day can be compared across sizes (it should not grow with the ledger).

RESULT compliance_year elevators=200 pumps=50 orders=… duplicates=0 rerun_created=0 gaps=…
false_gaps=0 missed_gaps=0 alerts=… alert_errors=0 sweep_ms_per_piece=… baseline_…=… ratio=…
"""

from __future__ import annotations

import statistics
import time

from django_tenants.utils import tenant_context

from tests.bench.common import bench_company
from tests.equipment.simulation import YearReport, simulate_year

FULL = (200, 50)
BASELINE = (12, 4)


def _play(prefix: str, elevators: int, pumps: int) -> tuple[YearReport, float]:
    with bench_company(prefix, houses=10) as company, tenant_context(company):
        started = time.perf_counter()
        report = simulate_year(elevators=elevators, pumps=pumps)
        return report, time.perf_counter() - started


def _per_piece(report: YearReport) -> float:
    return statistics.median(report.sweep_ms) / report.equipment


def main() -> None:
    small, small_seconds = _play("year-small", *BASELINE)
    full, full_seconds = _play("year-full", *FULL)
    for name, report in (("baseline", small), ("full", full)):
        problems = report.problems()
        print(f"{name}: {report.equipment} pieces, {report.orders} orders, {report.completions} completions, "
              f"{report.gaps_recorded} gaps, {report.alerts} alerts; problems: {problems or 'none'}")  # fmt: skip
    assert full.problems() == [] and small.problems() == [], "the simulated year broke a promise"
    print(
        f"RESULT compliance_year elevators={FULL[0]} pumps={FULL[1]} days=365 orders={full.orders} "
        f"completions={full.completions} duplicates={full.duplicate_slots} rerun_created={full.rerun_created} "
        f"gaps={full.gaps_recorded} violations={full.violations_expected} false_gaps={full.false_gaps} "
        f"missed_gaps={full.missed_gaps} alerts={full.alerts} alert_errors={len(full.alert_errors)} "
        f"seconds={full_seconds:.1f} baseline_seconds={small_seconds:.1f} "
        f"sweep_p50_ms={statistics.median(full.sweep_ms):.1f} sweep_ms_per_piece={_per_piece(full):.3f} "
        f"baseline_sweep_ms_per_piece={_per_piece(small):.3f} ratio={_per_piece(full) / _per_piece(small):.2f}"
    )
