"""Speakers: the directory with a name search, the facet's search-as-you-type picker, each speaker's page."""

from __future__ import annotations

import re

from fastapi import APIRouter, HTTPException, Request
from starlette.responses import Response

from app import urls
from app.web.deps import SessionDep, SettingsDep
from app.web.exports import split_format
from app.web.filters import BadFilter, parse_filters
from app.web.lists import Scope, statement_list
from app.web.records import aliases, speaker_by_slug, speaker_counts
from app.web.templating import render

router = APIRouter(include_in_schema=False)

PICKER_LIMIT = 12
LIST_PATH = re.compile(r"^/((topics|outlets)/[\w.-]{1,200})?$")
"""The lists the picker may link back to: the home page, a topic's or an outlet's page."""


def _name(request: Request) -> str:
    return " ".join((request.query_params.get("name") or "").split())[:100]


@router.get("/speakers")
def speakers_directory(request: Request, session: SessionDep) -> Response:
    name = _name(request)
    entries = [
        {"label": n, "href": urls.speaker(slug), "count": count,
         "note": "organisation" if kind == "organisation" else ""}
        for slug, n, kind, count in speaker_counts(session, name or None)
    ]
    context = {"title": "Speakers", "entries": entries, "name": name, "directory": "speakers"}
    return render(request, "directory.html", context, block="entries")


@router.get("/speakers/picker")
def speaker_picker(request: Request, session: SessionDep) -> Response:
    """Speakers matching `name`, each a link to the list (at `path`) filtered to them, other filters kept."""
    name = _name(request)
    filters = parse_filters(request.query_params).without("speaker", "cursor")
    path = request.query_params.get("path") or "/"
    if not LIST_PATH.match(path):
        raise BadFilter(f"`path` must be the address of a statement list, not {path[:80]!r}")
    choices = [
        {"label": n, "count": count, "href": urls.with_query(path, dict(filters.params(), speaker=slug))}
        for slug, n, _kind, count in speaker_counts(session, name or None, limit=PICKER_LIMIT)
    ]
    context = {"title": "Pick a speaker", "name": name, "choices": choices, "filters": filters, "path": path}
    return render(request, "picker.html", context, block="choices")


@router.get("/speakers/{name}")
def speaker_page(name: str, request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    slug, fmt = split_format(name)
    speaker = speaker_by_slug(session, slug)
    if speaker is None:
        raise HTTPException(404, f"There is no speaker {slug[:60]!r}.")
    scope = Scope(
        path=urls.speaker(speaker.slug),
        title=speaker.name,
        fixed={"speaker": speaker.slug},
        context={"page_kind": "speaker", "speaker": speaker, "aliases": aliases(session, speaker.id)},
    )
    return statement_list(request, session, settings, scope, fmt)
