"""``manage.py import_legacy``: the onboarding team's path through the same services."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django_tenants.utils import tenant_context

from saas.estates.models import House
from saas.imports.models import ImportJob
from saas.residents.models import Occupancy
from tests.imports.conftest import HOUSE_HEADER, HOUSES, csv_bytes


def test_dry_run_only_without_commit_then_commit(company_a, tmp_path):
    path = tmp_path / "houses.csv"
    path.write_bytes(csv_bytes(HOUSE_HEADER, HOUSES, encoding="gbk"))
    call_command("import_legacy", str(path), "--company", "alpha", "--stage", "houses")
    with tenant_context(company_a):
        assert House.objects.count() == 0 and ImportJob.objects.get().state == "validated"
    with pytest.raises(CommandError, match="residents: MISSING_COLUMN"):  # stages run in order
        call_command(
            "import_legacy", str(path), "--company", "alpha", "--stage", "residents", "--stage", "houses", "--commit"
        )
    with tenant_context(company_a):
        assert House.objects.count() == 4  # houses committed before residents found no 姓名 column
        assert Occupancy.objects.count() == 0


def test_unknown_company_is_refused(db, tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"a,b\n1,2\n")
    with pytest.raises(CommandError):
        call_command("import_legacy", str(path), "--company", "nobody", "--stage", "houses")
