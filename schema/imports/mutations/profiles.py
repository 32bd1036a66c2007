"""Save mapping profiles (DATA_IMPORT)."""

from __future__ import annotations

import strawberry

from saas.imports.services.profiles import mapping_profile_save
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.imports.errors import ImportError
from schema.imports.inputs import MappingProfileSaveInput
from schema.imports.mutations.common import IMPORTERS, MappingProfilePayload


@strawberry.type
class MappingProfileMutations:
    @strawberry.mutation(
        permission_classes=IMPORTERS, description="Save a mapping profile (a name saved again gets its next version)."
    )
    def mapping_profile_save(self, info: Info, input: MappingProfileSaveInput) -> MappingProfilePayload:
        value_maps: dict[str, dict[str, str]] = {}
        for item in input.value_maps:
            value_maps.setdefault(item.field, {})[item.word] = item.value
        transforms: dict[str, list[str]] = {}
        for step in input.transforms:
            transforms.setdefault(step.field, []).append(step.step)
        return payload_of(
            MappingProfilePayload,
            ImportError,
            "profile",
            lambda: mapping_profile_save(
                name=input.name,
                stage=input.stage.value,
                source_system=input.source_system.value,
                columns={c.field: c.column for c in input.columns},
                value_maps=value_maps,
                transforms=transforms,
                required=input.required,
                saved_by=info.context.viewer,
            ),
        )
