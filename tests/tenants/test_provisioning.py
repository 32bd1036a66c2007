"""tenant_provision: warm pool, cold clone, all-or-nothing, no double claims, stable content types."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection, connections
from django_tenants.utils import schema_context, schema_exists

from saas.accounts.models import User
from tenants.cloning import clone_schema
from tenants.models import Company, CompanyStatus, Domain
from tenants.schemas import activate_public
from tenants.services import provisioning
from tenants.services.provisioning import (
    AdminAccount,
    CompanyProfile,
    Provisioned,
    spare_create,
    tenant_provision,
)


def profile(slug: str) -> CompanyProfile:
    return CompanyProfile(
        name=f"{slug} 物业",
        slug=slug,
        contact_name="张伟",
        contact_phone="13900001111",
        contact_email="",
        city="北京",
        houses_managed=None,
    )


ADMIN = AdminAccount(username="admin", password="Correct-Horse-9", display_name="张伟", phone="", email="")


class Boom(RuntimeError):
    pass


@pytest.fixture
def failing_admin_creation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail after the company row, the schema and the domain exist: the last step of provisioning."""

    def explode(**kwargs: object) -> User:
        with connection.cursor() as cursor:  # prove the schema really existed mid-way
            cursor.execute("SELECT count(*) FROM accounts_user")
        raise Boom("admin creation failed")

    monkeypatch.setattr(provisioning, "user_create_company_admin", explode)


def _schema_names() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE 't\\_%%'")
        return {row[0] for row in cursor.fetchall()}


def test_pool_path_claims_the_oldest_spare(db: None) -> None:
    spare = Company.objects.get(status=CompanyStatus.SPARE)
    result = tenant_provision(profile=profile("pooled"), admin=ADMIN)
    assert result.from_pool and result.company.pk == spare.pk
    assert not Company.objects.filter(status=CompanyStatus.SPARE).exists()
    with schema_context(spare.schema_name):
        assert User.objects.get().username == "admin"


def test_cold_path_clones_the_template_with_its_rows(db: None) -> None:
    Company.objects.filter(status=CompanyStatus.SPARE).delete()
    result = tenant_provision(profile=profile("cold"), admin=ADMIN)
    assert not result.from_pool
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT count(*) FROM "{result.company.schema_name}".django_migrations')
        cloned = cursor.fetchone()[0]
        cursor.execute('SELECT count(*) FROM "template".django_migrations')
        assert cloned == cursor.fetchone()[0] > 0


def test_failure_on_the_pool_path_leaves_the_spare_untouched(db: None, failing_admin_creation: None) -> None:
    spare = Company.objects.get(status=CompanyStatus.SPARE)
    schemas, domains = _schema_names(), Domain.objects.count()
    with pytest.raises(Boom):
        tenant_provision(profile=profile("broken"), admin=ADMIN)
    spare.refresh_from_db()
    assert spare.status == CompanyStatus.SPARE and spare.name == ""
    assert _schema_names() == schemas and Domain.objects.count() == domains


def test_failure_on_the_cold_path_leaves_no_schema_no_row_no_domain(db: None, failing_admin_creation: None) -> None:
    Company.objects.filter(status=CompanyStatus.SPARE).delete()
    schemas, companies, domains = _schema_names(), Company.objects.count(), Domain.objects.count()
    with pytest.raises(Boom):
        tenant_provision(profile=profile("broken"), admin=ADMIN)
    assert _schema_names() == schemas
    assert (Company.objects.count(), Domain.objects.count()) == (companies, domains)
    assert not Domain.objects.filter(domain="broken.localhost").exists()


# --- committed transactions: what really happens between two processes -------------------------


@pytest.fixture
def committed(django_db_blocker: pytest.FixtureRequest) -> Iterator[list[Company]]:
    """Work that commits for real (threads need to see it); everything made is dropped afterwards."""
    made: list[Company] = []
    with django_db_blocker.unblock():  # type: ignore[attr-defined]
        before = set(Company.objects.values_list("pk", flat=True))
        yield made
        activate_public()
        for company in Company.objects.exclude(pk__in=before):
            with connection.cursor() as cursor:
                cursor.execute(f'DROP SCHEMA IF EXISTS "{company.schema_name}" CASCADE')
            company.delete()


def test_two_concurrent_signups_never_claim_the_same_spare(committed: list[Company]) -> None:
    Company.objects.filter(status=CompanyStatus.SPARE).update(status=CompanyStatus.TEMPLATE)  # park the shared spare
    try:
        committed.extend([spare_create(), spare_create()])
        barrier = threading.Barrier(2)
        results: dict[str, Provisioned] = {}
        failures: list[BaseException] = []

        def signup(slug: str) -> None:
            try:
                barrier.wait(timeout=10)
                results[slug] = tenant_provision(profile=profile(slug), admin=ADMIN)
            except BaseException as exc:
                failures.append(exc)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=signup, args=(slug,)) for slug in ("race-one", "race-two")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not failures
        claimed = {r.company.pk for r in results.values()}
        assert claimed == {c.pk for c in committed}, "each signup got its own spare"
        assert all(r.from_pool for r in results.values())
    finally:
        Company.objects.filter(status=CompanyStatus.TEMPLATE).exclude(schema_name="template").update(
            status=CompanyStatus.SPARE
        )


