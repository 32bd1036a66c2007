"""Properties of the temporary-parking fee (Hypothesis), and a few stays worked by hand."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from saas.parking.fees import DAY_SECONDS, Terms, fee_quote

terms_st = st.builds(
    Terms,
    free_minutes=st.integers(0, 120),
    unit_minutes=st.integers(1, 240),
    unit_price_fen=st.integers(0, 2000),
    daily_cap_fen=st.none() | st.integers(0, 20000),
    charge_part_units=st.booleans(),
)
stays = st.integers(0, 5 * DAY_SECONDS)


@given(terms_st, stays)
def test_never_negative_and_the_items_add_up(terms: Terms, seconds: int) -> None:
    quote = fee_quote(terms, seconds)
    assert quote.amount_fen >= 0
    assert sum(item.seconds for item in quote.items) == seconds
    assert all(item.amount_fen >= 0 for item in quote.items)


@given(terms_st, stays, st.integers(0, DAY_SECONDS))
def test_a_longer_stay_never_costs_less(terms: Terms, seconds: int, more: int) -> None:
    assert fee_quote(terms, seconds + more).amount_fen >= fee_quote(terms, seconds).amount_fen


@given(terms_st, stays)
def test_at_most_the_cap_per_started_24_hours(terms: Terms, seconds: int) -> None:
    if terms.daily_cap_fen is None:
        return
    started_days = -(-seconds // DAY_SECONDS)
    assert fee_quote(terms, seconds).amount_fen <= terms.daily_cap_fen * started_days


@given(terms_st, st.integers(0, 10), st.integers(1, 3599))
def test_a_part_unit_is_free_by_default(terms: Terms, units: int, part: int) -> None:
    terms = Terms(terms.free_minutes, terms.unit_minutes, terms.unit_price_fen, None, charge_part_units=False)
    base = terms.free_minutes * 60 + units * terms.unit_minutes * 60
    if base + part >= DAY_SECONDS or part >= terms.unit_minutes * 60:
        return
    assert fee_quote(terms, base + part).amount_fen == fee_quote(terms, base).amount_fen


@given(terms_st, st.integers(0, 10))
def test_exact_at_unit_boundaries(terms: Terms, units: int) -> None:
    seconds = terms.free_minutes * 60 + units * terms.unit_minutes * 60
    if seconds > DAY_SECONDS:
        return
    expected = units * terms.unit_price_fen
    if terms.daily_cap_fen is not None:
        expected = min(expected, terms.daily_cap_fen)
    assert fee_quote(terms, seconds).amount_fen == expected


BEIJING = Terms(free_minutes=15, unit_minutes=60, unit_price_fen=600, daily_cap_fen=6000)


def test_stays_worked_by_hand() -> None:
    assert fee_quote(BEIJING, 15 * 60).amount_fen == 0  # within the free quarter hour
    assert fee_quote(BEIJING, 74 * 60).amount_fen == 0  # 59 charged minutes: no full hour yet
    assert fee_quote(BEIJING, 75 * 60).amount_fen == 600
    assert fee_quote(BEIJING, (15 + 150) * 60).amount_fen == 1200  # 2.5 hours: two full hours
    part = Terms(15, 60, 600, 6000, charge_part_units=True)
    assert fee_quote(part, (15 + 150) * 60).amount_fen == 1800  # the logged override: three
    two_days = fee_quote(BEIJING, DAY_SECONDS + 3 * 3600)
    assert [(i.label, i.amount_fen, i.capped) for i in two_days.items] == [
        ("免费时段", 0, False),
        ("第1个24小时", 6000, True),
        ("第2个24小时", 1800, False),
    ]
