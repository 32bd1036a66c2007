"""Statements are prepared on a connection the second time it runs them (``prepare_threshold=1``):
each new pooled connection then plans a hot statement once more before PostgreSQL keeps its plan,
not five times more. A text of several statements (a schema clone, a migration's SQL) is never
prepared, however often it runs; a threshold of 0 would prepare it on its first run and fail."""

from __future__ import annotations

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

PROBE = "SELECT %s::int + 40 AS prepared_probe"


def _prepared(marker: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s", [f"%{marker}%"])
        (count,) = cursor.fetchone()
    return int(count)


def test_a_statement_is_prepared_the_second_time_a_connection_runs_it() -> None:
    with connection.cursor() as cursor:
        cursor.execute(PROBE, [1])
        assert cursor.fetchone() == (41,)
        assert _prepared("prepared_probe") == 0
        cursor.execute(PROBE, [2])
        assert cursor.fetchone() == (42,)
    assert _prepared("prepared_probe") == 1


def test_a_text_of_several_statements_runs_again_and_again_unprepared() -> None:
    script = "CREATE TEMP TABLE IF NOT EXISTS several_probe (n int); INSERT INTO several_probe VALUES (1)"
    with connection.cursor() as cursor:
        for _ in range(4):
            cursor.execute(script)
        cursor.execute("SELECT count(*) FROM several_probe")
        assert cursor.fetchone() == (4,)
    assert _prepared("several_probe (n int)") == 0
