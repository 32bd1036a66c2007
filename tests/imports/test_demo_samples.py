"""The demo's sample exports import cleanly by the README's walk-through: houses, residents and
opening balances from the one 思源 file, with no problems and nothing twice."""

from __future__ import annotations

from pathlib import Path

from saas.estates.models import House
from saas.finance.models import Bill, PrepaidEntry
from saas.imports.models import JobState
from saas.residents.models import Occupancy
from tests.imports.conftest import dry_run_and_commit, upload

SAMPLES = Path(__file__).resolve().parents[2] / "saas" / "demo" / "samples"


def test_siyuan_sample_walk_through(admin):
    data = (SAMPLES / "siyuan_jinhuayuan_gbk.csv").read_bytes()
    jobs = {}
    for stage in ("houses", "residents", "opening_balances"):
        job = dry_run_and_commit(upload(data, stage, by=admin, district="chaoyang", opening_period="2026-11-01"), admin)
        assert job.state == JobState.COMMITTED, job.failure
        assert job.problems == [], job.problems[:5]
        jobs[stage] = job
    assert House.objects.count() == jobs["houses"].created > 0
    assert Occupancy.objects.count() > 0
    assert Bill.objects.count() + PrepaidEntry.objects.count() > 0
    for stage in ("houses", "residents", "opening_balances"):
        again = dry_run_and_commit(
            upload(data, stage, by=admin, district="chaoyang", opening_period="2026-11-01"), admin
        )
        assert again.created == 0 and again.will_create == 0


def test_mingyuan_merged_header_sample(admin):
    data = (SAMPLES / "mingyuan_jinhuayuan.xlsx").read_bytes()
    for stage in ("houses", "residents", "opening_balances"):
        job = dry_run_and_commit(upload(data, stage, by=admin, district="chaoyang"), admin)
        assert job.state == JobState.COMMITTED, job.failure
        assert job.problems == [], job.problems[:5]
    assert House.objects.count() == 40
