"""Facets: counts of the current list by speaker, topic, outlet, kind and month.

Each facet's counts follow every other active filter but ignore its own, so a visitor sees what
choosing another value would give. Every value carries the link that toggles it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass, field, replace

from sqlalchemy import String, cast, func, select
from sqlmodel import Session

from app import urls
from app.web import cache
from app.web.filters import Filters
from app.web.listing import A, DATE, S, SP, ST, T, Resolved, conditions, counted

SPEAKER_LIMIT = 10
OUTLET_LIMIT = 15
BAR_LEVELS = 10
MAX_MONTHS = 120
KIND_LABELS = {"direct": "Direct quote", "mixed": "Partly quoted", "indirect": "Reported speech"}


@dataclass
class FacetValue:
    label: str
    value: str
    count: int
    active: bool
    href: str


@dataclass
class MonthBar(FacetValue):
    level: int = 0
    """Bar height, 0..BAR_LEVELS (a CSS class: no inline style under the CSP)."""


@dataclass
class Facets:
    speakers: list[FacetValue] = field(default_factory=list)
    topics: list[FacetValue] = field(default_factory=list)
    outlets: list[FacetValue] = field(default_factory=list)
    kinds: list[FacetValue] = field(default_factory=list)
    months: list[MonthBar] = field(default_factory=list)

    @property
    def period(self) -> str:
        """What one bar of the timeline covers: `month`, or `year` for long ranges."""
        return "month" if not self.months or "-" in self.months[0].value else "year"


def _grouped(session: Session, resolved: Resolved, skip: str, key, *labels, source=None, limit=None):
    query = (
        select(key, *labels, func.count().label("n"))
        .select_from(source if source is not None else counted(resolved))
        .where(*conditions(resolved, skip=skip), key.is_not(None))
        .group_by(key, *labels)
    )
    query = query.order_by(func.count().desc(), key) if limit else query.order_by(key)
    if limit:
        query = query.limit(limit)
    return session.execute(query).all()


def _top_speakers(session: Session, resolved: Resolved):
    """(slug, name, count) of the most quoted speakers: counted by id first, names joined after."""
    n = func.count().label("n")
    top = (
        select(S.c.speaker_id, n)
        .select_from(counted(resolved))
        .where(*conditions(resolved, skip="speaker"), S.c.speaker_id.is_not(None))
        .group_by(S.c.speaker_id)
        .order_by(n.desc(), S.c.speaker_id)
        .limit(SPEAKER_LIMIT)
        .subquery("top")
    )
    query = (select(SP.c.slug, SP.c.name, top.c.n).select_from(top.join(SP, SP.c.id == top.c.speaker_id))
             .order_by(top.c.n.desc(), SP.c.name))
    return session.execute(query).all()


def compute(session: Session, resolved: Resolved, path: str, fixed: str | None = None,
            visible: Filters | None = None) -> Facets:
    """Facets for the list at `path`; the facet `fixed` (the page's own subject) is left out.

    Links are built from `visible` (the filters in the query string, default: all of them). The
    result is remembered until the database changes.
    """
    f = visible or resolved.filters
    key = ("facets", path, fixed, replace(resolved.filters, cursor=None), replace(f, cursor=None))
    return cache.counts.get(session.get_bind(), key, lambda: _compute(session, resolved, path, fixed, f))


def _compute(session: Session, resolved: Resolved, path: str, fixed: str | None, f: Filters) -> Facets:
    facets = Facets()

    def link(params: dict[str, str]) -> str:
        return urls.with_query(path, params)

    if fixed != "speaker":
        for slug, name, n in _top_speakers(session, resolved):
            facets.speakers.append(FacetValue(name, slug, n, f.speaker == slug, link(f.toggled("speaker", slug))))
        if resolved.speaker and not any(v.active for v in facets.speakers):
            facets.speakers.insert(0, FacetValue(resolved.speaker.name, resolved.speaker.slug, 0, True,
                                                 link(f.toggled("speaker", resolved.speaker.slug))))
    if fixed != "topic":
        source = counted(resolved).join(ST, ST.c.statement_id == S.c.id).join(T, T.c.key == ST.c.topic_key)
        for key, label, n in _grouped(session, resolved, "topic", T.c.key, T.c.label, source=source, limit=50):
            facets.topics.append(FacetValue(label, key, n, f.topic == key, link(f.toggled("topic", key))))
    if fixed != "outlet":
        outlets = _grouped(session, resolved, "outlet", A.c.outlet, source=counted(resolved, article=True),
                           limit=OUTLET_LIMIT)
        for name, n in outlets:
            slug = urls.slugify(name) or "outlet"
            facets.outlets.append(FacetValue(name, slug, n, f.outlet == slug, link(f.toggled("outlet", slug))))
    for kind, n in _grouped(session, resolved, "kind", S.c.kind):
        facets.kinds.append(FacetValue(KIND_LABELS.get(kind, kind), kind, n, f.kind == kind,
                                       link(f.toggled("kind", kind))))
    facets.months = months(session, resolved, path, f)
    return facets


def months(session: Session, resolved: Resolved, path: str, visible: Filters | None = None) -> list[MonthBar]:
    """Statements per month as bars, each filtering the list to its month (or clearing that filter).

    Empty months between the first and last are drawn empty so the bars are true to time; a range
    longer than MAX_MONTHS (or a stray date centuries off) is drawn per year instead.
    """
    f = visible or resolved.filters
    if resolved.dialect == "postgresql":  # a date cast to text follows the server's DateStyle there
        month = func.to_char(DATE, "YYYY-MM")
    else:
        month = func.substr(cast(DATE, String), 1, 7)
    by_month: dict[dt.date, int] = {}
    for value, n in _grouped(session, resolved, "date", month):
        try:
            by_month[dt.date.fromisoformat(f"{value}-01")] = n
        except (TypeError, ValueError):
            continue
    if not by_month:
        return []
    periods: list[tuple[dt.date, dt.date, str, str]] = []
    if len(_month_range(min(by_month), max(by_month))) <= MAX_MONTHS:
        for first in _month_range(min(by_month), max(by_month)):
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
            periods.append((first, last, first.strftime("%b %Y"), first.strftime("%Y-%m")))
        counts = by_month
    else:
        counts = {}
        for first, n in by_month.items():
            year = dt.date(first.year, 1, 1)
            counts[year] = counts.get(year, 0) + n
        years = sorted(counts)
        if years[-1].year - years[0].year < MAX_MONTHS:
            years = [dt.date(y, 1, 1) for y in range(years[0].year, years[-1].year + 1)]
        periods = [(y, dt.date(y.year, 12, 31), str(y.year), str(y.year)) for y in years]
    top = max(counts.values())
    bars = []
    for first, last, label, value in periods:
        n = counts.get(first, 0)
        active = f.date_from == first and f.date_to == last
        href = urls.with_query(path, f.month_toggled(first, last)) if n or active else ""
        bars.append(MonthBar(label, value, n, active, href, level=math.ceil(BAR_LEVELS * n / top) if top else 0))
    return bars


def _month_range(start: dt.date, end: dt.date) -> list[dt.date]:
    """Every month from `start` to `end` (stopping just past MAX_MONTHS)."""
    months, current = [], start
    while current <= end and len(months) <= MAX_MONTHS:
        months.append(current)
        current = dt.date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months
