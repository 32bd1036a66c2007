"""One outbox worker process for ``bench_notify``: delivers in one company's schema until nothing
has been due for a while (the benchmark may SIGKILL it mid-run, as a crashed worker)."""

from __future__ import annotations

import os
import sys
import time


def main(schema: str, name: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saas.settings.test")
    import django

    django.setup()
    from django_tenants.utils import schema_context

    from saas.notifications.delivery import outbox_deliver

    idle_since = time.monotonic()
    with schema_context(schema):
        while time.monotonic() - idle_since < float(os.environ.get("NOTIFY_IDLE_SECONDS", "8")):
            run = outbox_deliver(worker=name, batch=20, max_seconds=5)
            if run.sent + run.retrying + run.failed + run.deferred + run.recovered:
                idle_since = time.monotonic()
            else:
                time.sleep(0.1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
