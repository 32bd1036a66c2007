"""Who sees which money rows: staff with BILL_VIEW (meter readings: METER_READING_RECORD) the
rows of their communities; an owner a house's bills, lines and readings for periods from their own
move-in month, its payments received from their move-in day (never the previous owner's history).
Waivers and fee items are staff-only (owners see fee items through their bill lines)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from permissions.roles import Capability
from permissions.scoping import ScopeRule, own_since_move_in, register_scope_rule
from saas.finance.models import Bill, BillLine, FeeItem, MeterReading, Payment, Waiver


def _in_communities(communities: Any) -> Q:
    return Q(community_id__in=communities)


def _periods_of(user: Any) -> Q:
    return own_since_move_in(user, house="house_id", dated="period", by_month=True)


def register() -> None:
    register_scope_rule(Bill, ScopeRule(Capability.BILL_VIEW, _in_communities, _periods_of))
    register_scope_rule(
        Payment,
        ScopeRule(
            Capability.BILL_VIEW,
            _in_communities,
            lambda user: own_since_move_in(user, house="house_id", dated="received_at"),
        ),
    )
    register_scope_rule(
        BillLine,
        ScopeRule(
            Capability.BILL_VIEW,
            lambda communities: Q(bill__community_id__in=communities),
            lambda user: own_since_move_in(user, house="bill__house_id", dated="bill__period", by_month=True),
        ),
    )
    register_scope_rule(
        MeterReading,
        ScopeRule(
            Capability.METER_READING_RECORD,
            lambda communities: Q(house__community_id__in=communities),
            _periods_of,
        ),
    )
    register_scope_rule(
        Waiver, ScopeRule(Capability.BILL_VIEW, lambda communities: Q(bill__community_id__in=communities), None)
    )
    register_scope_rule(
        FeeItem, ScopeRule(Capability.BILL_VIEW, lambda communities: Q(communities__in=communities), None)
    )
