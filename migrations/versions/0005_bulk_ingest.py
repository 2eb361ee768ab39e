"""Cheaper statement inserts, and PostgreSQL search that sees words between angle brackets.

- `ix_statement_fingerprint` goes: nothing reads it (ingest matches statements by keys it keeps in
  memory), and keeping it up to date was a quarter of the cost of inserting a statement.
- SQLite: the full-text insert trigger loses the `WHEN NOT EXISTS (SELECT 1 FROM statement_fts_deferred)`
  test of migration 0003, which every inserted row paid for. A bulk ingest now drops the trigger inside
  its own write transaction and puts it back before committing (no other connection ever sees it gone);
  `statement_fts_deferred` is no longer needed.
- PostgreSQL: the same saving. The insert trigger is skipped while the transaction-local setting
  `onrecord.bulk_fts` is `on`; a bulk ingest sets it around its statement inserts and indexes them itself.
- PostgreSQL: `to_tsvector` reads `<word>` as a markup tag and leaves the word out, so a statement quoting
  `<coalition>` could not be found by that word. The document is computed with `<` and `>` as spaces.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SQLITE_INSERT_BODY = """BEGIN
           INSERT INTO statement_fts(rowid, text, speaker, title) VALUES (
               new.id, new.text,
               coalesce((SELECT name FROM speaker WHERE id = new.speaker_id), ''),
               coalesce((SELECT title FROM article WHERE id = new.article_id), ''));
       END"""


def _document(column_text) -> str:
    return (f"setweight(to_tsvector('simple', {column_text('text')}), 'A') || "
            f"setweight(to_tsvector('simple', {column_text('speaker')}), 'B') || "
            f"setweight(to_tsvector('simple', {column_text('title')}), 'C')")


def _postgres_insert_trigger(condition: str) -> None:
    op.execute("DROP TRIGGER statement_fts_insert ON statement")
    op.execute(f"CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement FOR EACH ROW {condition}"
               "EXECUTE FUNCTION statement_fts_sync()")


def _postgres_document(column_text) -> None:
    op.execute("DROP INDEX ix_statement_fts_document")
    op.execute("ALTER TABLE statement_fts DROP COLUMN document")
    op.execute(f"ALTER TABLE statement_fts ADD COLUMN document tsvector "
               f"GENERATED ALWAYS AS ({_document(column_text)}) STORED")
    op.execute("CREATE INDEX ix_statement_fts_document ON statement_fts USING gin (document)")


def upgrade() -> None:
    op.drop_index("ix_statement_fingerprint", table_name="statement")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER statement_fts_insert")
        op.execute("CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement " + SQLITE_INSERT_BODY)
        op.execute("DROP TABLE statement_fts_deferred")
    elif op.get_bind().dialect.name == "postgresql":
        _postgres_document(lambda name: f"regexp_replace({name}, '[<>]', ' ', 'g')")
        _postgres_insert_trigger("WHEN (current_setting('onrecord.bulk_fts', true) IS DISTINCT FROM 'on') ")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TABLE statement_fts_deferred (active INTEGER NOT NULL)")
        op.execute("DROP TRIGGER statement_fts_insert")
        op.execute("CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement "
                   "WHEN NOT EXISTS (SELECT 1 FROM statement_fts_deferred) " + SQLITE_INSERT_BODY)
    elif op.get_bind().dialect.name == "postgresql":
        _postgres_document(lambda name: name)
        _postgres_insert_trigger("")
    op.create_index("ix_statement_fingerprint", "statement", ["fingerprint"])
