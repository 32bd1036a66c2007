"""Checkpoint tokens: ``<checkpoint id>.<version>.<signature>``, the signature an HMAC-SHA256 of
the id and version under a key derived from SECRET_KEY and the company's schema, so a token of
another company, another checkpoint or an older version (after a rotation) does not verify."""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings

from saas.equipment.models import Checkpoint
from tenants.schemas import current_schema_name

PREFIX = "wuye-cp:"


def _signature(schema: str, checkpoint_id: int, version: int) -> str:
    key = hmac.new(settings.SECRET_KEY.encode(), f"checkpoint:{schema}".encode(), hashlib.sha256).digest()
    return hmac.new(key, f"{checkpoint_id}.{version}".encode(), hashlib.sha256).hexdigest()[:32]


def checkpoint_token(checkpoint: Checkpoint) -> str:
    """What the checkpoint's QR code holds, in the current company's schema."""
    signature = _signature(current_schema_name(), checkpoint.pk, checkpoint.token_version)
    return f"{PREFIX}{checkpoint.pk}.{checkpoint.token_version}.{signature}"


def token_matches(token: str, checkpoint: Checkpoint) -> bool:
    """Whether ``token`` is the current token of ``checkpoint`` in this company."""
    return hmac.compare_digest(token.strip().encode(), checkpoint_token(checkpoint).encode())
