"""PIPL: an anonymised resident is not re-identified through an import. The before-images a job
kept of them (name, phones, ID number as they were before the job updated them) are dropped, so a
rollback leaves the pseudonymised fields as they are."""

from __future__ import annotations

from saas.imports.models import ImportedObject
from saas.imports.stages.common import model_label
from saas.residents.models import Resident


def imports_anonymise(resident: Resident, pseudonym: str) -> None:
    ImportedObject.objects.filter(model=model_label(Resident), object_id=resident.pk).exclude(before=None).update(
        before=None
    )
