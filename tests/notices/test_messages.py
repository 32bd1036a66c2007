"""A published notice tells every person of its snapshot once per channel (whatever their houses),
in the publish transaction: in-app for people with an account, SMS through the outbox for all."""

from __future__ import annotations

import datetime

import pytest
from django.db import transaction
from django_tenants.utils import tenant_context

from saas.notices.models import Announcement
from saas.notices.services.announcements import AnnouncementDraft, announcement_create, announcement_publish
from saas.notifications.models import Channel, OutboxMessage
from tests.notices.conftest import Notices
from tests.notifications.events import console_sms, inbox, outbox_rows


def _draft(notices: Notices, **extra: object) -> Announcement:
    draft = AnnouncementDraft(
        title="3号楼停水通知",
        body="<p>明日停水</p>",
        category=str(extra.pop("category", "outage")),
        audience="residents",
        target_level="communities",
        target_ids=[notices.x.pk],
        **extra,  # type: ignore[arg-type]
    )
    return announcement_create(actor=notices.admin, draft=draft)


def test_one_message_per_person_and_channel_even_with_two_houses(notices: Notices) -> None:
    with tenant_context(notices.company):
        console_sms()
        announcement = _draft(notices)
        announcement_publish(announcement_id=announcement.pk, actor=notices.admin)
        rows = outbox_rows("notice")
        # 张伟 (two houses), 刘芳 (family), 陈静 (no account): three people, three SMS.
        assert len(rows) == 3
        assert {r.channel for r in rows} == {Channel.SMS}
        assert all(r.dedupe_key.startswith(f"n{announcement.pk}.r") for r in rows)
        assert {r.params["community"] for r in rows} == {"京华园"}
        assert {r.community_id for r in rows} == {notices.x.pk}
        assert not any(r.urgent for r in rows)
        in_app = inbox("announcement")
        assert [user for user, _ in in_app] == sorted([notices.owner.pk, notices.wife.pk])


def test_a_rolled_back_publish_tells_nobody(notices: Notices) -> None:
    with tenant_context(notices.company):
        console_sms()
        announcement = _draft(notices)
        with pytest.raises(RuntimeError), transaction.atomic():
            announcement_publish(announcement_id=announcement.pk, actor=notices.admin)
            raise RuntimeError("the publish failed after the snapshot")
        assert not OutboxMessage.objects.exists()
        assert inbox("announcement") == []


def test_an_emergency_is_urgent(notices: Notices) -> None:
    with tenant_context(notices.company):
        console_sms()
        announcement = _draft(notices, category="emergency")
        announcement_publish(announcement_id=announcement.pk, actor=notices.admin)
        assert all(r.urgent for r in outbox_rows("notice"))


def test_a_scheduled_notice_is_sent_when_it_starts(notices: Notices) -> None:
    with tenant_context(notices.company):
        console_sms()
        start = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=2)
        announcement = _draft(notices, valid_from=start)
        announcement_publish(announcement_id=announcement.pk, actor=notices.admin)
        assert {r.available_at for r in outbox_rows("notice")} == {start}
        assert inbox("announcement") == []  # nothing to open before it starts


def test_without_channels_only_the_inbox(notices: Notices) -> None:
    with tenant_context(notices.company):
        announcement = _draft(notices)
        announcement_publish(announcement_id=announcement.pk, actor=notices.admin)
        assert not OutboxMessage.objects.exists()
        assert len(inbox("announcement")) == 2


def test_withdrawing_cancels_what_has_not_gone_out(notices: Notices) -> None:
    from saas.notices.services.announcements import announcement_withdraw
    from saas.notifications.models import OutboxState

    with tenant_context(notices.company):
        console_sms()
        announcement = _draft(notices)
        announcement_publish(announcement_id=announcement.pk, actor=notices.admin)
        first = outbox_rows("notice")[0]
        OutboxMessage.objects.filter(pk=first.pk).update(state=OutboxState.SENT)
        announcement_withdraw(announcement_id=announcement.pk, actor=notices.admin, reason="发错了小区")
        states = sorted(r.state for r in outbox_rows("notice"))
        assert states == [OutboxState.CANCELLED, OutboxState.CANCELLED, OutboxState.SENT]
