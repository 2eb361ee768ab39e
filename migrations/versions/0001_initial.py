"""Initial schema: articles, speakers and aliases, statements, topics, and the full-text index.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The FTS5 index holds each statement's words, its speaker's name and its article's title, under the
# statement's rowid. Triggers keep it in step; no stemming, so "exact phrases" stay exact.
SQLITE_FTS = [
    """CREATE VIRTUAL TABLE statement_fts USING fts5(
           text, speaker, title, tokenize = 'unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER statement_fts_insert AFTER INSERT ON statement BEGIN
           INSERT INTO statement_fts(rowid, text, speaker, title) VALUES (
               new.id, new.text,
               coalesce((SELECT name FROM speaker WHERE id = new.speaker_id), ''),
               coalesce((SELECT title FROM article WHERE id = new.article_id), ''));
       END""",
    """CREATE TRIGGER statement_fts_delete AFTER DELETE ON statement BEGIN
           DELETE FROM statement_fts WHERE rowid = old.id;
       END""",
    """CREATE TRIGGER statement_fts_update AFTER UPDATE OF text, speaker_id, article_id ON statement BEGIN
           DELETE FROM statement_fts WHERE rowid = old.id;
           INSERT INTO statement_fts(rowid, text, speaker, title) VALUES (
               new.id, new.text,
               coalesce((SELECT name FROM speaker WHERE id = new.speaker_id), ''),
               coalesce((SELECT title FROM article WHERE id = new.article_id), ''));
       END""",
    """CREATE TRIGGER speaker_fts_rename AFTER UPDATE OF name ON speaker BEGIN
           UPDATE statement_fts SET speaker = new.name
           WHERE rowid IN (SELECT id FROM statement WHERE speaker_id = new.id);
       END""",
    """CREATE TRIGGER article_fts_retitle AFTER UPDATE OF title ON article BEGIN
           UPDATE statement_fts SET title = coalesce(new.title, '')
           WHERE rowid IN (SELECT id FROM statement WHERE article_id = new.id);
       END""",
]


def upgrade() -> None:
    op.create_table(
        "article",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("outlet", sa.String(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("origin", sa.String(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_article_url", "article", ["url"])
    op.create_index("ix_article_outlet", "article", ["outlet"])
    op.create_index("ix_article_published", "article", ["published"])
    op.create_index("ix_article_text_hash", "article", ["text_hash"])

    op.create_table(
        "speaker",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("slug", sa.String(200), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False, server_default="person"),
    )
    op.create_index("ix_speaker_slug", "speaker", ["slug"], unique=True)

    op.create_table(
        "speaker_alias",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("speaker_id", sa.Integer(), sa.ForeignKey("speaker.id"), nullable=False),
        sa.Column("alias", sa.String(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False, server_default="1"),
        sa.UniqueConstraint("speaker_id", "alias"),
    )
    op.create_index("ix_speaker_alias_speaker_id", "speaker_alias", ["speaker_id"])

    op.create_table(
        "topic",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("label", sa.String(), nullable=False),
    )

    op.create_table(
        "statement",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("public_id", sa.String(16), nullable=False),
        sa.Column("article_id", sa.String(16), sa.ForeignKey("article.id"), nullable=False),
        sa.Column("speaker_id", sa.Integer(), sa.ForeignKey("speaker.id"), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("cue_start", sa.Integer(), nullable=True),
        sa.Column("cue_end", sa.Integer(), nullable=True),
        sa.Column("mention_start", sa.Integer(), nullable=True),
        sa.Column("mention_end", sa.Integer(), nullable=True),
        sa.Column("mention", sa.String(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("replaced_by", sa.String(16), nullable=True),
    )
    op.create_index("ix_statement_public_id", "statement", ["public_id"], unique=True)
    op.create_index("ix_statement_article_id", "statement", ["article_id"])
    op.create_index("ix_statement_speaker_id", "statement", ["speaker_id"])
    op.create_index("ix_statement_date", "statement", ["date"])
    op.create_index("ix_statement_fingerprint", "statement", ["fingerprint"])

    op.create_table(
        "statement_topic",
        sa.Column("statement_id", sa.Integer(), sa.ForeignKey("statement.id"), primary_key=True),
        sa.Column("topic_key", sa.String(100), sa.ForeignKey("topic.key"), primary_key=True),
    )
    op.create_index("ix_statement_topic_topic_key", "statement_topic", ["topic_key"])

    if op.get_bind().dialect.name == "sqlite":
        for sql in SQLITE_FTS:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("article_fts_retitle", "speaker_fts_rename", "statement_fts_update",
                     "statement_fts_delete", "statement_fts_insert"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS statement_fts")
    for table in ("statement_topic", "statement", "topic", "speaker_alias", "speaker", "article"):
        op.drop_table(table)
