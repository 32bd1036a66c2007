"""What ``frontend_contract/`` holds, computed from the code: SDL of both schemas and the top-level codes."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings

from saas.core.errors import ErrorCode
from schema.core.errors import REFINES, ApiMessage
from tenants.messages import PlatformMessage

CONTRACT_DIR = Path(settings.BASE_DIR) / "frontend_contract"


def _codes(*enums: type[ErrorCode]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for enum_cls in enums:
        for member in enum_cls:
            out[member.value] = {"code": REFINES.get(member.value, member.value), "zh": member.zh, "en": member.en}
    return dict(sorted(out.items()))


def contract_files() -> dict[str, str]:
    from schema.public import schema as public_schema
    from schema.tenant import schema as tenant_schema

    errors = {
        "description": (
            "Top-level error codes (response errors[].extensions.code; extensions.reason refines a code). "
            "Payload error codes are the *ErrorCode enums in the SDL."
        ),
        "codes": _codes(ApiMessage, PlatformMessage),
    }
    return {
        "schema.public.graphql": public_schema.as_str() + "\n",
        "schema.tenant.graphql": tenant_schema.as_str() + "\n",
        "errors.json": json.dumps(errors, ensure_ascii=False, indent=2) + "\n",
    }
