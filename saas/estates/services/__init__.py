"""Writes of the estate model (community → building → unit → house). Every service validates all
of its input first and raises ``DomainError``/``DomainErrors`` with a code from ``saas.estates.errors``; a
refused call changes nothing."""

from saas.estates.services.buildings import (
    BuildingWithHouses,
    building_copy,
    building_create,
    building_delete,
    building_update,
)
from saas.estates.services.communities import community_create, community_delete, community_update
from saas.estates.services.generation import HouseGeneration
from saas.estates.services.houses import house_create, house_delete, house_update
from saas.estates.services.units import unit_create, unit_delete, unit_update

__all__ = [
    "BuildingWithHouses",
    "HouseGeneration",
    "building_copy",
    "building_create",
    "building_delete",
    "building_update",
    "community_create",
    "community_delete",
    "community_update",
    "house_create",
    "house_delete",
    "house_update",
    "unit_create",
    "unit_delete",
    "unit_update",
]
