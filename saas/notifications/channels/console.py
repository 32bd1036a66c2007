"""演示短信: logs the text instead of sending it (the demo company, development)."""

from __future__ import annotations

import logging
from datetime import datetime

from saas.notifications.channels.base import Accepted, Outgoing

logger = logging.getLogger("notifications.console")


class ConsoleSmsSender:
    provider = "console_sms"

    def send(self, message: Outgoing) -> Accepted:
        logger.info("SMS to %s***%s: %s", message.address[:3], message.address[-4:], message.text)
        return Accepted(f"console-{message.dedupe_key}")

    def find_sent(self, message: Outgoing, since: datetime) -> Accepted | None:
        return None
