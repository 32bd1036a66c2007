"""Delivering the outbox on a schedule: the beat task (public schema) queues one delivery run per
company, which runs in that company's schema (tenant-schemas-celery carries it)."""

from __future__ import annotations

import os
import socket

from celery import shared_task

from saas.notifications.delivery import outbox_deliver
from tenants.schemas import each_company


@shared_task(name="notifications.tasks.outbox_deliver_all")
def outbox_deliver_all() -> int:
    # Suspended and read-only companies too: what they committed before is still owed to people.
    return each_company(outbox_deliver_company.delay, writable_only=False)


@shared_task(name="notifications.tasks.outbox_deliver_company", ignore_result=True)
def outbox_deliver_company() -> dict[str, int]:
    run = outbox_deliver(worker=f"{socket.gethostname()}:{os.getpid()}")
    return {"sent": run.sent, "retrying": run.retrying, "failed": run.failed, "deferred": run.deferred}
