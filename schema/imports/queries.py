"""Queries of imports: jobs, mapping profiles and reconciliations (DATA_IMPORT), newest first."""

from __future__ import annotations

import strawberry
import strawberry_django
from django.db.models import QuerySet

from permissions.roles import Capability
from saas.imports.models import ImportJob, MappingProfile, Reconciliation
from schema.core.permissions import HasCapability
from schema.core.relay import CountedConnection, NodeIdCheck
from schema.imports.types import ImportJobType, MappingProfileType, ReconciliationType, Stage

IMPORTERS = [HasCapability(Capability.DATA_IMPORT)]


@strawberry.type
class ImportQueries:
    import_job: ImportJobType | None = strawberry_django.node(
        description="An import job by ID, if you may see it.", extensions=[NodeIdCheck()]
    )

    @strawberry_django.connection(
        CountedConnection[ImportJobType], permission_classes=IMPORTERS, description="Import jobs, newest first."
    )
    def import_jobs(self, stage: Stage | None = None) -> QuerySet[ImportJob]:
        jobs = ImportJob.objects.select_related("profile").order_by("-created_at", "-id")
        return jobs.filter(stage=stage.value) if stage else jobs

    @strawberry_django.connection(
        CountedConnection[MappingProfileType],
        permission_classes=IMPORTERS,
        description="Saved mapping profiles, every version, by name then newest version.",
    )
    def mapping_profiles(self, stage: Stage | None = None) -> QuerySet[MappingProfile]:
        profiles = MappingProfile.objects.order_by("name", "-version")
        return profiles.filter(stage=stage.value) if stage else profiles

    @strawberry_django.connection(
        CountedConnection[ReconciliationType],
        permission_classes=IMPORTERS,
        description="Reconciliations, newest first.",
    )
    def import_reconciliations(self) -> QuerySet[Reconciliation]:
        return Reconciliation.objects.select_related("signed_off_by").order_by("-created_at", "-id")
