"""Work a request must not wait for, when no Celery worker is there to take it.

With a broker (``REDIS_URL``) a task's ``delay()`` only queues it. Without one Celery runs tasks
eagerly, inside the caller: a signup would clone a spare schema (~2 s) before it answers. Such
jobs go to a daemon thread instead, with its own database connection, so the response leaves first.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from django.db import connections

logger = logging.getLogger(__name__)

_started: list[threading.Thread] = []
_lock = threading.Lock()


def _run(job: Callable[[], object]) -> None:
    try:
        job()
    except Exception:
        logger.exception("background job %s failed", threading.current_thread().name)
    finally:
        connections.close_all()


def run_in_background(job: Callable[[], object], *, name: str) -> None:
    thread = threading.Thread(target=_run, args=(job,), name=name, daemon=True)
    with _lock:
        _started.append(thread)
    thread.start()


def background_join(timeout: float | None = None) -> list[str]:
    """Wait for the jobs started so far; returns their names (for shutdown and tests)."""
    with _lock:
        threads = list(_started)
        _started.clear()
    for thread in threads:
        thread.join(timeout)
    return [thread.name for thread in threads]
