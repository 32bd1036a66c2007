"""Password checks sized for the box they run on.

Argon2 with the parameters in settings (OWASP's minimum by default: 19 MiB, 2 passes, 1 lane)
instead of Django's 100 MiB × 8 lanes, ~160 ms of CPU per login, under which 50 simultaneous
logins stalled a 2-core box for seconds. A hash made with other parameters still verifies and is
re-made with these on the account's next successful login.

A password check is the dearest thing a request does, so only ``PASSWORD_CHECK_CONCURRENCY`` run
at once per worker process (the rest wait their turn, then give up with ``BUSY``), and the request
hands its database connection back to the pool before it waits or hashes: a login storm queues
on the CPU it needs, not on connections that others need.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth.hashers import Argon2PasswordHasher, check_password, make_password
from django.db import connection

from saas.accounts.models import User


class Argon2Hasher(Argon2PasswordHasher):
    """Django's Argon2 hasher (same ``argon2`` algorithm name, so existing hashes verify with it)
    with the cost taken from settings; ``must_update`` compares them, which upgrades old hashes."""

    def __init__(self) -> None:
        self.time_cost = int(settings.ARGON2_TIME_COST)
        self.memory_cost = int(settings.ARGON2_MEMORY_KIB)
        self.parallelism = int(settings.ARGON2_PARALLELISM)


class PasswordChecksBusy(Exception):
    """Every password-check slot of this worker stayed taken for the whole wait."""


_slots_lock = threading.Lock()
_slots: tuple[int, threading.BoundedSemaphore] | None = None


def _semaphore() -> threading.BoundedSemaphore:
    global _slots
    size = int(settings.PASSWORD_CHECK_CONCURRENCY)
    with _slots_lock:
        if _slots is None or _slots[0] != size:
            _slots = (size, threading.BoundedSemaphore(size))
        return _slots[1]


@contextmanager
def password_check_slot() -> Iterator[None]:
    semaphore = _semaphore()
    if not semaphore.acquire(timeout=float(settings.PASSWORD_CHECK_WAIT_SECONDS)):
        raise PasswordChecksBusy
    try:
        yield
    finally:
        semaphore.release()


def connection_release() -> None:
    """Hand the request's connection back to the pool (the next query takes one again, and sets
    its schema again). Without a pool, or inside a transaction, the connection stays."""
    pooled = bool(connection.settings_dict.get("OPTIONS", {}).get("pool"))
    if pooled and connection.connection is not None and not connection.in_atomic_block:
        connection.close()


def password_authenticate(*, username: str, password: str) -> User | None:
    """The active user with this username and password in the current schema, or None."""
    user = User.objects.filter(username=username).first()
    connection_release()
    upgrades: list[str] = []
    with password_check_slot():
        if user is None:
            make_password(password)  # the same work either way: timing tells nothing
            return None
        valid = check_password(password, user.password, setter=upgrades.append)
        new_hash = make_password(password) if valid and upgrades else None
    if not valid or not user.is_active:
        return None
    if new_hash:
        User.objects.filter(pk=user.pk).update(password=new_hash)
        user.password = new_hash
    return user
