"""What crosses the payment boundary is checked where it is built: no floats, no zero amounts,
order numbers every provider accepts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from billing.gateways.base import OUT_TRADE_NO_RE, Amount, Channel, CheckoutRequest, out_trade_no_new


@pytest.mark.parametrize("value", [0, -1, 12.5, True, "100"])
def test_amounts_are_positive_integer_minor_units(value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        Amount(minor_units=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("currency", ["cny", "RMB1", "", "¥"])
def test_currency_is_an_iso_code(currency: str) -> None:
    with pytest.raises(ValueError):
        Amount(minor_units=100, currency=currency)


@given(st.from_regex(r"[A-Z]{1,8}", fullmatch=True))
def test_new_order_numbers_are_valid_and_distinct(prefix: str) -> None:
    first, second = out_trade_no_new(prefix), out_trade_no_new(prefix)
    assert OUT_TRADE_NO_RE.match(first) and first != second and first.startswith(prefix)


def test_checkout_request_refuses_bad_order_numbers_and_empty_subjects() -> None:
    expires = timezone.now() + timedelta(minutes=15)
    common = {"amount": Amount(12345), "channel": Channel.QR_CODE, "notify_url": "https://x/n", "expires_at": expires}
    with pytest.raises(ValueError):
        CheckoutRequest(out_trade_no="bad no!", subject="物业费", **common)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        CheckoutRequest(out_trade_no="WY1", subject="  ", **common)  # type: ignore[arg-type]
    assert CheckoutRequest(out_trade_no="WY1", subject="物业费 2026-11", **common).amount.minor_units == 12345  # type: ignore[arg-type]
