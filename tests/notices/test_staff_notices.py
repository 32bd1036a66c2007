"""Staff notices (audience STAFF): fixed at publish to the staff accounts they reach (the staff of
a targeted community and the admin; every staff account for a company-wide one), told in the app
and by SMS once each, listed in their ``myAnnouncements``, read and confirmed per account, and
their reach counted by person."""

from __future__ import annotations

from typing import Any

from django_tenants.utils import tenant_context

from saas.notices.models import AnnouncementRecipient
from saas.notifications.models import Notification, OutboxMessage
from tests.factories import UserFactory, staff_member
from tests.graphql import GraphQLClient, QueryLog, error_codes
from tests.notices.conftest import Notices, codes, gid, mutate, outage, result
from tests.notifications.events import console_sms

MINE = "query { myAnnouncements { totalCount unreadCount edges { node { title audience readAt acknowledgedAt } } } }"
REACH = (
    "query($id: ID!) { announcementReach(id: $id) { recipients houses read acknowledged housesNotReached "
    "staffNotReached unreachedStaff { name phone } } }"
)


def _drill(notices: Notices, **overrides: Any) -> dict[str, Any]:
    data = outage(
        notices,
        title="京华园消防演练",
        body="<p>本周五 15:00 全体员工参加消防演练。</p>",
        category="ROUTINE",
        audience="STAFF",
        targetLevel="COMMUNITIES",
        targets=[gid("Community", notices.x.pk)],
        pinnedUntil=None,
        requiresAcknowledgement=True,
    )
    data.update(overrides)
    return data


def _publish(notices: Notices, by: Any = None, **overrides: Any) -> str:
    client = notices.client(by or notices.desk)
    draft = mutate(client, "announcementCreate", _drill(notices, **overrides))
    assert draft["errors"] == [], draft
    payload = mutate(client, "announcementPublish", {"id": draft["announcement"]["id"]})
    assert payload["errors"] == [], payload
    pk: str = draft["announcement"]["id"]
    return pk


def _recipients(notices: Notices) -> set[int]:
    with tenant_context(notices.company):
        rows = AnnouncementRecipient.objects.values_list("user_id", "resident_id", "house_id")
        assert all(resident is None and house is None for _, resident, house in rows)
        return {user for user, _, _ in rows}


def test_a_community_notice_reaches_its_staff_and_the_admin(notices: Notices) -> None:
    with tenant_context(notices.company):
        console_sms()
        retired = staff_member("old", "service", (notices.x,))
        retired.is_active = False
        retired.save()
    _publish(notices)
    expected = {notices.desk.pk, notices.technician.pk, notices.admin.pk}
    assert _recipients(notices) == expected  # not 李娜 (清河嘉园), not the deactivated account, no owner
    with tenant_context(notices.company):
        assert set(Notification.objects.filter(kind="announcement").values_list("recipient_id", flat=True)) == expected
        sms = OutboxMessage.objects.filter(template="notice")
        assert {(m.user_id, m.address) for m in sms} == {
            (notices.desk.pk, notices.desk.phone),
            (notices.technician.pk, notices.technician.phone),
            (notices.admin.pk, notices.admin.phone),
        }
        assert {m.params["community"] for m in sms} == {"京华园"}
        # 京华园's managers see its staff's messages in the outbox; the admin's are the admin's alone.
        assert {(m.user_id, m.community_id) for m in sms} == {
            (notices.desk.pk, notices.x.pk),
            (notices.technician.pk, notices.x.pk),
            (notices.admin.pk, None),
        }


def test_a_building_notice_reaches_the_staff_of_its_community(notices: Notices) -> None:
    _publish(notices, targetLevel="BUILDINGS", targets=[gid("Building", notices.building_3.pk)])
    assert _recipients(notices) == {notices.desk.pk, notices.technician.pk, notices.admin.pk}


def test_a_company_wide_notice_reaches_every_active_staff_account(notices: Notices) -> None:
    with tenant_context(notices.company):
        UserFactory(username="norole", is_staff=True)  # a staff account without a role sees nothing
    _publish(notices, by=notices.admin, targetLevel="COMPANY", targets=[])
    assert _recipients(notices) == {notices.desk.pk, notices.technician.pk, notices.desk_y.pk, notices.admin.pk}


