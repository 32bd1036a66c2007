"""临停计费 The temporary-parking fee for one stay, itemised, in integer fen.

* The first ``free_minutes`` of a stay are free.
* The rest is charged per ``unit_minutes`` at ``unit_price_fen``. By default only **full** units
  count: a part unit is free (北京市机动车停车条例 art. 32(3)); a tariff may charge part units as whole
  ones, an explicit, recorded choice.
* A stay is cut into 24-hour windows from the entry; each window costs at most ``daily_cap_fen``.
  Units restart at each window, the free minutes only in the first.

So the fee is never negative, never falls as the stay grows, is at most the cap per started 24
hours, and is exactly ``k × unit price`` after ``free + k × unit`` minutes (under the cap).
"""

from __future__ import annotations

from dataclasses import dataclass

DAY_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class Terms:
    free_minutes: int
    unit_minutes: int
    unit_price_fen: int
    daily_cap_fen: int | None = None
    charge_part_units: bool = False


@dataclass(frozen=True)
class QuoteItem:
    """One line of the quote: a window of the stay (day 1, day 2 …) or its free minutes."""

    label: str
    seconds: int
    units: int
    amount_fen: int
    capped: bool = False


@dataclass(frozen=True)
class Quote:
    seconds: int
    items: tuple[QuoteItem, ...]

    @property
    def amount_fen(self) -> int:
        return sum(item.amount_fen for item in self.items)


def _units(seconds: int, unit_seconds: int, part_units: bool) -> int:
    whole, rest = divmod(seconds, unit_seconds)
    return whole + (1 if part_units and rest else 0)


def fee_quote(terms: Terms, seconds: int) -> Quote:
    """The itemised fee for a stay of ``seconds`` (≥ 0) under ``terms``."""
    if seconds < 0:
        raise ValueError("a stay cannot be shorter than nothing")
    free = min(seconds, terms.free_minutes * 60)
    items = [QuoteItem("免费时段", free, 0, 0)] if free else []
    unit_seconds = terms.unit_minutes * 60
    start, day = 0, 1
    while start < seconds:
        end = min(start + DAY_SECONDS, seconds)
        charged = end - max(start, free)
        if charged > 0:
            units = _units(charged, unit_seconds, terms.charge_part_units)
            amount = units * terms.unit_price_fen
            capped = terms.daily_cap_fen is not None and amount > terms.daily_cap_fen
            if capped:
                amount = terms.daily_cap_fen  # type: ignore[assignment]
            items.append(QuoteItem(f"第{day}个24小时", charged, units, amount, capped))
        start, day = end, day + 1
    return Quote(seconds, tuple(items))
