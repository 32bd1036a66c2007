"""The matrix for accounts, property resources and residents."""

from __future__ import annotations

from tests.authz.matrix import (
    FORBIDDEN,
    HIDDEN,
    OK,
    PUBLIC,
    Operation,
    by_id,
    outcomes,
    own_account,
    public,
    shared_list,
    staff_list,
)
from tests.authz.world import World, gid


def _house(w: World) -> str:
    return gid("House", w.house_x.pk)


def _community(w: World) -> str:
    return gid("Community", w.community_x.pk)


ACCOUNTS = [
    Operation("me", "{ me { username } }", lambda w: {}, own_account()),
    Operation(
        "login",
        'mutation { login(input: {username: "13700009999", password: "wrong"}) { errors { code } } }',
        lambda w: {},
        public(),
    ),
    Operation("logout", "mutation { logout { ok } }", lambda w: {}, own_account()),
    Operation(
        "viewerUpdate",
        'mutation { viewerUpdate(input: {displayName: "新名字"}) { errors { code } } }',
        lambda w: {},
        own_account(),
    ),
    Operation(
        "smsCodeSend",
        'mutation { smsCodeSend(input: {phone: "13912345678", purpose: SIGN_UP}) { errors { code } } }',
        lambda w: {},
        public(),
    ),
    Operation(
        "ownerSignUp",
        'mutation { ownerSignUp(input: {phone: "13912345678", code: "000000", name: "x", password: "x"}) '
        "{ errors { code } } }",
        lambda w: {},
        public(),
    ),
]

ESTATE_READS = [
    Operation(
        "node",
        "query($id: ID!) { node(id: $id) { id } }",
        lambda w: {"id": _house(w)},
        by_id(),
        with_role="technician",
        marker=_house,
    ),
    Operation(
        "communities",
        "{ communities { edges { node { id } } } }",
        lambda w: {},
        shared_list(),
        with_role="technician",
        marker=_community,
    ),
    Operation(
        "buildings",
        "{ buildings { edges { node { id } } } }",
        lambda w: {},
        shared_list(),
        with_role="technician",
        marker=lambda w: gid("Building", w.building_x.pk),
    ),
    Operation(
        "units",
        "{ units { edges { node { id } } } }",
        lambda w: {},
        shared_list(),
        with_role="technician",
        marker=lambda w: gid("Unit", w.unit_x.pk),
    ),
    Operation(
        "houses",
        "{ houses { edges { node { id } } } }",
        lambda w: {},
        shared_list(),
        with_role="technician",
        marker=_house,
    ),
    Operation(
        "communityStatistics",
        "query($c: ID!) { communityStatistics(community: $c) { totalHouses } }",
        lambda w: {"c": _community(w)},
        outcomes(),
        with_role="technician",
    ),
]

