"""A commit that cannot be queued, a worker that died, a task delivered twice: no job stays
committing for ever, none commits twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from kombu.exceptions import OperationalError

from saas.core.errors import DomainError
from saas.estates.models import House
from saas.imports.models import ImportJob, JobState
from saas.imports.services import jobs
from saas.imports.services.files import import_files_purge
from saas.imports.services.jobs import (
    import_job_commit,
    import_job_commit_start,
    import_job_dry_run,
    import_job_queue,
    import_jobs_fail_stale,
)
from tests.imports.conftest import HOUSE_HEADER, HOUSES, csv_bytes, dry_run_and_commit, upload


def _committing(admin) -> ImportJob:
    job = upload(csv_bytes(HOUSE_HEADER, HOUSES), "houses", by=admin)
    import_job_dry_run(job_id=job.pk)
    return import_job_commit_start(job_id=job.pk, committed_by=admin)


def test_a_broker_that_refuses_the_task_fails_the_job_with_a_code(admin):
    job = _committing(admin)

    def broker_down() -> None:
        raise OperationalError("[Errno 111] Connection refused")

    with pytest.raises(DomainError) as refused:
        import_job_queue(job_id=job.pk, send=broker_down)
    assert refused.value.code == "COMMIT_FAILED"
    job.refresh_from_db()
    assert job.state == JobState.FAILED and "任务队列不可用" in job.failure
    assert House.objects.count() == 0


def test_a_job_committing_for_over_an_hour_is_failed_and_its_file_purgeable(admin):
    stuck = _committing(admin)
    fresh = _committing(admin)
    ImportJob.objects.filter(pk=stuck.pk).update(commit_started_at=timezone.now() - timedelta(hours=2))
    assert import_jobs_fail_stale() == 1
    stuck.refresh_from_db()
    fresh.refresh_from_db()
    assert (stuck.state, fresh.state) == (JobState.FAILED, JobState.COMMITTING)
    assert "导入进程中断" in stuck.failure
    assert import_files_purge(now=timezone.now() + timedelta(days=365)) == 1
    stuck.refresh_from_db()
    assert stuck.file_encrypted is None


def test_a_task_delivered_twice_commits_once(admin, monkeypatch):
    job = dry_run_and_commit(upload(csv_bytes(HOUSE_HEADER, HOUSES), "houses", by=admin), admin)
    assert job.state == JobState.COMMITTED and job.created == 4
    read = jobs._job

    def seen_before_the_first_finished(job_id: int, *, lock: bool = False) -> ImportJob:
        found = read(job_id, lock=lock)
        if not lock:  # the second delivery read the job while the first still held it
            found.state = JobState.COMMITTING
        return found

    monkeypatch.setattr(jobs, "_job", seen_before_the_first_finished)
    import_job_commit(job_id=job.pk)
    job = ImportJob.objects.get(pk=job.pk)
    assert (job.state, job.created) == (JobState.COMMITTED, 4)
    assert House.objects.count() == 4


def test_commits_of_one_company_wait_for_each_other(admin):
    """Another commit of the company holds the imports lock: this one waits (here: gives up after
    the lock timeout, writing nothing) instead of preparing against data about to change."""
    import psycopg
    from django.conf import settings
    from django.db import connection

    job = _committing(admin)
    dsn = settings.DATABASES["default"]
    other = psycopg.connect(
        dbname=dsn["NAME"], user=dsn["USER"], password=dsn["PASSWORD"] or None,
        host=dsn["HOST"], port=dsn["PORT"] or None, autocommit=True,
    )  # fmt: skip
    try:
        key = f"wuye.imports.commit.{connection.schema_name}"
        other.execute("SELECT pg_advisory_lock(hashtext(%s))", [key])
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '300ms'")
        try:
            job = import_job_commit(job_id=job.pk)
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SET lock_timeout = 0")
    finally:
        other.close()
    assert job.state == JobState.FAILED and "OperationalError" in job.failure  # lock_timeout
    assert House.objects.count() == 0


def test_first_saves_of_one_profile_name_wait_for_each_other(admin):
    """Two first saves of a name would both find no version and both create version 1 (a unique
    violation): the second now waits on the name's lock (here: gives up after the lock timeout)."""
    import psycopg
    from django.conf import settings
    from django.db import OperationalError as DatabaseOperationalError
    from django.db import connection

    from saas.imports.models import MappingProfile
    from saas.imports.services.profiles import mapping_profile_save, profile_lock_key

    dsn = settings.DATABASES["default"]
    other = psycopg.connect(
        dbname=dsn["NAME"], user=dsn["USER"], password=dsn["PASSWORD"] or None,
        host=dsn["HOST"], port=dsn["PORT"] or None, autocommit=True,
    )  # fmt: skip
    try:
        other.execute("SELECT pg_advisory_lock(hashtext(%s))", [profile_lock_key("思源房产")])
        with connection.cursor() as cursor:
            cursor.execute("SET lock_timeout = '300ms'")
        try:
            with pytest.raises(DatabaseOperationalError):
                mapping_profile_save(
                    name="思源房产", stage="houses", source_system="siyuan", columns={"room_number": "房号"}
                )
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SET lock_timeout = 0")
    finally:
        other.close()
    assert MappingProfile.objects.count() == 0
    saved = mapping_profile_save(
        name="思源房产", stage="houses", source_system="siyuan", columns={"room_number": "房号"}
    )
    assert saved.version == 1
