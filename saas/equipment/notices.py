"""What equipment writes to the notification centre: certificate expiries, lapsed inspections and
maintenance gaps, to the community's managers (or, without one, the admins)."""

from __future__ import annotations

from saas.equipment.models import Equipment
from saas.notifications.models import NotificationKind
from saas.notifications.services import NotificationText, Target, notifications_push
from saas.workorders.notices import managers_of


def notify_managers(equipment: Equipment, text: NotificationText) -> None:
    notifications_push(
        recipient_ids=managers_of(equipment.community_id).values_list("pk", flat=True),
        kind=NotificationKind.EQUIPMENT_ALERT,
        text=text,
        target=Target("Equipment", equipment.pk),
    )


def label(equipment: Equipment) -> str:
    return f"{equipment.community.name} {equipment.code} {equipment.name}"
