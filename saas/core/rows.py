"""Hand-written statements: the columns of a model, inserting a few new rows, and writing a few
fields of a few rows, each in one cheap statement.

Django's ``bulk_update`` builds a ``CASE WHEN id = … THEN …`` expression per field and row and
compiles it through the ORM: for the one to three rows a payment touches that costs more CPU than
the rest of the booking. ``rows_update`` sends ``UPDATE … FROM (VALUES …)`` instead, with the
values prepared by the fields themselves, one statement for any number of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any, TypeVar

from django.db import connection, models, transaction
from psycopg import pq

M = TypeVar("M", bound=models.Model)


def columns_of(model: type[models.Model], alias: str) -> str:
    """Every column of ``model`` as ``alias."column"``, in field order: what a hand-written statement
    selects instead of ``alias.*``. A prepared statement (saas.settings) whose ``*`` gains a column
    when a migration runs fails with "cached plan must not change result type"; named columns do
    not change."""
    return ", ".join(f'{alias}."{field.column}"' for field in model._meta.concrete_fields)


def instance_of(model: type[M], row: Sequence[Any]) -> tuple[M, Sequence[Any]]:
    """The instance whose columns (``columns_of``'s, in that order) open ``row``, and the rest of the
    row: what a hand-written statement's cursor gives, without the column mapping ``RawQuerySet``
    works out anew on every call. For models whose fields take the database's values as they come
    (no ``from_db_value``)."""
    names = [field.attname for field in model._meta.concrete_fields]
    return model.from_db(connection.alias, names, row[: len(names)]), row[len(names) :]


def _concrete(meta: Any, name: str) -> models.Field[Any, Any]:
    field = meta.get_field(name)
    if not isinstance(field, models.Field) or not field.concrete:
        raise ValueError(f"{name} is not a column")
    return field


def _cast(field: models.Field[Any, Any]) -> str:
    """The column's type, but text without its length: ``'…'::varchar(n)`` truncates silently,
    while assigning an over-long value to the column is refused, as ``bulk_update`` would be."""
    if isinstance(field, models.CharField | models.TextField):
        return "text"
    return str(field.db_type(connection))


def rows_update(rows: Sequence[models.Model], fields: Sequence[str]) -> int:
    """Write ``fields`` of ``rows`` (all of one model, saved before); how many rows changed."""
    if not rows:
        return 0
    meta = rows[0]._meta
    qn = connection.ops.quote_name
    pk = _concrete(meta, meta.pk.name) if meta.pk is not None else None
    if pk is None:
        raise ValueError("rows_update needs a primary key")
    columns = [_concrete(meta, name) for name in fields]
    casts = [_cast(pk)] + [_cast(column) for column in columns]
    row_sql = "(" + ", ".join(f"%s::{cast}" for cast in casts) + ")"
    names = ", ".join(["pk_"] + [qn(str(column.column)) for column in columns])
    assignments = ", ".join(f"{qn(str(column.column))} = v.{qn(str(column.column))}" for column in columns)
    values = ", ".join([row_sql] * len(rows))
    sql = (
        f"UPDATE {qn(meta.db_table)} AS t SET {assignments} "
        f"FROM (VALUES {values}) AS v({names}) WHERE t.{qn(str(pk.column))} = v.pk_"
    )
    params: list[Any] = []
    for row in rows:
        params.append(row.pk)
        params.extend(column.get_db_prep_save(getattr(row, column.attname), connection) for column in columns)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return int(cursor.rowcount)


_INSERT_CHUNK = 500  # rows per statement: far below PostgreSQL's 65,535 parameters


def rows_insert(*groups: Sequence[models.Model], keys_at_commit: bool = False) -> None:
    """Insert the rows of each group (new, all of one model with an automatic primary key) and
    give them their keys, as ``bulk_create`` does: one ``INSERT … VALUES … RETURNING`` per 500 rows
    of a group, the values prepared by the fields themselves (``pre_save``: ``auto_now_add`` too).
    Several statements go to PostgreSQL in one round trip (a pipeline).

    ``bulk_create`` composed and compiled an InsertQuery per call, ~0.5 ms of CPU for the one or two
    rows of a notification or a timeline step, and a round trip each, inside the transactions that
    hold a community's dispatch turn; the text here depends only on the model and the row count,
    so its plan is prepared once. No signals, as bulk_create.

    ``keys_at_commit``: the last writes of a transaction in ``commit_with_last_writes``: the
    statements are sent and not waited for, the COMMIT follows them in the same round trip, and
    the keys are read in an ``on_commit`` callback registered here (callbacks registered after this
    call see them; code before the commit does not). Inside an outer transaction they are read at
    once, as without it."""
    statements = [statement for rows in groups for statement in _inserts(rows)]
    if keys_at_commit and _commit_next():
        sent = _send_all(statements)
        transaction.on_commit(lambda: _keys_read(sent))
    elif len(statements) > 1:
        connection.ensure_connection()
        with connection.connection.pipeline():
            _keys_read(_send_all(statements))
    else:
        _keys_read(_send_all(statements))


def _commit_next() -> bool:
    """In pipeline mode, in the outermost atomic block: the COMMIT can follow these statements."""
    raw = connection.connection
    pipelined = raw is not None and raw.pgconn.pipeline_status != pq.PipelineStatus.OFF
    return pipelined and len(connection.atomic_blocks) == 1


@contextmanager
def commit_with_last_writes() -> Iterator[Callable[[], None]]:
    """Around a service's outermost ``transaction.atomic()`` whose last writes hold a lock (a
    community's dispatch turn, held until the COMMIT). The function it gives, called where the lock
    is about to be taken, puts the connection in pipeline mode until the atomic block has ended:
    statements whose answers are read go and come back as usual, while ``rows_insert(…,
    keys_at_commit=True)`` and writes whose answers nobody reads are sent without waiting, and the
    COMMIT follows them in the same round trip. The lock is then released as soon as PostgreSQL
    has run them, not one round trip and one wake of this thread later. Inside an outer
    transaction the same statements run; only the commit is the outer one's."""
    with ExitStack() as stack:

        def last_writes() -> None:
            connection.ensure_connection()
            stack.enter_context(connection.connection.pipeline())

        yield last_writes


def _inserts(rows: Sequence[models.Model]) -> list[tuple[str, list[Any], Sequence[models.Model]]]:
    if not rows:
        return []
    meta = rows[0]._meta
    pk = meta.pk
    if pk is None or not isinstance(pk, models.AutoField | models.BigAutoField | models.SmallAutoField):
        raise ValueError("rows_insert needs an automatic primary key")
    fields = [field for field in meta.concrete_fields if field is not pk]
    qn = connection.ops.quote_name
    statements = []
    for start in range(0, len(rows), _INSERT_CHUNK):
        chunk = rows[start : start + _INSERT_CHUNK]
        values = ", ".join(["(" + ", ".join(["%s"] * len(fields)) + ")"] * len(chunk))
        sql = (
            f"INSERT INTO {qn(meta.db_table)} ({', '.join(qn(str(field.column)) for field in fields)}) "
            f"VALUES {values} RETURNING {qn(str(pk.column))}"
        )
        params: list[Any] = []
        for row in chunk:
            for field in fields:
                value = field.pre_save(row, add=True)
                if hasattr(value, "resolve_expression"):  # an expression or a database default
                    raise ValueError(f"rows_insert takes plain values ({field.name})")
                params.append(field.get_db_prep_save(value, connection))
        statements.append((sql, params, chunk))
    return statements


_Sent = list[tuple[Any, Sequence[models.Model]]]


def _send_all(statements: list[tuple[str, list[Any], Sequence[models.Model]]]) -> _Sent:
    """Send every statement (in a pipeline, without waiting for its answer)."""
    sent = []
    for sql, params, chunk in statements:
        cursor = connection.cursor()
        cursor.execute(sql, params)
        sent.append((cursor, chunk))
    return sent


def _keys_read(sent: _Sent) -> None:
    """Read every answer (in a pipeline: one round trip for all) and key the rows."""
    for cursor, chunk in sent:
        with cursor:
            keys = cursor.fetchall()
        for row, (key,) in zip(chunk, keys, strict=True):
            row.pk = key
            row._state.adding = False
            row._state.db = connection.alias
