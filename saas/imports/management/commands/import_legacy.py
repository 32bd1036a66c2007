"""``manage.py import_legacy`` — the vendor's onboarding team imports a company's export from the shell.

    python manage.py import_legacy --company demo --source-system siyuan \\
        --stage houses --stage residents --stage opening_balances \\
        --option district=chaoyang --option opening_period=2026-11-01 export.csv [--commit]

Each stage is dry-run first (counts and the first problems printed); with ``--commit`` each stage is
then committed in its own transaction, with a progress bar. Nothing is committed without it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django_tenants.utils import tenant_context
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from saas.accounts.models import User
from saas.core.errors import DomainError
from saas.imports.models import STAGE_ORDER, ImportJob, JobState, SourceSystem, Stage
from saas.imports.services.jobs import (
    import_job_commit,
    import_job_commit_start,
    import_job_dry_run,
    import_job_for_stage,
    import_job_upload,
)
from tenants.models import Company
from tenants.routing import tenant_host

PROBLEMS_SHOWN = 20


class Command(BaseCommand):
    help = "Import an old system's export into a company: dry run each stage, then (with --commit) commit it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="CSV, .xlsx or .xls export")
        parser.add_argument("--company", required=True, help="the company's slug (its host's first label)")
        parser.add_argument("--stage", action="append", choices=Stage.values, required=True, help="repeat per stage")
        parser.add_argument("--source-system", choices=SourceSystem.values, default=SourceSystem.EXCEL)
        parser.add_argument("--option", action="append", default=[], help="district=chaoyang, opening_period=…")
        parser.add_argument("--encoding", default=None)
        parser.add_argument("--sheet", default=None)
        parser.add_argument("--header-rows", type=int, default=None)
        parser.add_argument("--user", default="admin", help="the company account the jobs are recorded under")
        parser.add_argument("--commit", action="store_true", help="commit every stage whose dry run passes")

    def handle(self, *args: Any, **opts: Any) -> None:
        console = Console()
        company = Company.objects.filter(domains__domain=tenant_host(opts["company"])).first()
        if company is None:
            raise CommandError(f"no company {opts['company']!r}")
        options = dict(item.split("=", 1) for item in opts["option"] if "=" in item)
        stages = sorted(set(opts["stage"]), key=lambda s: STAGE_ORDER.index(Stage(s)))
        data = opts["file"].read_bytes()
        with tenant_context(company):
            user = User.objects.filter(username=opts["user"]).first()
            first: ImportJob | None = None
            for stage in stages:
                try:
                    if first is None:
                        job = import_job_upload(
                            data=data,
                            file_name=opts["file"].name,
                            stage=stage,
                            source_system=opts["source_system"],
                            uploaded_by=user,
                            encoding=opts["encoding"],
                            sheet=opts["sheet"],
                            header_rows=opts["header_rows"],
                            options=options,
                        )
                        first = job
                    else:
                        job = import_job_for_stage(job_id=first.pk, stage=stage, uploaded_by=user, options=options)
                    job = import_job_dry_run(job_id=job.pk)
                except DomainError as error:
                    raise CommandError(f"{stage}: {error.code} {error.message}") from error
                self._report(console, job)
                if opts["commit"]:
                    job = self._commit(console, job, user)
                    if job.state != JobState.COMMITTED:
                        raise CommandError(f"{stage}: {job.failure}")

    def _report(self, console: Console, job: ImportJob) -> None:
        table = Table(title=f"试导入 {job.get_stage_display()} (job {job.pk}, {job.row_count} rows)")
        for name in ("对象", "新增", "更新", "跳过"):
            table.add_column(name)
        for name, c in job.counts.items():
            table.add_row(name, str(c["create"]), str(c["update"]), str(c["skip"]))
        console.print(table)
        for p in job.problems[:PROBLEMS_SHOWN]:
            console.print(f"  第 {p['row']} 行 [{p['column']}] {p['code']}: {p['message']}")
        if len(job.problems) > PROBLEMS_SHOWN:
            console.print(f"  … {len(job.problems) - PROBLEMS_SHOWN} more problems")

    def _commit(self, console: Console, job: ImportJob, user: Any) -> ImportJob:
        import_job_commit_start(job_id=job.pk, committed_by=user)
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=console) as progress:
            task = progress.add_task(f"导入 {job.get_stage_display()}", total=max(job.will_create, 1))
            done = import_job_commit(job_id=job.pk, on_progress=lambda n: progress.update(task, completed=n))
            progress.update(task, completed=max(job.will_create, 1))
        console.print(f"{done.get_state_display()}: created {done.created}, updated {done.updated} {done.failure}")
        return done
