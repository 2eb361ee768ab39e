"""The database half of ingest: articles, speakers and aliases, statements, their sources and topics.

Articles are written in batches, one transaction per batch, with ids allocated under the write lock;
each article is all-or-nothing (if a batch fails it is retried article by article, so a failure loses
that article only). An updated article (same URL, new text) is written alone: statements still in it
keep their public ids, the others are withdrawn with a pointer to their closest replacement.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.engine import Connection, Engine

from app.ingest.bulk import Ids, begin_write, dialect_insert, insert_rows, insert_statements, short_error, \
    update_rows, upsert_aliases
from app.ingest.identity import fold, match_keys, public_id, words
from app.ingest.prepare import Person, Prepared, PreparedStatement
from app.ingest.types import Failure, IngestReport, RawArticle, located
from app.models import Article, Speaker, SpeakerAlias, Statement, StatementSource, StatementTopic, Topic

ARTICLE = Article.__table__
SPEAKER = Speaker.__table__
ALIAS = SpeakerAlias.__table__
TOPIC = Topic.__table__
STATEMENT = Statement.__table__
SOURCE = StatementSource.__table__
STATEMENT_TOPIC = StatementTopic.__table__
ANALYZED = ("article", "speaker", "speaker_alias", "topic", "statement", "statement_source", "statement_topic",
            "statement_fts")
"""The tables ingest fills (PostgreSQL's `statement_fts` included), for `ANALYZE`."""

# Rows are tuples in these column orders (the store builds them, `bulk` inserts them).
ARTICLE_COLUMNS = ("id", "url", "title", "outlet", "author", "published", "text", "text_hash", "origin", "ingested_at")
SPEAKER_COLUMNS = ("id", "slug", "name", "kind")
SOURCE_COLUMNS = ("statement_id", "article_id", "kind", "start", "end", "cue_start", "cue_end", "mention_start",
                  "mention_end", "mention")
STATEMENT_COLUMNS = ("id", "public_id", "article_id", "speaker_id", "kind", "text", "start", "end", "cue_start",
                     "cue_end", "mention_start", "mention_end", "mention", "date", "fingerprint", "withdrawn_at",
                     "replaced_by")
TOPIC_COLUMNS = ("statement_id", "topic_key")
_POSITION = {name: position for position, name in enumerate(STATEMENT_COLUMNS)}


@dataclass(slots=True)
class Item:
    """An article ready to store: what was read, its identity, and the extraction."""

    raw: RawArticle
    article_id: str
    text_hash: str
    prepared: Prepared


@dataclass(slots=True)
class StatementState:
    article_id: str
    date: dt.date | None
    withdrawn: bool
    public_id: str


@dataclass
class _Rows:
    """Rows gathered for one transaction, written with one `executemany` per table."""

    speakers: list[tuple] = field(default_factory=list)
    articles: list[tuple] = field(default_factory=list)
    statements: dict[int, list] = field(default_factory=dict)
    """New statements by id, as lists (a later article in the batch may still change them)."""
    sources: list[tuple] = field(default_factory=list)
    topics: list[tuple] = field(default_factory=list)
    aliases: Counter = field(default_factory=Counter)
    updates: dict[int, dict] = field(default_factory=dict)


def _earlier(candidate: dt.date | None, current: dt.date | None) -> bool:
    return candidate is not None and (current is None or candidate < current)


def _overlap(left: set[str], right: set[str]) -> float:
    return len(left & right) / len(left | right) if left and right else 0.0


class Store:
    def __init__(self, engine: Engine, topics: Mapping[str, str], report: IngestReport):
        self.engine = engine
        self.report = report
        self.topic_keys = set(topics)
        with engine.begin() as connection:
            self._upsert_topics(connection, topics)
        self.pending: dict[str, str] = {}
        """Articles queued for extraction in this run, not stored yet: id -> text hash."""
        self.pending_hashes: set[str] = set()
        self.reload()
        self.articles_at_start = len(self.articles)

    # -- state -----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read what the database holds (after a start or a failed batch)."""
        with self.engine.connect() as connection:
            self.articles: dict[str, tuple[str, dt.date | None]] = {
                row.id: (row.text_hash, row.published)
                for row in connection.execute(select(ARTICLE.c.id, ARTICLE.c.text_hash, ARTICLE.c.published))
            }
            self.speakers: dict[str, tuple[int, str]] = {}
            self.speaker_slugs: dict[int, str] = {}
            for row in connection.execute(select(SPEAKER.c.id, SPEAKER.c.slug, SPEAKER.c.name)):
                self.speakers.setdefault(fold(row.name), (row.id, row.slug))
                self.speaker_slugs[row.id] = row.slug
        self.hashes = {text_hash for text_hash, _ in self.articles.values()}
        self.slugs = set(self.speaker_slugs.values())
        self._index: dict[bytes, int] | None = None
        self._states: dict[int, StatementState] = {}

    def _load_index(self, connection: Connection) -> dict[bytes, int]:
        """Statement match keys by speaker (or by article, for unnamed speakers), read once per run."""
        if self._index is None:
            self._index = {}
            rows = connection.execute(select(STATEMENT.c.id, STATEMENT.c.speaker_id, STATEMENT.c.article_id,
                                             STATEMENT.c.date, STATEMENT.c.withdrawn_at, STATEMENT.c.public_id,
                                             STATEMENT.c.text))
            for row in rows:
                self._states[row.id] = StatementState(row.article_id, row.date, row.withdrawn_at is not None,
                                                      row.public_id)
                statement_words = words(row.text)
                if statement_words:
                    for key in self._keys(row.speaker_id, row.article_id, match_keys(statement_words)):
                        self._index.setdefault(key, row.id)
        return self._index

    @staticmethod
    def _keys(speaker_id: int | None, article_id: str, keys: list[bytes]) -> list[bytes]:
        if speaker_id is None:
            return [b"a" + article_id.encode() + keys[0]]
        return [b"s%d:" % speaker_id + key for key in keys]

    def stored(self, article_id: str, hashed: str) -> bool:
        """True if the database holds this article: same id and text, or the same text under another id."""
        known = self.articles.get(article_id)
        return (known is not None and known[0] == hashed) or hashed in self.hashes

    def seen(self, article_id: str, hashed: str) -> bool:
        """True if this article is stored or already queued in this run."""
        return self.stored(article_id, hashed) or hashed in self.pending_hashes \
            or self.pending.get(article_id) == hashed

    def queue(self, article_id: str, hashed: str) -> None:
        self.pending[article_id] = hashed
        self.pending_hashes.add(hashed)

    def analyze(self) -> None:
        """PostgreSQL: refresh the planner's statistics after a run that grew the database by a tenth or
        more (autovacuum would get there too, but only a while later, and a freshly filled table has none).
        A run that adds a few articles to a large database leaves them be."""
        written = self.report.new + self.report.updated
        if self.engine.dialect.name != "postgresql" or not written or written < self.articles_at_start / 10:
            return
        with self.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE " + ", ".join(ANALYZED))

    # -- writing ---------------------------------------------------------------------------------

    def write(self, items: list[Item]) -> None:
        """Store items in order: runs of new articles in one transaction each, updates one by one."""
        run: list[Item] = []
        for item in items:
            if item.article_id in self.articles:
                self._write_safely(run)
                run = []
                self._write_safely([item], update=True)
            else:
                run.append(item)
        self._write_safely(run)

    def _write_safely(self, items: list[Item], update: bool = False) -> None:
        if not items:
            return
        try:
            self._transaction(items, update)
        except Exception as error:
            self.reload()
            if len(items) == 1:
                item = items[0]
                self._forget(item)
                if self.stored(item.article_id, item.text_hash):  # another run stored it meanwhile
                    self.report.unchanged += 1
                    return
                self.report.failed.append(Failure(item.raw.origin, item.raw.line,
                                                  f"could not store the article: {short_error(error)}"))
                return
            for item in items:
                if self.stored(item.article_id, item.text_hash):  # another run stored it meanwhile
                    self._forget(item)
                    self.report.unchanged += 1
                else:
                    self._write_safely([item], update=item.article_id in self.articles)

    def _transaction(self, items: list[Item], update: bool) -> None:
        counts = (self.report.new, self.report.updated, self.report.statements, self.report.speakers,
                  self.report.sources, self.report.withdrawn)
        with self.engine.connect() as connection:
            try:
                begin_write(connection)
                rows = _Rows()
                self._ids = {"statement": Ids(connection, "statement"), "speaker": Ids(connection, "speaker")}
                index = self._load_index(connection)
                for item in items:
                    if update:
                        self._update_article(connection, item, index, rows)
                    else:
                        self._add_article(item, index, rows)
                self._flush(connection, rows)
                connection.commit()
            except BaseException:
                connection.rollback()
                (self.report.new, self.report.updated, self.report.statements, self.report.speakers,
                 self.report.sources, self.report.withdrawn) = counts
                raise
        for item in items:
            self._forget(item)
            self.hashes.add(item.text_hash)

    def _forget(self, item: Item) -> None:
        if self.pending.get(item.article_id) == item.text_hash:
            del self.pending[item.article_id]
        self.pending_hashes.discard(item.text_hash)

    def _article_row(self, item: Item) -> tuple:
        raw = item.raw
        return (item.article_id, raw.url, raw.title, raw.outlet, raw.author, raw.published, raw.text, item.text_hash,
                located(raw.origin, raw.line), dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))

    def _add_article(self, item: Item, index: dict[bytes, int], rows: _Rows) -> None:
        rows.articles.append(self._article_row(item))
        self.articles[item.article_id] = (item.text_hash, item.raw.published)
        self._add_statements(item, index, rows)
        self.report.new += 1

    def _speaker(self, person: Person, rows: _Rows) -> int:
        known = self.speakers.get(person.key)
        if known is not None:
            return known[0]
        base = slug = person.slug
        suffix = 2
        while slug in self.slugs:
            slug, suffix = f"{base}-{suffix}", suffix + 1
        speaker_id = self._ids["speaker"].take()
        rows.speakers.append((speaker_id, slug, person.name, person.kind))
        self.speakers[person.key] = (speaker_id, slug)
        self.speaker_slugs[speaker_id] = slug
        self.slugs.add(slug)
        self.report.speakers += 1
        return speaker_id

    def _add_statements(self, item: Item, index: dict[bytes, int], rows: _Rows) -> list[tuple[int, str]]:
        """Store the article's statements; return (statement id, its words) for each one it now holds."""
        text, published, article_id = item.raw.text, item.raw.published, item.article_id
        prepared = item.prepared
        speaker_ids = [self._speaker(person, rows) for person in prepared.people]
        rows.aliases.update((speaker_ids[person], alias) for person, alias in prepared.aliases)
        unnamed = b"a" + article_id.encode()
        held: dict[int, str] = {}
        for statement in prepared.statements:
            if statement.person >= 0:
                speaker_id = speaker_ids[statement.person]
                prefix = b"s%d:" % speaker_id
                keys = [prefix + key for key in statement.keys]
            else:
                speaker_id = None
                keys = [unnamed + statement.keys[0]]
            found = None
            for key in keys:
                found = index.get(key)
                if found is not None:
                    break
            source = statement.source
            if found is None:
                scope_is_slug = speaker_id is None or \
                    self.speaker_slugs[speaker_id] == prepared.people[statement.person].slug
                found = self._new_statement(text, article_id, statement, speaker_id, published, rows,
                                            statement.public_id if scope_is_slug else None)
            elif found in held:
                continue  # the same words twice in one article: one source is enough
            else:
                self._found_again(found, text, article_id, source, published, rows)
            for key in keys:
                index.setdefault(key, found)
            held[found] = statement.words
            rows.sources.append((found, article_id, *source))
            if statement.topics:
                rows.topics.extend((found, topic) for topic in statement.topics if topic in self.topic_keys)
        return list(held.items())

    def _new_statement(self, text: str, article_id: str, statement: PreparedStatement, speaker_id: int | None,
                       published: dt.date | None, rows: _Rows, pid: str | None) -> int:
        if pid is None:
            pid = public_id(self.speaker_slugs[speaker_id], statement.words)
        statement_id = self._ids["statement"].take()
        source = statement.source
        rows.statements[statement_id] = [statement_id, pid, article_id, speaker_id, source[0],
                                         text[source[1]:source[2]], *source[1:], published, statement.fingerprint,
                                         None, None]
        self._states[statement_id] = StatementState(article_id, published, False, pid)
        self.report.statements += 1
        return statement_id

    def _found_again(self, statement_id: int, text: str, article_id: str, source: tuple, published: dt.date | None,
                     rows: _Rows) -> None:
        """The same words from the same speaker met in another article (or again in an updated one)."""
        state = self._states[statement_id]
        same_article = state.article_id == article_id
        changes: dict = {}
        if state.withdrawn:
            changes.update(withdrawn_at=None, replaced_by=None)
            state.withdrawn = False
        if same_article or _earlier(published, state.date):
            changes.update(zip(SOURCE_COLUMNS[1:], (article_id, *source)), text=text[source[1]:source[2]],
                           date=published)
            state.article_id, state.date = article_id, published
        if not same_article:
            self.report.sources += 1
        if changes:
            row = rows.statements.get(statement_id)
            if row is not None:
                for name, value in changes.items():
                    row[_POSITION[name]] = value
            else:
                rows.updates.setdefault(statement_id, {}).update(changes)

    def _update_article(self, connection: Connection, item: Item, index: dict[bytes, int], rows: _Rows) -> None:
        """Same URL, new text: keep the statements still there, withdraw the others."""
        article_id = item.article_id
        old = {row.statement_id for row in connection.execute(
            select(SOURCE.c.statement_id).where(SOURCE.c.article_id == article_id))}
        connection.execute(SOURCE.delete().where(SOURCE.c.article_id == article_id))
        row = dict(zip(ARTICLE_COLUMNS, self._article_row(item)))
        row["ingested_at"] = row["ingested_at"].replace(tzinfo=dt.timezone.utc)  # SQLModel wants it aware here
        connection.execute(update(ARTICLE).where(ARTICLE.c.id == article_id).values(
            {key: value for key, value in row.items() if key != "id"}))
        self.articles[article_id] = (item.text_hash, item.raw.published)
        held = self._add_statements(item, index, rows)
        self._flush(connection, rows)
        now = dt.datetime.now(dt.timezone.utc)
        fresh = [(candidate, set(joined.split())) for candidate, joined in held if candidate not in old]
        for statement_id in sorted(old - {candidate for candidate, _ in held}):
            state = self._states[statement_id]
            others = connection.execute(
                select(SOURCE, ARTICLE.c.published, ARTICLE.c.text).join(ARTICLE, ARTICLE.c.id == SOURCE.c.article_id)
                .where(SOURCE.c.statement_id == statement_id)).all()
            if others:
                if state.article_id == article_id:
                    self._move_to_earliest(connection, statement_id, state, others)
                continue
            old_text = connection.execute(select(STATEMENT.c.text).where(STATEMENT.c.id == statement_id)).scalar()
            old_words = set(words(old_text))
            best = max(fresh, key=lambda pair: _overlap(old_words, pair[1]), default=None)
            replaced_by = None
            if best is not None and _overlap(old_words, best[1]) > 0:
                replaced_by = self._states[best[0]].public_id
            connection.execute(update(STATEMENT).where(STATEMENT.c.id == statement_id)
                               .values(withdrawn_at=now, replaced_by=replaced_by))
            state.withdrawn = True
            self.report.withdrawn += 1
        self.report.updated += 1

    def _move_to_earliest(self, connection: Connection, statement_id: int, state: StatementState, others) -> None:
        earliest = min(others, key=lambda row: (row.published is None, row.published or dt.date.min))
        values = {column: getattr(earliest, column) for column in
                  ("article_id", "kind", "start", "end", "cue_start", "cue_end", "mention_start", "mention_end",
                   "mention")}
        values.update(text=earliest.text[earliest.start:earliest.end], date=earliest.published)
        connection.execute(update(STATEMENT).where(STATEMENT.c.id == statement_id).values(values))
        state.article_id, state.date = earliest.article_id, earliest.published

    def _flush(self, connection: Connection, rows: _Rows) -> None:
        insert_rows(connection, "speaker", SPEAKER_COLUMNS, rows.speakers)
        insert_rows(connection, "article", ARTICLE_COLUMNS, rows.articles)
        insert_statements(connection, STATEMENT_COLUMNS, [tuple(row) for row in rows.statements.values()])
        insert_rows(connection, "statement_source", SOURCE_COLUMNS, rows.sources)
        insert_rows(connection, "statement_topic", TOPIC_COLUMNS, rows.topics, on_conflict="DO NOTHING")
        upsert_aliases(connection, [(speaker_id, alias, count) for (speaker_id, alias), count in rows.aliases.items()])
        by_columns: dict[tuple[str, ...], list[tuple]] = {}
        for statement_id, changes in rows.updates.items():
            by_columns.setdefault(tuple(changes), []).append((*changes.values(), statement_id))
        for columns, values in by_columns.items():
            update_rows(connection, "statement", columns, values)
        rows.__init__()

    def _upsert_topics(self, connection: Connection, topics: Mapping[str, str]) -> None:
        if topics:
            statement = dialect_insert(connection)(TOPIC)
            connection.execute(statement.on_conflict_do_update(index_elements=["key"],
                                                               set_={"label": statement.excluded.label}),
                               [{"key": key, "label": label} for key, label in topics.items()])
