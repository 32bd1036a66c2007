"""The four finance reports in GraphQL (FINANCE_REPORT, within the caller's communities), each with
the URL of the same report as an XLSX download."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import strawberry
from django.db import models
from django.utils import timezone
from strawberry import relay

from permissions.roles import Capability
from permissions.scoping import visible_to
from saas.accounts.models import User
from saas.estates.models import Building, Community
from saas.finance import reports
from saas.finance.models import FeeItem
from schema.core.context import Info
from schema.core.errors import ApiError, ApiMessage
from schema.core.permissions import HasCapability
from schema.core.relay import pk_from_global_id
from schema.core.scalars import Yuan
from schema.estates.types import BuildingType, CommunityType
from schema.finance.types import FeeItemType, PaymentMethod

REPORTERS = [HasCapability(Capability.FINANCE_REPORT)]
DOWNLOAD_PATH = "/finance/reports/{name}.xlsx"


def report_communities(user: Any, requested: list[int]) -> list[int]:
    """The communities a report covers: those asked for (each must be in the caller's scope for
    FINANCE_REPORT, else FORBIDDEN), or all of the caller's."""
    allowed = set(visible_to(user, Community.objects.all(), Capability.FINANCE_REPORT).values_list("pk", flat=True))
    if requested:
        if not set(requested) <= allowed:
            raise ApiError(ApiMessage.FORBIDDEN)
        return sorted(set(requested))
    return sorted(allowed)


@dataclass(frozen=True)
class ReportArgs:
    """What a report was asked for, as GraphQL arguments and as the download's query string."""

    communities: list[relay.GlobalID]
    building: relay.GlobalID | None = None
    extra: tuple[tuple[str, str], ...] = ()

    def where(self, user: Any) -> reports.ReportFilter:
        ids = report_communities(user, [pk_from_global_id(g, "Community") for g in self.communities])
        building = pk_from_global_id(self.building, "Building") if self.building is not None else None
        return reports.ReportFilter(community_ids=ids, building_id=building)

    def url(self, name: str) -> str:
        query = [("community", str(g)) for g in self.communities]
        if self.building is not None:
            query.append(("building", str(self.building)))
        query.extend(self.extra)
        return DOWNLOAD_PATH.format(name=name) + ("?" + urlencode(query) if query else "")


def _lookup(model: Any, ids: Any) -> dict[int, Any]:
    return model.objects.in_bulk([i for i in set(ids) if i is not None])


@strawberry.type(name="CollectionRow", description="收缴率 One group of bills: billed = paid + waived + outstanding.")
class CollectionRowType:
    community: CommunityType | None
    building: BuildingType | None
    period: date | None
    bills: int
    billed: Yuan = strawberry.field(description="Lines plus late fees accrued by the report's day.")
    late_fee: Yuan = strawberry.field(description="The late-fee part of billed.")
    paid: Yuan
    waived: Yuan
    outstanding: Yuan
    rate: Decimal | None = strawberry.field(
        description='paid ÷ (billed − waived), four decimals ("0.9350" = 93.5%); null when nothing was due.'
    )

    @classmethod
    def of(cls, row: reports.CollectionRow, communities: dict[int, Any], buildings: dict[int, Any]) -> Any:
        return cls(
            community=communities.get(row.community_id or 0),
            building=buildings.get(row.building_id or 0),
            period=row.period,
            bills=row.bills,
            billed=Yuan(row.billed_fen),
            late_fee=Yuan(row.late_fee_fen),
            paid=Yuan(row.paid_fen),
            waived=Yuan(row.waived_fen),
            outstanding=Yuan(row.outstanding_fen),
            rate=row.rate,
        )


@strawberry.type(name="CollectionReport")
class CollectionReportType:
    as_of: date
    rows: list[CollectionRowType]
    total: CollectionRowType
    download_url: str = strawberry.field(description="The same report as XLSX (same login: token or session).")


