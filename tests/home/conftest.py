"""The home page reuses the notices' company (two communities, owners, the desk)."""

from tests.notices.conftest import notices

__all__ = ["notices"]
