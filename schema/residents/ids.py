"""Global IDs the residents API accepts."""

from __future__ import annotations

from strawberry import relay

from schema.core.relay import pk_from_global_id


def house_pk(global_id: relay.GlobalID) -> int:
    """A House ID, or the HouseOption ID an owner got from registrationHouseOptions (same house)."""
    return pk_from_global_id(global_id, "HouseOption" if global_id.type_name == "HouseOption" else "House")


def community_pk(global_id: relay.GlobalID) -> int:
    """A Community ID, or a CommunityOption ID from registrationCommunityOptions."""
    return pk_from_global_id(global_id, "CommunityOption" if global_id.type_name == "CommunityOption" else "Community")
