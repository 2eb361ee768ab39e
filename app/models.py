"""The database tables (SQLModel). Alembic owns the schema: see `migrations/versions/`.

A statement's public id is derived from what was said and who said it (never from a row number or an
ingest order), so deleting the database and ingesting the same files again gives the same URLs.
"""

import datetime as dt

from sqlmodel import Field, SQLModel, UniqueConstraint


class Article(SQLModel, table=True):
    id: str = Field(primary_key=True, max_length=16)
    """Stable id: a hash of the canonical URL when the article has one, else of its normalised text."""
    url: str | None = Field(default=None, index=True)
    title: str | None = None
    outlet: str | None = Field(default=None, index=True)
    author: str | None = None
    """Byline as the source gave it (`Jane Smith, John Doe`), when it gave one."""
    published: dt.date | None = Field(default=None, index=True)
    text: str
    text_hash: str = Field(index=True, max_length=64)
    """sha256 of the normalised text: the same article met again is left unchanged."""
    origin: str | None = None
    """Where it was read from: a file path, a URL, `archive.jsonl:12`."""
    ingested_at: dt.datetime


class Speaker(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True, max_length=200)
    name: str
    kind: str = "person"  # person | organisation


class SpeakerAlias(SQLModel, table=True):
    __tablename__ = "speaker_alias"
    __table_args__ = (UniqueConstraint("speaker_id", "alias"),)

    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int = Field(foreign_key="speaker.id", index=True)
    alias: str
    count: int = 1


class Topic(SQLModel, table=True):
    key: str = Field(primary_key=True, max_length=100)
    label: str


class Statement(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    """Row id; also the rowid of the full-text index. Never shown to users."""
    public_id: str = Field(unique=True, index=True, max_length=16)
    """The id in permalinks (`/s/{public_id}`)."""
    article_id: str = Field(foreign_key="article.id", index=True)
    speaker_id: int | None = Field(default=None, foreign_key="speaker.id", index=True)
    kind: str  # direct | mixed | indirect
    text: str
    start: int
    end: int
    cue_start: int | None = None
    cue_end: int | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    mention: str | None = None
    """The speaker as the article named them next to the cue (`the Prime Minister`)."""
    date: dt.date | None = Field(default=None, index=True)
    fingerprint: str = Field(max_length=64)
    """Hash of the normalised words: finds the same statement again across re-ingests and outlets."""
    withdrawn_at: dt.datetime | None = None
    """Set when a re-ingest no longer finds the statement; the row is kept so its URL never breaks."""
    replaced_by: str | None = None
    """public_id of the statement that took this one's place, if any."""


class StatementTopic(SQLModel, table=True):
    __tablename__ = "statement_topic"

    statement_id: int = Field(foreign_key="statement.id", primary_key=True)
    topic_key: str = Field(foreign_key="topic.key", primary_key=True, index=True)


class StatementSource(SQLModel, table=True):
    """Every article that reported a statement, with where the words sit in that article's text.

    `Statement.article_id` is the earliest of these (and `Statement.date` its date); the others are the
    "also reported by" list. Offsets index into `Article.text` of `article_id`.
    """

    __tablename__ = "statement_source"

    statement_id: int = Field(foreign_key="statement.id", primary_key=True)
    article_id: str = Field(foreign_key="article.id", primary_key=True, index=True, max_length=16)
    kind: str
    start: int
    end: int
    cue_start: int | None = None
    cue_end: int | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    mention: str | None = None
