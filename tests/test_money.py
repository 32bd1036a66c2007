"""Money is integer fen inside and decimal yuan strings outside; the conversion is exact."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saas.core.money import MoneyFormatError, fen_to_yuan, yuan_to_fen


@given(st.integers(min_value=-(10**14), max_value=10**14))
def test_fen_survive_a_round_trip_through_yuan(fen: int) -> None:
    assert yuan_to_fen(fen_to_yuan(fen)) == fen


@pytest.mark.parametrize(
    ("fen", "text"), [(0, "0.00"), (5, "0.05"), (123450, "1234.50"), (-1, "-0.01"), (99000, "990.00")]
)
def test_formatting(fen: int, text: str) -> None:
    assert fen_to_yuan(fen) == text


@pytest.mark.parametrize("text", ["12", "12.5", "12.50", " 7.01 "])
def test_accepted_yuan(text: str) -> None:
    assert yuan_to_fen(text) == round(float(text.strip()) * 100)


@pytest.mark.parametrize("text", ["", "1.234", "1e3", "abc", "1,000.00", "NaN", "Infinity", ".5"])
def test_refused_yuan(text: str) -> None:
    with pytest.raises(MoneyFormatError):
        yuan_to_fen(text)
