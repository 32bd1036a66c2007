"""English names of the work-order choices (the models' labels are the Chinese ones), for messages
and notifications written in both languages."""

from __future__ import annotations

from types import MappingProxyType

from saas.workorders.models import Category, State

CATEGORY_EN = MappingProxyType(
    {
        Category.PLUMBING: "plumbing",
        Category.ELECTRICAL: "electrical",
        Category.ELEVATOR: "elevator",
        Category.ACCESS_CONTROL: "access control",
        Category.DOORS_WINDOWS: "doors and windows",
        Category.PUBLIC_AREA: "public area",
        Category.OTHER: "other",
    }
)
STATE_EN = MappingProxyType(
    {
        State.SUBMITTED: "submitted",
        State.ASSIGNED: "assigned",
        State.ACCEPTED: "accepted",
        State.ON_SITE: "technician on site",
        State.COMPLETED: "completed",
        State.RATED: "rated",
        State.CLOSED: "closed",
        State.CANCELLED: "cancelled",
        State.REOPENED: "reopened",
    }
)
