from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from saas.core.validators import is_mainland_mobile, normalize_mainland_mobile


@given(st.sampled_from("3456789"), st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_every_1x_number_with_11_digits_is_a_mainland_mobile(second: str, rest: str) -> None:
    assert is_mainland_mobile(f"1{second}{rest}")


@given(st.text(max_size=15))
def test_anything_else_is_not(text: str) -> None:
    ok = len(text) == 11 and text.isascii() and text.isdigit() and text[0] == "1" and text[1] in "3456789"
    assert is_mainland_mobile(text) == ok


def test_normalisation_strips_country_code_and_separators() -> None:
    assert normalize_mainland_mobile("+86 138-1234-5678") == "13812345678"
    assert normalize_mainland_mobile("0086 13812345678") == "13812345678"


def test_a_short_password_is_refused_in_one_language_at_a_time() -> None:
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError
    from django.utils import translation

    for language, expected in (("zh-hans", "密码太短，至少需要 8 个字符。"), ("en", "This password is too short.")):
        with translation.override(language):
            try:
                validate_password("x7")
            except ValidationError as exc:
                assert exc.messages[0].startswith(expected)
            else:
                raise AssertionError("a two-character password passed")
