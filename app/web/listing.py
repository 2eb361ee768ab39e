"""Statement lists: resolve filters against the database, then one keyset page of matching statements.

Withdrawn statements never appear in lists. Search uses the database's full-text index: FTS5 on SQLite
(bm25 ranking, `snippet()`), the `statement_fts.document` tsvector and its GIN index on PostgreSQL
(`ts_rank_cd` ranking, `ts_headline`). Both rank so that lower is better and mark matches with the same
private-use characters, which `snippet_markup` turns into `<mark>` after escaping the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from markupsafe import Markup, escape
from sqlalchemy import Float, Integer, String, and_, column, exists, func, literal_column, or_, select, table, text
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session

from app import urls
from app.models import Article, Speaker, Statement, StatementTopic, Topic
from app.web import cache
from app.web import cursor as cursors
from app.web import fts
from app.web.filters import BadFilter, Filters

S = Statement.__table__
A = Article.__table__
SP = Speaker.__table__
ST = StatementTopic.__table__
T = Topic.__table__

DATE = S.c.date
"""A statement's date: its earliest article's (the ingest sets it; null when no article was dated).
Indexed, so date filters and date order never scan the whole table. Undated statements sort as the
oldest: after every dated one when newest come first, before them when oldest come first."""

MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
_MARKED = re.compile(f"{MARK_OPEN}([^{MARK_OPEN}{MARK_CLOSE}]*){MARK_CLOSE}")
RANK_SQL = "bm25(statement_fts, 1.0, 2.0, 0.5)"
SNIPPET_TOKENS = 32

# PostgreSQL's full-text table (migration 0004): words weighed A, speaker B, title C. ts_rank_cd takes
# weights for {D, C, B, A}, each at most 1: the same proportions as the bm25 weights above.
PG_FTS = table("statement_fts", column("rowid", Integer), column("document"))
PG_CONFIG = literal_column("'simple'::regconfig")
PG_WEIGHTS = literal_column("'{0.1, 0.25, 1.0, 0.5}'::float4[]")
PG_RANK_NORMALIZATION = 1  # divide by 1 + log(length): long statements do not win by length alone
# HighlightAll: ts_headline's own excerpts drop whatever its parser reads as an HTML tag (`<b>`) and
# start at the first match; the whole text keeps every character, and `clip` cuts it as FTS5 would.
PG_HEADLINE_OPTIONS = f'HighlightAll=true, StartSel="{MARK_OPEN}", StopSel="{MARK_CLOSE}"'
_TOKEN = re.compile(r"\S+")
_ADJACENT_MARKS = re.compile(f"{MARK_CLOSE}( +){MARK_OPEN}")


@dataclass(frozen=True)
class SpeakerRef:
    id: int
    slug: str
    name: str


@dataclass(frozen=True)
class TopicRef:
    key: str
    label: str


@dataclass(frozen=True)
class Resolved:
    """Filters checked against the database: the speaker, topic and outlet exist; the search parses."""

    filters: Filters
    sort: str
    speaker: SpeakerRef | None = None
    topic: TopicRef | None = None
    outlet: str | None = None
    fts_query: str | None = None
    """The search in the database's own syntax: an FTS5 MATCH expression or a `to_tsquery` text."""
    cursor: cursors.Cursor | None = None
    dialect: str = "sqlite"
    """The database's SQL dialect: `sqlite` or `postgresql`, the two with a full-text index."""
    ignored_query: str | None = None
    """A search with no words in it, which was left out."""


@dataclass
class Row:
    id: int
    public_id: str
    text: str
    kind: str
    date: dt.date | None
    article_id: str
    article_title: str | None
    article_url: str | None
    outlet: str | None
    speaker_name: str | None
    speaker_slug: str | None
    mention: str | None
    snippet: Markup | None = None
    topics: list[TopicRef] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return urls.statement_slug(self.speaker_name, self.text)

    @property
    def url(self) -> str:
        return urls.statement(self.public_id, self.slug)

    @property
    def context_url(self) -> str:
        return urls.article(self.article_id, self.public_id)


@dataclass
class Page:
    rows: list[Row]
    total: int
    next_cursor: str | None


def outlet_names(session: Session) -> dict[str, str]:
    """Every outlet by its slug."""
    def compute() -> dict[str, str]:
        names = session.execute(select(A.c.outlet).where(A.c.outlet.is_not(None)).distinct()).scalars()
        return {urls.slugify(name) or "outlet": name for name in sorted(names)}

    return dict(cache.counts.get(session.get_bind(), ("outlet-names",), compute))


