"""GraphQL error type of the announcement payloads: ``{ field, message, code }``, each ``code`` one
of the app's error codes (declared once, in ``saas/notices/errors.py``)."""

from __future__ import annotations

import strawberry

from saas.notices.errors import AnnouncementErrorCode
from schema.core.errors import CODE_DESCRIPTION, PayloadError

strawberry.enum(AnnouncementErrorCode, name="AnnouncementErrorCode", description="Codes of AnnouncementError.")


@strawberry.type(description="Why writing, publishing, withdrawing or reading a notice was refused.")
class AnnouncementError(PayloadError):
    code: AnnouncementErrorCode = strawberry.field(description=CODE_DESCRIPTION)
