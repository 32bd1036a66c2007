"""Readers mark a notice read or confirm they received it (owners, and staff for staff notices)."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.notices.services import receipts
from schema.core.context import Info
from schema.core.permissions import HasCapability
from schema.notices.inputs import AnnouncementAcknowledgeInput, AnnouncementReadInput
from schema.notices.mutations.common import AnnouncementPayload, announcement_payload, readable_pk

READERS = [HasCapability(Capability.ANNOUNCEMENT_VIEW, owners=True)]


@strawberry.type(description="The notice, now read.")
class AnnouncementReadPayload(AnnouncementPayload):
    pass


@strawberry.type(description="The notice, now confirmed.")
class AnnouncementAcknowledgePayload(AnnouncementPayload):
    pass


@strawberry.type
class AnnouncementReceiptMutations:
    @strawberry.mutation(permission_classes=READERS, description="已读: mark a notice you received as read.")
    def announcement_read(self, info: Info, input: AnnouncementReadInput) -> AnnouncementReadPayload:
        pk = readable_pk(info, input.id)
        user = info.context.viewer
        return announcement_payload(
            AnnouncementReadPayload, lambda: receipts.announcement_read(announcement_id=pk, user=user)
        )

    @strawberry.mutation(
        permission_classes=READERS,
        description="确认收到 a notice that asks for it (also marks it read).",
    )
    def announcement_acknowledge(
        self, info: Info, input: AnnouncementAcknowledgeInput
    ) -> AnnouncementAcknowledgePayload:
        pk = readable_pk(info, input.id)
        user = info.context.viewer
        return announcement_payload(
            AnnouncementAcknowledgePayload, lambda: receipts.announcement_acknowledge(announcement_id=pk, user=user)
        )
