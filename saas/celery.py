"""Celery app that carries the tenant: tasks run in the schema they were sent from.

The worker's task processes run at a lower CPU priority (``WORKER_NICE``, default 10): what they do
is background work by design (settling recorded payment notifications, the outbox, sweeps), while
the web server on the same cores answers people and payment providers who wait. Under a burst the
requests keep the CPU and the worker catches up afterwards; on an idle box it changes nothing.

After each task the connection goes back to the pool (or is closed when unusable or too old), as
at the end of a request; Celery's own per-task closing is off (``CELERY_DB_REUSE_MAX``).
"""

from __future__ import annotations

import os
from typing import Any

from celery.signals import task_postrun, worker_process_init
from tenant_schemas_celery.app import CeleryApp

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saas.settings.base")

app = CeleryApp("wuye")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def _yield_to_requests(**_: Any) -> None:
    from django.conf import settings

    if settings.WORKER_NICE > 0:
        os.nice(settings.WORKER_NICE)
    from saas.server import heap_settle

    heap_settle()


@task_postrun.connect
def _connection_back(sender: Any = None, **_: Any) -> None:
    """Not for eager tasks: they run inside the caller's request or transaction."""
    from django.db import close_old_connections

    if sender is not None and not getattr(sender.request, "is_eager", False):
        close_old_connections()
