"""Error codes of the notification centre."""

from __future__ import annotations

from saas.core.errors import ErrorCode


class NotificationErrorCode(ErrorCode):
    TOO_MANY = "TOO_MANY", "一次最多处理 {limit} 条通知。", "At most {limit} notifications at a time."
