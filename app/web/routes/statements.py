"""Statement permalinks: `/s/{id}` and `/s/{id}/{slug}`, the quote card, withdrawn and replaced statements.

A wrong or missing slug gets a 301 to the canonical URL; a statement that a re-ingest replaced gets a
301 to its replacement; one withdrawn without replacement still shows its original words.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from app import urls
from app.web import listing, passages, sharing
from app.web.cards import render_quote_card
from app.web.caching import conditional
from app.web.deps import SessionDep, SettingsDep
from app.web.filters import Filters
from app.web.records import StatementRecord, other_sources, replacement, statement_record
from app.web.templating import render

router = APIRouter(include_in_schema=False)


def _record(session, public_id: str) -> StatementRecord:
    record = statement_record(session, public_id)
    if record is None:
        raise HTTPException(404, f"There is no statement with the id {public_id[:40]!r}.")
    return record


def _moved(session, record: StatementRecord, suffix: str = "") -> RedirectResponse | None:
    """A 301 to the statement that replaced a withdrawn one, if there is one."""
    if record.statement.withdrawn_at is None:
        return None
    successor = replacement(session, record.statement)
    if successor is None:
        return None
    target = _record(session, successor.public_id)
    path = urls.statement_card(target.statement.public_id) if suffix == "card" else target.url
    return RedirectResponse(path, status_code=301)


MORE_FROM_SPEAKER = 3


def _more_from_speaker(session, record: StatementRecord) -> list[listing.Row]:
    """The speaker's latest other statements, for a reader who wants more."""
    if record.speaker is None:
        return []
    resolved = listing.resolve(session, Filters(speaker=record.speaker.slug))
    rows = listing.list_statements(session, resolved, MORE_FROM_SPEAKER + 1).rows
    return [row for row in rows if row.public_id != record.statement.public_id][:MORE_FROM_SPEAKER]


@router.get("/s/{public_id}")
def statement_short(public_id: str, session: SessionDep) -> Response:
    record = _record(session, public_id)
    return _moved(session, record) or RedirectResponse(record.url, status_code=301)


@router.get("/s/{public_id}/card.png")
def statement_card(public_id: str, request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    record = _record(session, public_id)
    moved = _moved(session, record, "card")
    if moved:
        return moved
    png = render_quote_card(record.statement.text, record.speaker_name, record.date, record.article.outlet,
                            settings.site_name)
    return conditional(request, Response(png, media_type="image/png"), record.article.ingested_at)


@router.get("/s/{public_id}/{slug}")
def statement_page(public_id: str, slug: str, request: Request, session: SessionDep,
                   settings: SettingsDep) -> Response:
    record = _record(session, public_id)
    moved = _moved(session, record)
    if moved:
        return moved
    if slug != record.slug:
        return RedirectResponse(record.url, status_code=301)

    statement, article = record.statement, record.article
    located = passages.locate(article.text, statement.start, statement.end, statement.text)
    context_paragraphs = (
        passages.mark(article.text, [passages.Span(*located, statement)], window=located) if located else []
    )
    site_url = settings.site_url.rstrip("/")
    # Only current statements are marked (and anchored) on the article page.
    anchor = statement.public_id if located and statement.withdrawn_at is None else None
    context = {
        "record": record,
        "statement": statement,
        "article": article,
        "speaker": record.speaker,
        "topics": record.topics,
        "title": sharing.share_title(record),
        "description": sharing.description(record),
        "canonical": urls.absolute(site_url, record.url),
        "card_url": urls.absolute(site_url, urls.statement_card(statement.public_id)),
        "paragraphs": context_paragraphs,
        "in_context_url": urls.article(article.id, anchor),
        "source_url": urls.safe_external(article.url),
        "embed": sharing.embed_snippet(record, site_url),
        "json_ld": sharing.json_ld(record, site_url),
        "withdrawn": statement.withdrawn_at is not None,
        "also_reported": other_sources(session, statement),
        "more": _more_from_speaker(session, record),
    }
    response = render(request, "statement.html", context)
    return conditional(request, response, statement.withdrawn_at or article.ingested_at)
