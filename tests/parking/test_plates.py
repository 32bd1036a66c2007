"""Mainland plates: what is accepted, how it is written back, what is refused."""

from __future__ import annotations

import pytest

from saas.parking.plates import plate_parse


@pytest.mark.parametrize(
    ("raw", "text", "new_energy"),
    [
        ("京A12345", "京A12345", False),
        ("京a·12345", "京A12345", False),
        (" 沪 B-9X8Y7 ", "沪B9X8Y7", False),
        ("京Ａ１２３４５", "京A12345", False),  # full-width, as some input methods type it
        ("粤B1234学", "粤B1234学", False),
        ("京A1234警", "京A1234警", False),
        ("京AD12345", "京AD12345", True),
        ("京AFA1234", "京AFA1234", True),
        ("苏E12345D", "苏E12345D", True),
    ],
)
def test_plates_are_read_and_normalised(raw: str, text: str, new_energy: bool) -> None:
    parsed = plate_parse(raw)
    assert parsed is not None
    assert (parsed.text, parsed.new_energy) == (text, new_energy)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "A12345",  # no province
        "北A12345",  # not a province abbreviation
        "京112345",  # the office is a letter
        "京I12345",  # I and O are never issued
        "京A1234",  # too short
        "京A1234567",  # too long
        "京AO2345",  # O in the serial
        "京AX12345",  # six characters without D/F: not a new-energy plate
        "京A12345学",  # the suffix replaces the fifth character
    ],
)
def test_anything_else_is_refused(raw: str) -> None:
    assert plate_parse(raw) is None
