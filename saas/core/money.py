"""Money is integer fen (分) everywhere inside; the API speaks decimal yuan strings ("1234.50")."""

from __future__ import annotations

import re
from decimal import Decimal

YUAN_RE = re.compile(r"^-?\d{1,13}(\.\d{1,2})?$")


class MoneyFormatError(ValueError):
    pass


def fen_to_yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole}.{cents:02d}"


def yuan_to_fen(text: str) -> int:
    """Parse "12", "12.5" or "12.50" exactly; anything else (floats' exponents, 3 decimals) is refused."""
    value = str(text).strip()
    if not YUAN_RE.match(value):
        raise MoneyFormatError(f"not an amount in yuan: {text!r}")
    return int(Decimal(value) * 100)