@strawberry.type(name="ArrearsAgingRow", description="欠费账龄 Outstanding by days past the due date.")
class AgingRowType:
    community: CommunityType | None
    building: BuildingType | None
    houses_in_arrears: int = strawberry.field(description="Houses with something past due.")
    not_due: Yuan
    days_0_to_30: Yuan
    days_31_to_90: Yuan
    days_91_to_180: Yuan
    over_180_days: Yuan
    overdue: Yuan
    outstanding: Yuan = strawberry.field(description="notDue + overdue.")

    @classmethod
    def of(cls, row: reports.AgingRow, communities: dict[int, Any], buildings: dict[int, Any]) -> Any:
        b = row.buckets
        return cls(
            community=communities.get(row.community_id or 0),
            building=buildings.get(row.building_id or 0),
            houses_in_arrears=row.houses_in_arrears,
            not_due=Yuan(b["not_due"]),
            days_0_to_30=Yuan(b["d0_30"]),
            days_31_to_90=Yuan(b["d31_90"]),
            days_91_to_180=Yuan(b["d91_180"]),
            over_180_days=Yuan(b["d180_plus"]),
            overdue=Yuan(row.overdue_fen),
            outstanding=Yuan(row.outstanding_fen),
        )


@strawberry.type(name="ArrearsAgingReport")
class AgingReportType:
    as_of: date
    rows: list[AgingRowType]
    total: AgingRowType
    download_url: str


@strawberry.enum(name="IncomeKind")
class IncomeKind(models.TextChoices):
    FEE_ITEM = "fee_item", "收费项目"
    LATE_FEE = "late_fee", "滞纳金"
    PREPAID = "prepaid", "预存款"


@strawberry.type(name="IncomeByFeeItem")
class IncomeByItemType:
    kind: IncomeKind
    fee_item: FeeItemType | None = strawberry.field(description="For FEE_ITEM rows.")
    label: str = strawberry.field(
        description="The fee item's name, 滞纳金, or 预存（净增加） (received, not yet applied)."
    )
    amount: Yuan


@strawberry.type(name="IncomeByMethod")
class IncomeByMethodType:
    method: PaymentMethod
    payments: int
    received: Yuan
    reversals: int
    reversed: Yuan = strawberry.field(description="Negative.")
    net: Yuan


@strawberry.type(name="IncomeReport", description="收入 Money booked in a date range; both lists add up to total.")
class IncomeReportType:
    date_from: date
    date_to: date
    by_fee_item: list[IncomeByItemType]
    by_method: list[IncomeByMethodType]
    total: Yuan
    download_url: str


@strawberry.type(name="DailyCashRow", description="One cashier's payments of the day by one method.")
class DailyCashRowType:
    cashier_name: str
    method: PaymentMethod
    payments: int
    received: Yuan
    reversals: int
    reversed: Yuan
    net: Yuan
    first_receipt_no: int
    last_receipt_no: int


@strawberry.type(name="DailyCashReport", description="收款日报")
class DailyCashReportType:
    day: date
    rows: list[DailyCashRowType]
    total: Yuan
    download_url: str


def collection_type(report: reports.CollectionReport, url: str) -> CollectionReportType:
    communities = _lookup(Community, (r.community_id for r in report.rows))
    buildings = _lookup(Building, (r.building_id for r in report.rows))
    return CollectionReportType(
        as_of=report.as_of,
        rows=[CollectionRowType.of(r, communities, buildings) for r in report.rows],
        total=CollectionRowType.of(report.total, {}, {}),
        download_url=url,
    )


def aging_type(report: reports.AgingReport, url: str) -> AgingReportType:
    communities = _lookup(Community, (r.community_id for r in report.rows))
    buildings = _lookup(Building, (r.building_id for r in report.rows))
    return AgingReportType(
        as_of=report.as_of,
        rows=[AgingRowType.of(r, communities, buildings) for r in report.rows],
        total=AgingRowType.of(report.total, {}, {}),
        download_url=url,
    )


def income_type(report: reports.IncomeReport, url: str) -> IncomeReportType:
    items = _lookup(FeeItem, (i.fee_item_id for i in report.by_item))
    labels = {"late_fee": "滞纳金", "prepaid": "预存（净增加）"}
    return IncomeReportType(
        date_from=report.date_from,
        date_to=report.date_to,
        by_fee_item=[
            IncomeByItemType(
                kind=IncomeKind(i.kind),
                fee_item=items.get(i.fee_item_id or 0),
                label=items[i.fee_item_id].name if i.fee_item_id in items else labels[i.kind],
                amount=Yuan(i.amount_fen),
            )
            for i in report.by_item
        ],
        by_method=[
            IncomeByMethodType(
                method=PaymentMethod(m.method),
                payments=m.payments,
                received=Yuan(m.received_fen),
                reversals=m.reversals,
                reversed=Yuan(m.reversed_fen),
                net=Yuan(m.net_fen),
            )
            for m in report.by_method
        ],
        total=Yuan(report.total_fen),
        download_url=url,
    )


