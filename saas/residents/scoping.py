"""Who sees which residents: staff the residents who live or lived in their communities (and
those not yet in any house), an owner their own record, occupancies, requests and consents."""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet

from permissions.roles import Capability
from permissions.scoping import ScopeRule, register_scope_rule
from saas.residents.models import Consent, Occupancy, RegistrationRequest, Resident


def residents_in(communities: QuerySet[Any]) -> Q:
    """Residents who live or lived there, and residents not yet in any house (the company's
    common pool: whoever enters a resident must be able to find them to move them in)."""
    lived_there = Occupancy.objects.filter(resident_id=OuterRef("pk"), house__community_id__in=communities)
    return Q(Exists(lived_there)) | ~Q(Exists(Occupancy.objects.filter(resident_id=OuterRef("pk"))))


def register() -> None:
    register_scope_rule(Resident, ScopeRule(Capability.RESIDENT_VIEW, residents_in, lambda user: Q(user_id=user.pk)))
    register_scope_rule(
        Occupancy,
        ScopeRule(
            Capability.RESIDENT_VIEW,
            lambda communities: Q(house__community_id__in=communities),
            lambda user: Q(resident__user_id=user.pk),
        ),
    )
    register_scope_rule(
        RegistrationRequest,
        ScopeRule(
            Capability.REGISTRATION_REVIEW,
            lambda communities: Q(house__community_id__in=communities),
            lambda user: Q(user_id=user.pk),
        ),
    )
    register_scope_rule(
        Consent,
        ScopeRule(
            Capability.RESIDENT_VIEW,
            lambda communities: Q(resident_id__in=Resident.objects.filter(residents_in(communities)).values("pk")),
            lambda user: Q(resident__user_id=user.pk),
        ),
    )
