"""Custom scalars, registered through ``SCALAR_MAP`` on every schema's config.

``DateTime`` and ``Decimal`` replace strawberry's own: a date-time always goes out as ISO 8601 in
Beijing time (``+08:00``) whichever path produced it (a query reads UTC from PostgreSQL, a
mutation returns what the client sent), and one sent without an offset is Beijing time; a decimal
is finite and of a sensible size, so ``NaN`` or ``1e999999`` never reaches PostgreSQL. ``Upload``
replaces strawberry's pass-through: only a file part of a multipart request is a file, so a string
sent in its place is bad input, not a 500 in the resolver that reads it.
"""

from __future__ import annotations

import datetime as dt
import decimal
from typing import NewType
from zoneinfo import ZoneInfo

from django.core.files.uploadedfile import UploadedFile
from strawberry.file_uploads import Upload
from strawberry.types.scalar import ScalarDefinition, scalar

from saas.core.errors import ErrorCode
from saas.core.money import fen_to_yuan, yuan_to_fen

Yuan = NewType("Yuan", int)
BEIJING = ZoneInfo("Asia/Shanghai")
# Digits before the point, places after it: far beyond any area, price or reading we store.
DECIMAL_MAX_INTEGER_DIGITS = 15
DECIMAL_MAX_PLACES = 10


class ScalarMessage(ErrorCode):
    DATETIME_INVALID = (
        "DATETIME_INVALID",
        "不是有效的日期时间（ISO 8601，例如 2026-03-01T09:30:00+08:00）。",
        "Not a valid date-time (ISO 8601, e.g. 2026-03-01T09:30:00+08:00).",
    )
    DECIMAL_INVALID = (
        "DECIMAL_INVALID",
        "不是有效的数值（最多 15 位整数、10 位小数）。",
        "Not a valid number (at most 15 digits before the point and 10 after).",
    )
    YUAN_INVALID = (
        "YUAN_INVALID",
        "不是有效的金额（元，最多两位小数，例如 1234.50）。",
        'Not a valid amount in yuan (at most two decimals, e.g. "1234.50").',
    )
    UPLOAD_INVALID = (
        "UPLOAD_INVALID",
        "不是上传的文件（须作为 multipart 请求中的文件部分发送）。",
        "Not an uploaded file (send it as a file part of a multipart request).",
    )


def datetime_parse(value: object) -> dt.datetime:
    """ISO 8601; without an offset the value is Beijing time."""
    if not isinstance(value, str):
        raise ValueError(ScalarMessage.DATETIME_INVALID.message())
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=BEIJING)
        parsed.astimezone(dt.UTC)  # year 1 at +14:00 is not a moment PostgreSQL or Python can hold
    except (ValueError, OverflowError):
        raise ValueError(ScalarMessage.DATETIME_INVALID.message()) from None
    return parsed


def datetime_serialize(value: dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=BEIJING)
    return value.astimezone(BEIJING).isoformat()


def decimal_parse(value: object) -> decimal.Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(ScalarMessage.DECIMAL_INVALID.message())
    try:
        parsed = decimal.Decimal(str(value).strip())
    except decimal.DecimalException:
        raise ValueError(ScalarMessage.DECIMAL_INVALID.message()) from None
    exponent = parsed.as_tuple().exponent
    if (
        not parsed.is_finite()
        or (parsed and parsed.adjusted() >= DECIMAL_MAX_INTEGER_DIGITS)
        or (isinstance(exponent, int) and exponent < -DECIMAL_MAX_PLACES)
    ):
        raise ValueError(ScalarMessage.DECIMAL_INVALID.message())
    return parsed


def yuan_parse(value: object) -> int:
    try:
        return yuan_to_fen(value if isinstance(value, str) else "")
    except ValueError:
        raise ValueError(ScalarMessage.YUAN_INVALID.message()) from None


def upload_parse(value: object) -> UploadedFile:
    if not isinstance(value, UploadedFile):
        raise ValueError(ScalarMessage.UPLOAD_INVALID.message())
    return value


def upload_serialize(value: object) -> None:
    raise ValueError("an Upload is input only")


SCALAR_MAP: dict[object, ScalarDefinition] = {
    Upload: scalar(
        name="Upload",
        serialize=upload_serialize,
        parse_value=upload_parse,
        description=(
            "A file, sent as a file part of a GraphQL multipart request (graphql-multipart-request-spec); "
            "any other value is refused as BAD_USER_INPUT."
        ),
    ),
    Yuan: scalar(
        name="Yuan",
        serialize=fen_to_yuan,
        parse_value=yuan_parse,
        description='An amount of money in yuan as a decimal string with two places, e.g. "1234.50".',
    ),
    dt.datetime: scalar(
        name="DateTime",
        serialize=datetime_serialize,
        parse_value=datetime_parse,
        description=(
            "A moment as ISO 8601. Always returned in Beijing time with its offset "
            '("2026-03-01T09:30:00+08:00"); a value sent without an offset is read as Beijing time '
            "(Asia/Shanghai)."
        ),
    ),
    decimal.Decimal: scalar(
        name="Decimal",
        serialize=str,
        parse_value=decimal_parse,
        description=(
            'A decimal number as a string, e.g. "98.50": finite, at most 15 digits before the point and 10 after.'
        ),
    ),
}
