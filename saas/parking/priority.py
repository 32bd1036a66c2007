"""业主优先 (北京市物业管理条例 art. 80): parking serves the owners first; a non-owner's rental is
refused while any owner's application in the community waits. Callers hold the community's lock."""

from __future__ import annotations

from saas.core.errors import DomainError
from saas.parking.errors import ParkingErrorCode
from saas.parking.models import ApplicationState, ParkingApplication


def owners_waiting(community_id: int) -> bool:
    return ParkingApplication.objects.filter(
        community_id=community_id, is_owner=True, state=ApplicationState.SUBMITTED
    ).exists()


def check_owner_priority(community_id: int) -> None:
    if owners_waiting(community_id):
        raise DomainError(ParkingErrorCode.OWNER_PRIORITY, field="community")
