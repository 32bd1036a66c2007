"""服务时限 SLA: deadlines per priority, and which of them an order has missed.

An order has three deadlines counted from its submission (or from its reopening): respond (a
technician accepts it), on site, and completed. Level 1, 2, 3 means the first, the first two, or
all three have passed without the order getting there; the sweep escalates each level once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from types import MappingProxyType

from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.expressions import BaseExpression

from saas.workorders.models import Priority, SlaPolicy, State


@dataclass(frozen=True)
class SlaTerms:
    respond_minutes: int
    on_site_minutes: int
    complete_minutes: int


# What a company gets until it sets its own.
DEFAULT_SLA = MappingProxyType(
    {
        Priority.URGENT: SlaTerms(respond_minutes=15, on_site_minutes=60, complete_minutes=24 * 60),
        Priority.NORMAL: SlaTerms(respond_minutes=30, on_site_minutes=4 * 60, complete_minutes=48 * 60),
        Priority.LOW: SlaTerms(respond_minutes=2 * 60, on_site_minutes=24 * 60, complete_minutes=72 * 60),
    }
)
MAX_MINUTES = 30 * 24 * 60  # a deadline further than 30 days out is a typo


@dataclass(frozen=True)
class Deadlines:
    respond_by: datetime
    on_site_by: datetime
    complete_by: datetime


def sla_terms() -> dict[Priority, SlaTerms]:
    """The company's terms per priority: its own rows over the defaults (one query, no writes)."""
    terms = dict(DEFAULT_SLA)
    for row in SlaPolicy.objects.all():
        terms[Priority(row.priority)] = SlaTerms(row.respond_minutes, row.on_site_minutes, row.complete_minutes)
    return terms


def deadlines_from(start: datetime, terms: SlaTerms) -> Deadlines:
    return Deadlines(
        respond_by=start + timedelta(minutes=terms.respond_minutes),
        on_site_by=start + timedelta(minutes=terms.on_site_minutes),
        complete_by=start + timedelta(minutes=terms.complete_minutes),
    )


# Per level: the deadline, and the states in which the order has not yet got past it.
_NOT_RESPONDED = frozenset({State.SUBMITTED, State.ASSIGNED, State.REOPENED})
_NOT_ON_SITE = _NOT_RESPONDED | {State.ACCEPTED}
_NOT_COMPLETED = _NOT_ON_SITE | {State.ON_SITE}
LEVELS = ((3, "complete_by", _NOT_COMPLETED), (2, "on_site_by", _NOT_ON_SITE), (1, "respond_by", _NOT_RESPONDED))


def missed_level(*, state: str, deadlines: Deadlines, now: datetime) -> int:
    """How many deadlines ``now`` is past without the order having got there (0–3)."""
    for level, attribute, behind in LEVELS:
        if State(state) in behind and now > getattr(deadlines, attribute):
            return level
    return 0


def missed_level_sql(now: datetime) -> BaseExpression:
    """``missed_level`` as a SQL expression over WorkOrder rows."""
    return Case(
        *(
            When(Q(state__in=list(behind), **{f"{attribute}__lt": now}), then=Value(level))
            for level, attribute, behind in LEVELS
        ),
        default=Value(0),
        output_field=IntegerField(),
    )
