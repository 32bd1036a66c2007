"""GraphQL documents the estate tests send, as a staff or owner app would."""

ERRORS = "errors { field message code }"

COMMUNITY_CREATE = f"""
mutation ($input: CommunityCreateInput!) {{
  communityCreate(input: $input) {{ {ERRORS} community {{ id name address district totalFloorArea handoverDate }} }}
}}
"""
COMMUNITY_UPDATE = f"""
mutation ($input: CommunityUpdateInput!) {{
  communityUpdate(input: $input) {{ {ERRORS} community {{ id name address district totalFloorArea handoverDate }} }}
}}
"""
COMMUNITY_DELETE = f"""
mutation ($input: CommunityDeleteInput!) {{
  communityDelete(input: $input) {{ {ERRORS} community {{ id name }} }}
}}
"""
BUILDING_CREATE = f"""
mutation ($input: BuildingCreateInput!) {{
  buildingCreate(input: $input) {{
    {ERRORS} housesCreated building {{ id name floorsAbove floorsBelow elevators community {{ name }} }}
  }}
}}
"""
BUILDING_COPY = f"""
mutation ($input: BuildingCopyInput!) {{
  buildingCopy(input: $input) {{ {ERRORS} housesCreated building {{ id name floorsAbove community {{ name }} }} }}
}}
"""
BUILDING_UPDATE = f"""
mutation ($input: BuildingUpdateInput!) {{
  buildingUpdate(input: $input) {{
    {ERRORS} building {{ id name floorsAbove floorsBelow elevators community {{ id }} }}
  }}
}}
"""
BUILDING_DELETE = f"""
mutation ($input: BuildingDeleteInput!) {{
  buildingDelete(input: $input) {{ {ERRORS} building {{ id name }} }}
}}
"""
UNIT_CREATE = f"""
mutation ($input: UnitCreateInput!) {{
  unitCreate(input: $input) {{ {ERRORS} unit {{ id name building {{ name }} }} }}
}}
"""
UNIT_UPDATE = f"""
mutation ($input: UnitUpdateInput!) {{ unitUpdate(input: $input) {{ {ERRORS} unit {{ id name }} }} }}
"""
UNIT_DELETE = f"""
mutation ($input: UnitDeleteInput!) {{ unitDelete(input: $input) {{ {ERRORS} unit {{ id name }} }} }}
"""
HOUSE_FIELDS = """
  id roomNumber floor layout buildingArea usableArea kind status
  community { id } building { id } unit { id } currentOccupancies { role }
"""
HOUSE_CREATE = f"""
mutation ($input: HouseCreateInput!) {{ houseCreate(input: $input) {{ {ERRORS} house {{ {HOUSE_FIELDS} }} }} }}
"""
HOUSE_UPDATE = f"""
mutation ($input: HouseUpdateInput!) {{ houseUpdate(input: $input) {{ {ERRORS} house {{ {HOUSE_FIELDS} }} }} }}
"""
HOUSE_DELETE = f"""
mutation ($input: HouseDeleteInput!) {{ houseDelete(input: $input) {{ {ERRORS} house {{ id roomNumber }} }} }}
"""

COMMUNITIES = """
query ($district: District, $search: String, $first: Int) {
  communities(district: $district, search: $search, first: $first) {
    totalCount edges { node { id name district } }
  }
}
"""
BUILDINGS = """
query ($community: ID) { buildings(community: $community) { totalCount edges { node { id name community { id } } } } }
"""
UNITS = "query ($building: ID) { units(building: $building) { totalCount edges { node { id name building { id } } } } }"
HOUSES = """
query ($filter: HouseFilter, $orderBy: [HouseOrderBy!], $first: Int, $after: String) {
  houses(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id roomNumber floor layout buildingArea kind status } }
  }
}
"""
HOUSE_LIST_WITH_RESIDENTS = """
query ($first: Int!) {
  houses(first: $first) {
    totalCount
    edges {
      node {
        id roomNumber floor
        building { id name }
        unit { id name }
        currentOccupancies { role isPrimaryContact resident { id name } }
      }
    }
  }
}
"""
STATISTICS = """
query ($community: ID!) {
  communityStatistics(community: $community) {
    community { name } totalHouses occupiedHouses occupiableHouses occupancyRate totalBuildingArea
    housesByStatus { status count buildingArea }
  }
}
"""
NODE = """
query ($id: ID!) {
  node(id: $id) {
    id
    ... on Community { name }
    ... on Building { name }
    ... on Unit { name }
    ... on House { roomNumber }
  }
}
"""
