"""Who sees import rows: staff holding DATA_IMPORT. An import spans the whole company (it creates
communities), so only roles that work company-wide hold it (the admin); owners never."""

from __future__ import annotations

from django.db.models import Model, Q

from permissions.roles import Capability
from permissions.scoping import ScopeRule, register_scope_rule
from saas.imports.models import ImportJob, MappingProfile, Reconciliation


def _nothing_in_communities(communities: object) -> Q:
    # A scoped role never sees a company-wide import, whatever its communities.
    return Q(pk__in=[])


RULES: dict[type[Model], ScopeRule] = {
    ImportJob: ScopeRule(Capability.DATA_IMPORT, _nothing_in_communities, None),
    MappingProfile: ScopeRule(Capability.DATA_IMPORT, _nothing_in_communities, None),
    Reconciliation: ScopeRule(Capability.DATA_IMPORT, _nothing_in_communities, None),
}


def register() -> None:
    for model, rule in RULES.items():
        register_scope_rule(model, rule)