def daily_cash_type(day: date, rows: list[reports.CashRow], url: str) -> DailyCashReportType:
    cashiers = _lookup(User, (r.cashier_id for r in rows))
    return DailyCashReportType(
        day=day,
        rows=[
            DailyCashRowType(
                cashier_name=cashiers[r.cashier_id].display_name if r.cashier_id in cashiers else "",
                method=PaymentMethod(r.method),
                payments=r.payments,
                received=Yuan(r.received_fen),
                reversals=r.reversals,
                reversed=Yuan(r.reversed_fen),
                net=Yuan(r.net_fen),
                first_receipt_no=r.first_receipt_no,
                last_receipt_no=r.last_receipt_no,
            )
            for r in rows
        ],
        total=Yuan(sum(r.net_fen for r in rows)),
        download_url=url,
    )


COMMUNITIES_HELP = "Communities to cover (yours); none: all of yours."


@strawberry.type
class ReportQueries:
    @strawberry.field(permission_classes=REPORTERS, description="收缴率 by community (and building, and period).")
    def collection_report(
        self,
        info: Info,
        communities: list[relay.GlobalID] | None = None,
        building: relay.GlobalID | None = None,
        period_from: date | None = None,
        period_to: date | None = None,
        as_of: date | None = None,
        by_building: bool = False,
        by_period: bool = True,
    ) -> CollectionReportType:
        day = as_of or timezone.localdate()
        extra = [
            ("asOf", day.isoformat()),
            ("byBuilding", str(by_building).lower()),
            ("byPeriod", str(by_period).lower()),
        ]
        extra += [(k, v.isoformat()) for k, v in (("periodFrom", period_from), ("periodTo", period_to)) if v]
        args = ReportArgs(communities or [], building, tuple(extra))
        report = reports.collection_report(
            where=args.where(info.context.viewer),
            as_of=day,
            period_from=period_from,
            period_to=period_to,
            by_building=by_building,
            by_period=by_period,
        )
        return collection_type(report, args.url("collection"))

    @strawberry.field(permission_classes=REPORTERS, description="欠费账龄: outstanding by days past due, as of a day.")
    def arrears_aging_report(
        self,
        info: Info,
        communities: list[relay.GlobalID] | None = None,
        building: relay.GlobalID | None = None,
        as_of: date | None = None,
        by_building: bool = False,
    ) -> AgingReportType:
        day = as_of or timezone.localdate()
        args = ReportArgs(
            communities or [], building, (("asOf", day.isoformat()), ("byBuilding", str(by_building).lower()))
        )
        report = reports.arrears_aging_report(where=args.where(info.context.viewer), as_of=day, by_building=by_building)
        return aging_type(report, args.url("arrears"))

    @strawberry.field(permission_classes=REPORTERS, description="收入 by fee item and by payment method.")
    def income_report(
        self,
        info: Info,
        date_from: date,
        date_to: date,
        communities: list[relay.GlobalID] | None = None,
        building: relay.GlobalID | None = None,
    ) -> IncomeReportType:
        _check_range(date_from, date_to)
        args = ReportArgs(
            communities or [], building, (("dateFrom", date_from.isoformat()), ("dateTo", date_to.isoformat()))
        )
        report = reports.income_report(where=args.where(info.context.viewer), date_from=date_from, date_to=date_to)
        return income_type(report, args.url("income"))

    @strawberry.field(permission_classes=REPORTERS, description="收款日报: each cashier's payments of a day.")
    def daily_cash_report(
        self,
        info: Info,
        day: date | None = None,
        communities: list[relay.GlobalID] | None = None,
        building: relay.GlobalID | None = None,
    ) -> DailyCashReportType:
        the_day = day or timezone.localdate()
        args = ReportArgs(communities or [], building, (("day", the_day.isoformat()),))
        rows = reports.daily_cash_report(where=args.where(info.context.viewer), day=the_day)
        return daily_cash_type(the_day, rows, args.url("daily-cash"))


MAX_RANGE_DAYS = 366


def _check_range(date_from: date, date_to: date) -> None:
    if date_to < date_from or (date_to - date_from).days > MAX_RANGE_DAYS:
        raise ApiError(ApiMessage.BAD_USER_INPUT, detail=f"dateTo must follow dateFrom within {MAX_RANGE_DAYS} days")
