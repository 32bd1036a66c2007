"""The four finance reports in GraphQL (FINANCE_REPORT, within the caller's communities), each with
the URL of the same report as an XLSX download."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Annotated, Any
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
    community: CommunityType | None = strawberry.field(description="The community (小区); null in the total row.")
    building: BuildingType | None = strawberry.field(description="The building (楼栋) with byBuilding; else null.")
    period: date | None = strawberry.field(
        description="The billing period (1st of the month) with byPeriod; else null."
    )
    bills: int = strawberry.field(description="How many bills the row counts.")
    billed: Yuan = strawberry.field(description="Lines plus late fees accrued by the report's day.")
    late_fee: Yuan = strawberry.field(description="The late-fee part of billed.")
    paid: Yuan = strawberry.field(description="Paid by the report's day, in yuan.")
    waived: Yuan = strawberry.field(description="Waived (减免) by the report's day, in yuan.")
    outstanding: Yuan = strawberry.field(description="Still owed on the report's day, in yuan.")
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


@strawberry.type(name="CollectionReport", description="收缴率报表: billed against paid, waived and outstanding.")
class CollectionReportType:
    as_of: date = strawberry.field(description="The day the figures are taken on.")
    rows: list[CollectionRowType] = strawberry.field(description="One row per community (building, period).")
    total: CollectionRowType = strawberry.field(description="All rows added up.")
    download_url: str = strawberry.field(description="The same report as XLSX (same login: token or session).")


@strawberry.type(name="ArrearsAgingRow", description="欠费账龄 Outstanding by days past the due date.")
class AgingRowType:
    community: CommunityType | None = strawberry.field(description="The community (小区); null in the total row.")
    building: BuildingType | None = strawberry.field(description="The building (楼栋) with byBuilding; else null.")
    houses_in_arrears: int = strawberry.field(description="Houses with something past due.")
    not_due: Yuan = strawberry.field(description="Owed but not yet due, in yuan.")
    days_0_to_30: Yuan = strawberry.field(description="Up to 30 days past the due date, in yuan.")
    days_31_to_90: Yuan = strawberry.field(description="31 to 90 days past due, in yuan.")
    days_91_to_180: Yuan = strawberry.field(description="91 to 180 days past due, in yuan.")
    over_180_days: Yuan = strawberry.field(description="More than 180 days past due, in yuan.")
    overdue: Yuan = strawberry.field(description="All past due: the four buckets added up, in yuan.")
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


@strawberry.type(name="ArrearsAgingReport", description="欠费账龄报表: what is owed, by how long past due.")
class AgingReportType:
    as_of: date = strawberry.field(description="The day the ages are counted to.")
    rows: list[AgingRowType] = strawberry.field(description="One row per community (or building).")
    total: AgingRowType = strawberry.field(description="All rows added up.")
    download_url: str = strawberry.field(description="The same report as XLSX (same login: token or session).")


@strawberry.enum(name="IncomeKind", description="What kind of income a row of the income report is.")
class IncomeKind(models.TextChoices):
    FEE_ITEM = "fee_item", "收费项目"
    LATE_FEE = "late_fee", "滞纳金"
    PREPAID = "prepaid", "预存款"


@strawberry.type(name="IncomeByFeeItem", description="Income of one fee item, of late fees or of prepayments.")
class IncomeByItemType:
    kind: IncomeKind = strawberry.field(description="A fee item, late fees or prepaid money.")
    fee_item: FeeItemType | None = strawberry.field(description="For FEE_ITEM rows.")
    label: str = strawberry.field(
        description="The fee item's name, 滞纳金, or 预存（净增加） (received, not yet applied)."
    )
    amount: Yuan = strawberry.field(description="Booked in the range, in yuan.")


@strawberry.type(name="IncomeByMethod", description="Income received by one payment method (收款方式).")
class IncomeByMethodType:
    method: PaymentMethod = strawberry.field(description="How the money came: cash, WeChat, Alipay, bank, …")
    payments: int = strawberry.field(description="How many payments.")
    received: Yuan = strawberry.field(description="What they brought in, in yuan.")
    reversals: int = strawberry.field(description="How many reversals (冲正).")
    reversed: Yuan = strawberry.field(description="Negative.")
    net: Yuan = strawberry.field(description="received + reversed, in yuan.")


@strawberry.type(name="IncomeReport", description="收入 Money booked in a date range; both lists add up to total.")
class IncomeReportType:
    date_from: date = strawberry.field(description="First day of the range.")
    date_to: date = strawberry.field(description="Last day of the range.")
    by_fee_item: list[IncomeByItemType] = strawberry.field(description="Split by fee item, late fees and prepaid.")
    by_method: list[IncomeByMethodType] = strawberry.field(description="Split by payment method.")
    total: Yuan = strawberry.field(description="Net income booked in the range, in yuan.")
    download_url: str = strawberry.field(description="The same report as XLSX (same login: token or session).")


@strawberry.type(name="DailyCashRow", description="One cashier's payments of the day by one method.")
class DailyCashRowType:
    cashier_name: str = strawberry.field(description="The staff member who booked the payments (收款员).")
    method: PaymentMethod = strawberry.field(description="How the money came.")
    payments: int = strawberry.field(description="How many payments.")
    received: Yuan = strawberry.field(description="What they brought in, in yuan.")
    reversals: int = strawberry.field(description="How many reversals (冲正).")
    reversed: Yuan = strawberry.field(description="What the reversals took back, in yuan (negative).")
    net: Yuan = strawberry.field(description="received + reversed, in yuan.")
    first_receipt_no: int = strawberry.field(description="The first receipt number (收据号) of the group.")
    last_receipt_no: int = strawberry.field(description="The last receipt number of the group.")


@strawberry.type(name="DailyCashReport", description="收款日报")
class DailyCashReportType:
    day: date = strawberry.field(description="The day reported.")
    rows: list[DailyCashRowType] = strawberry.field(description="One row per cashier and payment method.")
    total: Yuan = strawberry.field(description="Net money booked that day, in yuan.")
    download_url: str = strawberry.field(description="The same report as XLSX (same login: token or session).")


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
InCommunities = Annotated[list[relay.GlobalID] | None, strawberry.argument(description=COMMUNITIES_HELP)]
InBuilding = Annotated[
    relay.GlobalID | None, strawberry.argument(description="Only this building (楼栋) of those communities.")
]
AsOf = Annotated[date | None, strawberry.argument(description="The day the figures are taken on; default today.")]
ByBuilding = Annotated[bool, strawberry.argument(description="One row per building instead of per community.")]


@strawberry.type
class ReportQueries:
    @strawberry.field(permission_classes=REPORTERS, description="收缴率 by community (and building, and period).")
    def collection_report(
        self,
        info: Info,
        communities: InCommunities = None,
        building: InBuilding = None,
        period_from: Annotated[
            date | None, strawberry.argument(description="Only periods from this month on (its 1st).")
        ] = None,
        period_to: Annotated[
            date | None, strawberry.argument(description="Only periods up to this month (its 1st).")
        ] = None,
        as_of: AsOf = None,
        by_building: ByBuilding = False,
        by_period: Annotated[
            bool, strawberry.argument(description="One row per billing period too; default true.")
        ] = True,
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
        communities: InCommunities = None,
        building: InBuilding = None,
        as_of: AsOf = None,
        by_building: ByBuilding = False,
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
        date_from: Annotated[date, strawberry.argument(description="First day, at most 366 days before dateTo.")],
        date_to: Annotated[date, strawberry.argument(description="Last day (inclusive).")],
        communities: InCommunities = None,
        building: InBuilding = None,
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
        day: Annotated[date | None, strawberry.argument(description="The day to report; default today.")] = None,
        communities: InCommunities = None,
        building: InBuilding = None,
    ) -> DailyCashReportType:
        the_day = day or timezone.localdate()
        args = ReportArgs(communities or [], building, (("day", the_day.isoformat()),))
        rows = reports.daily_cash_report(where=args.where(info.context.viewer), day=the_day)
        return daily_cash_type(the_day, rows, args.url("daily-cash"))


MAX_RANGE_DAYS = 366


def _check_range(date_from: date, date_to: date) -> None:
    if date_to < date_from or (date_to - date_from).days > MAX_RANGE_DAYS:
        raise ApiError(ApiMessage.BAD_USER_INPUT, detail=f"dateTo must follow dateFrom within {MAX_RANGE_DAYS} days")
