"""Creating tenant schemas without replaying the migration history.

A new company gets a schema in one of two ways, both inside the caller's transaction so that a
failure anywhere leaves no schema, no company row and no domain:

* claim a warm spare: a ``Company`` row in status ``spare`` whose schema was cloned earlier from
  the template. Spares are ordinary tenant rows, so ``migrate_schemas`` keeps them current like
  every other schema. ``SELECT … FOR UPDATE SKIP LOCKED`` hands each spare to exactly one caller.
* clone the template on the spot when the pool is empty (``tenants.cloning``, copying rows, so
  content types and permissions keep the template's ids).

The template itself is an ordinary tenant row (status ``template``, schema ``template``), created
by ``platform_setup`` with a normal migration run and kept current by ``migrate_schemas``.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import schema_context, schema_exists

from saas.accounts.models import User
from saas.accounts.services import user_create_company_admin
from saas.core.background import run_in_background
from tenants.cloning import clone_schema
from tenants.models import Company, CompanyStatus, Domain, Plan
from tenants.routing import tenant_host
from tenants.schemas import activate_public

logger = logging.getLogger(__name__)

TRIAL_PLAN_CODE = "trial"


class TemplateMissingError(RuntimeError):
    """The template schema has not been created: run ``manage.py platform_setup``."""


@dataclass(frozen=True)
class CompanyProfile:
    """What a company tells us about itself at signup or onboarding."""

    name: str
    slug: str
    contact_name: str
    contact_phone: str
    contact_email: str
    city: str
    houses_managed: int | None


@dataclass(frozen=True)
class AdminAccount:
    username: str
    password: str
    display_name: str
    phone: str
    email: str


@dataclass(frozen=True)
class Provisioned:
    company: Company
    admin: User
    from_pool: bool


def _new_schema_name() -> str:
    return f"t_{secrets.token_hex(6)}"


def _clone_template_into(schema_name: str) -> None:
    template = settings.TENANT_BASE_SCHEMA
    if not schema_exists(template):
        raise TemplateMissingError("Template schema is missing: run `manage.py platform_setup`.")
    clone_schema(template, schema_name)


def _migration_state(schema_name: str) -> tuple[int, int]:
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT count(*), coalesce(max(id), 0) FROM "{schema_name}".django_migrations')
        count, last = cursor.fetchone()
    return count, last


def _claim_spare() -> Company | None:
    """The oldest spare as migrated as the template. A spare cloned while a deploy was migrating
    can miss the newest migrations; it is skipped (the next ``migrate_schemas`` brings it up)."""
    if not schema_exists(settings.TENANT_BASE_SCHEMA):
        raise TemplateMissingError("Template schema is missing: run `manage.py platform_setup`.")
    current = _migration_state(settings.TENANT_BASE_SCHEMA)
    skipped: list[int] = []
    for _ in range(5):  # one row locked at a time, so concurrent signups each get their own
        spare = (
            Company.objects.select_for_update(skip_locked=True)
            .filter(status=CompanyStatus.SPARE)
            .exclude(pk__in=skipped)
            .order_by("id")
            .first()
        )
        if spare is None or _migration_state(spare.schema_name) == current:
            return spare
        logger.warning("spare schema %s is behind the template's migrations; skipped", spare.schema_name)
        skipped.append(spare.pk)
    return None


@transaction.atomic
def tenant_provision(
    *, profile: CompanyProfile, admin: AdminAccount, plan: Plan | None = None, trial_days: int | None = None
) -> Provisioned:
    """Give a company its own schema, host and admin account; all or nothing.

    ``plan=None`` starts a trial of ``trial_days`` (default ``settings.TRIAL_DAYS``).
    """
    activate_public()
    now = timezone.now()
    company = _claim_spare()
    from_pool = company is not None
    if company is None:
        company = Company(schema_name=_new_schema_name())
    is_trial = plan is None
    company.name = profile.name
    company.status = CompanyStatus.TRIAL if is_trial else CompanyStatus.PAID
    company.plan = plan or Plan.objects.filter(code=TRIAL_PLAN_CODE).first()
    company.trial_ends_at = now + timedelta(days=trial_days or settings.TRIAL_DAYS) if is_trial else None
    company.contact_name = profile.contact_name
    company.contact_phone = profile.contact_phone
    company.contact_email = profile.contact_email
    company.city = profile.city
    company.houses_managed = profile.houses_managed
    company.activated_at = now
    company.save()
    if not from_pool:
        _clone_template_into(company.schema_name)
    Domain.objects.create(domain=tenant_host(profile.slug), tenant=company, is_primary=True)
    with schema_context(company.schema_name):
        admin_user = user_create_company_admin(
            username=admin.username,
            password=admin.password,
            display_name=admin.display_name,
            phone=admin.phone,
            email=admin.email,
        )
    if from_pool and settings.TENANT_SPARE_POOL_AUTO_REFILL:
        transaction.on_commit(_schedule_pool_refill)
    logger.info("provisioned company %s in %s (from_pool=%s)", profile.slug, company.schema_name, from_pool)
    return Provisioned(company=company, admin=admin_user, from_pool=from_pool)


def _schedule_pool_refill() -> None:
    """After commit: queued for a worker, or (no broker) on a thread the response does not wait for."""
    from tenants.tasks import spare_pool_refill

    if settings.CELERY_TASK_ALWAYS_EAGER:
        run_in_background(spare_pool_refill, name="spare-pool-refill")
    else:
        spare_pool_refill.delay()


def spare_create() -> Company:
    """Clone one spare schema from the template and register it in the pool (own transaction)."""
    with transaction.atomic():
        activate_public()
        company = Company.objects.create(schema_name=_new_schema_name(), status=CompanyStatus.SPARE)
        _clone_template_into(company.schema_name)
    return company


def spare_pool_fill(*, size: int | None = None) -> int:
    """Top the pool up to ``size`` spares (default ``settings.TENANT_SPARE_POOL_SIZE``)."""
    target = settings.TENANT_SPARE_POOL_SIZE if size is None else size
    created = 0
    while Company.objects.filter(status=CompanyStatus.SPARE).count() < target:
        spare_create()
        created += 1
    return created


def template_ensure() -> bool:
    """Create the template tenant with an ordinary migration run if it does not exist yet."""
    from django.core.management import call_command

    template = settings.TENANT_BASE_SCHEMA
    _, created = Company.objects.get_or_create(
        schema_name=template, defaults={"status": CompanyStatus.TEMPLATE, "name": "模板 template"}
    )
    if not schema_exists(template):
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE SCHEMA "{template}"')
        call_command("migrate_schemas", tenant=True, schema_name=template, interactive=False, verbosity=0)
        return True
    return created
