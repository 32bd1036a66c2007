"""Estate mutations, staff only: owners and anonymous callers get a top-level FORBIDDEN or
UNAUTHENTICATED and nothing changes."""

from strawberry.tools import merge_types

from schema.estates.mutations.buildings import BuildingMutations
from schema.estates.mutations.communities import CommunityMutations
from schema.estates.mutations.houses import HouseMutations
from schema.estates.mutations.units import UnitMutations

EstateMutations = merge_types("EstateMutations", (CommunityMutations, BuildingMutations, UnitMutations, HouseMutations))

__all__ = ["EstateMutations"]
