"""The resident ID (GB 11643-1999) and mobile checks, with property-based tests."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from saas.core.idcard import (
    CHECK_CHARS,
    PROVINCE_CODES,
    IdCardProblem,
    check_char,
    is_valid_resident_id,
    normalize_id_number,
    resident_id_problem,
)
from saas.core.validators import is_mainland_mobile, normalize_mainland_mobile
from saas.residents.validators import id_number_problem_code

TODAY = datetime.date(2026, 11, 28)


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    """A well-formed number: known province, any county digits, a past birth date, a sequence."""
    province = draw(st.sampled_from(sorted(PROVINCE_CODES)))
    county = draw(st.text(alphabet="0123456789", min_size=4, max_size=4))
    born = draw(st.dates(min_value=datetime.date(1900, 1, 1), max_value=TODAY))
    sequence = draw(st.text(alphabet="0123456789", min_size=3, max_size=3))
    first17 = f"{province}{county}{born:%Y%m%d}{sequence}"
    return first17 + check_char(first17)


@given(resident_ids())
def test_numbers_with_the_right_check_character_are_accepted(number: str) -> None:
    assert resident_id_problem(number, today=TODAY) is None
    written = f" {number[:6]} {number[6:14]} {number[14:]} ".lower()
    assert normalize_id_number(written) == number


@given(resident_ids(), st.integers(min_value=0, max_value=17), st.sampled_from(CHECK_CHARS))
def test_changing_any_one_character_is_caught(number: str, position: int, replacement: str) -> None:
    if position < 17:
        replacement = replacement if replacement != "X" else "0"
    if replacement == number[position]:
        return
    mutated = number[:position] + replacement + number[position + 1 :]
    problem = resident_id_problem(mutated, today=TODAY)
    assert problem is not None
    if position >= 14 or position in (2, 3, 4, 5):  # outside the province code and birth date
        assert problem is IdCardProblem.CHECK_DIGIT


@given(resident_ids(), st.integers(min_value=0, max_value=16))
def test_swapping_two_neighbouring_digits_is_caught(number: str, position: int) -> None:
    a, b = number[position], number[position + 1]
    if a == b or b == "X":
        return
    swapped = number[:position] + b + a + number[position + 2 :]
    assert resident_id_problem(swapped, today=TODAY) is not None


def test_the_standards_example() -> None:
    assert check_char("11010519491231002") == "X"
    assert is_valid_resident_id("11010519491231002X", today=TODAY)


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("11010519491231002", IdCardProblem.FORMAT),
        ("11010519491231002XX", IdCardProblem.FORMAT),
        ("1101051949123100AX", IdCardProblem.FORMAT),
        ("99010519491231002X", IdCardProblem.FORMAT),
        ("110105194902290010", IdCardProblem.BIRTH_DATE),  # 1949 was not a leap year
        ("110105189912310012", IdCardProblem.BIRTH_DATE),
        ("110105202612010019", IdCardProblem.BIRTH_DATE),  # after TODAY
        ("110105194912310021", IdCardProblem.CHECK_DIGIT),
    ],
)
def test_what_is_wrong_is_named(number: str, problem: IdCardProblem) -> None:
    assert resident_id_problem(number, today=TODAY) is problem


def test_a_leap_day_birth_date_is_fine() -> None:
    first17 = "11010520000229001"
    assert is_valid_resident_id(first17 + check_char(first17), today=TODAY)


@pytest.mark.parametrize(
    ("id_type", "number", "code"),
    [
        ("resident_id", "11010519491231002X", None),
        ("resident_id", "110105194912310021", "ID_CHECK_DIGIT_INVALID"),
        ("passport", "E12345678", None),
        ("passport", "E1", "ID_NUMBER_INVALID"),
        ("hk_macao_permit", "M12345678", None),
        ("hk_macao_permit", "C12345678", "ID_NUMBER_INVALID"),
        ("taiwan_permit", "0123456789", None),
        ("foreigner_permit", "911111199001010016", None),
        ("foreigner_permit", "9111111990", "ID_NUMBER_INVALID"),
    ],
)
def test_document_number_checks(id_type: str, number: str, code: str | None) -> None:
    assert id_number_problem_code(id_type, number) == code


@st.composite
def mobiles(draw: st.DrawFn) -> str:
    return "1" + draw(st.sampled_from("3456789")) + draw(st.text(alphabet="0123456789", min_size=9, max_size=9))


@given(mobiles(), st.sampled_from(["", "+86", "0086", "+86 "]), st.sampled_from(["", " ", "-"]))
def test_a_mobile_written_any_usual_way_normalises_to_itself(mobile: str, prefix: str, separator: str) -> None:
    written = prefix + separator.join([mobile[:3], mobile[3:7], mobile[7:]])
    assert normalize_mainland_mobile(written) == mobile and is_mainland_mobile(mobile)


@given(mobiles(), st.integers(min_value=0, max_value=10))
def test_dropping_a_digit_makes_a_mobile_invalid(mobile: str, position: int) -> None:
    assert not is_mainland_mobile(mobile[:position] + mobile[position + 1 :])