def test_staff_find_read_and_confirm_the_notices_addressed_to_them(notices: Notices) -> None:
    drill = _publish(notices)
    owner_notice = mutate(notices.client(notices.desk), "announcementCreate", outage(notices))["announcement"]
    assert mutate(notices.client(notices.desk), "announcementPublish", {"id": owner_notice["id"]})["errors"] == []

    technician = notices.client(notices.technician)
    mine = result(technician.execute(MINE), "myAnnouncements")
    assert (mine["totalCount"], mine["unreadCount"]) == (1, 1)  # the drill, not the residents' 停水 notice
    assert [e["node"]["title"] for e in mine["edges"]] == ["京华园消防演练"]
    assert result(notices.client(notices.desk_y).execute(MINE), "myAnnouncements")["totalCount"] == 0
    owner_titles = [e["node"]["title"] for e in notices.client(notices.owner).data(MINE)["myAnnouncements"]["edges"]]
    assert owner_titles == ["3号楼停水通知"]

    assert mutate(technician, "announcementRead", {"id": drill})["errors"] == []
    assert mutate(notices.client(notices.admin), "announcementAcknowledge", {"id": drill})["errors"] == []
    mine = result(technician.execute(MINE), "myAnnouncements")
    assert mine["unreadCount"] == 0 and mine["edges"][0]["node"]["readAt"] is not None

    reach = result(notices.client(notices.desk).execute(REACH, {"id": drill}), "announcementReach")
    assert reach == {
        "recipients": 3,
        "houses": 0,
        "read": 2,
        "acknowledged": 1,
        "housesNotReached": 0,
        "staffNotReached": 1,
        "unreachedStaff": [{"name": "孙丽", "phone": notices.desk.phone[:3] + "****" + notices.desk.phone[-4:]}],
    }


def test_four_actors_on_staff_notices(notices: Notices) -> None:
    drill = _publish(notices)
    anonymous = GraphQLClient(notices.company.domains.get(is_primary=True).domain)
    assert error_codes(anonymous.execute(MINE)) == ["UNAUTHENTICATED"]
    read = "mutation($i: AnnouncementReadInput!) { announcementRead(input: $i) { errors { code } } }"
    assert error_codes(anonymous.execute(read, {"i": {"id": drill}})) == ["UNAUTHENTICATED"]
    # An owner neither lists nor reads a staff notice.
    owner = notices.client(notices.owner)
    assert result(owner.execute(MINE), "myAnnouncements")["totalCount"] == 0
    assert error_codes(owner.execute(read, {"i": {"id": drill}})) == ["FORBIDDEN"]
    # Staff without a role (no ANNOUNCEMENT_VIEW); staff of another community.
    with tenant_context(notices.company):
        norole = UserFactory(username="norole", is_staff=True)
    assert error_codes(notices.client(norole).execute(MINE)) == ["FORBIDDEN"]
    assert error_codes(notices.client(notices.desk_y).execute(read, {"i": {"id": drill}})) == ["FORBIDDEN"]
    # Reach: publishers of the community only.
    for user in (notices.owner, notices.technician, notices.desk_y):
        assert set(error_codes(notices.client(user).execute(REACH, {"id": drill}))) == {"FORBIDDEN"}
    assert result(notices.client(notices.desk).execute(REACH, {"id": drill}), "announcementReach")["recipients"] == 3
    # A reader of it confirms once; a confirmation not asked for is refused with a code.
    plain = _publish(notices, title="排班调整", requiresAcknowledgement=False)
    technician = notices.client(notices.technician)
    assert codes(mutate(technician, "announcementAcknowledge", {"id": plain})) == [
        ("id", "ACKNOWLEDGEMENT_NOT_REQUIRED")
    ]


def _publish_statements(notices: Notices) -> int:
    desk = notices.client(notices.desk)
    draft = mutate(desk, "announcementCreate", _drill(notices))["announcement"]
    with QueryLog() as log:
        payload = mutate(desk, "announcementPublish", {"id": draft["id"]})
    assert payload["errors"] == [], payload
    return log.count()


# token, scope check, savepoint, the draft locked, its targets (for the hash), the update, the
# recipients' INSERT … SELECT, telling them (the snapshot read back with the community's name,
# their in-app notifications in one INSERT, the enabled channels), release, the payload's receipt
STAFF_PUBLISH_STATEMENTS = 12


def test_publishing_to_staff_costs_the_same_for_3_or_13(notices: Notices) -> None:
    few = _publish_statements(notices)
    with tenant_context(notices.company):
        for n in range(10):
            staff_member(f"guard{n}", "technician", (notices.x,))
    many = _publish_statements(notices)
    with tenant_context(notices.company):
        assert AnnouncementRecipient.objects.count() == 3 + 13
    assert few == many == STAFF_PUBLISH_STATEMENTS
