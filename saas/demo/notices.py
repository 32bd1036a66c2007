"""Announcements in the demo company: a pinned 停水 notice for 京华园 3号楼 that asks residents to
confirm (张伟 read and confirmed it, most neighbours have not: its reach shows the houses to visit),
an owners'-meeting topic shown the statutory 15 days ahead at 京华园, a heating notice for 京华园 张伟
has not opened yet, a fee notice for 清河嘉园, and a withdrawn elevator notice (with its reason) —
some read, some not; and a 消防演练 notice for the staff of 京华园 (the manager confirmed it, the desk
read it, the others have not)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from saas.accounts.models import User
from saas.estates.models import Building, Community
from saas.notices.models import Audience, Category, StatutoryKind, TargetLevel
from saas.notices.services.announcements import (
    AnnouncementDraft,
    announcement_create,
    announcement_publish,
    announcement_withdraw,
)
from saas.notices.services.receipts import announcement_acknowledge, announcement_read

OUTAGE_BODY = (
    "<p>因市政管网维修，<strong>京华园3号楼</strong>将于明日 9:00–15:00 停水，请提前储水。</p>"
    "<p>如有疑问请致电物业客服 010-6400 0000。</p>"
)


def seed_notices() -> None:
    from saas.demo.residents import DEMO_OWNER_PHONE

    desk = User.objects.get(username="kefu")
    manager = User.objects.get(username="jingli")
    zhang = User.objects.get(username=DEMO_OWNER_PHONE)
    jinghua = Community.objects.get(name="京华园")
    qinghe = Community.objects.get(name="清河嘉园")
    building_3 = Building.objects.get(community=jinghua, name="3号楼")
    now = timezone.now()

    def publish(actor: User, draft: AnnouncementDraft) -> int:
        announcement = announcement_create(actor=actor, draft=draft)
        announcement_publish(announcement_id=announcement.pk, actor=actor)
        return announcement.pk

    outage = publish(
        desk,
        AnnouncementDraft(
            title="京华园3号楼停水通知",
            body=OUTAGE_BODY,
            category=Category.OUTAGE,
            audience=Audience.RESIDENTS,
            target_level=TargetLevel.BUILDINGS,
            target_ids=[building_3.pk],
            valid_until=now + timedelta(days=2),
            pinned_until=now + timedelta(days=2),
            requires_acknowledgement=True,
        ),
    )
    announcement_acknowledge(announcement_id=outage, user=zhang)
    meeting = timezone.localdate() + timedelta(days=20)
    topic = publish(
        manager,
        AnnouncementDraft(
            title="关于召开京华园业主大会的公告（议题公示）",
            body=f"<p>业主大会定于 {meeting:%Y年%m月%d日} 召开，议题：续聘物业服务企业、公共收益使用方案。</p>",
            category=Category.STATUTORY,
            audience=Audience.OWNERS,
            target_level=TargetLevel.COMMUNITIES,
            target_ids=[jinghua.pk],
            valid_until=now + timedelta(days=21),  # shown until the day after the meeting
            statutory_kind=StatutoryKind.MEETING_TOPIC,
            statutory_date=meeting,
        ),
    )
    announcement_read(announcement_id=topic, user=zhang)
    publish(
        desk,
        AnnouncementDraft(
            title="清河嘉园2026年度物业费收缴公示",
            body="<p>2026年度物业费收费标准与收支情况见附表，欢迎业主监督。</p>",
            category=Category.FEE,
            audience=Audience.OWNERS,
            target_level=TargetLevel.COMMUNITIES,
            target_ids=[qinghe.pk],
        ),
    )
    publish(  # the owner app's unread notice: 张伟 has not opened it yet
        desk,
        AnnouncementDraft(
            title="京华园供暖季室温报修指引",
            body="<p>供暖期内室温低于 18℃ 请在业主端“报修”提交，工程部 24 小时内上门测温处理。</p>",
            category=Category.ROUTINE,
            audience=Audience.RESIDENTS,
            target_level=TargetLevel.COMMUNITIES,
            target_ids=[jinghua.pk],
        ),
    )
    elevator = publish(
        desk,
        AnnouncementDraft(
            title="京华园1号楼电梯停运检修",
            body="<p>1号楼2号电梯本周六停运检修一天。</p>",
            category=Category.ROUTINE,
            audience=Audience.RESIDENTS,
            target_level=TargetLevel.COMMUNITIES,
            target_ids=[jinghua.pk],
        ),
    )
    announcement_withdraw(announcement_id=elevator, actor=desk, reason="检修改期，另行通知")
    drill = publish(
        manager,
        AnnouncementDraft(
            title="京华园员工消防演练",
            body="<p>本周五 15:00 在京华园中心广场进行消防演练，当班员工全部参加，请确认收到。</p>",
            category=Category.ROUTINE,
            audience=Audience.STAFF,
            target_level=TargetLevel.COMMUNITIES,
            target_ids=[jinghua.pk],
            valid_until=now + timedelta(days=7),
            requires_acknowledgement=True,
        ),
    )
    announcement_acknowledge(announcement_id=drill, user=manager)
    announcement_read(announcement_id=drill, user=desk)
