"""Celery app that carries the tenant: tasks run in the schema they were sent from."""

from __future__ import annotations

import os

from tenant_schemas_celery.app import CeleryApp

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saas.settings.base")

app = CeleryApp("wuye")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
