"""Publishing is set-based: its statements do not grow with the number of houses or people reached."""

from __future__ import annotations

from django_tenants.utils import tenant_context

from saas.notices.models import AnnouncementRecipient
from tests.factories import HouseFactory, OccupancyFactory, ResidentFactory
from tests.graphql import QueryLog
from tests.notices.conftest import Notices, gid, mutate, outage

# token, scope check, savepoint, the draft locked, its targets (for the hash), the update, the
# recipients' INSERT … SELECT, telling them (the snapshot read back once per person, their in-app
# notifications in one INSERT, the enabled message channels), release, the payload's receipt
PUBLISH_STATEMENTS = 12


def _publish_statements(notices: Notices) -> int:
    desk = notices.client(notices.desk)
    data = outage(notices, targetLevel="COMMUNITIES", targets=[gid("Community", notices.x.pk)])
    draft = mutate(desk, "announcementCreate", data)["announcement"]
    with QueryLog() as log:
        payload = mutate(desk, "announcementPublish", {"id": draft["id"]})
    assert payload["errors"] == [], payload
    return log.count()


def test_publishing_costs_the_same_for_4_or_40_recipients(notices: Notices) -> None:
    few = _publish_statements(notices)
    with tenant_context(notices.company):
        for n in range(36):
            house = HouseFactory(unit__building=notices.building_3, room_number=f"2{n:03d}", floor=2)
            OccupancyFactory(resident=ResidentFactory(name=f"住户{n}"), house=house)
    many = _publish_statements(notices)
    with tenant_context(notices.company):
        assert AnnouncementRecipient.objects.count() == 4 + 40
    assert few == many == PUBLISH_STATEMENTS
