"""The versioned JSON API, `/api/v1/`, described by FastAPI's OpenAPI document (`/api/v1/openapi.json`)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request

from app import urls
from app.web import exports, listing
from app.web.facets import compute
from app.web.deps import SessionDep, SettingsDep
from app.web.filters import parse_filters
from app.web.lists import MAX_EXPORT_LIMIT
from app.web.records import (
    aliases, outlet_counts, speaker_by_slug, speaker_counts, statement_record, topic_counts,
)
from app.web.schemas import (
    AliasOut, OutletOut, SpeakerDetail, SpeakerOut, StatementDetail, StatementPage, TopicCount,
)

router = APIRouter(prefix="/api/v1", tags=["v1"])

@router.get("/statements", response_model=StatementPage, summary="Statements matching filters")
def list_statements(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    speaker: Annotated[str | None, Query(description="Speaker slug, e.g. `keir-starmer`.")] = None,
    topic: Annotated[str | None, Query(description="Topic key, e.g. `tariffs`.")] = None,
    outlet: Annotated[str | None, Query(description="Outlet slug, e.g. `bbc-news`.")] = None,
    kind: Annotated[Literal["direct", "mixed", "indirect"] | None, Query(description="Kind of statement.")] = None,
    date_from: Annotated[str | None, Query(alias="from", description="First date, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, Query(alias="to", description="Last date, YYYY-MM-DD.")] = None,
    q: Annotated[str | None, Query(description='Full-text search: words, `"exact phrases"`, `prefix*`.')] = None,
    sort: Annotated[Literal["relevance", "newest", "oldest"] | None,
                    Query(description="Default: relevance when searching, else newest.")] = None,
    cursor: Annotated[str | None, Query(description="The `next` link's cursor (opaque).")] = None,
    limit: Annotated[int | None, Query(ge=1, le=MAX_EXPORT_LIMIT, description="Page size.")] = None,
) -> StatementPage:
    """Statements, newest first (or by relevance when searching), one keyset page at a time."""
    filters = parse_filters(request.query_params)
    resolved = listing.resolve(session, filters)
    size = limit or settings.page_size
    page = listing.list_statements(session, resolved, size)
    next_path = None
    if page.next_cursor:
        params = dict(filters.params(), cursor=page.next_cursor)
        if limit:
            params["limit"] = str(limit)
        next_path = urls.with_query("/api/v1/statements", params)
    return exports.page_out(page, settings.site_url, next_path)


@router.get("/statements/{public_id}", response_model=StatementDetail, summary="One statement")
def get_statement(public_id: str, session: SessionDep, settings: SettingsDep) -> StatementDetail:
    """Any statement that ever existed, withdrawn ones included (see `withdrawn_at`, `replaced_by`)."""
    record = statement_record(session, public_id)
    if record is None:
        raise HTTPException(404, f"There is no statement with the id {public_id[:40]!r}.")
    s, a = record.statement, record.article
    row = listing.Row(
        id=s.id, public_id=s.public_id, text=s.text, kind=s.kind, date=record.date, article_id=a.id,
        article_title=a.title, article_url=a.url, outlet=a.outlet, speaker_name=record.speaker_name,
        speaker_slug=record.speaker.slug if record.speaker else None, mention=s.mention, topics=record.topics,
    )
    base = exports.statement_out(row, settings.site_url)
    return StatementDetail(**base.model_dump(), withdrawn_at=s.withdrawn_at, replaced_by=s.replaced_by)


@router.get("/speakers", response_model=list[SpeakerOut], summary="Speakers, most quoted first")
def list_speakers(
    session: SessionDep,
    settings: SettingsDep,
    name: Annotated[str | None, Query(max_length=100, description="Part of a name.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_EXPORT_LIMIT)] = 100,
) -> list[SpeakerOut]:
    return [
        SpeakerOut(slug=slug, name=n, kind=kind, url=urls.absolute(settings.site_url, urls.speaker(slug)), statements=c)
        for slug, n, kind, c in speaker_counts(session, name, limit)
    ]


@router.get("/speakers/{slug}", response_model=SpeakerDetail, summary="One speaker")
def get_speaker(slug: str, session: SessionDep, settings: SettingsDep) -> SpeakerDetail:
    speaker = speaker_by_slug(session, slug)
    if speaker is None:
        raise HTTPException(404, f"There is no speaker {slug[:60]!r}.")
    resolved = listing.resolve(session, parse_filters({"speaker": slug}))
    facets = compute(session, resolved, urls.speaker(slug), fixed="speaker")
    return SpeakerDetail(
        slug=speaker.slug, name=speaker.name, kind=speaker.kind,
        url=urls.absolute(settings.site_url, urls.speaker(slug)),
        statements=listing.count(session, resolved),
        aliases=[AliasOut(alias=a.alias, count=a.count) for a in aliases(session, speaker.id)],
        topics=[TopicCount(key=t.value, label=t.label, count=t.count) for t in facets.topics],
    )


@router.get("/topics", response_model=list[TopicCount], summary="Every topic with its number of statements")
def list_topics(session: SessionDep) -> list[TopicCount]:
    return [TopicCount(key=key, label=label, count=n) for key, label, n in topic_counts(session)]


@router.get("/outlets", response_model=list[OutletOut], summary="Every outlet with its number of statements")
def list_outlets(session: SessionDep, settings: SettingsDep) -> list[OutletOut]:
    return [
        OutletOut(slug=urls.slugify(name) or "outlet", name=name, statements=n,
                  url=urls.absolute(settings.site_url, urls.outlet(urls.slugify(name) or "outlet")))
        for name, n in outlet_counts(session)
    ]
