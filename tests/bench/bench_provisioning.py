"""Signup latency: claiming a warm spare vs cloning the template vs django-tenants' migrate route.

All three use the project's real migrations and commit. Password hashing is made cheap for all of
them: it is a fixed cost (Argon2: ~0.25 s here) unrelated to how the schema is obtained. Spares
that already existed (a dev pool) are row-locked for the whole run, so ``SKIP LOCKED`` never hands
them out: the cold path really is cold, and the caller's pool is left as found.
"""

from __future__ import annotations

import secrets
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import override_settings
from django_tenants.utils import schema_context

from saas.accounts.services import user_create_company_admin
from tenants.models import Company, CompanyStatus, Domain
from tenants.schemas import activate_public
from tenants.services.provisioning import (
    AdminAccount,
    CompanyProfile,
    spare_pool_fill,
    template_ensure,
    tenant_host,
    tenant_provision,
)

POOL_SAMPLES, CLONE_SAMPLES, MIGRATE_SAMPLES = 15, 10, 5
ADMIN = AdminAccount(username="admin", password="bench-pass-123", display_name="管理员", phone="", email="")
CHEAP_HASHING = {"PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"]}


def _profile(slug: str) -> CompanyProfile:
    return CompanyProfile(
        name=f"基准 {slug}", slug=slug, contact_name="张三", contact_phone="13800000000",
        contact_email="bench@example.com", city="北京", houses_managed=100,
    )  # fmt: skip


def _provision(slug: str, *, expect_pool: bool) -> None:
    result = tenant_provision(profile=_profile(slug), admin=ADMIN)
    if result.from_pool != expect_pool:  # a sample on the wrong path would silently skew the median
        raise RuntimeError(f"{slug}: from_pool={result.from_pool}, expected {expect_pool}")


def _migrate_route(slug: str) -> None:
    """What ``auto_create_schema=True`` would do at signup: replay the whole migration history."""
    company = Company.objects.create(schema_name=f"t_{secrets.token_hex(6)}", status=CompanyStatus.SPARE)
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE SCHEMA "{company.schema_name}"')
    call_command("migrate_schemas", tenant=True, schema_name=company.schema_name, interactive=False, verbosity=0)
    activate_public()
    with transaction.atomic():
        company.status = CompanyStatus.TRIAL
        company.save()
        Domain.objects.create(domain=tenant_host(slug), tenant=company, is_primary=True)
        with schema_context(company.schema_name):
            user_create_company_admin(**vars(ADMIN))


@contextmanager
def _parked(company_ids: list[int]) -> Iterator[None]:
    """Hold row locks on pre-existing spares from a second connection until the block ends."""
    if not company_ids:  # an open transaction would also hold back VACUUM's horizon: avoid it when we can
        yield
        return
    locked, release = threading.Event(), threading.Event()

    def hold() -> None:
        try:
            with transaction.atomic():
                list(Company.objects.select_for_update().filter(id__in=company_ids))
                locked.set()
                release.wait()
        finally:
            locked.set()  # never leave the caller waiting; the cold path's from_pool check catches a failure
            connection.close()

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    locked.wait()
    try:
        yield
    finally:
        release.set()
        holder.join()


def _vacuum() -> None:
    # DDL churn leaves dead rows in pg_attribute/pg_depend, and clone_schema's catalog scans slow down with them
    # (3-7x here after a few runs); autovacuum may be off, as it is on this machine's shared server.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM")


CLEANUP_BATCH = 5  # schemas per transaction: each DROP … CASCADE locks every object in the schema


def _cleanup(known_ids: set[int]) -> int:
    """Drop what this run made, a few schemas per transaction: all of them in one ran out of
    lock slots ("out of shared memory … max_locks_per_transaction") on a default server."""
    activate_public()
    created = list(Company.objects.exclude(id__in=known_ids).values_list("id", "schema_name"))
    for start in range(0, len(created), CLEANUP_BATCH):
        batch = created[start : start + CLEANUP_BATCH]
        with transaction.atomic(), connection.cursor() as cursor:
            for _, schema_name in batch:
                cursor.execute(f'DROP SCHEMA IF EXISTS "{schema_name}" CASCADE')
            ids = [company_id for company_id, _ in batch]
            Domain.objects.filter(tenant_id__in=ids).delete()
            Company.objects.filter(id__in=ids).delete()
    return len(created)


def _prepare() -> None:
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    template_ensure()
    # A stale template would clone schemas that miss tables, making the clone paths look cheap.
    schema = settings.TENANT_BASE_SCHEMA
    call_command("migrate_schemas", tenant=True, schema_name=schema, interactive=False, verbosity=0)
    activate_public()
    _vacuum()


def _report(label: str, samples: list[float]) -> float:
    median = statistics.median(samples)
    print(f"{label:<8} n={len(samples):<3} median={median:8.1f} ms  min={min(samples):8.1f}  max={max(samples):8.1f}")
    return median


def _samples(count: int, step: Callable[[int], None], before: Callable[[], object] = lambda: None) -> list[float]:
    _vacuum()  # each phase starts from the same catalog state whatever ran before it
    timings = []
    for i in range(count):
        before()  # untimed: refilling the pool is background work in production
        # A session that has created many schemas clones ~2x slower than a new one (backend caches grow);
        # a signup lands on a web worker's connection that has done no such DDL, so give each sample a new one.
        connection.close()
        connection.ensure_connection()
        started = time.perf_counter()
        step(i)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def _run(run_id: str, spares_before: int) -> tuple[float, float, float]:
    slug = f"bench-{run_id}"
    pool = _samples(
        POOL_SAMPLES,
        lambda i: _provision(f"{slug}-pool-{i}", expect_pool=True),
        before=lambda: spare_pool_fill(size=spares_before + 1),  # parked spares count, so one more
    )
    clone = _samples(CLONE_SAMPLES, lambda i: _provision(f"{slug}-clone-{i}", expect_pool=False))
    migrate = _samples(MIGRATE_SAMPLES, lambda i: _migrate_route(f"{slug}-migrate-{i}"))
    return _report("pool", pool), _report("clone", clone), _report("migrate", migrate)


def main() -> None:
    _prepare()
    run_id = secrets.token_hex(3)
    known_ids = set(Company.objects.values_list("id", flat=True))
    spare_ids = list(Company.objects.filter(status=CompanyStatus.SPARE).values_list("id", flat=True))
    try:
        with override_settings(**CHEAP_HASHING, TENANT_SPARE_POOL_AUTO_REFILL=False), _parked(spare_ids):
            pool_ms, clone_ms, migrate_ms = _run(run_id, len(spare_ids))
    finally:
        print(f"cleanup: dropped {_cleanup(known_ids)} schemas created by this run")
    print(
        f"RESULT provisioning pool_median_ms={pool_ms:.1f} clone_median_ms={clone_ms:.1f} "
        f"migrate_median_ms={migrate_ms:.1f} speedup={migrate_ms / pool_ms:.1f}"
    )
