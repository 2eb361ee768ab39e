"""A statement list as JSON, CSV or Atom: the same rows the HTML page shows, for the same filters.

CSV cells that a spreadsheet would read as a formula (`=`, `+`, `-`, `@` first) are prefixed with `'`,
so untrusted article text stays inert there too.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from fastapi.responses import JSONResponse
from starlette.responses import Response

from app import urls
from app.web.feeds import FeedEntry, atom_feed
from app.web.listing import Page, Row
from app.web.schemas import ArticleRefOut, SpeakerRefOut, StatementOut, StatementPage, TopicOut

FORMATS = ("json", "csv", "atom")
MEDIA_TYPES = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
}
CSV_COLUMNS = ("id", "url", "date", "speaker", "speaker_slug", "kind", "topics", "text", "outlet",
               "article_title", "article_url", "source_url")


def split_format(name: str) -> tuple[str, str | None]:
    """`keir-starmer.atom` -> (`keir-starmer`, `atom`); names without a known suffix are left whole."""
    base, dot, suffix = name.rpartition(".")
    return (base, suffix) if dot and base and suffix in FORMATS else (name, None)


def statement_out(row: Row, site_url: str) -> StatementOut:
    return StatementOut(
        id=row.public_id,
        url=urls.absolute(site_url, row.url),
        context_url=urls.absolute(site_url, row.context_url),
        text=row.text,
        kind=row.kind,
        date=row.date,
        speaker=SpeakerRefOut(slug=row.speaker_slug, name=row.speaker_name,
                              url=urls.absolute(site_url, urls.speaker(row.speaker_slug)))
        if row.speaker_slug else None,
        mention=row.mention,
        topics=[TopicOut(key=t.key, label=t.label) for t in row.topics],
        article=ArticleRefOut(id=row.article_id, title=row.article_title, outlet=row.outlet,
                              source_url=urls.safe_external(row.article_url),
                              url=urls.absolute(site_url, urls.article(row.article_id))),
    )


def page_out(page: Page, site_url: str, next_path: str | None) -> StatementPage:
    return StatementPage(
        total=page.total,
        count=len(page.rows),
        next=urls.absolute(site_url, next_path) if next_path else None,
        statements=[statement_out(row, site_url) for row in page.rows],
    )


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(page: Page, site_url: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in page.rows:
        writer.writerow([_cell(v) for v in (
            row.public_id, urls.absolute(site_url, row.url), row.date.isoformat() if row.date else "",
            row.speaker_name, row.speaker_slug, row.kind, " ".join(t.key for t in row.topics), row.text,
            row.outlet, row.article_title, urls.absolute(site_url, urls.article(row.article_id)),
            urls.safe_external(row.article_url),
        )])
    return out.getvalue()


def entry_title(row: Row) -> str:
    who = row.speaker_name or "Unattributed"
    return f"{who} on {row.topics[0].label.lower()}" if row.topics else f"{who}: “{_shorten(row.text, 80)}”"


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def to_atom(page: Page, site_url: str, title: str, feed_path: str, page_path: str) -> str:
    entries = [
        FeedEntry(
            id=urls.absolute(site_url, urls.statement(row.public_id)),
            title=entry_title(row),
            url=urls.absolute(site_url, row.url),
            updated=dt.datetime.combine(row.date or dt.date(1970, 1, 1), dt.time()),
            summary=row.text,
            author=row.speaker_name,
        )
        for row in page.rows
    ]
    return atom_feed(title, urls.absolute(site_url, feed_path), urls.absolute(site_url, page_path), entries)


def respond(fmt: str, page: Page, site_url: str, *, title: str, feed_path: str, page_path: str,
            next_path: str | None) -> Response:
    headers = {"Link": f'<{urls.absolute(site_url, next_path)}>; rel="next"'} if next_path else {}
    if fmt == "json":
        body = page_out(page, site_url, next_path).model_dump(mode="json")
        return JSONResponse(body, headers=headers)
    if fmt == "csv":
        headers["Content-Disposition"] = 'attachment; filename="statements.csv"'
        return Response(to_csv(page, site_url), media_type=MEDIA_TYPES["csv"], headers=headers)
    return Response(to_atom(page, site_url, title, feed_path, page_path), media_type=MEDIA_TYPES["atom"],
                    headers=headers)
