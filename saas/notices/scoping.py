"""Who sees which announcements, and who may write them.

* staff holding ``ANNOUNCEMENT_VIEW``: the company-wide notices and those with a target in one of
  their communities (the admin: all);
* writing (``ANNOUNCEMENT_PUBLISH``): scoped staff only notices whose every target lies in their
  communities; a company-wide notice needs the admin;
* an owner: the published notices whose recipients (fixed at publish) include them, from
  ``valid_from`` on (``received_by``; staff find the staff notices addressed to them the same way,
  and keep seeing them wherever they work later).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Now

from permissions.roles import Capability, capabilities_of, role_of
from permissions.scoping import ScopeRule, assigned_communities, register_scope_rule
from saas.notices.models import Announcement, AnnouncementRecipient, AnnouncementTarget, State, TargetLevel


def _in_communities(communities: QuerySet[Any]) -> Q:
    targeted = AnnouncementTarget.objects.filter(announcement_id=OuterRef("pk"), community_id__in=communities)
    return Q(target_level=TargetLevel.COMPANY) | Q(Exists(targeted))


def received_by(user: Any) -> Q:
    """The notices ``user`` received and may read now: an owner's through their resident record,
    a staff account's (staff notices) through its own rows."""
    recipient = Q(user_id=user.pk) if user.is_staff else Q(resident__user_id=user.pk)
    mine = AnnouncementRecipient.objects.filter(recipient, announcement_id=OuterRef("pk"))
    started = Q(valid_from__isnull=True) | Q(valid_from__lte=Now())
    return Q(Exists(mine)) & Q(state__in=[State.PUBLISHED, State.WITHDRAWN]) & started


# A recipient keeps what it received (proof of reach): staff moved to another community still list,
# read and confirm the staff notices addressed to them, as ``unread_count`` counts them.
ANNOUNCEMENT_SCOPE = ScopeRule(Capability.ANNOUNCEMENT_VIEW, _in_communities, received_by, own=received_by)


def register() -> None:
    register_scope_rule(Announcement, ANNOUNCEMENT_SCOPE)


def writable_by(user: Any) -> QuerySet[Announcement]:
    """The notices ``user`` may change, publish or withdraw (an unevaluated queryset)."""
    role = role_of(user)
    everything = Announcement.objects.all()
    if role is None or Capability.ANNOUNCEMENT_PUBLISH not in capabilities_of(user):
        return everything.none()
    if not role.is_scoped:
        return everything
    outside = AnnouncementTarget.objects.filter(announcement_id=OuterRef("pk")).exclude(
        community_id__in=assigned_communities(user)
    )
    return everything.exclude(target_level=TargetLevel.COMPANY).exclude(Exists(outside))
