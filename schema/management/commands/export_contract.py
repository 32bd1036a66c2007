from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from schema.contract import CONTRACT_DIR, contract_files, typescript_generate, typescript_unavailable


class Command(BaseCommand):
    help = (
        "Write the SDL of both GraphQL schemas and the error codes to frontend_contract/, "
        "then the TypeScript types generated from them (graphql-codegen, needs node and npm)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        CONTRACT_DIR.mkdir(exist_ok=True)
        for name, text in contract_files().items():
            (CONTRACT_DIR / name).write_text(text, encoding="utf-8")
            self.stdout.write(f"wrote frontend_contract/{name}")
        if reason := typescript_unavailable():
            self.stderr.write(f"frontend_contract/types/ NOT regenerated: {reason}")
            return
        for path in typescript_generate():
            self.stdout.write(f"wrote {path.relative_to(CONTRACT_DIR.parent)}")
