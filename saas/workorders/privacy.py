"""Work orders in a person's PIPL requests (registered from the app's ``ready``).

The orders that are the person's: reported from their owner-app account, or naming their phone
as the contact (staff reported it for them). The export lists them; anonymisation replaces the
contact name with the pseudonym and clears the phone, and keeps the repair record itself.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from saas.residents.models import Resident
from saas.workorders.models import WorkOrder


def work_orders_of(resident: Resident) -> QuerySet[WorkOrder]:
    mine = Q(pk__in=[])
    if resident.user_id is not None:
        mine |= Q(reporter_id=resident.user_id)
    if resident.phone:
        mine |= Q(contact_phone=resident.phone)
    return WorkOrder.objects.filter(mine)


def work_orders_section(resident: Resident) -> list[dict[str, Any]]:
    orders = work_orders_of(resident).select_related("community", "house__building", "house__unit", "building")
    return [
        {
            "number": order.number,
            "community": order.community.name,
            "place": order.place,
            "category": order.category,
            "description": order.description,
            "contactName": order.contact_name,
            "contactPhone": order.contact_phone,
            "preferredVisitAt": order.preferred_visit_at,
            "state": order.state,
            "createdAt": order.created_at,
            "completedAt": order.completed_at,
            "rating": order.rating,
            "ratingComment": order.rating_comment,
        }
        for order in orders.order_by("created_at", "id")
    ]


def work_orders_anonymise(resident: Resident, pseudonym: str) -> None:
    work_orders_of(resident).update(contact_name=pseudonym, contact_phone="")
