from __future__ import annotations

from celery import shared_task
from django.db import connection

from tenants.schemas import activate_public
from tenants.services.provisioning import spare_pool_fill

# One refill at a time across all workers; a second caller skips instead of over-filling.
POOL_LOCK_KEY = 0x57_55_59_45  # "WUYE"


@shared_task(name="tenants.tasks.spare_pool_refill")
def spare_pool_refill() -> int:
    activate_public()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [POOL_LOCK_KEY])
        if not cursor.fetchone()[0]:
            return 0
        try:
            return spare_pool_fill()
        finally:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [POOL_LOCK_KEY])
