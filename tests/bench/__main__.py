"""Run benchmark modules; a failing one is reported and the rest still run (exit status 1)."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import traceback
from pathlib import Path

PREFIX = "bench_"


def _module_names(only: str | None) -> list[str]:
    found = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)]) if m.name.startswith(PREFIX))
    if only is None:
        return found
    wanted = PREFIX + only.removeprefix(PREFIX)
    if wanted not in found:
        raise SystemExit(f"no benchmark {wanted!r}; have: {', '.join(found) or 'none'}")
    return [wanted]


def main(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "saas.settings.test")
    import django

    # Benchmark modules import models at top level, so the app registry must be ready first.
    django.setup()
    failed = []
    for name in _module_names(argv[0] if argv else None):
        print(f"== {name}", flush=True)
        try:
            importlib.import_module(f"{__package__}.{name}").main()
        except Exception:
            traceback.print_exc()
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
