"""Mutations of announcements, one module per service topic (``saas/notices/services/<topic>.py``),
merged into one root part for schema/tenant.py."""

from strawberry.tools import merge_types

from schema.notices.mutations.announcements import AnnouncementMutations
from schema.notices.mutations.receipts import AnnouncementReceiptMutations

NoticeMutations = merge_types("NoticeMutations", (AnnouncementMutations, AnnouncementReceiptMutations))
