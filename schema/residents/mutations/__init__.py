"""Mutations of the residents domain, merged into one root part for schema/tenant.py."""

from strawberry.tools import merge_types

from schema.residents.mutations.consent import ConsentMutations
from schema.residents.mutations.privacy import PrivacyMutations
from schema.residents.mutations.registration import RegistrationMutations
from schema.residents.mutations.residents import ResidentStaffMutations
from schema.residents.mutations.signup import OwnerSignUpMutations

ResidentMutations = merge_types(
    "ResidentMutations",
    (ResidentStaffMutations, RegistrationMutations, OwnerSignUpMutations, ConsentMutations, PrivacyMutations),
)
