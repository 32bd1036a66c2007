"""What each of the seven actors gets from each operation of the tenant schema.

An operation is one root field with a document, variables built from the world, the role that may
use it (``with_role``, the least one) and one that may not (``without_role``; None: a staff
account holding no role), a marker of the target's data, and the expected outcome per actor:

* ``OK``: no top-level error; a mutation's payload has no errors; a read shows the target;
* ``HIDDEN``: no top-level error, the target's data nowhere in the answer, nothing changed;
* ``FORBIDDEN`` / ``UNAUTHENTICATED``: that top-level code, no data, nothing changed;
* ``PUBLIC``: no top-level error whatever the payload says (sign-up, login, SMS codes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from tests.authz.world import Actor, World


class Outcome(Enum):
    OK = "ok"
    HIDDEN = "hidden"
    FORBIDDEN = "FORBIDDEN"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    PUBLIC = "public"


OK, HIDDEN, FORBIDDEN, UNAUTH, PUBLIC = (
    Outcome.OK,
    Outcome.HIDDEN,
    Outcome.FORBIDDEN,
    Outcome.UNAUTHENTICATED,
    Outcome.PUBLIC,
)
A = Actor


@dataclass(frozen=True)
class Operation:
    field: str
    document: str
    variables: Callable[[World], dict[str, Any]]
    expect: dict[Actor, Outcome]
    with_role: str | None = None
    without_role: str | None = None
    marker: Callable[[World], str] | None = None  # text that shows the target's data
    # a multipart request: variable path (input.file) → (file name, bytes)
    files: Callable[[World], dict[str, tuple[str, bytes]]] | None = None

    @property
    def is_mutation(self) -> bool:
        return self.document.lstrip().startswith("mutation")


def outcomes(
    anonymous: Outcome = UNAUTH,
    owner: Outcome = FORBIDDEN,
    other_owner: Outcome = FORBIDDEN,
    elsewhere: Outcome = FORBIDDEN,
    without: Outcome = FORBIDDEN,
    with_: Outcome = OK,
    admin: Outcome = OK,
) -> dict[Actor, Outcome]:
    """Defaults: a staff operation on one row of community X."""
    return {
        A.ANONYMOUS: anonymous,
        A.OWNER: owner,
        A.OTHER_OWNER: other_owner,
        A.STAFF_ELSEWHERE: elsewhere,
        A.STAFF_WITHOUT: without,
        A.STAFF_WITH: with_,
        A.ADMIN: admin,
    }


def staff_list(**overrides: Outcome) -> dict[Actor, Outcome]:
    """A staff-only list: another community's staff get a list without the target."""
    return outcomes(**{"elsewhere": HIDDEN, **overrides})


def shared_list(**overrides: Outcome) -> dict[Actor, Outcome]:
    """A list owners may read too (their own rows)."""
    return outcomes(**{"owner": OK, "other_owner": HIDDEN, "elsewhere": HIDDEN, **overrides})


def by_id(**overrides: Outcome) -> dict[Actor, Outcome]:
    """``node``-like reads: whoever may not see the row gets null."""
    return outcomes(
        **{"anonymous": HIDDEN, "owner": OK, "other_owner": HIDDEN, "elsewhere": HIDDEN, "without": HIDDEN, **overrides}
    )


def own_account(**overrides: Outcome) -> dict[Actor, Outcome]:
    """Anyone logged in, about themselves."""
    return outcomes(**{"owner": OK, "other_owner": OK, "elsewhere": OK, "without": OK, **overrides})


def public() -> dict[Actor, Outcome]:
    return dict.fromkeys(Actor, PUBLIC)
