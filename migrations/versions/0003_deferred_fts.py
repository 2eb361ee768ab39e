"""Let a bulk ingest fill the full-text index itself (SQLite).

The per-row insert trigger costs about twice as much as one `INSERT ... SELECT` per batch. Ingest puts
a row in `statement_fts_deferred` inside its write transaction (so no other connection ever sees it),
inserts its statements, indexes them in one statement and deletes the row before committing. Every other
writer still gets the trigger.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INSERT_BODY = """BEGIN
           INSERT INTO statement_fts(rowid, text, speaker, title) VALUES (
               new.id, new.text,
               coalesce((SELECT name FROM speaker WHERE id = new.speaker_id), ''),
               coalesce((SELECT title FROM article WHERE id = new.article_id), ''));
       END"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE statement_fts_deferred (active INTEGER NOT NULL)")
    op.execute("DROP TRIGGER statement_fts_insert")
    op.execute("CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement "
               "WHEN NOT EXISTS (SELECT 1 FROM statement_fts_deferred) " + INSERT_BODY)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER statement_fts_insert")
    op.execute("CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement " + INSERT_BODY)
    op.execute("DROP TABLE statement_fts_deferred")
