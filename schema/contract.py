"""What ``frontend_contract/`` holds, computed from the code: SDL of both schemas and the top-level codes."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from django.conf import settings
from graphql import GraphQLSchema, build_schema, find_breaking_changes

from saas.core.errors import ErrorCode
from schema.core.errors import REFINES, ApiMessage
from tenants.errors import PlatformMessage

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


# TypeScript for the front ends: graphql-codegen (pinned in frontend_contract/codegen/package-lock.json)
# turns the committed SDL and operations into frontend_contract/types/<schema>/{schema,operations}.ts.
CODEGEN_DIR = CONTRACT_DIR / "codegen"
TYPES_DIR = CONTRACT_DIR / "types"


def typescript_unavailable() -> str | None:
    """Why the TypeScript types cannot be generated here, or None when they can."""
    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    if missing:
        return f"{' and '.join(missing)} not on PATH (Debian: apt-get install nodejs npm)"
    return None


def _codegen_installed() -> bool:
    """node_modules holds exactly what the lockfile pins (npm writes its own copy of the lock there)."""
    installed = CODEGEN_DIR / "node_modules" / ".package-lock.json"
    if not installed.exists():
        return False
    wanted = json.loads((CODEGEN_DIR / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    have = json.loads(installed.read_text(encoding="utf-8"))["packages"]
    return {k: v.get("version") for k, v in wanted.items() if k} == {k: v.get("version") for k, v in have.items()}


def _npm(*args: str, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(
        ["npm", *args],
        cwd=CODEGEN_DIR,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"npm {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")


def typescript_generate(out_dir: Path = TYPES_DIR) -> list[Path]:
    """Run graphql-codegen on the committed SDL and operations into ``out_dir``; the files written."""
    if not _codegen_installed():
        _npm("ci", "--no-audit", "--no-fund")
    _npm("run", "--silent", "generate", env={"WUYE_TS_OUT": str(out_dir)})
    return sorted(out_dir.glob("*/*.ts"))


def typescript_check(files: list[Path]) -> None:
    """The generated files compile under ``tsc --strict``."""
    _npm("exec", "--", "tsc", "--noEmit", "--strict", "--skipLibCheck", *map(str, files))


# The breaking-change gate. ``baseline/`` holds the SDL the front ends last built against; every
# breaking change between it and the code (graphql-core's finder) must be listed in CHANGELOG.md,
# with its reason, as ``- **<schema>** `<the finder's description>` — <reason>``.
BASELINE_DIR = CONTRACT_DIR / "baseline"
CHANGELOG = CONTRACT_DIR / "CHANGELOG.md"
SCHEMA_NAMES = ("public", "tenant")
_LISTED = re.compile(r"^- \*\*(?P<schema>\w+)\*\* `(?P<change>[^`]+)`(?:\s*[—-]+\s*(?P<reason>.*))?$")


def changelog_breaking_changes(text: str) -> dict[tuple[str, str], str]:
    """``(schema, change) → reason`` for each breaking change the changelog lists.

    A listed change without a reason, or for a schema that does not exist, is an error: the
    changelog is how front-end teams learn why their code must change.
    """
    listed: dict[tuple[str, str], str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not (match := _LISTED.match(line.strip())):
            continue
        schema_name, change, reason = match["schema"], match["change"], (match["reason"] or "").strip()
        if schema_name not in SCHEMA_NAMES:
            raise ValueError(f"CHANGELOG.md line {number}: unknown schema {schema_name!r} (public or tenant)")
        if not reason:
            raise ValueError(f"CHANGELOG.md line {number}: `{change}` needs a reason after the dash")
        listed[(schema_name, change)] = reason
    return listed


def breaking_changes(baseline_sdl: str, current: GraphQLSchema) -> list[str]:
    """graphql-core's description of each change from ``baseline_sdl`` that breaks existing clients."""
    return [change.description for change in find_breaking_changes(build_schema(baseline_sdl), current)]


def unlisted_breaking_changes(schema_name: str, baseline_sdl: str, current: GraphQLSchema, changelog: str) -> list[str]:
    listed = changelog_breaking_changes(changelog)
    return [c for c in breaking_changes(baseline_sdl, current) if (schema_name, c) not in listed]
