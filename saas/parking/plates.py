"""Mainland China licence plates (GA 36-2018): read what people type, keep one spelling.

* ordinary: a province character, the issuing office's letter, five letters or digits (京A12345);
  the last of the five may be 学 (driving school), 警 (police), 领 (consulate) or 使 (embassy);
* new energy (新能源, green plates): the office letter then six: D or F and five more with the last
  four digits (京AD12345, small cars), or five digits then D or F (京A12345D, large ones).

Letters I and O are never issued (they read as 1 and 0). Normalising: full-width characters to
half-width, latin letters to upper case, spaces, the middle dot and dashes removed (京A·12345).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_LETTER = "A-HJ-NP-Z"
_ORDINARY = re.compile(rf"^[{PROVINCES}][{_LETTER}](?:[{_LETTER}0-9]{{5}}|[{_LETTER}0-9]{{4}}[学警领使])$")
_NEW_ENERGY = re.compile(rf"^[{PROVINCES}][{_LETTER}](?:[DF][{_LETTER}0-9][0-9]{{4}}|[0-9]{{5}}[DF])$")
_SEPARATORS = re.compile(r"[\s·•.\-_]")


@dataclass(frozen=True)
class Plate:
    text: str
    new_energy: bool


def plate_parse(raw: str) -> Plate | None:
    """The normalised plate, or None when it is no mainland plate."""
    text = _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw or "")).upper()
    if _NEW_ENERGY.match(text):
        return Plate(text, new_energy=True)
    if _ORDINARY.match(text):
        return Plate(text, new_energy=False)
    return None
