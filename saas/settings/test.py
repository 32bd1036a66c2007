"""Test deltas: fast hashing, a pool the tests fill themselves, English-neutral defaults kept."""

from saas.settings.base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TENANT_SPARE_POOL_SIZE = 1
TENANT_SPARE_POOL_AUTO_REFILL = False
TENANT_LOOKUP_CACHE_SECONDS = 300
GRAPHQL_IDE = False
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
# Connections opened by worker threads (websocket tests) must close, or the test database cannot be dropped.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# One connection per thread, outside any pool: the test transaction holds it for the whole test.
# tests/test_server.py turns a pool on where it is the subject.
DATABASES["default"].get("OPTIONS", {}).pop("pool", None)  # noqa: F405
# Tasks run inline in tests, with or without REDIS_URL (no worker is running).
CELERY_TASK_ALWAYS_EAGER = True
SMS_BACKEND = "saas.core.sms.RecordingSmsBackend"
