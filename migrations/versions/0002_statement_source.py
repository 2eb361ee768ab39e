"""Statement sources: every article that reported a statement (wire copy, syndication), with its offsets;
and the article's byline.

Existing statements get their own article as their first source.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("article") as batch:
        batch.add_column(sa.Column("author", sa.String(), nullable=True))
    op.create_table(
        "statement_source",
        sa.Column("statement_id", sa.Integer(), sa.ForeignKey("statement.id"), primary_key=True),
        sa.Column("article_id", sa.String(16), sa.ForeignKey("article.id"), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("cue_start", sa.Integer(), nullable=True),
        sa.Column("cue_end", sa.Integer(), nullable=True),
        sa.Column("mention_start", sa.Integer(), nullable=True),
        sa.Column("mention_end", sa.Integer(), nullable=True),
        sa.Column("mention", sa.String(), nullable=True),
    )
    op.create_index("ix_statement_source_article_id", "statement_source", ["article_id"])
    op.execute(
        'INSERT INTO statement_source (statement_id, article_id, kind, start, "end", cue_start, cue_end, '
        "mention_start, mention_end, mention) "
        'SELECT id, article_id, kind, start, "end", cue_start, cue_end, mention_start, mention_end, mention '
        "FROM statement"
    )


def downgrade() -> None:
    op.drop_index("ix_statement_source_article_id", table_name="statement_source")
    op.drop_table("statement_source")
    with op.batch_alter_table("article") as batch:
        batch.drop_column("author")
