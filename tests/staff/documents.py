"""GraphQL documents of the staff tests (the front ends' operations are in frontend_contract/)."""

MEMBER_FIELDS = """
  id name username phone role active invitationPending invitationExpiresAt lastLogin dateJoined
  communities { id name } piiCommunities { id name }
"""

INVITE = f"""
mutation Invite($input: StaffInviteInput!) {{
  staffInvite(input: $input) {{ errors {{ field message code }} staffMember {{ {MEMBER_FIELDS} }} }}
}}
"""

RESEND = """
mutation Resend($input: StaffInviteResendInput!) {
  staffInviteResend(input: $input) { errors { field message code } staffMember { id invitationExpiresAt } }
}
"""

ACTIVATE = """
mutation Activate($input: StaffActivateInput!) {
  staffActivate(input: $input) {
    errors { field message code }
    token expiresAt
    viewer { username displayName isStaff role capabilities }
  }
}
"""

UPDATE = f"""
mutation Update($input: StaffUpdateInput!) {{
  staffUpdate(input: $input) {{ errors {{ field message code }} staffMember {{ {MEMBER_FIELDS} }} }}
}}
"""

DEACTIVATE = """
mutation Deactivate($input: StaffDeactivateInput!) {
  staffDeactivate(input: $input) { errors { field message code } staffMember { id active } }
}
"""

REACTIVATE = """
mutation Reactivate($input: StaffReactivateInput!) {
  staffReactivate(input: $input) { errors { field message code } staffMember { id active } }
}
"""

STAFF_MEMBERS = f"""
query Staff($role: Role, $community: ID, $active: Boolean, $search: String) {{
  staffMembers(role: $role, community: $community, active: $active, search: $search) {{
    totalCount
    edges {{ node {{ {MEMBER_FIELDS} }} }}
  }}
}}
"""

ROLES = "query { roles { role label description capabilities isStaffRole scoped } }"

NODE = "query Node($id: ID!) { node(id: $id) { id ... on StaffMember { name role } } }"

ME = "query { me { username role capabilities } }"

LOGIN = """
mutation Login($username: String!, $password: String!) {
  login(input: {username: $username, password: $password}) { errors { code } token }
}
"""

COMMUNITIES = "query { communities { totalCount edges { node { name } } } }"
