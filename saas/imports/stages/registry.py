"""Each stage's fields and planner, by stage."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from saas.imports.mapping import FieldSpec, MappedRow
from saas.imports.models import ImportJob, Stage
from saas.imports.stages import history, houses, opening, residents
from saas.imports.stages.common import StagePlan


@dataclass(frozen=True)
class StageDef:
    specs: list[FieldSpec]
    plan: Callable[[ImportJob, list[MappedRow]], StagePlan]
    # a row with all of these blank holds nothing for this stage: skipped, not a problem
    blank_skips: tuple[str, ...] = ()


STAGES: dict[str, StageDef] = {
    Stage.HOUSES: StageDef(houses.SPECS, houses.plan),
    Stage.RESIDENTS: StageDef(residents.SPECS, residents.plan, residents.PERSON_FIELDS),
    Stage.OPENING_BALANCES: StageDef(opening.SPECS, opening.plan, ("arrears", "prepaid")),
    Stage.PAYMENT_HISTORY: StageDef(history.SPECS, history.plan),
}
