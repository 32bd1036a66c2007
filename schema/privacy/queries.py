"""The personal-information access log: admins list and filter it. Nothing in the API writes it
except the operations it records."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import relay

from permissions.audit import pii_access_logs
from permissions.models import PiiAccessLog, PiiAction
from permissions.roles import Capability
from schema.core.permissions import HasCapability
from schema.core.relay import CountedConnection, pk_from_global_id
from schema.privacy.types import ACCOUNT_NODE_TYPE, PiiAccessLogEntryType


@strawberry.type
class PrivacyQueries:
    @strawberry_django.connection(
        CountedConnection[PiiAccessLogEntryType],
        permission_classes=[HasCapability(Capability.AUDIT_VIEW)],
        description="个人信息访问记录, newest first; admin only. Every given filter must match.",
    )
    def pii_access_logs(
        self,
        actor: Annotated[
            relay.GlobalID | None, strawberry.argument(description="A staff account (an entry's actor.id).")
        ] = None,
        resident: relay.GlobalID | None = None,
        action: PiiAction | None = None,
        from_: Annotated[datetime | None, strawberry.argument(name="from", description="At or after.")] = None,
        to: Annotated[datetime | None, strawberry.argument(description="Before.")] = None,
    ) -> QuerySet[PiiAccessLog]:
        return pii_access_logs(
            actor_id=pk_from_global_id(actor, ACCOUNT_NODE_TYPE) if actor else None,
            resident_id=pk_from_global_id(resident, "Resident") if resident else None,
            action=PiiAction(action) if action else None,
            since=from_,
            until=to,
        )
