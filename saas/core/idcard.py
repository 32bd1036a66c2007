"""居民身份证 numbers (GB 11643-1999): a 6-digit region code, an 8-digit birth date (YYYYMMDD), a
3-digit sequence and a check character computed with ISO 7064 MOD 11-2 (``X`` stands for 10)."""

from __future__ import annotations

import enum
import re
from datetime import date

from django.utils import timezone

# Weight of position i (0-based, left to right) is 2^(17-i) mod 11.
WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
# Check character indexed by (weighted sum mod 11).
CHECK_CHARS = "10X98765432"
# First two digits: provinces (GB/T 2260), 71 Taiwan, 81/82/83 Hong Kong, Macao and Taiwan residence permits.
PROVINCE_CODES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46}
    | {50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
)
EARLIEST_BIRTH_YEAR = 1900
SHAPE_RE = re.compile(r"^\d{17}[\dX]$")


class IdCardProblem(enum.Enum):
    FORMAT = "format"  # not 17 digits + a digit or X, or an unknown province code
    BIRTH_DATE = "birth_date"  # not a calendar date, before 1900 or in the future
    CHECK_DIGIT = "check_digit"  # the 18th character does not match the other 17


def normalize_id_number(raw: str) -> str:
    """Drop whitespace and upper-case, so ``1101 0519 4912 3112 3x`` and ``…123X`` are the same number."""
    return re.sub(r"\s", "", raw or "").upper()


def check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits."""
    return CHECK_CHARS[sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11]


def birth_date_of(number: str) -> date | None:
    """The birth date encoded in positions 7–14, or None if it is not a calendar date."""
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def resident_id_problem(number: str, *, today: date | None = None) -> IdCardProblem | None:
    """What is wrong with a normalised 18-character resident ID number, or None if nothing is."""
    if not SHAPE_RE.match(number) or int(number[:2]) not in PROVINCE_CODES:
        return IdCardProblem.FORMAT
    born = birth_date_of(number)
    if born is None or born.year < EARLIEST_BIRTH_YEAR or born > (today or timezone.localdate()):
        return IdCardProblem.BIRTH_DATE
    if check_char(number[:17]) != number[17]:
        return IdCardProblem.CHECK_DIGIT
    return None


def is_valid_resident_id(number: str, *, today: date | None = None) -> bool:
    return resident_id_problem(number, today=today) is None
