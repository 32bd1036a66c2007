"""Encryption at rest for sensitive fields (ID numbers, merchant keys) and keyed hashes to search them.

Keys come from ``FIELD_ENCRYPTION_KEYS`` (Fernet keys, newest first, so old ones can still decrypt
after a rotation) and ``FIELD_HASH_KEY``; in development both derive from ``SECRET_KEY``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from functools import cache

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings


def _derived(purpose: str) -> bytes:
    return hashlib.sha256(f"wuye:{purpose}:{settings.SECRET_KEY}".encode()).digest()


@cache
def _fernet() -> MultiFernet:
    keys = list(settings.FIELD_ENCRYPTION_KEYS) or [base64.urlsafe_b64encode(_derived("fernet")).decode()]
    return MultiFernet([Fernet(key) for key in keys])


@cache
def _hash_key() -> bytes:
    return settings.FIELD_HASH_KEY.encode() if settings.FIELD_HASH_KEY else _derived("hash")


def encrypt(plaintext: str) -> str:
    return _fernet().encrypt(plaintext.encode()).decode()


def decrypt(token: str) -> str:
    return _fernet().decrypt(token.encode()).decode()


def keyed_hash(value: str) -> str:
    """A stable HMAC-SHA256 of ``value``: equal inputs match, the input cannot be read back."""
    return hmac.new(_hash_key(), value.encode(), hashlib.sha256).hexdigest()


def encrypt_bytes(data: bytes) -> bytes:
    """Whole files at rest (import uploads): the same keys and rotation as the fields."""
    return _fernet().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    return _fernet().decrypt(token)