def test_committed_failure_leaves_nothing_behind(committed: list[Company], failing_admin_creation: None) -> None:
    parked = list(Company.objects.filter(status=CompanyStatus.SPARE).values_list("pk", flat=True))
    Company.objects.filter(pk__in=parked).update(status=CompanyStatus.TEMPLATE)
    try:
        schemas, companies = _schema_names(), Company.objects.count()
        with pytest.raises(Boom):
            tenant_provision(profile=profile("committed-broken"), admin=ADMIN)
        assert _schema_names() == schemas and Company.objects.count() == companies
        assert not Domain.objects.filter(domain="committed-broken.localhost").exists()
    finally:
        Company.objects.filter(pk__in=parked).update(status=CompanyStatus.SPARE)


# --- content types --------------------------------------------------------------------------------


def _content_types_in(schema: str) -> dict[tuple[str, str], int]:
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT app_label, model, id FROM "{schema}".django_content_type')
        return {(app, model): pk for app, model, pk in cursor.fetchall()}


def test_content_type_ids_are_identical_in_every_tenant_schema(company_a: Company, company_b: Company) -> None:
    template = _content_types_in("template")
    assert _content_types_in(company_a.schema_name) == template
    assert _content_types_in(company_b.schema_name) == template


def test_content_type_cache_is_reread_when_the_schema_changes(company_a: Company) -> None:
    """Django caches content types per database alias; a schema switch must not serve stale ids."""
    with schema_context(company_a.schema_name):
        ContentType.objects.create(app_label="probe", model="padding")  # shift the tenant's ids
        tenant_id = ContentType.objects.create(app_label="probe", model="thing").pk
    public_id = ContentType.objects.create(app_label="probe", model="thing").pk
    assert public_id != tenant_id

    assert ContentType.objects.get_by_natural_key("probe", "thing").pk == public_id  # cached now
    with schema_context(company_a.schema_name):
        assert ContentType.objects.get_by_natural_key("probe", "thing").pk == tenant_id
    assert ContentType.objects.get_by_natural_key("probe", "thing").pk == public_id


def test_missing_template_is_a_clear_error(db: None) -> None:
    Company.objects.filter(status=CompanyStatus.SPARE).delete()
    with connection.cursor() as cursor:
        cursor.execute('ALTER SCHEMA "template" RENAME TO "template_hidden"')
    with pytest.raises(provisioning.TemplateMissingError, match="platform_setup"):
        tenant_provision(profile=profile("no-template"), admin=ADMIN)
    assert schema_exists("template_hidden")


def _structure(schema: str) -> dict[str, list[tuple[object, ...]]]:
    """Tables, columns, constraints, indexes and sequence positions, with the schema name removed."""
    queries = {
        "columns": "SELECT table_name, column_name, data_type, is_nullable, column_default, is_identity "
        "FROM information_schema.columns WHERE table_schema = %s ORDER BY 1, 2",
        "constraints": "SELECT cl.relname, co.conname, pg_get_constraintdef(co.oid) FROM pg_constraint co "
        "JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace "
        "WHERE n.nspname = %s ORDER BY 1, 2",
        "indexes": "SELECT indexname, replace(indexdef, schemaname || '.', '') FROM pg_indexes "
        "WHERE schemaname = %s ORDER BY 1",
        "sequences": "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = %s ORDER BY 1",
        "triggers": "SELECT cl.relname, t.tgname, replace(pg_get_triggerdef(t.oid), n.nspname || '.', '') "
        "FROM pg_trigger t "
        "JOIN pg_class cl ON cl.oid = t.tgrelid JOIN pg_namespace n ON n.oid = cl.relnamespace "
        "WHERE n.nspname = %s AND NOT t.tgisinternal ORDER BY 1, 2",
    }
    with connection.cursor() as cursor:
        cursor.execute(f'SET LOCAL search_path = "{schema}"')  # unqualified names in the definitions
        result = {}
        for name, sql in queries.items():
            cursor.execute(sql, [schema])
            result[name] = cursor.fetchall()
    activate_public()
    return result


def test_a_clone_has_exactly_the_template_structure(db: None) -> None:
    clone_schema("template", "t_structure_probe")  # rolled back with the test
    template = _structure("template")
    assert all(template[part] for part in ("columns", "constraints", "indexes", "sequences", "triggers"))
    assert _structure("t_structure_probe") == template


def test_a_spare_behind_the_templates_migrations_is_not_claimed(db: None) -> None:
    spare = Company.objects.get(status=CompanyStatus.SPARE)
    with connection.cursor() as cursor:  # as if cloned before the template's last migration
        newest = 'SELECT max(id) FROM "template".django_migrations'
        cursor.execute(f'DELETE FROM "{spare.schema_name}".django_migrations WHERE id = ({newest})')
    result = tenant_provision(profile=profile("fresh-only"), admin=ADMIN)
    assert not result.from_pool and result.company.pk != spare.pk
    spare.refresh_from_db()
    assert spare.status == CompanyStatus.SPARE
