"""Bulk SQL for the ingest store, on SQLite and PostgreSQL: row ids handed out inside the writing
transaction, driver-level `executemany` inserts, the per-batch full-text insert, dialect upserts."""

from __future__ import annotations

from operator import itemgetter

from sqlalchemy import text
from sqlalchemy.engine import Connection


def begin_write(connection: Connection) -> None:
    """Start the writing transaction. SQLite: a bigger page cache and rarer checkpoints for bulk writes,
    and the write lock taken at once (BEGIN IMMEDIATE), so the ids below cannot be taken by another writer."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA cache_size = -131072")
        connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 16384")
        connection.exec_driver_sql("BEGIN IMMEDIATE")


class Ids:
    """Row ids for one table, handed out inside the writing transaction.

    SQLite: the transaction holds the write lock (BEGIN IMMEDIATE), so max(id)+1 onwards is ours.
    PostgreSQL: blocks of the table's sequence."""

    def __init__(self, connection: Connection, table: str):
        self.connection, self.table = connection, table
        self.postgres = connection.dialect.name == "postgresql"
        self.free: list[int] = []
        if not self.postgres:
            self.next = (connection.execute(text(f"SELECT max(id) FROM {table}")).scalar() or 0) + 1

    def take(self) -> int:
        if not self.postgres:
            self.next += 1
            return self.next - 1
        if not self.free:
            self.free = list(self.connection.execute(
                text(f"SELECT nextval(pg_get_serial_sequence('{self.table}', 'id')) FROM generate_series(1, 64)")
            ).scalars())[::-1]
        return self.free.pop()


# Statements inserted while `statement_fts_deferred` holds a row skip the per-row trigger (migration 0003);
# this indexes the batch's id range in one go.
BULK_FTS = """INSERT INTO statement_fts (rowid, text, speaker, title)
    SELECT s.id, s.text, coalesce(sp.name, ''), coalesce(a.title, '')
    FROM statement s LEFT JOIN speaker sp ON sp.id = s.speaker_id LEFT JOIN article a ON a.id = s.article_id
    WHERE s.id BETWEEN ? AND ?"""


def insert_many(connection: Connection, table, rows: list[dict]) -> None:
    """One driver-level `executemany`: SQLAlchemy's per-row parameter processing would cost more than the
    insert itself. Rows hold driver-ready values (dates, naive UTC datetimes)."""
    if not rows:
        return
    columns = [column.name for column in table.columns]
    marker = "?" if connection.dialect.name == "sqlite" else "%s"
    sql = (f'INSERT INTO {table.name} ({", ".join(chr(34) + name + chr(34) for name in columns)}) '
           f'VALUES ({", ".join([marker] * len(columns))})')
    row_values = itemgetter(*columns)
    connection.exec_driver_sql(sql, [row_values(row) for row in rows])


def short_error(error: Exception) -> str:
    """The database's own message, without the SQL and parameters SQLAlchemy appends."""
    message = str(getattr(error, "orig", None) or error).splitlines()[0]
    return message[:300]


def dialect_insert(connection: Connection):
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert
