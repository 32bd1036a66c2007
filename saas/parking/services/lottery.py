"""摇号 When owners wait for more spaces than there are, the office draws lots, in public.

The seed is drawn by the server (``secrets``) and published with the result. Anyone can check it:
list the waiting owner applications by number, compute ``sha256("<seed>:<number>")`` for each,
sort ascending: the first ones get the spaces, in the order the spaces were given.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from typing import Any

from django.db import transaction

from saas.core.errors import DomainError
from saas.parking.errors import ParkingErrorCode
from saas.parking.models import ApplicationState, ParkingApplication, ParkingLottery
from saas.parking.services.applications import application_offer
from saas.parking.services.common import community_locked, space_of


def lottery_rank(seed: str, candidates: Sequence[int]) -> list[int]:
    """The published rule: candidates ordered by ``sha256("<seed>:<id>")``."""
    return sorted(candidates, key=lambda pk: hashlib.sha256(f"{seed}:{pk}".encode()).hexdigest())


@transaction.atomic
def parking_lottery_draw(
    *, community_id: int, space_ids: Sequence[int], actor: Any, seed: str | None = None
) -> ParkingLottery:
    community_locked(community_id)
    if len(set(space_ids)) != len(space_ids):
        raise DomainError(ParkingErrorCode.SPACES_REPEATED, field="spaces")
    spaces = [space_of(pk, field="spaces") for pk in space_ids]
    waiting = list(
        ParkingApplication.objects.select_for_update(of=("self",))
        .select_related("applicant", "vehicle")
        .filter(community_id=community_id, is_owner=True, state=ApplicationState.SUBMITTED)
        .order_by("pk")
    )
    if len(waiting) <= len(spaces):
        raise DomainError(
            ParkingErrorCode.LOTTERY_NOT_NEEDED, field="spaces", candidates=len(waiting), spaces=len(spaces)
        )
    seed = seed or secrets.token_hex(16)
    candidates = [a.pk for a in waiting]
    ranking = lottery_rank(seed, candidates)
    lottery = ParkingLottery.objects.create(
        community_id=community_id,
        seed=seed,
        candidates=candidates,
        ranking=ranking,
        spaces=[s.pk for s in spaces],
        drawn_by=actor,
    )
    by_pk = {a.pk: a for a in waiting}
    for pk, space in zip(ranking, spaces, strict=False):
        application = by_pk[pk]
        application.lottery = lottery
        application_offer(application, space, actor=actor)
    return lottery
