"""Custom scalars, registered through ``SCALAR_MAP`` on every schema's config."""

from __future__ import annotations

from typing import NewType

from strawberry.types.scalar import ScalarDefinition, scalar

from saas.core.money import fen_to_yuan, yuan_to_fen

Yuan = NewType("Yuan", int)

SCALAR_MAP: dict[object, ScalarDefinition] = {
    Yuan: scalar(
        name="Yuan",
        serialize=fen_to_yuan,
        parse_value=yuan_to_fen,
        description='An amount of money in yuan as a decimal string with two places, e.g. "1234.50".',
    )
}
