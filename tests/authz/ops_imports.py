"""The matrix for imports: company-wide, so only the admin (DATA_IMPORT) may; owners never.

The rows of the world (made once, on first use): a houses file uploaded twice — one job committed
(one house of a new community), one validated — and a reconciliation."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django_tenants.utils import tenant_context

from saas.accounts.models import User
from saas.imports.services.jobs import (
    import_job_commit,
    import_job_commit_start,
    import_job_dry_run,
    import_job_upload,
)
from saas.imports.services.reconciliation import reconciliation_run
from tests.authz.matrix import HIDDEN, Operation, by_id, outcomes
from tests.authz.world import World, gid

ADMIN_ONLY = {"with_role": "admin", "without_role": "manager"}
CSV = "小区名称,所在区,楼栋,单元,房号,建筑面积\n迁入小区,朝阳区,1号楼,1单元,0101,88.00\n".encode()


def _rows(w: World) -> dict[str, Any]:
    if "imports" not in w.extra:
        with tenant_context(w.company):
            admin = User.objects.get(username="admin")

            def upload() -> Any:
                job = import_job_upload(
                    data=CSV, file_name="houses.csv", stage="houses", source_system="excel", uploaded_by=admin
                )
                return import_job_dry_run(job_id=job.pk)

            committed = upload()
            import_job_commit_start(job_id=committed.pk, committed_by=admin)
            import_job_commit(job_id=committed.pk)
            validated = upload()
            rec = reconciliation_run(
                source_system="excel", house_count=1, building_area=Decimal("88.00"), arrears_fen=0, prepaid_fen=0
            )
            w.extra["imports"] = {
                "committed": gid("ImportJob", committed.pk),
                "validated": gid("ImportJob", validated.pk),
                "reconciliation": gid("Reconciliation", rec.pk),
                "file": validated.file_name,
            }
    return w.extra["imports"]  # type: ignore[no-any-return]


def _id(key: str) -> Any:
    return lambda w: {"id": _rows(w)[key]}


def _marker(w: World) -> str:
    return _rows(w)["committed"]


OPERATIONS = [
    Operation(
        "importJobs",
        "{ importJobs { edges { node { id } } } }",
        lambda w: (_rows(w), {})[1],
        outcomes(),
        marker=_marker,
        **ADMIN_ONLY,
    ),
    Operation(
        "importJob",
        "query($id: ID!) { importJob(id: $id) { id fileName } }",
        _id("committed"),
        by_id(owner=HIDDEN),
        marker=_marker,
        **ADMIN_ONLY,
    ),
    Operation(
        "mappingProfiles",
        "{ mappingProfiles { edges { node { id } } } }",
        lambda w: {},
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "importReconciliations",
        "{ importReconciliations { edges { node { id } } } }",
        lambda w: (_rows(w), {})[1],
        outcomes(),
        marker=lambda w: _rows(w)["reconciliation"],
        **ADMIN_ONLY,
    ),
    Operation(
        "importJobUpload",
        "mutation($input: ImportJobUploadInput!) { importJobUpload(input: $input) { errors { code } job { id } } }",
        lambda w: {"input": {"file": None, "stage": "HOUSES", "sourceSystem": "EXCEL"}},
        outcomes(),
        files=lambda w: {"input.file": ("houses.csv", CSV)},
        **ADMIN_ONLY,
    ),
    Operation(
        "importJobForStage",
        "mutation($id: ID!) { importJobForStage(input: {id: $id, stage: RESIDENTS}) { errors { code } } }",
        _id("committed"),
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "importJobConfigure",
        'mutation($id: ID!) { importJobConfigure(input: {id: $id, options: {defaultUnit: "1单元"}}) '
        "{ errors { code } } }",
        _id("validated"),
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "importJobDryRun",
        "mutation($id: ID!) { importJobDryRun(input: {id: $id}) { errors { code } job { willSkip } } }",
        _id("validated"),
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "importJobCommit",
        "mutation($id: ID!) { importJobCommit(input: {id: $id}) { errors { code } job { state } } }",
        _id("validated"),
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "importJobRollback",
        "mutation($id: ID!) { importJobRollback(input: {id: $id}) { errors { code } job { state } } }",
        _id("committed"),
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "mappingProfileSave",
        'mutation { mappingProfileSave(input: {name: "思源房产", stage: HOUSES, sourceSystem: SIYUAN, '
        'columns: [{field: "room_number", column: "房号"}]}) { errors { code } profile { version } } }',
        lambda w: {},
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "importReconcile",
        'mutation { importReconcile(input: {sourceSystem: EXCEL, houseCount: 1, buildingArea: "88.00", '
        'arrears: "0.00", prepaid: "0.00"}) { errors { code } reconciliation { reconciled } } }',
        lambda w: (_rows(w), {})[1],
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "reconciliationSignOff",
        "mutation($id: ID!) { reconciliationSignOff(input: {id: $id}) { errors { code } } }",
        _id("reconciliation"),
        outcomes(),
        **ADMIN_ONLY,
    ),
]
