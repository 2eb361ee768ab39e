"""Bulk SQL for the ingest store, on SQLite and PostgreSQL: row ids handed out inside the writing
transaction, driver-level `executemany` inserts and upserts, the per-batch full-text insert."""

from __future__ import annotations

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


# The full-text rows of a batch's statements, indexed in one statement rather than row by row; the
# condition on s.id follows.
BULK_FTS = """INSERT INTO statement_fts (rowid, text, speaker, title)
    SELECT s.id, s.text, coalesce(sp.name, ''), coalesce(a.title, '')
    FROM statement s LEFT JOIN speaker sp ON sp.id = s.speaker_id LEFT JOIN article a ON a.id = s.article_id
    WHERE s.id"""
FTS_TRIGGER = "statement_fts_insert"


def insert_rows(connection: Connection, table: str, columns: tuple[str, ...], rows: list,
                on_conflict: str = "") -> None:
    """One driver-level `executemany` of row tuples in `columns` order: SQLAlchemy's per-row parameter
    processing would cost more than the insert itself. Rows hold driver-ready values (dates, naive UTC
    datetimes). `on_conflict="DO NOTHING"` skips rows that are there already."""
    if not rows:
        return
    marker = "?" if connection.dialect.name == "sqlite" else "%s"
    sql = (f'INSERT INTO {table} ({", ".join(chr(34) + name + chr(34) for name in columns)}) '
           f'VALUES ({", ".join([marker] * len(columns))})')
    if on_conflict:
        sql += f" ON CONFLICT {on_conflict}"
    connection.exec_driver_sql(sql, rows)


def update_rows(connection: Connection, table: str, columns: tuple[str, ...], rows: list) -> None:
    """One `executemany` of `UPDATE table SET columns WHERE id = ?`: each row holds the new values, then the id."""
    if not rows:
        return
    marker = "?" if connection.dialect.name == "sqlite" else "%s"
    assignments = ", ".join(f'"{name}" = {marker}' for name in columns)
    connection.exec_driver_sql(f"UPDATE {table} SET {assignments} WHERE id = {marker}", rows)


def insert_statements(connection: Connection, columns: tuple[str, ...], rows: list) -> None:
    """Insert new statements (ids ascending) and their full-text rows.

    The per-row trigger (migrations 0001, 0004) would index each row with two lookups; instead the rows
    are indexed in one `INSERT ... SELECT`. SQLite: the trigger is dropped inside this write transaction
    and put back as it was (other connections never see it gone: WAL readers keep their snapshot, and a
    crash rolls the drop back). PostgreSQL: the trigger skips rows while the transaction-local setting
    `onrecord.bulk_fts` is on (migration 0005)."""
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SELECT set_config('onrecord.bulk_fts', 'on', true)")
        insert_rows(connection, "statement", columns, rows)
        connection.exec_driver_sql("SELECT set_config('onrecord.bulk_fts', 'off', true)")
        connection.exec_driver_sql(BULK_FTS + " = ANY(%s)", ([row[0] for row in rows],))
        return
    trigger = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                         (FTS_TRIGGER,)).scalar()
    if trigger is not None:
        connection.exec_driver_sql(f"DROP TRIGGER {FTS_TRIGGER}")
    insert_rows(connection, "statement", columns, rows)
    connection.exec_driver_sql(BULK_FTS + " BETWEEN ? AND ?", (rows[0][0], rows[-1][0]))
    if trigger is not None:
        connection.exec_driver_sql(trigger)


def upsert_aliases(connection: Connection, rows: list[tuple[int, str, int]]) -> None:
    """(speaker id, alias, count) rows: new aliases are inserted, known ones have their count raised."""
    insert_rows(connection, "speaker_alias", ("speaker_id", "alias", "count"), rows,
                on_conflict="(speaker_id, alias) DO UPDATE SET count = speaker_alias.count + excluded.count")


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
