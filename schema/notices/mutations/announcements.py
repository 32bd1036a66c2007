"""Staff write notices: a draft (changed freely), published (fixing its recipients), withdrawn with
a reason, or corrected by a new version."""

from __future__ import annotations

import strawberry

from saas.core.unset import UNSET
from saas.notices.models import Announcement
from saas.notices.services import announcements
from saas.notices.services.announcements import AnnouncementDraft
from schema.core.context import Info
from schema.estates.mutations.common import maybe
from schema.notices.inputs import (
    AnnouncementCreateInput,
    AnnouncementPublishInput,
    AnnouncementSupersedeInput,
    AnnouncementUpdateInput,
    AnnouncementWithdrawInput,
)
from schema.notices.mutations.common import (
    PUBLISH,
    AnnouncementPayload,
    announcement_payload,
    authorize_targets,
    target_pks,
    writable_pk,
)
from schema.notices.types import TargetLevel


@strawberry.type(description="The new draft.")
class AnnouncementCreatePayload(AnnouncementPayload):
    pass


@strawberry.type(description="The changed draft.")
class AnnouncementUpdatePayload(AnnouncementPayload):
    pass


@strawberry.type(description="The published (or scheduled) notice.")
class AnnouncementPublishPayload(AnnouncementPayload):
    pass


@strawberry.type(description="The withdrawn notice.")
class AnnouncementWithdrawPayload(AnnouncementPayload):
    pass


@strawberry.type(description="The new, published version (it supersedes the old one).")
class AnnouncementSupersedePayload(AnnouncementPayload):
    pass


def _draft(data: AnnouncementCreateInput, target_ids: list[int]) -> AnnouncementDraft:
    return AnnouncementDraft(
        title=data.title,
        body=data.body,
        category=data.category.value,
        audience=data.audience.value,
        target_level=data.target_level.value,
        target_ids=target_ids,
        valid_from=data.valid_from,
        valid_until=data.valid_until,
        pinned_until=data.pinned_until,
        requires_acknowledgement=data.requires_acknowledgement,
        statutory_kind=data.statutory_kind.value if data.statutory_kind else "",
        statutory_date=data.statutory_date,
    )


@strawberry.type
class AnnouncementMutations:
    @strawberry.mutation(
        permission_classes=PUBLISH,
        description="A draft notice. Scoped staff: targets in their communities only; COMPANY needs the admin.",
    )
    def announcement_create(self, info: Info, input: AnnouncementCreateInput) -> AnnouncementCreatePayload:
        target_ids = target_pks(input.target_level, input.targets)
        authorize_targets(info, input.target_level, target_ids)
        user = info.context.viewer
        return announcement_payload(
            AnnouncementCreatePayload,
            lambda: announcements.announcement_create(actor=user, draft=_draft(input, target_ids)),
        )

    @strawberry.mutation(
        permission_classes=PUBLISH, description="Change a draft (a published notice answers NOT_DRAFT)."
    )
    def announcement_update(self, info: Info, input: AnnouncementUpdateInput) -> AnnouncementUpdatePayload:
        pk = writable_pk(info, input.id)
        targets: tuple[str, list[int]] | None = None
        if input.target_level is not None or input.targets is not None:
            level = (
                input.target_level.value
                if input.target_level is not None
                else TargetLevel(
                    Announcement.objects.filter(pk=pk).values_list("target_level", flat=True).first()
                    or TargetLevel.COMPANY
                )
            )
            ids = target_pks(level, input.targets.value if input.targets is not None else [])
            authorize_targets(info, level, ids)
            targets = (level.value, ids)
        kind = maybe(input.statutory_kind)
        return announcement_payload(
            AnnouncementUpdatePayload,
            lambda: announcements.announcement_update(
                announcement_id=pk,
                title=maybe(input.title),
                body=maybe(input.body),
                category=maybe(input.category),
                audience=maybe(input.audience),
                targets=UNSET if targets is None else targets,
                valid_from=maybe(input.valid_from),
                valid_until=maybe(input.valid_until),
                pinned_until=maybe(input.pinned_until),
                requires_acknowledgement=maybe(input.requires_acknowledgement),
                statutory_kind=UNSET if kind is UNSET else (kind.value if kind else ""),
                statutory_date=maybe(input.statutory_date),
            ),
        )

    @strawberry.mutation(
        permission_classes=PUBLISH,
        description="发布 a draft: recipients are fixed now; with validFrom ahead it shows from then (SCHEDULED). "
        "Statutory notices shorter than the law's display period are refused.",
    )
    def announcement_publish(self, info: Info, input: AnnouncementPublishInput) -> AnnouncementPublishPayload:
        pk = writable_pk(info, input.id)
        user = info.context.viewer
        return announcement_payload(
            AnnouncementPublishPayload, lambda: announcements.announcement_publish(announcement_id=pk, actor=user)
        )

    @strawberry.mutation(permission_classes=PUBLISH, description="撤回 a published notice, with a reason.")
    def announcement_withdraw(self, info: Info, input: AnnouncementWithdrawInput) -> AnnouncementWithdrawPayload:
        pk = writable_pk(info, input.id)
        user = info.context.viewer
        return announcement_payload(
            AnnouncementWithdrawPayload,
            lambda: announcements.announcement_withdraw(announcement_id=pk, actor=user, reason=input.reason),
        )

    @strawberry.mutation(
        permission_classes=PUBLISH,
        description="更正: publish a corrected version of a published notice (same audience, targets and dates); "
        "the old one is withdrawn with the reason.",
    )
    def announcement_supersede(self, info: Info, input: AnnouncementSupersedeInput) -> AnnouncementSupersedePayload:
        pk = writable_pk(info, input.id)
        user = info.context.viewer
        return announcement_payload(
            AnnouncementSupersedePayload,
            lambda: announcements.announcement_supersede(
                announcement_id=pk, actor=user, title=input.title, body=input.body, reason=input.reason
            ),
        )
