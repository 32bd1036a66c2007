from __future__ import annotations

import pytest
from django.db import connection
from django.test import override_settings

from saas.core.background import background_join
from tenants.models import Company, CompanyStatus
from tenants.services.provisioning import AdminAccount, CompanyProfile, tenant_provision
from tenants.tasks import spare_pool_refill


@override_settings(TENANT_SPARE_POOL_SIZE=2)
def test_refill_tops_the_pool_up_to_its_size(db: None) -> None:
    assert Company.objects.filter(status=CompanyStatus.SPARE).count() == 1
    assert spare_pool_refill() == 1
    assert spare_pool_refill() == 0, "a full pool stays as it is"
    assert Company.objects.filter(status=CompanyStatus.SPARE).count() == 2


@override_settings(TENANT_SPARE_POOL_AUTO_REFILL=True)
def test_claiming_a_spare_refills_the_pool_after_the_response_never_inside_it(
    db: None, django_capture_on_commit_callbacks: pytest.FixtureRequest
) -> None:
    """Without a broker Celery would run the refill inline: a signup would wait ~2 s for a clone."""
    profile = CompanyProfile(
        name="朝阳物业", slug="refill", contact_name="李", contact_phone="", contact_email="", city="北京",
        houses_managed=None,
    )  # fmt: skip
    admin = AdminAccount(username="admin", password="Correct-Horse-9", display_name="李", phone="", email="")
    statements: list[str] = []

    def record(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        statements.append(sql)
        return execute(sql, params, many, context)

    background_join()
    with connection.execute_wrapper(record), django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        assert tenant_provision(profile=profile, admin=admin).from_pool
    assert not [sql for sql in statements if "CREATE SCHEMA" in sql.upper() or "pg_advisory" in sql], (
        "the request's connection neither cloned nor took the pool lock"
    )
    assert Company.objects.filter(status=CompanyStatus.SPARE).count() == 0, "nothing refilled in-request"
    # The refill ran on a thread of its own (it sees committed rows only: the session's spare, so it
    # clones nothing here; test_refill_tops_the_pool_up_to_its_size covers the cloning itself).
    assert background_join(timeout=60) == ["spare-pool-refill"]