def resolve(session: Session, filters: Filters) -> Resolved:
    speaker = topic = outlet = None
    if filters.speaker:
        found = session.execute(select(SP.c.id, SP.c.slug, SP.c.name).where(SP.c.slug == filters.speaker)).first()
        if found is None:
            raise BadFilter(f"there is no speaker with the slug {filters.speaker!r}")
        speaker = SpeakerRef(*found)
    if filters.topic:
        found = session.execute(select(T.c.key, T.c.label).where(T.c.key == filters.topic)).first()
        if found is None:
            raise BadFilter(f"there is no topic {filters.topic!r}")
        topic = TopicRef(*found)
    if filters.outlet:
        outlet = outlet_names(session).get(filters.outlet)
        if outlet is None:
            raise BadFilter(f"there is no outlet {filters.outlet!r}")
    dialect = session.get_bind().dialect.name
    to_query = fts.to_tsquery if dialect == "postgresql" else fts.to_fts_query
    fts_query = to_query(filters.q) if filters.q else None
    ignored_query = None
    if filters.q and fts_query is None:
        # Punctuation alone (a lone `"` while typing) searches for nothing: the list is unfiltered by it.
        ignored_query, filters = filters.q, replace(filters, q=None)
    sort = filters.effective_sort
    cursor = None
    if filters.cursor:
        try:
            cursor = cursors.decode(filters.cursor, sort)
        except cursors.BadCursor as error:
            raise BadFilter(str(error)) from None
    return Resolved(filters, sort, speaker, topic, outlet, fts_query, cursor, dialect=dialect,
                    ignored_query=ignored_query)


def _tsquery(resolved: Resolved):
    return func.to_tsquery(PG_CONFIG, resolved.fts_query)


def _search_ids(resolved: Resolved):
    if resolved.dialect == "postgresql":
        return select(PG_FTS.c.rowid).where(PG_FTS.c.document.op("@@")(_tsquery(resolved)))
    return text("SELECT rowid FROM statement_fts WHERE statement_fts MATCH :fts").bindparams(
        fts=resolved.fts_query
    ).columns(column("rowid", Integer))


def _ranked_matches(resolved: Resolved):
    """(rowid, rank, snip) of every match, lower rank first: the subquery a relevance list joins.

    On PostgreSQL `snip` is left out here: it is computed for the page's rows only (see `_pg_snippet`).
    """
    if resolved.dialect == "postgresql":
        query = _tsquery(resolved)
        rank = -func.ts_rank_cd(PG_WEIGHTS, PG_FTS.c.document, query, PG_RANK_NORMALIZATION)
        return (select(PG_FTS.c.rowid, rank.cast(Float).label("rank"))
                .where(PG_FTS.c.document.op("@@")(query)).subquery("fts"))
    fts_rows = text(
        f"SELECT rowid, {RANK_SQL} AS rank, snippet(statement_fts, 0, :mark_open, :mark_close, '…',"
        f" {SNIPPET_TOKENS}) AS snip FROM statement_fts WHERE statement_fts MATCH :fts"
    ).bindparams(fts=resolved.fts_query, mark_open=MARK_OPEN, mark_close=MARK_CLOSE)
    return fts_rows.columns(column("rowid", Integer), column("rank", Float), column("snip", String)).subquery("fts")


def _pg_snippet(resolved: Resolved):
    """The statement's words with every match marked (the whole text: `clip` cuts it to a snippet)."""
    return func.ts_headline(PG_CONFIG, S.c.text, _tsquery(resolved), PG_HEADLINE_OPTIONS)


def clip(marked: str, tokens: int = SNIPPET_TOKENS) -> str:
    """At most `tokens` words of a marked text, from a little before its first mark, `…` where cut."""
    words = list(_TOKEN.finditer(marked))
    if len(words) <= tokens:
        return marked
    first = next((i for i, word in enumerate(words) if MARK_OPEN in word.group()), 0)
    start = max(0, min(first - 3, len(words) - tokens))
    end = start + tokens
    clipped = marked[words[start].start():words[end - 1].end()]
    return ("…" if start else "") + clipped + ("…" if end < len(words) else "")


def conditions(resolved: Resolved, skip: str | None = None, search: bool = True) -> list[ColumnElement]:
    """WHERE clauses for the resolved filters, leaving out the facet `skip` (its counts ignore itself)."""
    f = resolved.filters
    where: list[ColumnElement] = [S.c.withdrawn_at.is_(None)]
    if resolved.speaker and skip != "speaker":
        where.append(S.c.speaker_id == resolved.speaker.id)
    if resolved.topic and skip != "topic":
        where.append(exists().where(ST.c.statement_id == S.c.id, ST.c.topic_key == resolved.topic.key))
    if resolved.outlet and skip != "outlet":
        where.append(A.c.outlet == resolved.outlet)
    if f.kind and skip != "kind":
        where.append(S.c.kind == f.kind)
    if skip != "date":
        if f.date_from:
            where.append(DATE >= f.date_from)
        if f.date_to:
            where.append(DATE <= f.date_to)
    if search and f.q:
        where.append(S.c.id.in_(_search_ids(resolved)))
    return where


def joined():
    """statement JOIN article LEFT JOIN speaker: what a list of statements reads from."""
    return S.join(A, A.c.id == S.c.article_id).outerjoin(SP, SP.c.id == S.c.speaker_id)


def counted(resolved: Resolved, article: bool = False):
    """What a count reads from: statement alone, joined to article only when a filter or column needs it.

    Every statement has its article, so leaving the join out changes no count, and counting runs
    several times faster on a large database.
    """
    return S.join(A, A.c.id == S.c.article_id) if article or resolved.outlet else S


