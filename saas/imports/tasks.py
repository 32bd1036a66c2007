"""Celery: a long commit runs in a worker (in the job's company schema, carried by
tenant-schemas-celery); a daily sweep purges uploaded files past their retention in every company; a sweep every
ten minutes fails jobs stuck committing (worker killed, task lost)."""

from __future__ import annotations

from celery import shared_task

from saas.imports.services.files import import_files_purge
from saas.imports.services.jobs import import_job_commit, import_jobs_fail_stale
from tenants.schemas import each_company


@shared_task(name="imports.tasks.import_job_commit_task")
def import_job_commit_task(job_id: int) -> str:
    """Write one committing job (its outcome is on the job: committed or failed)."""
    return import_job_commit(job_id=job_id).state


@shared_task(name="imports.tasks.import_files_purge_all")
def import_files_purge_all() -> int:
    """Queue the purge in every company; returns how many were queued."""
    return each_company(import_files_purge_company.delay, writable_only=False)


@shared_task(name="imports.tasks.import_files_purge_company")
def import_files_purge_company() -> int:
    return import_files_purge()


@shared_task(name="imports.tasks.import_jobs_fail_stale_all")
def import_jobs_fail_stale_all() -> int:
    """Queue the sweep of jobs stuck committing in every company; returns how many were queued."""
    return each_company(import_jobs_fail_stale_company.delay, writable_only=False)


@shared_task(name="imports.tasks.import_jobs_fail_stale_company")
def import_jobs_fail_stale_company() -> int:
    return import_jobs_fail_stale()