ESTATE_CHANGES = [
    Operation(
        "communityCreate",
        'mutation { communityCreate(input: {name: "新小区", address: "北京市朝阳区1号", district: CHAOYANG}) '
        "{ errors { code } } }",
        lambda w: {},
        outcomes(),
        with_role="admin",
        without_role="manager",
    ),
    Operation(
        "communityUpdate",
        'mutation($id: ID!) { communityUpdate(input: {id: $id, address: "北京市朝阳区2号"}) { errors { code } } }',
        lambda w: {"id": _community(w)},
        outcomes(),
        with_role="manager",
        without_role="service",
    ),
    Operation(
        "communityDelete",
        "mutation($id: ID!) { communityDelete(input: {id: $id}) { errors { code } } }",
        lambda w: {"id": gid("Community", w.community_empty.pk)},
        outcomes(),
        with_role="admin",
        without_role="manager",
    ),
    Operation(
        "buildingCreate",
        'mutation($c: ID!) { buildingCreate(input: {community: $c, name: "8号楼", floorsAbove: 6}) '
        "{ errors { code } } }",
        lambda w: {"c": _community(w)},
        outcomes(),
        with_role="manager",
        without_role="service",
    ),
    Operation(
        "buildingCopy",
        'mutation($id: ID!) { buildingCopy(input: {id: $id, name: "1号楼副本"}) { errors { code } } }',
        lambda w: {"id": gid("Building", w.building_x.pk)},
        outcomes(),
        with_role="manager",
        without_role="service",
    ),
    Operation(
        "buildingUpdate",
        'mutation($id: ID!) { buildingUpdate(input: {id: $id, name: "一号楼"}) { errors { code } } }',
        lambda w: {"id": gid("Building", w.building_x.pk)},
        outcomes(),
        with_role="manager",
        without_role="service",
    ),
    Operation(
        "buildingDelete",
        "mutation($id: ID!) { buildingDelete(input: {id: $id}) { errors { code } } }",
        lambda w: {"id": gid("Building", w.building_empty_x.pk)},
        outcomes(),
        with_role="manager",
        without_role="service",
    ),
    Operation(
        "unitCreate",
        'mutation($b: ID!) { unitCreate(input: {building: $b, name: "5单元"}) { errors { code } } }',
        lambda w: {"b": gid("Building", w.building_x.pk)},
        outcomes(),
        with_role="manager",
        without_role="service",
    ),
    Operation(
        "unitUpdate",
        'mutation($id: ID!) { unitUpdate(input: {id: $id, name: "一单元"}) { errors { code } } }',
        lambda w: {"id": gid("Unit", w.unit_x.pk)},
        outcomes(),
        with_role="manager",
        without_role="service",
    ),
    Operation(
        "unitDelete",
        "mutation($id: ID!) { unitDelete(input: {id: $id}) { errors { code } } }",
        lambda w: {"id": gid("Unit", w.unit_empty_x.pk)},
        outcomes(),
        with_role="manager",
        without_role="service",
    ),
    Operation(
        "houseCreate",
        'mutation($u: ID!) { houseCreate(input: {unit: $u, roomNumber: "0301", floor: 3, buildingArea: "90", '
        'usableArea: "70"}) { errors { code } } }',
        lambda w: {"u": gid("Unit", w.unit_x.pk)},
        outcomes(),
        with_role="manager",
        without_role="service",
    ),
    Operation(
        "houseUpdate",
        "mutation($id: ID!) { houseUpdate(input: {id: $id, status: RENTED}) { errors { code } } }",
        lambda w: {"id": _house(w)},
        outcomes(),
        with_role="manager",
        without_role="service",
    ),
    Operation(
        "houseDelete",
        "mutation($id: ID!) { houseDelete(input: {id: $id}) { errors { code } } }",
        lambda w: {"id": gid("House", w.house_vacant_x.pk)},
        outcomes(),
        with_role="manager",
        without_role="service",
    ),
]


def _resident(w: World) -> str:
    return gid("Resident", w.resident_x.pk)


RESIDENT_READS = [
    Operation(
        "resident",
        "query($id: ID!) { resident(id: $id) { id name } }",
        lambda w: {"id": _resident(w)},
        by_id(),
        with_role="service",
        without_role="technician",
        marker=_resident,
    ),
    Operation(
        "residents",
        "{ residents { edges { node { id } } } }",
        lambda w: {},
        shared_list(),
        with_role="service",
        without_role="technician",
        marker=_resident,
    ),
    Operation(
        "occupancies",
        "query($h: ID!) { occupancies(house: $h) { edges { node { id } } } }",
        lambda w: {"h": _house(w)},
        outcomes(),
        with_role="service",
        without_role="technician",
    ),
    Operation(
        "residentPolicy",
        "{ residentPolicy { allowJointOwners } }",
        lambda w: {},
        outcomes(elsewhere=OK),
        with_role="technician",
    ),
    Operation(
        "registrationRequests",
        "{ registrationRequests { edges { node { id } } } }",
        lambda w: {},
        staff_list(),
        with_role="service",
        without_role="technician",
        marker=lambda w: gid("RegistrationRequest", w.request_x.pk),
    ),
    Operation(
        "myRegistrationRequests",
        "{ myRegistrationRequests { edges { node { id } } } }",
        lambda w: {},
        own_account(other_owner=HIDDEN, elsewhere=HIDDEN, without=HIDDEN, with_=HIDDEN, admin=HIDDEN),
        marker=lambda w: gid("RegistrationRequest", w.request_x.pk),
    ),
    Operation(
        "registrationCommunityOptions",
        "{ registrationCommunityOptions { edges { node { id name } } } }",
        lambda w: {},
        own_account(),
        marker=lambda w: w.community_x.name,
    ),
    Operation(
        "registrationHouseOptions",
        "query($c: ID!) { registrationHouseOptions(community: $c) { edges { node { id } } } }",
        lambda w: {"c": _community(w)},
        own_account(),
        marker=lambda w: gid("HouseOption", w.house_vacant_x.pk),
    ),
]

