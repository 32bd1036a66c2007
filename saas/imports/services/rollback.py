"""Rolling a committed job back: what it created is deleted, what it updated gets its before-image
back, exactly; refused (IMPORT_ROLLBACK_BLOCKED, naming what blocks) once anything depends on the
imported rows — a bill or payment on an imported house, money applied to an opening balance, a
later job's rows, anything else that protects them."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.apps import apps
from django.db import connection, transaction
from django.db.models import Model, ProtectedError, RestrictedError, Sum
from django.utils import timezone

from saas.core.errors import DomainError
from saas.finance.models import (
    Allocation,
    Bill,
    BillLine,
    BillStatus,
    LateFeeAccrual,
    PrepaidEntry,
    PrepaidKind,
    Waiver,
)
from saas.imports.errors import ImportErrorCode
from saas.imports.models import ImportedObject, ImportJob, JobState, LegacyBillLine, LegacyKey, OpeningSource, RowAction
from saas.imports.services.jobs import _job
from saas.imports.stages.opening import OPENING_ITEM

# Children before parents.
DELETE_ORDER = [
    "finance.bill",
    "finance.billingrun",
    "finance.feeitem",
    "finance.prepaidentry",
    "residents.occupancy",
    "residents.resident",
    "estates.house",
    "estates.unit",
    "estates.building",
    "estates.community",
]
BLOCKERS_NAMED = 10


def _name(obj: Model) -> str:
    return f"{obj._meta.verbose_name}“{obj}”"


def _blocked(names: list[str]) -> DomainError:
    shown = "、".join(names[:BLOCKERS_NAMED])
    if len(names) > BLOCKERS_NAMED:
        shown += f" 等 {len(names)} 项"
    return DomainError(ImportErrorCode.IMPORT_ROLLBACK_BLOCKED, field="id", blocking=shown)


def _money_blockers(created: dict[str, list[int]], updated_bill_ids: list[int]) -> list[str]:
    """Bills of the job (created or updated) that money has touched, and opening prepaid since used."""
    names: list[str] = []
    bill_ids = [*created.get("finance.bill", []), *updated_bill_ids]
    if bill_ids:
        touched = (
            set(Allocation.objects.filter(bill_id__in=bill_ids).values_list("bill_id", flat=True))
            | set(Waiver.objects.filter(bill_id__in=bill_ids).values_list("bill_id", flat=True))
            | set(LateFeeAccrual.objects.filter(bill_id__in=bill_ids).values_list("bill_id", flat=True))
        )
        # a billing run that added its lines to a created opening bill: deleting it would drop them
        charged = BillLine.objects.filter(bill_id__in=created.get("finance.bill", []))
        touched |= set(charged.exclude(fee_item__name=OPENING_ITEM).values_list("bill_id", flat=True))
        names += [_name(bill) for bill in Bill.objects.filter(pk__in=touched).order_by("id")]
    entry_ids = created.get("finance.prepaidentry", [])
    if entry_ids:
        houses = set(PrepaidEntry.objects.filter(pk__in=entry_ids).values_list("house_id", flat=True))
        used = PrepaidEntry.objects.filter(house_id__in=houses).exclude(kind=PrepaidKind.OPENING).order_by("id")
        names += [_name(entry) for entry in used]
    return names


def _delete(label: str, ids: list[int]) -> None:
    model = apps.get_model(label)
    if label == "finance.bill":
        BillLine.objects.filter(bill_id__in=ids).delete()
    try:
        with transaction.atomic():
            model._default_manager.filter(pk__in=ids).delete()
    except (ProtectedError, RestrictedError) as error:
        blocking = sorted(
            error.protected_objects if isinstance(error, ProtectedError) else error.restricted_objects,
            key=lambda o: o.pk,
        )
        raise _blocked([_name(obj) for obj in blocking]) from error


def _restore(label: str, links: list[ImportedObject]) -> None:
    model = apps.get_model(label)
    objects = model._default_manager.in_bulk([link.object_id for link in links])
    changed: list[Model] = []
    fields: set[str] = set()
    for link in links:
        obj = objects.get(link.object_id)
        if obj is None or not link.before:
            continue
        if getattr(obj, "anonymised_at", None) is not None:  # PIPL: never re-identify a resident
            continue
        for name, value in link.before.items():
            setattr(obj, name, model._meta.get_field(name).to_python(value))
            fields.add(name)
        changed.append(obj)
    if label == "finance.bill":
        # its 期初 line is restored first; the bill is the sum of its lines, so lines a billing run
        # added since stay charged
        totals = dict(
            BillLine.objects.filter(bill_id__in=[obj.pk for obj in changed])
            .values("bill_id")
            .annotate(total=Sum("amount_fen"))
            .values_list("bill_id", "total")
        )
        for bill in changed:
            assert isinstance(bill, Bill)
            amount = int(totals.get(bill.pk) or 0)
            if amount != bill.amount_fen:
                bill.amount_fen = amount
                bill.status = BillStatus.PAID if amount == 0 else BillStatus.UNPAID
    if changed:
        model._default_manager.bulk_update(changed, sorted(fields), batch_size=2000)


@transaction.atomic
def import_job_rollback(*, job_id: int, rolled_back_by: Any) -> ImportJob:
    job = _job(job_id, lock=True)
    if job.state != JobState.COMMITTED:
        raise DomainError(ImportErrorCode.WRONG_STATE, field="id", state=job.get_state_display(), action="撤销")
    links = list(ImportedObject.objects.filter(job=job).order_by("-id"))
    created: dict[str, list[int]] = defaultdict(list)
    updated: dict[str, list[ImportedObject]] = defaultdict(list)
    for link in links:
        if link.action == RowAction.CREATED:
            created[link.model].append(link.object_id)
        else:
            updated[link.model].append(link)
    blockers = _money_blockers(created, [link.object_id for link in updated.get("finance.bill", [])])
    if blockers:
        raise _blocked(blockers)
    with connection.cursor() as cursor:
        # the one door through the ledger's guards (finance migration 0008), for this transaction only
        cursor.execute("SET LOCAL wuye.import_rollback = 'on'")
    LegacyBillLine.objects.filter(job=job).delete()
    for label in DELETE_ORDER:
        if created.get(label):
            _delete(label, created[label])
    for label in sorted(updated, key=lambda label: label != "finance.billline"):  # lines before their bills
        _restore(label, updated[label])
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL wuye.import_rollback = 'off'")
    LegacyKey.objects.filter(job=job).delete()
    OpeningSource.objects.filter(job=job).delete()
    job.state = JobState.ROLLED_BACK
    job.rolled_back_by = rolled_back_by
    job.rolled_back_at = timezone.now()
    job.save(update_fields=["state", "rolled_back_by", "rolled_back_at"])
    return job