def _snippet(snip: str | None, postgres: bool) -> Markup | None:
    if postgres and snip:
        # ts_headline marks each word of a phrase; one mark per run of words, as FTS5 marks a phrase.
        snip = clip(_ADJACENT_MARKS.sub(r"\1", snip))
    return snippet_markup(snip)


def snippet_markup(snippet: str | None) -> Markup | None:
    """Escape an FTS5 snippet, then turn its private-use markers into <mark> (and drop strays)."""
    if not snippet:
        return None
    html = _MARKED.sub(r"<mark>\1</mark>", str(escape(snippet)))
    return Markup(html.replace(MARK_OPEN, "").replace(MARK_CLOSE, ""))


def count(session: Session, resolved: Resolved) -> int:
    """How many statements match (remembered until the database changes)."""
    query = select(func.count()).select_from(counted(resolved)).where(*conditions(resolved))
    key = ("count", replace(resolved.filters, cursor=None, sort=None))
    return cache.counts.get(session.get_bind(), key, lambda: session.execute(query).scalar_one())


def list_statements(session: Session, resolved: Resolved, page_size: int) -> Page:
    """One page of statements (after the cursor, if any), with the cursor of the next page."""
    sort = resolved.sort
    columns = [
        S.c.id, S.c.public_id, S.c.text, S.c.kind, DATE.label("date"), S.c.article_id,
        A.c.title, A.c.url, A.c.outlet, SP.c.name, SP.c.slug, S.c.mention,
    ]
    source = joined()
    ranked = bool(resolved.filters.q)
    postgres = resolved.dialect == "postgresql"
    if ranked:
        matches = _ranked_matches(resolved)
        source = source.join(matches, matches.c.rowid == S.c.id)
        columns += [matches.c.rank, _pg_snippet(resolved).label("snip") if postgres else matches.c.snip]
    query = select(*columns).select_from(source).where(*conditions(resolved, search=not ranked))

    by_rank = sort == "relevance" and ranked
    if by_rank:
        query = _by_rank(query, matches.c.rank, resolved.cursor)
    else:
        query = _by_date(query, sort == "oldest", resolved.cursor, nulls_explicit=postgres)
    records = session.execute(query.limit(page_size + 1)).all()

    more = len(records) > page_size
    records = records[:page_size]
    rows = [
        Row(
            id=r.id, public_id=r.public_id, text=r.text, kind=r.kind, date=r.date, article_id=r.article_id,
            article_title=r.title, article_url=r.url, outlet=r.outlet, speaker_name=r.name, speaker_slug=r.slug,
            mention=r.mention, snippet=_snippet(r.snip, postgres) if ranked else None,
        )
        for r in records
    ]
    attach_topics(session, rows)
    next_cursor = None
    if more and records:
        last = records[-1]
        last_key = last.rank if by_rank else last.date
        next_cursor = cursors.encode(cursors.Cursor(sort, last_key, last.public_id))
    return Page(rows, count(session, resolved), next_cursor)


def _by_rank(query, rank, after: cursors.Cursor | None):
    """Best match first (lower rank is better: bm25, or ts_rank_cd negated), public id to break ties."""
    if after is not None:
        query = query.where(or_(rank > after.key, and_(rank == after.key, S.c.public_id > after.public_id)))
    return query.order_by(rank.asc(), S.c.public_id.asc())


def _by_date(query, ascending: bool, after: cursors.Cursor | None, nulls_explicit: bool):
    """Newest (or oldest) first, undated statements as the oldest, public id to break ties.

    SQLite sorts NULL lowest, which is the order wanted; other databases are told so explicitly.
    """
    pid = S.c.public_id
    if after is not None:
        if ascending:
            if after.key is None:
                query = query.where(or_(and_(DATE.is_(None), pid > after.public_id), DATE.is_not(None)))
            else:
                query = query.where(or_(DATE > after.key, and_(DATE == after.key, pid > after.public_id)))
        elif after.key is None:
            query = query.where(DATE.is_(None), pid < after.public_id)
        else:
            query = query.where(or_(DATE < after.key, and_(DATE == after.key, pid < after.public_id), DATE.is_(None)))
    if ascending:
        first = DATE.asc().nulls_first() if nulls_explicit else DATE.asc()
        return query.order_by(first, pid.asc())
    first = DATE.desc().nulls_last() if nulls_explicit else DATE.desc()
    return query.order_by(first, pid.desc())


def attach_topics(session: Session, rows: list[Row]) -> None:
    if not rows:
        return
    by_id = {row.id: row for row in rows}
    query = (
        select(ST.c.statement_id, T.c.key, T.c.label)
        .select_from(ST.join(T, T.c.key == ST.c.topic_key))
        .where(ST.c.statement_id.in_(list(by_id)))
        .order_by(T.c.label)
    )
    for statement_id, key, label in session.execute(query):
        by_id[statement_id].topics.append(TopicRef(key, label))