RESIDENT_CHANGES = [
    Operation(
        "residentCreate",
        'mutation { residentCreate(input: {name: "新住户", phone: "13800001111"}) { errors { code } } }',
        lambda w: {},
        outcomes(elsewhere=OK),  # not yet in any house: no community to be outside of
        with_role="service",
        without_role="technician",
    ),
    Operation(
        "residentUpdate",
        'mutation($id: ID!) { residentUpdate(input: {id: $id, notes: "已核实"}) { errors { code } } }',
        lambda w: {"id": _resident(w)},
        outcomes(),
        with_role="service",
        without_role="technician",
    ),
    Operation(
        "residentDelete",
        "mutation($id: ID!) { residentDelete(input: {id: $id}) { errors { code } } }",
        lambda w: {"id": gid("Resident", w.resident_unhoused.pk)},
        outcomes(elsewhere=OK),  # the unhoused pool is every community's
        with_role="service",
        without_role="technician",
    ),
    Operation(
        "occupancyStart",
        "mutation($r: ID!, $h: ID!) { occupancyStart(input: {resident: $r, house: $h, role: TENANT, "
        'moveIn: "2026-01-01"}) { errors { code } } }',
        lambda w: {"r": gid("Resident", w.resident_unhoused.pk), "h": gid("House", w.house_vacant_x.pk)},
        outcomes(),
        with_role="service",
        without_role="technician",
    ),
    Operation(
        "occupancyEnd",
        'mutation($id: ID!) { occupancyEnd(input: {id: $id, moveOut: "2030-01-01"}) { errors { code } } }',
        lambda w: {"id": gid("Occupancy", w.occupancy_x.pk)},
        outcomes(),
        with_role="service",
        without_role="technician",
    ),
    Operation(
        "residentPolicyUpdate",
        "mutation { residentPolicyUpdate(input: {allowJointOwners: false}) { errors { code } } }",
        lambda w: {},
        outcomes(),
        with_role="admin",
        without_role="manager",
    ),
    Operation(
        "corsOrigins",
        "{ corsOrigins }",
        lambda w: {},
        outcomes(),
        with_role="admin",
        without_role="manager",
    ),
    Operation(
        "corsOriginsSet",
        'mutation { corsOriginsSet(input: {origins: ["https://app.example.cn"]}) { errors { code } } }',
        lambda w: {},
        outcomes(),
        with_role="admin",
        without_role="manager",
    ),
    Operation(
        "registrationRequestCreate",
        'mutation($h: ID!) { registrationRequestCreate(input: {house: $h, name: "王业主", idType: RESIDENT_ID, '
        'idNumber: "11010519491231002X"}) { errors { code } } }',
        lambda w: {"h": gid("House", w.house_vacant_x.pk)},
        outcomes(owner=OK, other_owner=OK, with_=FORBIDDEN, admin=FORBIDDEN),
        with_role="service",
    ),
    Operation(
        "registrationApprove",
        "mutation($id: ID!) { registrationApprove(input: {id: $id}) { errors { code } } }",
        lambda w: {"id": gid("RegistrationRequest", w.request_x.pk)},
        outcomes(),
        with_role="service",
        without_role="technician",
    ),
    Operation(
        "registrationReject",
        'mutation($id: ID!) { registrationReject(input: {id: $id, reason: "资料不全"}) { errors { code } } }',
        lambda w: {"id": gid("RegistrationRequest", w.request_x.pk)},
        outcomes(),
        with_role="service",
        without_role="technician",
    ),
]

OPERATIONS = [*ACCOUNTS, *ESTATE_READS, *ESTATE_CHANGES, *RESIDENT_READS, *RESIDENT_CHANGES]
__all__ = ["HIDDEN", "OK", "OPERATIONS", "PUBLIC"]
