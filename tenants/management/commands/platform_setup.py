"""Bring a database to a working platform: migrations, template schema, warm pool. Idempotent."""

from __future__ import annotations

import time
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand

from tenants.services.provisioning import spare_pool_fill, template_ensure


class Command(BaseCommand):
    help = "Migrate the public schema and every tenant, create the template schema, fill the spare pool."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--pool-size", type=int, default=None, help="Spares to keep (default: settings).")

    def handle(self, *args: Any, pool_size: int | None = None, **options: Any) -> None:
        started = time.monotonic()
        call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
        if template_ensure():
            self.stdout.write("template schema created")
        call_command("migrate_schemas", tenant=True, interactive=False, verbosity=0)
        created = spare_pool_fill(size=pool_size)
        self.stdout.write(
            self.style.SUCCESS(f"platform ready in {time.monotonic() - started:.1f}s ({created} spare schemas added)")
        )
