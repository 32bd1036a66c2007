"""对账 Reconciliation to the fen: the old system's control totals (entered by the user from its
reports) against what Wuye holds for the houses imported from it, with the houses whose opening
arrears or prepaid differ from what the old system's file said; someone signs off before go-live."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from saas.core.errors import DomainError
from saas.estates.models import House
from saas.finance.models import Bill, BillLine, PrepaidEntry, PrepaidKind
from saas.imports.errors import ImportErrorCode
from saas.imports.models import JobState, LegacyBillLine, LegacyKey, OpeningSource, Reconciliation, SourceSystem
from saas.imports.stages.common import house_label, model_label
from saas.imports.stages.opening import OPENING_ITEM

HOUSES_LISTED = 500


def imported_house_ids(source_system: str) -> list[int]:
    keys = LegacyKey.objects.filter(source_system=source_system, model=model_label(House))
    return list(keys.values_list("object_id", flat=True).distinct())


def opening_arrears_by_house(house_ids: list[int]) -> dict[int, int]:
    """The 期初 line of each opening bill: a billing run of the opening month adds its own lines."""
    opening = LegacyKey.objects.filter(model=model_label(Bill), source_id__startswith="opening:").values("object_id")
    rows = BillLine.objects.filter(
        bill_id__in=opening, bill__house_id__in=house_ids, fee_item__name=OPENING_ITEM
    ).values_list("bill__house_id", "amount_fen")
    return {house: int(amount) for house, amount in rows}


def opening_prepaid_by_house(house_ids: list[int]) -> dict[int, int]:
    rows = (
        PrepaidEntry.objects.filter(kind=PrepaidKind.OPENING, house_id__in=house_ids)
        .values("house_id")
        .annotate(total=Sum("amount_fen"))
        .values_list("house_id", "total")
    )
    return {house: int(total) for house, total in rows if total}


def _source_by_house(source_system: str) -> dict[int, OpeningSource]:
    """The latest committed opening row per house."""
    rows = OpeningSource.objects.filter(job__source_system=source_system, job__state=JobState.COMMITTED).order_by(
        "job_id", "row_number"
    )
    return {row.house_id: row for row in rows}


def _figure(name: str, label: str, source: int | Decimal | None, wuye: int | Decimal) -> dict[str, Any]:
    difference = None if source is None else wuye - source
    return {
        "name": name,
        "label": label,
        "source": None if source is None else str(source),
        "wuye": str(wuye),
        "difference": None if difference is None else str(difference),
    }


def compute(
    *,
    source_system: str,
    house_count: int,
    building_area: Decimal,
    arrears_fen: int,
    prepaid_fen: int,
    last_period: date | None,
    last_period_receipts_fen: int | None,
) -> dict[str, Any]:
    house_ids = imported_house_ids(source_system)
    area = House.objects.filter(pk__in=house_ids).aggregate(total=Sum("building_area"))["total"] or Decimal("0.00")
    arrears = opening_arrears_by_house(house_ids)
    prepaid = opening_prepaid_by_house(house_ids)
    figures = [
        _figure("house_count", "房屋数", house_count, len(house_ids)),
        _figure("building_area", "总建筑面积（㎡）", building_area, Decimal(area)),
        _figure("arrears_fen", "欠费合计（分）", arrears_fen, sum(arrears.values())),
        _figure("prepaid_fen", "预存合计（分）", prepaid_fen, sum(prepaid.values())),
    ]
    if last_period is not None:
        receipts = (
            LegacyBillLine.objects.filter(house_id__in=house_ids, period=last_period).aggregate(total=Sum("paid_fen"))[
                "total"
            ]
            or 0
        )
        figures.append(
            _figure(
                "last_period_receipts_fen", f"{last_period:%Y-%m} 实收（分）", last_period_receipts_fen, int(receipts)
            )
        )
    sources = _source_by_house(source_system)
    labels = dict(
        (pk, house_label(c, b, u, r))
        for pk, c, b, u, r in House.objects.filter(pk__in=set(sources) | set(arrears) | set(prepaid)).values_list(
            "id", "community__name", "building__name", "unit__name", "room_number"
        )
    )
    houses = []
    for house_id in sorted(set(sources) | set(arrears) | set(prepaid)):
        source = sources.get(house_id)
        want_arrears = source.arrears_fen if source else 0
        want_prepaid = source.prepaid_fen if source else 0
        if arrears.get(house_id, 0) != want_arrears or prepaid.get(house_id, 0) != want_prepaid:
            houses.append(
                {
                    "house": house_id,
                    "label": labels.get(house_id, str(house_id)),
                    "row": source.row_number if source else None,
                    "sourceArrearsFen": want_arrears,
                    "wuyeArrearsFen": arrears.get(house_id, 0),
                    "sourcePrepaidFen": want_prepaid,
                    "wuyePrepaidFen": prepaid.get(house_id, 0),
                }
            )
    reconciled = all(f["difference"] in (None, "0", "0.00") for f in figures) and not houses
    return {
        "figures": figures,
        "houses": houses[:HOUSES_LISTED],
        "housesDiffering": len(houses),
        "reconciled": reconciled,
    }


@transaction.atomic
def reconciliation_run(
    *,
    source_system: str,
    house_count: int,
    building_area: Decimal,
    arrears_fen: int,
    prepaid_fen: int,
    last_period: date | None = None,
    last_period_receipts_fen: int | None = None,
    created_by: Any = None,
) -> Reconciliation:
    """Compare the old system's control totals with Wuye and keep the result."""
    if min(house_count, arrears_fen, prepaid_fen, last_period_receipts_fen or 0) < 0 or building_area < 0:
        raise DomainError(ImportErrorCode.AMOUNT_INVALID, field="controlTotals")
    if last_period is not None and last_period.day != 1:
        raise DomainError(ImportErrorCode.OPENING_PERIOD_INVALID, field="lastPeriod")
    result = compute(
        source_system=SourceSystem(source_system),
        house_count=house_count,
        building_area=building_area,
        arrears_fen=arrears_fen,
        prepaid_fen=prepaid_fen,
        last_period=last_period,
        last_period_receipts_fen=last_period_receipts_fen,
    )
    return Reconciliation.objects.create(
        source_system=source_system,
        house_count=house_count,
        building_area=building_area,
        arrears_fen=arrears_fen,
        prepaid_fen=prepaid_fen,
        last_period=last_period,
        last_period_receipts_fen=last_period_receipts_fen,
        result=result,
        reconciled=result["reconciled"],
        created_by=created_by,
    )


@transaction.atomic
def reconciliation_sign_off(*, reconciliation_id: int, signed_off_by: Any, note: str = "") -> Reconciliation:
    """签字确认 Someone accepts the reconciliation for go-live; differences need a note saying why."""
    rec = Reconciliation.objects.select_for_update().filter(pk=reconciliation_id).first()
    if rec is None:
        raise DomainError(ImportErrorCode.RECONCILIATION_NOT_FOUND, field="id")
    if rec.signed_off_at is not None:
        raise DomainError(ImportErrorCode.ALREADY_SIGNED_OFF, field="id")
    note = (note or "").strip()
    if len(note) > 200:
        raise DomainError(ImportErrorCode.TOO_LONG, field="note", limit=200)
    if not rec.reconciled and not note:
        raise DomainError(ImportErrorCode.NOT_RECONCILED, field="note")
    rec.signed_off_by = signed_off_by
    rec.signed_off_at = timezone.now()
    rec.sign_off_note = note
    rec.save(update_fields=["signed_off_by", "signed_off_at", "sign_off_note"])
    return rec
