"""Staff management (员工管理): invite, activate, change role and scope, deactivate.

A staff member is an ``is_staff`` account of the company's schema holding one staff role; owners
are not staff, and every service here answers NOT_FOUND for them. Roles and community scopes are
written through ``permissions.services``; permission checks read them from the database on each
request, so a change takes effect on the staff member's next request. Deactivating revokes the
account's API tokens at once (Django itself refuses the sessions and logins of an inactive
account).

Changes that could leave the company without an active admin queue behind one advisory lock per
schema, so two admins demoting each other at the same moment cannot both succeed.
"""

from saas.accounts.staff.changes import staff_deactivate, staff_reactivate, staff_update
from saas.accounts.staff.common import staff_role
from saas.accounts.staff.invitations import INVITATION_TTL, staff_activate, staff_invite, staff_invite_resend

__all__ = [
    "INVITATION_TTL",
    "staff_activate",
    "staff_deactivate",
    "staff_invite",
    "staff_invite_resend",
    "staff_reactivate",
    "staff_role",
    "staff_update",
]
