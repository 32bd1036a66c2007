"""frontend_contract/types/ is what graphql-codegen makes of the committed SDL and operations."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from schema.contract import TYPES_DIR, typescript_check, typescript_generate, typescript_unavailable

pytestmark = pytest.mark.skipif(
    typescript_unavailable() is not None and not os.environ.get("CI"),
    reason=f"TypeScript types not checked: {typescript_unavailable()}",
)


def test_committed_typescript_matches_the_contract(tmp_path: Path) -> None:
    if reason := typescript_unavailable():  # CI installs node (.ci/run): never skip there
        pytest.fail(f"CI must check the TypeScript types: {reason}")
    generated = typescript_generate(tmp_path)
    committed = sorted(TYPES_DIR.glob("*/*.ts"))
    assert [p.relative_to(tmp_path) for p in generated] == [p.relative_to(TYPES_DIR) for p in committed]
    for fresh, old in zip(generated, committed, strict=True):
        assert fresh.read_text(encoding="utf-8") == old.read_text(encoding="utf-8"), (
            f"frontend_contract/types/{old.relative_to(TYPES_DIR)} is stale: run `make contract`"
        )
    typescript_check(generated)
