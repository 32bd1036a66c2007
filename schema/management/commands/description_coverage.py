from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from schema.core.descriptions import KINDS, description_coverage


class Command(BaseCommand):
    help = "How much of each GraphQL schema has no description: types, fields, arguments, enum values."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--list", action="store_true", help="also name every element without one")

    def handle(self, *args: Any, **options: Any) -> None:
        from schema.public import schema as public_schema
        from schema.tenant import schema as tenant_schema

        for name, schema in (("public", public_schema), ("tenant", tenant_schema)):
            coverage = description_coverage(schema._schema)
            for kind in KINDS:
                missing, total = len(coverage.missing[kind]), coverage.total[kind]
                self.stdout.write(
                    f"{name:6} {kind:12} {missing:5} of {total:5} without a description "
                    f"({coverage.percent_missing(kind):5.1f} %)"
                )
                if options["list"]:
                    for element in coverage.missing[kind]:
                        self.stdout.write(f"    {element}")
