from __future__ import annotations

from celery import shared_task
from django.db import connection

from tenants.schemas import activate_public
from tenants.services.provisioning import spare_pool_fill

# One refill at a time across all workers; a second caller skips instead of over-filling.
POOL_LOCK_KEY = 0x57_55_59_45  # "WUYE"


def _try_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [POOL_LOCK_KEY])
        return bool(cursor.fetchone()[0])


def _unlock() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_unlock(%s)", [POOL_LOCK_KEY])


@shared_task(name="tenants.tasks.spare_pool_refill")
def spare_pool_refill() -> int:
    """Top the warm pool up; returns how many spares were cloned."""
    activate_public()
    if not _try_lock():
        return 0
    try:
        return spare_pool_fill()
    finally:
        _unlock()
        if not connection.in_atomic_block:
            # Catalog work slows later clones on the same connection; the next refill starts fresh.
            connection.close()
