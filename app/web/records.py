"""Single records for the detail pages: a statement (following replacements), a speaker, an article."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlmodel import Session

from app import urls
from app.web import cache
from app.models import Article, Speaker, SpeakerAlias, Statement, StatementSource, StatementTopic, Topic
from app.web.listing import TopicRef

MAX_REPLACEMENT_HOPS = 20


@dataclass
class StatementRecord:
    statement: Statement
    article: Article
    speaker: Speaker | None
    topics: list[TopicRef] = field(default_factory=list)

    @property
    def date(self):
        return self.statement.date or self.article.published

    @property
    def slug(self) -> str:
        return urls.statement_slug(self.speaker.name if self.speaker else None, self.statement.text)

    @property
    def url(self) -> str:
        return urls.statement(self.statement.public_id, self.slug)

    @property
    def speaker_name(self) -> str | None:
        return self.speaker.name if self.speaker else None


def statement_record(session: Session, public_id: str) -> StatementRecord | None:
    statement = session.exec(select(Statement).where(Statement.public_id == public_id)).scalars().first()
    if statement is None:
        return None
    article = session.get(Article, statement.article_id)
    speaker = session.get(Speaker, statement.speaker_id) if statement.speaker_id is not None else None
    topics = session.execute(
        select(Topic.key, Topic.label)
        .join(StatementTopic, StatementTopic.topic_key == Topic.key)
        .where(StatementTopic.statement_id == statement.id)
        .order_by(Topic.label)
    ).all()
    return StatementRecord(statement, article, speaker, [TopicRef(k, label) for k, label in topics])


def replacement(session: Session, statement: Statement) -> Statement | None:
    """The statement that finally took a withdrawn one's place (following a chain), or None."""
    seen = {statement.public_id}
    current, found = statement, None
    for _ in range(MAX_REPLACEMENT_HOPS):
        if current.withdrawn_at is None or not current.replaced_by or current.replaced_by in seen:
            break
        nxt = session.exec(select(Statement).where(Statement.public_id == current.replaced_by)).scalars().first()
        if nxt is None:
            break
        seen.add(nxt.public_id)
        current = found = nxt
    return found


@dataclass
class Reported:
    """A current statement as one article reports it: where its words sit in that article's text."""

    statement: Statement
    speaker: Speaker | None
    start: int
    end: int


def current_statements(session: Session, article_id: str) -> list[Reported]:
    """Every current statement the article reports: its own, and those first reported elsewhere."""
    own = session.execute(
        select(Statement, Speaker)
        .outerjoin(Speaker, Speaker.id == Statement.speaker_id)
        .where(Statement.article_id == article_id, Statement.withdrawn_at.is_(None))
    ).all()
    reported = [Reported(statement, speaker, statement.start, statement.end) for statement, speaker in own]
    others = session.execute(
        select(Statement, Speaker, StatementSource.start, StatementSource.end)
        .join(StatementSource, StatementSource.statement_id == Statement.id)
        .outerjoin(Speaker, Speaker.id == Statement.speaker_id)
        .where(StatementSource.article_id == article_id, Statement.article_id != article_id,
               Statement.withdrawn_at.is_(None))
    ).all()
    reported += [Reported(statement, speaker, start, end) for statement, speaker, start, end in others]
    return sorted(reported, key=lambda r: r.start)


def other_sources(session: Session, statement: Statement) -> list[Article]:
    """The other articles that reported the same statement (wire copy, syndication), oldest first, undated
    last (said explicitly: SQLite and PostgreSQL put NULL at opposite ends by default)."""
    query = (
        select(Article)
        .join(StatementSource, StatementSource.article_id == Article.id)
        .where(StatementSource.statement_id == statement.id, Article.id != statement.article_id)
        .order_by(Article.published.asc().nulls_last(), Article.id)
    )
    return list(session.execute(query).scalars())


def speaker_by_slug(session: Session, slug: str) -> Speaker | None:
    return session.exec(select(Speaker).where(Speaker.slug == slug)).scalars().first()


def aliases(session: Session, speaker_id: int) -> list[SpeakerAlias]:
    return list(session.exec(
        select(SpeakerAlias).where(SpeakerAlias.speaker_id == speaker_id)
        .order_by(SpeakerAlias.count.desc(), SpeakerAlias.alias)
    ).scalars())


def speaker_counts(session: Session, name_contains: str | None = None, limit: int = 200):
    """(slug, name, kind, current statements) for speakers, most quoted first."""
    n = func.count(Statement.id)
    query = (
        select(Speaker.slug, Speaker.name, Speaker.kind, n.label("n"))
        .join(Statement, (Statement.speaker_id == Speaker.id) & Statement.withdrawn_at.is_(None))
        .group_by(Speaker.id)
        .order_by(n.desc(), Speaker.name)
        .limit(limit)
    )
    if name_contains:
        escaped = name_contains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Speaker.name.ilike(f"%{escaped}%", escape="\\"))
    key = ("speakers", name_contains, limit)
    return cache.counts.get(session.get_bind(), key, lambda: session.execute(query).all())


def topic_counts(session: Session):
    """(key, label, current statements) for every topic, including those with none."""
    n = func.count(Statement.id)
    query = (
        select(Topic.key, Topic.label, n.label("n"))
        .outerjoin(StatementTopic, StatementTopic.topic_key == Topic.key)
        .outerjoin(Statement, (Statement.id == StatementTopic.statement_id) & Statement.withdrawn_at.is_(None))
        .group_by(Topic.key, Topic.label)
        .order_by(Topic.label)
    )
    return cache.counts.get(session.get_bind(), ("topics",), lambda: session.execute(query).all())


def outlet_counts(session: Session):
    """(name, current statements) for every outlet, most quoted first."""
    n = func.count(Statement.id)
    query = (
        select(Article.outlet, n.label("n"))
        .outerjoin(Statement, (Statement.article_id == Article.id) & Statement.withdrawn_at.is_(None))
        .where(Article.outlet.is_not(None))
        .group_by(Article.outlet)
        .order_by(n.desc(), Article.outlet)
    )
    return cache.counts.get(session.get_bind(), ("outlets",), lambda: session.execute(query).all())

