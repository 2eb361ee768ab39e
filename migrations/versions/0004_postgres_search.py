"""Full-text search on PostgreSQL: `statement_fts` as a table with a `tsvector` and a GIN index.

It mirrors SQLite's FTS5 table (migration 0001): one row per statement under `rowid` = statement.id,
with the statement's words, its speaker's name and its article's title, kept in step by triggers.
`document` weighs them A (words), B (speaker), C (title); the `simple` configuration does no stemming, so
exact phrases stay exact, as on SQLite. Search with
`document @@ websearch_to_tsquery('simple', :q)`, rank with `ts_rank_cd(document, query)` and highlight
with `ts_headline('simple', text, query)`. Nothing to do on SQLite.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

POSTGRES = [
    """CREATE TABLE statement_fts (
           rowid integer PRIMARY KEY REFERENCES statement (id) ON DELETE CASCADE,
           text text NOT NULL,
           speaker text NOT NULL DEFAULT '',
           title text NOT NULL DEFAULT '',
           document tsvector GENERATED ALWAYS AS (
               setweight(to_tsvector('simple', text), 'A') ||
               setweight(to_tsvector('simple', speaker), 'B') ||
               setweight(to_tsvector('simple', title), 'C')) STORED)""",
    "CREATE INDEX ix_statement_fts_document ON statement_fts USING gin (document)",
    """CREATE FUNCTION statement_fts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
           INSERT INTO statement_fts (rowid, text, speaker, title) VALUES (
               NEW.id, NEW.text,
               coalesce((SELECT name FROM speaker WHERE id = NEW.speaker_id), ''),
               coalesce((SELECT title FROM article WHERE id = NEW.article_id), ''))
           ON CONFLICT (rowid) DO UPDATE SET text = EXCLUDED.text, speaker = EXCLUDED.speaker,
                                             title = EXCLUDED.title;
           RETURN NULL;
       END $$""",
    """CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement
       FOR EACH ROW EXECUTE FUNCTION statement_fts_sync()""",
    """CREATE TRIGGER statement_fts_update AFTER UPDATE OF text, speaker_id, article_id ON statement
       FOR EACH ROW EXECUTE FUNCTION statement_fts_sync()""",
    """CREATE FUNCTION speaker_fts_rename() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
           UPDATE statement_fts SET speaker = NEW.name
           WHERE rowid IN (SELECT id FROM statement WHERE speaker_id = NEW.id);
           RETURN NULL;
       END $$""",
    """CREATE TRIGGER speaker_fts_rename AFTER UPDATE OF name ON speaker
       FOR EACH ROW EXECUTE FUNCTION speaker_fts_rename()""",
    """CREATE FUNCTION article_fts_retitle() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
           UPDATE statement_fts SET title = coalesce(NEW.title, '')
           WHERE rowid IN (SELECT id FROM statement WHERE article_id = NEW.id);
           RETURN NULL;
       END $$""",
    """CREATE TRIGGER article_fts_retitle AFTER UPDATE OF title ON article
       FOR EACH ROW EXECUTE FUNCTION article_fts_retitle()""",
    """INSERT INTO statement_fts (rowid, text, speaker, title)
       SELECT s.id, s.text, coalesce(sp.name, ''), coalesce(a.title, '')
       FROM statement s LEFT JOIN speaker sp ON sp.id = s.speaker_id LEFT JOIN article a ON a.id = s.article_id""",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for sql in POSTGRES:
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for trigger, table in (("article_fts_retitle", "article"), ("speaker_fts_rename", "speaker"),
                           ("statement_fts_update", "statement"), ("statement_fts_insert", "statement")):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
    for function in ("article_fts_retitle", "speaker_fts_rename", "statement_fts_sync"):
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    op.execute("DROP TABLE IF EXISTS statement_fts")
