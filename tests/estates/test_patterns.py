"""Numbering patterns for generated houses and the 户型 (layout) format, without the database."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saas.estates.services.common import is_valid_layout
from saas.estates.services.numbering import (
    NumberPatternError,
    PatternProblem,
    Placeholder,
    parse_number_pattern,
)

FLOOR_INDEX = frozenset({"floor", "index"})


@pytest.mark.parametrize(
    ("pattern", "floor", "index", "number"),
    [
        ("{floor:02d}{index:02d}", 3, 1, "0301"),
        ("{floor:02d}{index:02d}", 18, 4, "1804"),
        ("{floor}{index:02d}", 12, 3, "1203"),
        ("{floor}-{index}", 5, 2, "5-2"),
        ("B{floor:02}{index}", 1, 9, "B019"),
        ("{floor:3d}{index:d}", 7, 1, "  71"),
        ("{floor:02d}{index:02d}", -1, 2, "-102"),
        ("{{{floor}}}", 2, 1, "{2}"),
        ("商铺{index:03d}", 1, 7, "商铺007"),
    ],
)
def test_patterns_render_like_str_format(pattern: str, floor: int, index: int, number: str) -> None:
    parsed = parse_number_pattern(pattern, allowed=FLOOR_INDEX)
    assert parsed.render(floor=floor, index=index) == number == pattern.format(floor=floor, index=index)


@pytest.mark.parametrize(
    ("pattern", "problem", "name"),
    [
        ("{floor:02d", PatternProblem.SYNTAX, ""),
        ("{floor}}", PatternProblem.SYNTAX, ""),
        ("{unit}{index}", PatternProblem.PLACEHOLDER, "unit"),
        ("{}{index}", PatternProblem.PLACEHOLDER, "{}"),
        ("{0}", PatternProblem.PLACEHOLDER, "0"),
        ("{floor.real}", PatternProblem.PLACEHOLDER, "floor.real"),
        ("{floor[0]}", PatternProblem.PLACEHOLDER, "floor[0]"),
        ("{ floor}", PatternProblem.PLACEHOLDER, " floor"),
        ("{floor!r}", PatternProblem.FORMAT, "floor"),
        ("{floor:x}", PatternProblem.FORMAT, "floor"),
        ("{floor:>5}", PatternProblem.FORMAT, "floor"),
        ("{floor:,d}", PatternProblem.FORMAT, "floor"),
        ("{floor:999}", PatternProblem.FORMAT, "floor"),
        ("{floor:{index}}", PatternProblem.FORMAT, "floor"),
        ("{floor:.2f}", PatternProblem.FORMAT, "floor"),
        ("{floor:2\n}", PatternProblem.FORMAT, "floor"),
        ("{floor:0٣}", PatternProblem.FORMAT, "floor"),
    ],
)
def test_bad_patterns_say_what_is_wrong(pattern: str, problem: PatternProblem, name: str) -> None:
    with pytest.raises(NumberPatternError) as caught:
        parse_number_pattern(pattern, allowed=FLOOR_INDEX)
    assert (caught.value.problem, caught.value.name) == (problem, name)


def test_only_the_allowed_placeholders_are_accepted() -> None:
    with pytest.raises(NumberPatternError):
        parse_number_pattern("{floor}单元", allowed=frozenset({"index"}))
    assert parse_number_pattern("{index}单元", allowed=frozenset({"index"})).names == {"index"}


literal = st.text(alphabet=st.characters(blacklist_characters="{}", blacklist_categories=("Cs",)), max_size=4)
spec = st.sampled_from(["", ":d", ":02d", ":2d", ":03", ":3", ":04d", ":10d"])
placeholder = st.tuples(st.sampled_from(["floor", "index"]), spec).map(lambda p: "{" + p[0] + p[1] + "}")


@given(parts=st.lists(st.one_of(literal, placeholder), max_size=6), floor=st.integers(-5, 99), index=st.integers(1, 50))
def test_any_valid_pattern_renders_exactly_as_str_format(parts: list[str], floor: int, index: int) -> None:
    pattern = "".join(parts)
    parsed = parse_number_pattern(pattern, allowed=FLOOR_INDEX)
    assert parsed.render(floor=floor, index=index) == pattern.format(floor=floor, index=index)


pattern_like = st.lists(st.sampled_from([*"{}:!.0123456789d٣\n ", "floor", "index", "unit"]), max_size=12).map("".join)


@given(text=st.one_of(st.text(max_size=20), pattern_like))
def test_parsing_any_text_either_succeeds_or_raises_a_pattern_error(text: str) -> None:
    try:
        parsed = parse_number_pattern(text, allowed=FLOOR_INDEX)
    except NumberPatternError:
        return
    # Whatever parses renders without touching anything but the two integers.
    assert all(p.name in FLOOR_INDEX for p in parsed.parts if isinstance(p, Placeholder))
    assert isinstance(parsed.render(floor=1, index=1), str)


@pytest.mark.parametrize(
    "layout", ["", "3室2厅1卫", "3室2厅1厨2卫", "1室", "2室1厅", "1室0厅1卫", "12室3厅4卫", "4室2厅1厨"]
)
def test_valid_layouts(layout: str) -> None:
    assert is_valid_layout(layout)


@pytest.mark.parametrize(
    "layout",
    [
        "三室两厅",
        "3室2厅1卫1厨",
        "2厅1卫",
        "0室1厅",
        "3室 2厅",
        "3房2厅",
        "3室2厅1卫 ",
        "03室",
        "3室2厅1卫阳台",
        "123室",
        "3室2室",
        "3室2厅1卫\n",
        "٣室",
    ],
)
def test_invalid_layouts(layout: str) -> None:
    assert not is_valid_layout(layout)


counts = st.integers(0, 99).map(str)


@given(
    rooms=st.integers(1, 99),
    halls=st.one_of(st.just(""), counts.map(lambda n: f"{n}厅")),
    kitchens=st.one_of(st.just(""), counts.map(lambda n: f"{n}厨")),
    baths=st.one_of(st.just(""), counts.map(lambda n: f"{n}卫")),
)
def test_every_rooms_halls_kitchens_baths_combination_is_valid(
    rooms: int, halls: str, kitchens: str, baths: str
) -> None:
    assert is_valid_layout(f"{rooms}室{halls}{kitchens}{baths}")


@given(text=st.text(min_size=1, max_size=12))
def test_a_valid_layout_uses_only_digits_and_the_four_room_words(text: str) -> None:
    if is_valid_layout(text):
        assert set(text) <= set("0123456789室厅厨卫")
        assert text[0] in "123456789" and "室" in text
